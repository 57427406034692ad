// Pike VM: simulates the NFA program on all threads in lockstep, in priority order, so the
// first match found is the one a leftmost-first backtracker (java.util.regex) would choose.
// Time O(input × program), memory O(program).

struct PikeVM {
    enum Mode { case whole, find, exists }

    private struct ThreadList {
        var pcs: [Int32]
        var starts: [Int32]
        var count = 0
        var sparse: [Int32]
        var stamp: [Int32]
        var generation: Int32 = 0

        init(size: Int) {
            pcs = [Int32](repeating: 0, count: size)
            starts = [Int32](repeating: 0, count: size)
            sparse = [Int32](repeating: 0, count: size)
            stamp = [Int32](repeating: -1, count: size)
        }

        mutating func clear() {
            count = 0
            generation &+= 1
        }

        @inline(__always)
        mutating func visit(_ pc: Int) -> Bool {
            if stamp[pc] == generation { return false }
            stamp[pc] = generation
            return true
        }

        @inline(__always)
        mutating func add(_ pc: Int, start: Int) {
            pcs[count] = Int32(truncatingIfNeeded: pc)
            starts[count] = Int32(truncatingIfNeeded: start)
            count += 1
        }
    }

    let program: RegexProgram

    /// Returns the (start, end) scalar offsets of the match, or nil.
    func run(_ input: RegexInput, mode: Mode) -> (Int, Int)? {
        let insts = program.instructions
        let size = insts.count
        guard size > 0 else { return nil }
        let n = input.count
        let text = input.scalars
        var clist = ThreadList(size: size)
        var nlist = ThreadList(size: size)
        var stack: [Int] = []
        stack.reserveCapacity(16)
        var matched: (Int, Int)? = nil

        // Adds the epsilon closure of `pc` at text position `pos` to `list`, in priority order.
        func addThread(_ list: inout ThreadList, _ pc0: Int, start: Int, pos: Int) {
            stack.append(pc0)
            while let pc = stack.popLast() {
                guard pc >= 0 && pc < size, list.visit(pc) else { continue }
                switch insts[pc] {
                case .jump(let t):
                    stack.append(t)
                case .split(let a, let b):
                    stack.append(b)
                    stack.append(a)
                case .save, .loopMark, .loopCheck:
                    stack.append(pc + 1)
                case .assert(let anchor):
                    if input.check(anchor, at: pos) { stack.append(pc + 1) }
                case .char, .charFold, .set, .any, .dot, .match:
                    list.add(pc, start: start)
                case .backreference, .lookaround, .atomic, .succeed:
                    // Not used on this path (the facade routes such programs to the backtracker).
                    continue
                }
            }
        }

        var pos = 0
        while true {
            if matched == nil && (mode != .whole || pos == 0) {
                addThread(&clist, program.start, start: pos, pos: pos)
            }
            if clist.count == 0 && (matched != nil || mode == .whole || pos >= n) { break }
            nlist.clear()
            let c: UInt32 = pos < n ? text[pos] : 0
            var k = 0
            threads: while k < clist.count {
                let pc = Int(clist.pcs[k])
                let start = Int(clist.starts[k])
                k += 1
                var ok = false
                switch insts[pc] {
                case .char(let x): ok = pos < n && c == x
                case .charFold(let x, let fold): ok = pos < n && CaseMapping.equal(c, x, fold)
                case .set(let idx): ok = pos < n && idx < program.sets.count && program.sets[idx].contains(c)
                case .any: ok = pos < n
                case .dot(let unixLines): ok = pos < n && input.dotMatches(c, unixLines: unixLines)
                case .match:
                    switch mode {
                    case .whole:
                        if pos == n { return (start, pos) }
                    case .exists:
                        return (start, pos)
                    case .find:
                        matched = (start, pos)
                        break threads // lower-priority threads are cut
                    }
                default: break
                }
                if ok { addThread(&nlist, pc + 1, start: start, pos: pos + 1) }
            }
            if pos >= n { break }
            swap(&clist, &nlist)
            pos += 1
        }
        return matched
    }
}
