// Budgeted backtracking matcher over the same program, for backreferences, lookaround,
// atomic groups and possessive quantifiers. Uses an explicit stack (no recursion per input
// character); lookaround and atomic bodies run as nested sub-matches, so recursion depth is
// bounded by the pattern's nesting depth. Every executed instruction costs one step; when the
// budget runs out the match throws `.budgetExceeded` instead of hanging or guessing.

struct Backtracker {
    enum Mode { case whole, find }

    private enum Entry {
        case branch(pc: Int, pos: Int)
        case restoreSlot(Int, Int)
        case restoreRegister(Int, Int)
    }

    let program: RegexProgram
    let input: RegexInput
    let budget: Int
    private var steps = 0
    private var slots: [Int]
    private var registers: [Int]

    init(program: RegexProgram, input: RegexInput, budget: Int) {
        self.program = program
        self.input = input
        self.budget = budget
        slots = [Int](repeating: -1, count: 2 * (program.groupCount + 1))
        registers = [Int](repeating: -1, count: program.registerCount)
    }

    private func budgetError() -> RegexError {
        RegexError(kind: .budgetExceeded, message: "Regex backtracking step budget (\(budget)) exceeded", patternOffset: nil)
    }

    /// Returns the (start, end) scalar offsets of the leftmost-first match, or nil.
    mutating func run(mode: Mode) throws(RegexError) -> (Int, Int)? {
        let n = input.count
        var s = 0
        while s <= n {
            for k in slots.indices { slots[k] = -1 }
            for k in registers.indices { registers[k] = -1 }
            if let end = try exec(pc: program.start, pos: s, wholeEnd: mode == .whole ? n : nil, subMatch: false) {
                return (s, end)
            }
            if mode == .whole { return nil }
            s += 1
        }
        return nil
    }

    /// Runs from `pc` at `pos` until `.match` (top level) or `.succeed` (sub-match).
    /// `wholeEnd`: the end position required when the match/succeed is reached.
    private mutating func exec(pc startPC: Int, pos startPos: Int, wholeEnd: Int?, subMatch: Bool) throws(RegexError) -> Int? {
        let insts = program.instructions
        let text = input.scalars
        let n = text.count
        var stack: [Entry] = []
        var pc = startPC
        var pos = startPos

        while true {
            steps += 1
            if steps > budget { throw budgetError() }
            var fail = false
            if pc < 0 || pc >= insts.count {
                fail = true
            } else {
                switch insts[pc] {
                case .char(let x):
                    if pos < n && text[pos] == x { pos += 1; pc += 1 } else { fail = true }
                case .charFold(let x, let fold):
                    if pos < n && CaseMapping.equal(text[pos], x, fold) { pos += 1; pc += 1 } else { fail = true }
                case .set(let idx):
                    if pos < n && idx < program.sets.count && program.sets[idx].contains(text[pos]) { pos += 1; pc += 1 } else { fail = true }
                case .any:
                    if pos < n { pos += 1; pc += 1 } else { fail = true }
                case .dot(let unixLines):
                    if pos < n && input.dotMatches(text[pos], unixLines: unixLines) { pos += 1; pc += 1 } else { fail = true }
                case .split(let a, let b):
                    stack.append(.branch(pc: b, pos: pos))
                    pc = a
                case .jump(let t):
                    pc = t
                case .assert(let anchor):
                    if input.check(anchor, at: pos) { pc += 1 } else { fail = true }
                case .save(let slot):
                    if slot >= 0 && slot < slots.count {
                        stack.append(.restoreSlot(slot, slots[slot]))
                        slots[slot] = pos
                    }
                    pc += 1
                case .loopMark(let r):
                    if r >= 0 && r < registers.count {
                        stack.append(.restoreRegister(r, registers[r]))
                        registers[r] = pos
                    }
                    pc += 1
                case .loopCheck(let r, let exit):
                    if r >= 0 && r < registers.count && registers[r] == pos { pc = exit } else { pc += 1 }
                case .backreference(let group, let fold):
                    let a = 2 * group
                    guard a + 1 < slots.count, slots[a] >= 0, slots[a + 1] >= slots[a] else { fail = true; break }
                    let len = slots[a + 1] - slots[a]
                    guard len <= n - pos else { fail = true; break }
                    var ok = true
                    var k = 0
                    while k < len {
                        let x = text[slots[a] + k], y = text[pos + k]
                        if !(x == y || (fold != .none && CaseMapping.equal(y, x, fold))) { ok = false; break }
                        k += 1
                    }
                    steps += len / 8
                    if ok { pos += len; pc += 1 } else { fail = true }
                case .lookaround(let behind, let negative, let next, let minLen, let maxLen):
                    let saved = slots
                    var found = false
                    if behind {
                        let lowest = maxLen.map { Swift.max(0, pos - $0) } ?? 0
                        var from = pos - minLen
                        while from >= lowest {
                            if try exec(pc: pc + 1, pos: from, wholeEnd: pos, subMatch: true) != nil { found = true; break }
                            slots = saved
                            from -= 1
                        }
                    } else {
                        found = try exec(pc: pc + 1, pos: pos, wholeEnd: nil, subMatch: true) != nil
                    }
                    if found == negative {
                        slots = saved
                        fail = true
                    } else {
                        if negative { slots = saved } else { pushSlotRestores(from: saved, into: &stack) }
                        pc = next
                    }
                case .atomic(let next):
                    let saved = slots
                    if let end = try exec(pc: pc + 1, pos: pos, wholeEnd: nil, subMatch: true) {
                        pushSlotRestores(from: saved, into: &stack)
                        pos = end
                        pc = next
                    } else {
                        slots = saved
                        fail = true
                    }
                case .succeed:
                    if subMatch {
                        if let e = wholeEnd, pos != e { fail = true } else { return pos }
                    } else {
                        fail = true
                    }
                case .match:
                    if let e = wholeEnd, pos != e { fail = true } else { return pos }
                }
            }
            if fail {
                // Backtrack: undo state changes until a branch is found.
                var resumed = false
                while let entry = stack.popLast() {
                    switch entry {
                    case .restoreSlot(let s, let v):
                        slots[s] = v
                    case .restoreRegister(let r, let v):
                        registers[r] = v
                    case .branch(let bpc, let bpos):
                        pc = bpc
                        pos = bpos
                        resumed = true
                    }
                    if resumed { break }
                }
                if !resumed { return nil }
            }
        }
    }

    /// After a sub-match changed capture slots, record how to undo those changes on backtrack.
    private func pushSlotRestores(from saved: [Int], into stack: inout [Entry]) {
        for k in saved.indices where k < slots.count && saved[k] != slots[k] {
            stack.append(.restoreSlot(k, saved[k]))
        }
    }
}
