import Foundation
// A throwaway experiment, not part of the product: the floor under parse + compile. It is the
// first spike (`flat-compile-spike.swift`, since removed) tuned for speed and nothing else: a
// table-driven scanner, names bound through a static open-addressed table (FNV-1a, no
// `Hasher`), instructions written to the stack and copied into ONE heap buffer per program
// that also holds the source bytes (names are read from there at run time, so no strings are
// made). Like the spike it has no
// diagnostics, limits, escapes, dialects, selections, methods or evaluator: anything it does
// not know makes the compile fail. Whatever a real compiler adds costs more than this.
//
// Built with `-D ESSENTIALS` it also does the least a real compiler must do on its success
// path, each check sending the source to a (not modelled) full compiler when it fails: a
// nesting limit; doubled quotes, unterminated strings, non-ASCII bytes and `===`/`!==`
// detected; every keyword and word operator recognised; int literals checked for overflow;
// argument counts and dialects checked; names and string literals made into ready small
// strings (instructions grow from 16 to 32 bytes).
// See Benchmarks/README.md ("How far a flat compiled form could go").

struct Instr {
    var op: UInt8 = 0        // 0 int, 1 string, 2 root, 3 property, 4 call, 5 binary, 6 not, 7 ternary, 8 and, 9 or, 10 bool, 11 null
    var sub: UInt8 = 0       // operator, or a call's argument count
    var a: Int16 = -1, b: Int16 = -1, c: Int16 = -1   // operands; `c` also links call arguments
    var start: UInt16 = 0, end: UInt16 = 0             // source range (names are read from the source copy)
    var value: UInt32 = 0    // int value, function id or name hash
    #if ESSENTIALS
    var text: (UInt64, UInt64) = (0, 0)   // a name or string literal of up to 15 ASCII bytes, as a small String's two words
    #endif
}

struct Header { var count: Int; var root: Int16; var sourceCount: Int }

/// One allocation: the header, the instructions, then the source bytes.
final class FlatProgram: ManagedBuffer<Header, Instr> {}

// Byte classes: 0 other, 1 space, 2 identifier start, 3 digit, 4 quote.
let byteClasses: [UInt8] = (0..<256).map { value in
    let byte = UInt8(value)
    if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { return 1 }
    if (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A || byte == 0x5F || byte == 0x24 { return 2 }
    if byte >= 0x30 && byte <= 0x39 { return 3 }
    if byte == 0x22 || byte == 0x27 { return 4 }
    return 0
}

let functionNames = ["String.substringBefore", "String.substringAfter", "String.toUpperCase", "String.toLowerCase",
                     "String.stringContains", "String.substring", "String.len", "String.replace", "String.removeSpaces",
                     "String.join", "String.startsWith", "String.endsWith", "isMemberOfGroupName", "Arrays.isEmpty",
                     "isMemberOfAnyGroup", "Arrays.contains", "Arrays.size", "Arrays.toCsvString", "Convert.toInt", "Convert.toNum"]

@inline(__always) func fnv(_ p: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> UInt32 {
    var h: UInt32 = 2166136261
    var i = start
    while i < end { h = (h ^ UInt32(p[i])) &* 16777619; i &+= 1 }
    return h
}

/// 64 slots of (hash, function id + 1); 0 is empty. Names are compared byte by byte on a hit.
let functionSlots: [(UInt32, UInt16)] = {
    var slots = [(UInt32, UInt16)](repeating: (0, 0), count: 64)
    for (id, name) in functionNames.enumerated() {
        let bytes = Array(name.utf8)
        let h = bytes.withUnsafeBufferPointer { fnv($0.baseAddress!, 0, bytes.count) }
        var slot = Int(h & 63)
        while slots[slot].1 != 0 { slot = (slot + 1) & 63 }
        slots[slot] = (h, UInt16(id + 1))
    }
    return slots
}()
let functionBytes: [[UInt8]] = functionNames.map { Array($0.utf8) }
/// Per function: the fewest and most arguments, and whether the classic dialect has it.
let functionArity: [(UInt8, UInt8, Bool)] = [(2, 2, true), (2, 2, true), (1, 1, true), (1, 1, true), (2, 2, true), (3, 3, true),
                                              (1, 1, true), (3, 3, true), (1, 1, true), (1, 255, true), (2, 2, true), (2, 2, true),
                                              (1, 3, true), (1, 1, true), (1, 255, true), (2, 2, true), (1, 1, true), (1, 1, true),
                                              (1, 2, true), (1, 2, true)]

struct FloorParser {
    let src: UnsafePointer<UInt8>
    let count: Int
    let classes: UnsafePointer<UInt8>
    let code: UnsafeMutablePointer<Instr>
    let capacity: Int
    var emitted = 0
    var pos = 0
    var tokKind: UInt8 = 0   // 0 end, 1 ident, 2 int, 3 str, 4 punct
    var tokStart = 0, tokEnd = 0
    var failed = false
    #if ESSENTIALS
    var depth = 0
    #endif

    @inline(__always) mutating func next() {
        var p = pos
        while p < count, classes[Int(src[p])] == 1 { p &+= 1 }
        tokStart = p
        guard p < count else { tokKind = 0; tokEnd = p; pos = p; return }
        let b = src[p]
        switch classes[Int(b)] {
        case 2:
            p &+= 1
            while p < count, classes[Int(src[p])] & 2 != 0 { p &+= 1 }   // classes 2 and 3
            tokKind = 1
            #if ESSENTIALS
            keyword = Self.keyword(src, tokStart, p)
            #endif
        case 3:
            while p < count, classes[Int(src[p])] == 3 { p &+= 1 }
            tokKind = 2
        case 4:
            p &+= 1
            while p < count, src[p] != b { p &+= 1 }
            p &+= 1
            #if ESSENTIALS
            if p > count || (p < count && src[p] == b) { failed = true }   // unterminated, or a doubled quote
            #endif
            tokKind = 3
        default:
            #if ESSENTIALS
            if b >= 0x80 { failed = true }
            #endif
            p &+= 1
            if p < count {
                let n = src[p]
                if n == 0x3D, b == 0x3D || b == 0x21 || b == 0x3C || b == 0x3E {
                    p &+= 1
                    #if ESSENTIALS
                    if p < count, src[p] == 0x3D, b == 0x3D || b == 0x21 { failed = true }   // === and !== warn
                    #endif
                }
                else if n == b, b == 0x26 || b == 0x7C { p &+= 1 }
            }
            tokKind = 4
        }
        tokEnd = p
        pos = p
    }

    #if ESSENTIALS
    var keyword: UInt8 = 0
    /// Every keyword and word operator, in any letter case (0: none): or and not eq ne lt le
    /// gt ge matches div mod true false null new instanceof between, and T.
    static func keyword(_ src: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> UInt8 {
        let n = end &- start
        guard n <= 10 else { return 0 }
        @inline(__always) func w(_ text: StaticString) -> Bool {
            guard text.utf8CodeUnitCount == n else { return false }
            let p = text.utf8Start
            for k in 0..<n where src[start &+ k] | 0x20 != p[k] { return false }
            return true
        }
        switch src[start] | 0x20 {
        case 0x61: return w("and") ? 2 : 0
        case 0x62: return w("between") ? 18 : 0
        case 0x64: return w("div") ? 11 : 0
        case 0x65: return w("eq") ? 4 : 0
        case 0x66: return w("false") ? 14 : 0
        case 0x67: return w("gt") ? 8 : w("ge") ? 9 : 0
        case 0x69: return w("instanceof") ? 17 : 0
        case 0x6C: return w("lt") ? 6 : w("le") ? 7 : 0
        case 0x6D: return w("matches") ? 10 : w("mod") ? 12 : 0
        case 0x6E: return w("ne") ? 5 : w("not") ? 3 : w("null") ? 15 : w("new") ? 16 : 0
        case 0x6F: return w("or") ? 1 : 0
        case 0x74: return n == 1 ? 19 : w("true") ? 13 : 0
        default: return 0
        }
    }

    /// `src[start..<end]` as a small string's two words; nil when longer than 15 bytes or not ASCII.
    @inline(__always) func small(_ start: Int, _ end: Int) -> (UInt64, UInt64)? {
        let n = end &- start
        guard n <= 15 else { return nil }
        var words: (UInt64, UInt64) = (0, 0)
        withUnsafeMutableBytes(of: &words) { $0.baseAddress!.copyMemory(from: src + start, byteCount: n) }
        guard (words.0 | words.1) & 0x8080_8080_8080_8080 == 0 else { return nil }
        return (words.0, words.1 | (0xE0 | UInt64(n)) << 56)
    }
    #endif

    @inline(__always) func punct(_ c: UInt8) -> Bool { tokKind == 4 && tokEnd &- tokStart == 1 && src[tokStart] == c }

    @inline(__always) mutating func emit(_ i: Instr) -> Int16 {
        guard emitted < capacity else { failed = true; return 0 }
        code[emitted] = i
        emitted &+= 1
        return Int16(truncatingIfNeeded: emitted &- 1)
    }

    /// Whether the current identifier is `w` (lower case), in any letter case.
    @inline(__always) func wordIs(_ w: StaticString) -> Bool {
        guard tokEnd &- tokStart == w.utf8CodeUnitCount else { return false }
        let p = w.utf8Start
        for k in 0..<w.utf8CodeUnitCount where src[tokStart &+ k] | 0x20 != p[k] { return false }
        return true
    }

    // precedence: 1 or, 2 and, 3 relational, 4 additive, 5 multiplicative
    @inline(__always) func binaryOp() -> (UInt8, Int)? {
        if tokKind == 4 {
            let b = src[tokStart]
            if tokEnd &- tokStart == 2 {
                switch b { case 0x7C: return (20, 1); case 0x26: return (21, 2); case 0x3D: return (1, 3); case 0x21: return (2, 3)
                case 0x3C: return (4, 3); case 0x3E: return (6, 3); default: return nil }
            }
            switch b { case 0x2B: return (10, 4); case 0x2D: return (11, 4); case 0x2A: return (12, 5); case 0x2F: return (13, 5)
            case 0x3C: return (3, 3); case 0x3E: return (5, 3); default: return nil }
        }
        if tokKind == 1 {
            #if ESSENTIALS
            switch keyword {
            case 1: return (20, 1)
            case 2: return (21, 2)
            case 4: return (1, 3)
            case 5: return (2, 3)
            case 6: return (3, 3)
            case 7: return (4, 3)
            case 8: return (5, 3)
            case 9: return (6, 3)
            case 11: return (13, 5)
            case 12: return (14, 5)
            case 10, 17, 18: return (30, 3)   // matches, instanceof, between: the full compiler's
            default: return nil
            }
            #else
            let n = tokEnd &- tokStart
            if n == 2, wordIs("or") { return (20, 1) }
            if n == 3, wordIs("and") { return (21, 2) }
            #endif
        }
        return nil
    }

    mutating func expression() -> Int16 {
        #if ESSENTIALS
        depth &+= 1
        defer { depth &-= 1 }
        if depth > 1000 { failed = true; return 0 }
        #endif
        let cond = binary(1)
        if punct(0x3F) {
            next(); let t = expression()
            guard punct(0x3A) else { failed = true; return cond }
            next(); let e = expression()
            return emit(Instr(op: 7, a: cond, b: t, c: e, start: code[Int(cond)].start, end: code[Int(e)].end))
        }
        return cond
    }

    mutating func binary(_ minimum: Int) -> Int16 {
        var left = unary()
        while !failed, let (op, prec) = binaryOp(), prec >= minimum {
            #if ESSENTIALS
            if op == 30 { failed = true; return left }
            #endif
            next()
            let right = binary(prec &+ 1)
            left = emit(Instr(op: op >= 20 ? (op == 20 ? 9 : 8) : 5, sub: op, a: left, b: right,
                              start: code[Int(left)].start, end: code[Int(right)].end))
        }
        return left
    }

    mutating func unary() -> Int16 {
        if punct(0x21) {
            let s = tokStart; next()
            let x = unary()
            return emit(Instr(op: 6, a: x, start: UInt16(truncatingIfNeeded: s), end: code[Int(x)].end))
        }
        return postfix()
    }

    mutating func function(_ start: Int, _ end: Int) -> UInt16? {
        let h = fnv(src, start, end)
        var slot = Int(h & 63)
        return functionSlots.withUnsafeBufferPointer { slots in
            while slots[slot].1 != 0 {
                if slots[slot].0 == h {
                    let id = Int(slots[slot].1 &- 1)
                    let matches = functionBytes[id].withUnsafeBufferPointer { name in
                        name.count == end &- start && memcmp(name.baseAddress!, src + start, name.count) == 0
                    }
                    if matches { return UInt16(id) }
                }
                slot = (slot &+ 1) & 63
            }
            return nil
        }
    }

    /// A root (op 2) or property (op 3) instruction for the name `src[start..<end]`.
    @inline(__always) func name(op: UInt8, a: Int16, _ start: Int, _ end: Int) -> Instr {
        var made = Instr(op: op, a: a, start: UInt16(truncatingIfNeeded: start), end: UInt16(truncatingIfNeeded: end), value: fnv(src, start, end))
        #if ESSENTIALS
        if let text = small(start, end) { made.text = text } else { made.sub = 1 }
        #endif
        return made
    }

    mutating func postfix() -> Int16 {
        let s = tokStart
        switch tokKind {
        case 2:
            var v: UInt32 = 0
            #if ESSENTIALS
            var wide: UInt64 = 0
            for k in tokStart..<tokEnd { wide = wide &* 10 &+ UInt64(src[k] &- 0x30); if wide > 0x7FFF_FFFF { failed = true } }
            v = UInt32(truncatingIfNeeded: wide)
            if tokEnd < count, src[tokEnd] | 0x20 == 0x6C || src[tokEnd] == 0x2E || src[tokEnd] | 0x20 == 0x65 || src[tokEnd] | 0x20 == 0x78 { failed = true }
            #else
            for k in tokStart..<tokEnd { v = v &* 10 &+ UInt32(src[k] &- 0x30) }
            #endif
            let e = tokEnd; next()
            return emit(Instr(op: 0, start: UInt16(truncatingIfNeeded: s), end: UInt16(truncatingIfNeeded: e), value: v))
        case 3:
            let e = tokEnd
            #if ESSENTIALS
            var literal = Instr(op: 1, start: UInt16(truncatingIfNeeded: s), end: UInt16(truncatingIfNeeded: e))
            if let text = small(s &+ 1, e &- 1) { literal.text = text } else { literal.sub = 1 }   // 1: made from the source copy
            next()
            return emit(literal)
            #else
            next()
            return emit(Instr(op: 1, start: UInt16(truncatingIfNeeded: s), end: UInt16(truncatingIfNeeded: e)))
            #endif
        case 1:
            let n = tokEnd &- tokStart
            #if ESSENTIALS
            if keyword != 0 {
                let k = keyword, e = tokEnd
                guard k == 13 || k == 14 || k == 15 else { failed = true; return 0 }   // not, new, T(...): the full compiler's
                next()
                return emit(Instr(op: k == 15 ? 11 : 10, start: UInt16(truncatingIfNeeded: s), end: UInt16(truncatingIfNeeded: e),
                                  value: k == 13 ? 1 : 0))
            }
            #endif
            if n == 4, wordIs("true") || wordIs("null") {
                let e = tokEnd, t = wordIs("true"); next()
                return emit(Instr(op: t ? 10 : 11, start: UInt16(truncatingIfNeeded: s), end: UInt16(truncatingIfNeeded: e), value: t ? 1 : 0))
            }
            if n == 5, wordIs("false") {
                let e = tokEnd; next()
                return emit(Instr(op: 10, start: UInt16(truncatingIfNeeded: s), end: UInt16(truncatingIfNeeded: e)))
            }
            var nameEnd = tokEnd
            next()
            var base: Int16 = -1
            while !failed {
                if punct(0x28) {
                    guard let id = function(s, nameEnd) else { failed = true; return 0 }
                    next()
                    var first: Int16 = -1, count: UInt8 = 0, last: Int16 = -1
                    if !punct(0x29) {
                        while !failed {
                            let arg = expression()
                            if first < 0 { first = arg } else { code[Int(last)].c = arg }
                            last = arg; count &+= 1
                            if punct(0x2C) { next(); continue }
                            break
                        }
                    }
                    guard punct(0x29) else { failed = true; return 0 }
                    #if ESSENTIALS
                    let arity = functionArity[Int(id)]
                    if count < arity.0 || count > arity.1 || !arity.2 { failed = true; return 0 }
                    #endif
                    let e = tokEnd; next()
                    return emit(Instr(op: 4, sub: count, a: first, start: UInt16(truncatingIfNeeded: s), end: UInt16(truncatingIfNeeded: e),
                                      value: UInt32(id)))
                }
                if punct(0x2E) {
                    next()
                    guard tokKind == 1 else { failed = true; return 0 }
                    let ns = tokStart
                    nameEnd = tokEnd
                    next()
                    if punct(0x28) { continue }   // a namespaced call: its name is s..<nameEnd
                    if base < 0 {
                        base = emit(name(op: 2, a: -1, s, ns &- 1))
                    }
                    base = emit(name(op: 3, a: base, ns, nameEnd))
                    continue
                }
                break
            }
            if base < 0 { base = emit(name(op: 2, a: -1, s, nameEnd)) }
            return base
        default:
            if punct(0x28) {
                next(); let x = expression()
                guard punct(0x29) else { failed = true; return x }
                next(); return x
            }
            failed = true
            return 0
        }
    }
}

@inline(never) func compileFloor(_ source: String) -> FlatProgram? {
    var source = source
    return source.withUTF8 { bytes -> FlatProgram? in
        guard let base = bytes.baseAddress, bytes.count < 4096 else { return nil }
        let capacity = bytes.count / 2 + 4
        return withUnsafeTemporaryAllocation(of: Instr.self, capacity: capacity) { scratch -> FlatProgram? in
            byteClasses.withUnsafeBufferPointer { classes -> FlatProgram? in
                var p = FloorParser(src: base, count: bytes.count, classes: classes.baseAddress!, code: scratch.baseAddress!, capacity: capacity)
                p.next()
                let root = p.expression()
                guard !p.failed, p.tokKind == 0 else { return nil }
                let instrBytes = p.emitted * MemoryLayout<Instr>.stride
                let elements = p.emitted + (bytes.count + MemoryLayout<Instr>.stride - 1) / MemoryLayout<Instr>.stride
                let program = FlatProgram.create(minimumCapacity: elements) { _ in
                    Header(count: p.emitted, root: root, sourceCount: bytes.count)
                }
                program.withUnsafeMutablePointerToElements { elements in
                    elements.initialize(from: scratch.baseAddress!, count: p.emitted)
                    UnsafeMutableRawPointer(elements).advanced(by: instrBytes).copyMemory(from: base, byteCount: bytes.count)
                }
                return unsafeDowncast(program, to: FlatProgram.self)
            }
        }
    }
}

// Usage: flat-compile-floor N [WORKLOAD.jsonl]: compiles each expression of the workload it can
// parse N times per round, five rounds, and prints per expression the median ns per compile
// ("id ns"), then the sum. Under callgrind (`--toggle-collect` on `loop`), N = 0 runs `loop`
// alone: every expression M times, M from the third argument.
let arguments = CommandLine.arguments
let n = arguments.count > 1 ? Int(arguments[1]) ?? 1 : 1
let path = arguments.count > 2 ? arguments[2] : "../bench/bench-expressions.jsonl"
let lines = ((try? String(contentsOfFile: path, encoding: .utf8)) ?? "").split(separator: "\n")
var exprs: [(id: String, source: String)] = []
for line in lines {
    guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
          let source = object["expr"] as? String, let id = object["id"] as? String else { continue }
    if compileFloor(source) != nil { exprs.append((id, source)) } else { print("# skipped (cannot parse it): \(id)") }
}
@inline(never) func loop(_ exprs: [String], _ n: Int) { for _ in 0..<n { for e in exprs { _ = compileFloor(e) } } }
if n == 0 {
    loop(exprs.map(\.source), arguments.count > 3 ? Int(arguments[3]) ?? 1 : 1)
    exit(0)
}
let clock = ContinuousClock()
var total = 0.0
for (id, source) in exprs {
    var samples: [Double] = []
    for _ in 0..<5 {
        let elapsed = clock.measure { loop([source], n) }
        samples.append((Double(elapsed.components.seconds) * 1e9 + Double(elapsed.components.attoseconds) / 1e9) / Double(n))
    }
    let median = samples.sorted()[2]
    total += median
    print(String(format: "%@ %.1f", id, median))
}
print(String(format: "TOTAL %.0f", total))
