// Abstract syntax tree for java.util.regex-compatible patterns.

/// Inline match flags, as Java's `(?idmsuxU)`.
struct RegexFlags: Sendable, Equatable {
    var caseInsensitive = false   // i
    var unixLines = false         // d
    var multiline = false         // m
    var dotAll = false            // s
    var unicodeCase = false       // u
    var comments = false          // x
    var unicodeClass = false      // U (implies u)

    var fold: CaseFold {
        guard caseInsensitive else { return .none }
        return (unicodeCase || unicodeClass) ? .unicode : .ascii
    }
}

/// Zero-width assertions.
enum RegexAnchor: Sendable, Equatable {
    /// `^` without MULTILINE, and `\A`.
    case begin
    /// `^` with MULTILINE.
    case lineStart(unixLines: Bool)
    /// `$` (multiline or not) and `\Z` (never multiline).
    case dollar(multiline: Bool, unixLines: Bool)
    /// `\z`.
    case end
    /// `\b` (when `negated` is false) or `\B`.
    case wordBoundary(negated: Bool, unicodeWord: Bool)
}

enum QuantifierKind: Sendable, Equatable { case greedy, lazy, possessive }

/// Parsed pattern. Nesting depth is bounded by the parser, so recursive walks are safe.
indirect enum RegexNode: Sendable, Equatable {
    case empty
    case char(UInt32, CaseFold)
    case set(CharSet)
    /// `.`: `dotAll` matches everything; otherwise line terminators are excluded.
    case dot(dotAll: Bool, unixLines: Bool)
    case concat([RegexNode])
    case alternation([RegexNode])
    /// A group; `capture` is the 1-based group number for capturing groups.
    case group(RegexNode, capture: Int?)
    case quantified(RegexNode, min: Int, max: Int?, kind: QuantifierKind)
    case anchor(RegexAnchor)
    case backreference(Int, CaseFold)
    case lookaround(RegexNode, behind: Bool, negative: Bool)
    case atomic(RegexNode)
}

extension RegexNode {
    /// Needs the backtracking matcher (backreferences, lookaround, atomic, possessive).
    var needsBacktracking: Bool {
        switch self {
        case .empty, .char, .set, .dot, .anchor: return false
        case .backreference, .lookaround, .atomic: return true
        case .concat(let xs), .alternation(let xs): return xs.contains { $0.needsBacktracking }
        case .group(let x, _): return x.needsBacktracking
        case .quantified(let x, _, _, let kind): return kind == .possessive || x.needsBacktracking
        }
    }

    /// Can this node match the empty string (conservatively true when unsure)?
    var canMatchEmpty: Bool {
        switch self {
        case .empty, .anchor, .lookaround, .backreference: return true
        case .char, .set, .dot: return false
        case .concat(let xs): return xs.allSatisfy { $0.canMatchEmpty }
        case .alternation(let xs): return xs.contains { $0.canMatchEmpty }
        case .group(let x, _), .atomic(let x): return x.canMatchEmpty
        case .quantified(let x, let min, _, _): return min == 0 || x.canMatchEmpty
        }
    }

    /// Minimum and maximum length in scalars (max nil when unbounded or unknown).
    var lengthBounds: (min: Int, max: Int?) {
        switch self {
        case .empty, .anchor, .lookaround: return (0, 0)
        case .char, .set, .dot: return (1, 1)
        case .backreference: return (0, nil)
        case .group(let x, _), .atomic(let x): return x.lengthBounds
        case .concat(let xs):
            var lo = 0
            var hi: Int? = 0
            for x in xs {
                let b = x.lengthBounds
                lo = RegexNode.satAdd(lo, b.min)
                if let h = hi, let bh = b.max { hi = RegexNode.satAdd(h, bh) } else { hi = nil }
            }
            return (lo, hi)
        case .alternation(let xs):
            guard !xs.isEmpty else { return (0, 0) }
            var lo = Int.max
            var hi: Int? = 0
            for x in xs {
                let b = x.lengthBounds
                lo = Swift.min(lo, b.min)
                if let h = hi, let bh = b.max { hi = Swift.max(h, bh) } else { hi = nil }
            }
            return (lo, hi)
        case .quantified(let x, let min, let max, _):
            let b = x.lengthBounds
            let lo = RegexNode.satMul(b.min, min)
            guard let m = max, let bh = b.max else { return (lo, b.max == 0 ? 0 : nil) }
            return (lo, RegexNode.satMul(bh, m))
        }
    }

    static func satAdd(_ a: Int, _ b: Int) -> Int {
        let (r, o) = a.addingReportingOverflow(b)
        return o ? Int.max : r
    }

    static func satMul(_ a: Int, _ b: Int) -> Int {
        let (r, o) = a.multipliedReportingOverflow(by: b)
        return o ? Int.max : r
    }

    /// Heuristic: an unbounded (or large) quantifier whose body itself contains an unbounded
    /// quantifier, or an alternation whose branches can match the same text, under a repetition.
    var mayBacktrackCatastrophically: Bool {
        switch self {
        case .empty, .char, .set, .dot, .anchor, .backreference: return false
        case .concat(let xs), .alternation(let xs): return xs.contains { $0.mayBacktrackCatastrophically }
        case .group(let x, _), .atomic(let x), .lookaround(let x, _, _): return x.mayBacktrackCatastrophically
        case .quantified(let x, _, let max, let kind):
            if x.mayBacktrackCatastrophically { return true }
            guard kind != .possessive else { return false }
            let repeats = max == nil || (max ?? 0) > 1
            guard repeats else { return false }
            return x.hasVariableRepetition || x.hasOverlappingAlternation
        }
    }

    /// Contains a quantifier that can repeat a variable number of times (e.g. `a+`, `a*`, `a{1,5}`).
    var hasVariableRepetition: Bool {
        switch self {
        case .empty, .char, .set, .dot, .anchor, .backreference: return false
        case .concat(let xs), .alternation(let xs): return xs.contains { $0.hasVariableRepetition }
        case .group(let x, _): return x.hasVariableRepetition
        case .atomic, .lookaround: return false
        case .quantified(let x, let min, let max, let kind):
            if kind == .possessive { return false }
            return max != min || x.hasVariableRepetition
        }
    }

    /// Contains an alternation where two branches may start with the same character or one is a prefix-able of another.
    var hasOverlappingAlternation: Bool {
        switch self {
        case .empty, .char, .set, .dot, .anchor, .backreference, .atomic, .lookaround: return false
        case .concat(let xs): return xs.contains { $0.hasOverlappingAlternation }
        case .group(let x, _): return x.hasOverlappingAlternation
        case .quantified(let x, _, _, _): return x.hasOverlappingAlternation
        case .alternation(let xs):
            if xs.contains(where: { $0.hasOverlappingAlternation }) { return true }
            let firsts = xs.map { $0.firstChars }
            for i in firsts.indices {
                for j in firsts.indices where j > i {
                    if RegexNode.mayOverlap(firsts[i], firsts[j]) { return true }
                }
            }
            return false
        }
    }

    /// A rough description of what the first consumed scalar may be: nil = anything / unknown.
    var firstChars: [UInt32]? {
        switch self {
        case .char(let c, let fold):
            return fold == .none ? [c] : nil
        case .concat(let xs):
            for x in xs {
                if case .anchor = x { continue }
                if x.canMatchEmpty { return nil }
                return x.firstChars
            }
            return nil
        case .group(let x, _), .atomic(let x): return x.firstChars
        case .quantified(let x, let min, _, _): return min > 0 ? x.firstChars : nil
        case .alternation(let xs):
            var all: [UInt32] = []
            for x in xs {
                guard let f = x.firstChars else { return nil }
                all.append(contentsOf: f)
            }
            return all
        default: return nil
        }
    }

    static func mayOverlap(_ a: [UInt32]?, _ b: [UInt32]?) -> Bool {
        guard let a = a, let b = b else { return true }
        return a.contains { b.contains($0) }
    }
}

extension RegexNode {
    /// java.util.regex's look-behind length analysis (TreeInfo.maxValid in Java 17): nil when Java
    /// rejects the body with "Look-behind group does not have an obvious maximum length".
    var javaLookbehindMaxLength: Int? {
        let limit = Int(Int32.max)
        switch self {
        case .empty, .anchor, .lookaround: return 0
        case .char, .set, .dot: return 1
        case .backreference: return nil
        case .group(let x, _), .atomic(let x): return x.javaLookbehindMaxLength
        case .concat(let xs):
            var total = 0
            for x in xs {
                guard let m = x.javaLookbehindMaxLength else { return nil }
                total = Swift.min(limit, RegexNode.satAdd(total, m))
            }
            return total
        case .alternation(let xs):
            var best = 0
            for x in xs {
                guard let m = x.javaLookbehindMaxLength else { return nil }
                best = Swift.max(best, m)
            }
            return best
        case .quantified(let x, let min, let max, let kind):
            if min == 0 && max == 1 { return x.javaLookbehindMaxLength } // Ques node
            if case .group(let body, _) = x, kind != .possessive, !body.isJavaDeterministic {
                return nil // Java compiles this to a Loop, which has no valid maximum length
            }
            guard let m = x.javaLookbehindMaxLength else { return nil }
            let product = RegexNode.satMul(m, max ?? limit)
            return product > limit ? nil : product
        }
    }

    /// Java's TreeInfo.deterministic, approximately: fixed repetition counts and no alternation.
    var isJavaDeterministic: Bool {
        switch self {
        case .empty, .anchor, .lookaround, .char, .set, .dot, .backreference: return true
        case .group(let x, _), .atomic(let x): return x.isJavaDeterministic
        case .concat(let xs): return xs.allSatisfy { $0.isJavaDeterministic }
        case .alternation: return false
        case .quantified(let x, let min, let max, _): return min == max && x.isJavaDeterministic
        }
    }
}
