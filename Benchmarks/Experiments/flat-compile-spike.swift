import Foundation
// A throwaway spike, not part of the product: how cheap can parse + compile be when the
// compiled form is one flat buffer? Single pass: scan on the fly, precedence climbing,
// emit fixed-size instructions into one array; functions bound by a hash lookup. No
// diagnostics, limits, escapes, dialects, selections or methods. See Benchmarks/README.md.
struct Instr {
    var op: UInt8          // 0 lit-int,1 lit-str,2 root,3 prop,4 call,5 bin,6 not,7 ternary,8 and,9 or,10 bool,11 null, 12 real
    var sub: UInt8 = 0     // operator / function arity
    var a: Int32 = -1, b: Int32 = -1, c: Int32 = -1
    var start: Int32 = 0, end: Int32 = 0
    var hash: UInt32 = 0   // name hash or function id
    var value: Int64 = 0
}

final class Program {
    let code: [Instr]
    let root: Int32
    init(code: [Instr], root: Int32) { self.code = code; self.root = root }
}

let functionTable: [UInt32: Int] = {
    var t: [UInt32: Int] = [:]
    let names = ["String.substringBefore", "String.substringAfter", "String.toUpperCase", "String.toLowerCase", "String.stringContains",
                 "String.substring", "String.len", "String.replace", "String.removeSpaces", "String.join", "String.startsWith",
                 "String.endsWith", "isMemberOfGroupName", "Arrays.isEmpty", "isMemberOfAnyGroup", "Arrays.contains", "Arrays.size",
                 "Arrays.toCsvString", "Convert.toInt", "Convert.toNum"]
    for (i, n) in names.enumerated() { t[fnv(Array(n.utf8)[...])] = i }
    return t
}()

@inline(__always) func fnv(_ p: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> UInt32 {
    var h: UInt32 = 2166136261
    for i in r { h = (h ^ UInt32(p[i])) &* 16777619 }
    return h
}
@inline(__always) func fnv(_ bytes: ArraySlice<UInt8>) -> UInt32 {
    var h: UInt32 = 2166136261
    for b in bytes { h = (h ^ UInt32(b)) &* 16777619 }
    return h
}

let identTable: [Bool] = (0..<256).map { b in let b = UInt8(b); return (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A || b == 0x5F || b == 0x24 || (b >= 0x30 && b <= 0x39) }
struct SpikeParser {
    let src: UnsafeBufferPointer<UInt8>
    var pos = 0
    var code: [Instr]
    var tokKind: UInt8 = 0   // 0 end, 1 ident, 2 int, 3 str, 4 punct
    var tokStart = 0, tokEnd = 0
    var failed = false

    init(_ src: UnsafeBufferPointer<UInt8>) {
        self.src = src
        code = []
        code.reserveCapacity(src.count / 2 + 2)
        next()
    }

    @inline(__always) func isIdent(_ b: UInt8) -> Bool { identTable[Int(b)] }

    mutating func next() {
        while pos < src.count, src[pos] == 0x20 { pos += 1 }
        tokStart = pos
        guard pos < src.count else { tokKind = 0; tokEnd = pos; return }
        let b = src[pos]
        if (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A || b == 0x5F {
            pos += 1
            while pos < src.count, isIdent(src[pos]) { pos += 1 }
            tokKind = 1
        } else if b >= 0x30 && b <= 0x39 {
            while pos < src.count, src[pos] >= 0x30 && src[pos] <= 0x39 { pos += 1 }
            tokKind = 2
        } else if b == 0x22 || b == 0x27 {
            pos += 1
            while pos < src.count, src[pos] != b { pos += 1 }
            pos += 1
            tokKind = 3
        } else {
            pos += 1
            if pos < src.count, (b == 0x3D || b == 0x21 || b == 0x3C || b == 0x3E) && src[pos] == 0x3D { pos += 1 }
            else if pos < src.count, (b == 0x26 || b == 0x7C) && src[pos] == b { pos += 1 }
            tokKind = 4
        }
        tokEnd = pos
    }

    @inline(__always) func punct(_ c: UInt8) -> Bool { tokKind == 4 && tokEnd - tokStart == 1 && src[tokStart] == c }

    mutating func emit(_ i: Instr) -> Int32 { code.append(i); return Int32(code.count - 1) }

    @inline(__always) func wordIs(_ w: StaticString) -> Bool {
        guard tokKind == 1, tokEnd - tokStart == w.utf8CodeUnitCount else { return false }
        let p = w.utf8Start
        if src[tokStart] | 0x20 != p[0] { return false }
        for k in 0..<w.utf8CodeUnitCount where src[tokStart + k] | 0x20 != p[k] { return false }
        return true
    }

    // precedence: 1 or, 2 and, 3 relational, 4 additive, 5 multiplicative
    func binaryOp() -> (UInt8, Int)? {
        if tokKind == 4 {
            let n = tokEnd - tokStart, b = src[tokStart]
            if n == 2 {
                switch b { case 0x7C: return (20, 1); case 0x26: return (21, 2); case 0x3D: return (1, 3); case 0x21: return (2, 3)
                case 0x3C: return (4, 3); case 0x3E: return (6, 3); default: return nil }
            }
            switch b { case 0x2B: return (10, 4); case 0x2D: return (11, 4); case 0x2A: return (12, 5); case 0x2F: return (13, 5)
            case 0x3C: return (3, 3); case 0x3E: return (5, 3); default: return nil }
        }
        if wordIs("or") { return (20, 1) }
        if wordIs("and") { return (21, 2) }
        return nil
    }

    mutating func expression() -> Int32 {
        let cond = binary(1)
        if punct(0x3F) {
            next(); let t = expression()
            guard punct(0x3A) else { failed = true; return cond }
            next(); let e = expression()
            return emit(Instr(op: 7, a: cond, b: t, c: e, start: code[Int(cond)].start, end: code[Int(e)].end))
        }
        return cond
    }

    mutating func binary(_ minimum: Int) -> Int32 {
        var left = unary()
        while let (op, prec) = binaryOp(), prec >= minimum {
            next()
            let right = binary(prec + 1)
            left = emit(Instr(op: op >= 20 ? (op == 20 ? 9 : 8) : 5, sub: op, a: left, b: right, start: code[Int(left)].start, end: code[Int(right)].end))
        }
        return left
    }

    mutating func unary() -> Int32 {
        if punct(0x21) {
            let s = tokStart; next()
            let x = unary()
            return emit(Instr(op: 6, a: x, start: Int32(s), end: code[Int(x)].end))
        }
        return postfix()
    }

    mutating func postfix() -> Int32 {
        let s = tokStart
        switch tokKind {
        case 2:
            var v: Int64 = 0
            for k in tokStart..<tokEnd { v = v &* 10 &+ Int64(src[k] &- 0x30) }
            let e = tokEnd; next()
            return emit(Instr(op: 0, start: Int32(s), end: Int32(e), value: v))
        case 3:
            let e = tokEnd; next()
            return emit(Instr(op: 1, start: Int32(s), end: Int32(e)))
        case 1:
            if wordIs("true") || wordIs("false") { let e = tokEnd; let t = wordIs("true"); next(); return emit(Instr(op: 10, start: Int32(s), end: Int32(e), value: t ? 1 : 0)) }
            if wordIs("null") { let e = tokEnd; next(); return emit(Instr(op: 11, start: Int32(s), end: Int32(e))) }
            var nameEnd = tokEnd
            next()
            // dotted name, maybe a call
            var base: Int32 = -1
            while true {
                if punct(0x28) {
                    let id = functionTable[fnv(src, s..<nameEnd)]
                    next()
                    var first: Int32 = -1, count: UInt8 = 0, last: Int32 = -1
                    if !punct(0x29) {
                        while true {
                            let arg = expression()
                            if first < 0 { first = arg } else { code[Int(last)].c = arg }
                            last = arg; count += 1
                            if punct(0x2C) { next(); continue }
                            break
                        }
                    }
                    guard punct(0x29), id != nil else { failed = true; return -1 }
                    let e = tokEnd; next()
                    return emit(Instr(op: 4, sub: count, a: first, start: Int32(s), end: Int32(e), hash: UInt32(id ?? 0)))
                }
                if punct(0x2E) {
                    next()
                    guard tokKind == 1 else { failed = true; return -1 }
                    let ns = tokStart
                    nameEnd = tokEnd
                    next()
                    if punct(0x28) { continue }   // namespaced call: name range s..<nameEnd
                    if base < 0 { base = emit(Instr(op: 2, start: Int32(s), end: Int32(ns - 1), hash: fnv(src, s..<(ns - 1)))) }
                    base = emit(Instr(op: 3, a: base, start: Int32(ns), end: Int32(nameEnd), hash: fnv(src, ns..<nameEnd)))
                    continue
                }
                break
            }
            if base < 0 { base = emit(Instr(op: 2, start: Int32(s), end: Int32(nameEnd))) }
            return base
        default:
            if punct(0x28) {
                next(); let x = expression()
                guard punct(0x29) else { failed = true; return x }
                next(); return x
            }
            failed = true
            return -1
        }
    }
}

@inline(never) func compileSpike(_ source: String) -> Program? {
    var s = source
    return s.withUTF8 { buf in
        var p = SpikeParser(buf)
        let root = p.expression()
        guard !p.failed, p.tokKind == 0 else { return nil }
        return Program(code: p.code, root: root)
    }
}

// Usage: flat-compile-spike N [WORKLOAD.jsonl]: compiles every expression of the workload the
// spike can parse (it knows no selections, methods or error reporting) N times.
let arguments = CommandLine.arguments
let n = arguments.count > 1 ? Int(arguments[1]) ?? 1 : 1
let path = arguments.count > 2 ? arguments[2] : "../bench/bench-expressions.jsonl"
let lines = ((try? String(contentsOfFile: path, encoding: .utf8)) ?? "").split(separator: "\n")
var exprs: [String] = []
for line in lines {
    guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
          let source = object["expr"] as? String else { continue }
    if compileSpike(source) != nil { exprs.append(source) } else { print("skipped (the spike cannot parse it): \(source)") }
}
print("compiling \(exprs.count) expressions \(n) times")
@inline(never) func loop(_ exprs: [String], _ n: Int) { for _ in 0..<n { for e in exprs { _ = compileSpike(e) } } }
loop(exprs, n)
