// Parser for java.util.regex syntax. Iterative over groups (explicit stack) with a nesting
// limit, so hostile patterns cannot overflow the call stack.

struct ParsedPattern: Sendable {
    var root: RegexNode
    var groupCount: Int
    var groupNames: [String: Int]
}

struct RegexParser {
    /// Maximum nesting of groups and bracket classes.
    static let maxNestingDepth = 1_000
    /// Maximum nesting of bracket classes (parsed recursively).
    static let maxClassNestingDepth = 256

    private let chars: [UInt32]
    private let utf8Offsets: [Int]   // UTF-8 offset of each scalar, plus one entry for the end
    private var i = 0
    private var flags = RegexFlags()
    private var groupCount = 0
    private var groupNames: [String: Int] = [:]
    private var classDepth = 0

    init(_ pattern: String) {
        var cs: [UInt32] = []
        var offs: [Int] = []
        var off = 0
        for s in pattern.unicodeScalars {
            cs.append(s.value)
            offs.append(off)
            off += UTF8.width(s)
        }
        offs.append(off)
        chars = cs
        utf8Offsets = offs
    }

    static func parse(_ pattern: String) throws(RegexError) -> ParsedPattern {
        var p = RegexParser(pattern)
        let root = try p.parseAll()
        return ParsedPattern(root: root, groupCount: p.groupCount, groupNames: p.groupNames)
    }

    // MARK: - Errors

    private func offset(_ scalarIndex: Int) -> Int {
        let k = Swift.max(0, Swift.min(scalarIndex, utf8Offsets.count - 1))
        return utf8Offsets[k]
    }

    private func syntax(_ message: String, at index: Int) -> RegexError {
        RegexError(kind: .syntax, message: message, patternOffset: offset(index))
    }

    private func unsupported(_ message: String, at index: Int) -> RegexError {
        RegexError(kind: .unsupported, message: message, patternOffset: offset(index))
    }

    // MARK: - Character access

    private var atEnd: Bool { i >= chars.count }
    private func peek(_ k: Int = 0) -> UInt32? {
        let j = i + k
        return j >= 0 && j < chars.count ? chars[j] : nil
    }

    private static func isASCII(_ c: UInt32?, _ ch: Character) -> Bool {
        guard let c = c, let a = ch.asciiValue else { return false }
        return c == UInt32(a)
    }

    /// In COMMENTS mode, skip whitespace and `#` comments.
    private mutating func skipComments() {
        guard flags.comments else { return }
        while let c = peek() {
            if c == 0x20 || (c >= 0x09 && c <= 0x0D) {
                i += 1
            } else if c == 0x23 {
                while let d = peek(), !RegexParser.isLineTerminator(d) { i += 1 }
            } else {
                return
            }
        }
    }

    static func isLineTerminator(_ c: UInt32) -> Bool {
        c == 0x0A || c == 0x0D || c == 0x85 || c == 0x2028 || c == 0x2029
    }

    // MARK: - Structure

    private enum FrameKind {
        case root
        case capture(Int)
        case nonCapture
        case look(behind: Bool, negative: Bool)
        case atomic
    }

    private struct Frame {
        var kind: FrameKind
        var alternatives: [RegexNode] = []
        var items: [RegexNode] = []
        var savedFlags: RegexFlags
        var openIndex: Int
    }

    private static func seq(_ items: [RegexNode]) -> RegexNode {
        switch items.count {
        case 0: return .empty
        case 1: return items[0]
        default: return .concat(items)
        }
    }

    private static func close(_ frame: Frame) -> RegexNode {
        var alts = frame.alternatives
        alts.append(seq(frame.items))
        let body: RegexNode = alts.count == 1 ? alts[0] : .alternation(alts)
        switch frame.kind {
        case .root, .nonCapture: return .group(body, capture: nil)
        case .capture(let n): return .group(body, capture: n)
        case .look(let behind, let negative): return .lookaround(body, behind: behind, negative: negative)
        case .atomic: return .atomic(body)
        }
    }

    private mutating func parseAll() throws(RegexError) -> RegexNode {
        var stack: [Frame] = [Frame(kind: .root, savedFlags: flags, openIndex: 0)]
        while true {
            skipComments()
            guard let c = peek() else { break }
            let start = i
            switch c {
            case 0x28: // (
                if stack.count > RegexParser.maxNestingDepth {
                    throw RegexError(kind: .tooLarge, message: "Pattern nesting is too deep (limit \(RegexParser.maxNestingDepth))", patternOffset: offset(i))
                }
                i += 1
                let outerFlags = flags
                if let kind = try parseGroupOpen() {
                    stack.append(Frame(kind: kind, savedFlags: outerFlags, openIndex: start))
                }
                // else: a pure inline-flag group `(?i)`; flags already updated
                continue
            case 0x29: // )
                guard stack.count > 1, let frame = stack.popLast() else {
                    throw syntax("Unmatched closing ')'", at: Swift.max(0, i - 1))
                }
                i += 1
                flags = frame.savedFlags
                let closed = RegexParser.close(frame)
                if case .lookaround(let body, true, _) = closed, body.javaLookbehindMaxLength == nil {
                    throw syntax("Look-behind group does not have an obvious maximum length", at: i - 2)
                }
                try appendAtom(closed, to: &stack[stack.count - 1])
                continue
            case 0x7C: // |
                i += 1
                let top = stack.count - 1
                stack[top].alternatives.append(RegexParser.seq(stack[top].items))
                stack[top].items = []
                continue
            case 0x2A, 0x2B, 0x3F: // * + ?
                throw syntax("Dangling meta character '\(Character(Unicode.Scalar(UInt8(c))))'", at: i)
            case 0x7B: // { : Java parses an empty atom followed by the repetition
                try appendAtom(.empty, to: &stack[stack.count - 1])
                continue
            default:
                break
            }
            let atoms = try parseAtom()
            let top = stack.count - 1
            if atoms.count > 1 {
                stack[top].items.append(contentsOf: atoms.dropLast())
            }
            if let last = atoms.last {
                try appendAtom(last, to: &stack[top])
            }
        }
        if stack.count > 1, let frame = stack.last {
            _ = frame
            throw syntax("Unclosed group", at: chars.count)
        }
        guard let root = stack.first else { return .empty }
        if case .group(let body, nil) = RegexParser.close(root) { return body }
        return RegexParser.close(root)
    }

    /// Appends an atom, applying a following quantifier if present.
    private mutating func appendAtom(_ atom: RegexNode, to frame: inout Frame) throws(RegexError) {
        frame.items.append(try parseQuantifier(atom))
    }

    private mutating func parseQuantifier(_ atom: RegexNode) throws(RegexError) -> RegexNode {
        skipComments()
        guard let c = peek() else { return atom }
        var minCount = 0
        var maxCount: Int? = nil
        switch c {
        case 0x2A: i += 1; minCount = 0; maxCount = nil
        case 0x2B: i += 1; minCount = 1; maxCount = nil
        case 0x3F: i += 1; minCount = 0; maxCount = 1
        case 0x7B:
            i += 1
            skipComments()
            guard let first = peek(), first >= 0x30 && first <= 0x39 else {
                throw syntax("Illegal repetition", at: i)
            }
            minCount = try parseCount()
            skipComments()
            if RegexParser.isASCII(peek(), ",") {
                i += 1
                skipComments()
                if let d = peek(), d >= 0x30 && d <= 0x39 {
                    maxCount = try parseCount()
                } else {
                    maxCount = nil
                }
            } else {
                maxCount = minCount
            }
            skipComments()
            guard RegexParser.isASCII(peek(), "}") else {
                throw syntax("Unclosed counted closure", at: i)
            }
            if let m = maxCount, m < minCount {
                throw syntax("Illegal repetition range", at: i)
            }
            i += 1
        default:
            return atom
        }
        var kind = QuantifierKind.greedy
        if RegexParser.isASCII(peek(), "?") { i += 1; kind = .lazy }
        else if RegexParser.isASCII(peek(), "+") { i += 1; kind = .possessive }
        return .quantified(atom, min: minCount, max: maxCount, kind: kind)
    }

    private mutating func parseCount() throws(RegexError) -> Int {
        var value = 0
        while let d = peek(), d >= 0x30 && d <= 0x39 {
            value = value * 10 + Int(d - 0x30)
            if value > Int(Int32.max) {
                throw syntax("Illegal repetition range", at: i)
            }
            i += 1
        }
        return value
    }

    /// After `(`: returns the frame kind, or nil for a pure inline-flags group.
    private mutating func parseGroupOpen() throws(RegexError) -> FrameKind? {
        guard RegexParser.isASCII(peek(), "?") else {
            groupCount += 1
            return .capture(groupCount)
        }
        i += 1
        let c = peek()
        if RegexParser.isASCII(c, ":") { i += 1; return .nonCapture }
        if RegexParser.isASCII(c, "=") { i += 1; return .look(behind: false, negative: false) }
        if RegexParser.isASCII(c, "!") { i += 1; return .look(behind: false, negative: true) }
        if RegexParser.isASCII(c, ">") { i += 1; return .atomic }
        if RegexParser.isASCII(c, "<") {
            i += 1
            if RegexParser.isASCII(peek(), "=") { i += 1; return .look(behind: true, negative: false) }
            if RegexParser.isASCII(peek(), "!") { i += 1; return .look(behind: true, negative: true) }
            let name = try parseGroupName()
            if groupNames[name] != nil {
                throw syntax("Named capturing group <\(name)> is already defined", at: i - 1)
            }
            groupCount += 1
            groupNames[name] = groupCount
            return .capture(groupCount)
        }
        // Inline flags: (?idmsuxU-idmsuxU) or (?flags:X)
        var on = true
        while let f = peek() {
            switch f {
            case 0x69: flags.caseInsensitive = on
            case 0x64: flags.unixLines = on
            case 0x6D: flags.multiline = on
            case 0x73: flags.dotAll = on
            case 0x75: flags.unicodeCase = on
            case 0x78: flags.comments = on
            case 0x55: flags.unicodeClass = on; flags.unicodeCase = on
            case 0x63: break // CANON_EQ: accepted as a no-op
            case 0x2D: on = false
            case 0x29: i += 1; return nil
            case 0x3A: i += 1; return .nonCapture
            default: throw syntax("Unknown inline modifier", at: i)
            }
            i += 1
        }
        throw syntax("Unknown inline modifier", at: i)
    }

    private static func isASCIILetter(_ c: UInt32) -> Bool { CaseMapping.isASCIILetter(c) }

    /// Parses `name>` after `(?<` or `\k<`.
    private mutating func parseGroupName() throws(RegexError) -> String {
        guard let first = peek(), RegexParser.isASCIILetter(first) else {
            throw syntax("capturing group name does not start with a Latin letter", at: i)
        }
        var name = ""
        while let c = peek(), RegexParser.isASCIILetter(c) || (c >= 0x30 && c <= 0x39) {
            name.unicodeScalars.append(Unicode.Scalar(UInt8(c)))
            i += 1
        }
        guard RegexParser.isASCII(peek(), ">") else {
            throw syntax("named capturing group is missing trailing '>'", at: i)
        }
        i += 1
        return name
    }

    // MARK: - Atoms

    /// Parses one atom (or, for `\Q...\E`, several literal atoms).
    private mutating func parseAtom() throws(RegexError) -> [RegexNode] {
        guard let c = peek() else { return [] }
        switch c {
        case 0x5B: // [
            i += 1
            return [.set(try parseClass(consumeClose: true, openIndex: i - 1))]
        case 0x2E: // .
            i += 1
            return [.dot(dotAll: flags.dotAll, unixLines: flags.unixLines)]
        case 0x5E: // ^
            i += 1
            return [.anchor(flags.multiline ? .lineStart(unixLines: flags.unixLines) : .begin)]
        case 0x24: // $
            i += 1
            return [.anchor(.dollar(multiline: flags.multiline, unixLines: flags.unixLines))]
        case 0x5C: // backslash
            return try parseEscapeAtom()
        default:
            i += 1
            return [literal(c)]
        }
    }

    private func literal(_ c: UInt32) -> RegexNode {
        let fold = flags.fold
        if fold == .ascii && !CaseMapping.isASCIILetter(c) { return .char(c, .none) }
        return .char(c, fold)
    }

    private mutating func parseEscapeAtom() throws(RegexError) -> [RegexNode] {
        let slash = i
        i += 1
        guard let c = peek() else {
            throw syntax("Unexpected internal error", at: chars.count)
        }
        switch c {
        case 0x51: // Q
            i += 1
            var out: [RegexNode] = []
            while let d = peek() {
                if d == 0x5C && RegexParser.isASCII(peek(1), "E") { i += 2; return out }
                out.append(literal(d))
                i += 1
            }
            return out
        case 0x31...0x39: // backreference
            i += 1
            var ref = Int(c - 0x30)
            while let d = peek(), d >= 0x30 && d <= 0x39 {
                let next = ref * 10 + Int(d - 0x30)
                if groupCount < next { break }
                ref = next
                i += 1
            }
            return [.backreference(ref, flags.fold)]
        case 0x6B: // k<name>
            i += 1
            guard RegexParser.isASCII(peek(), "<") else {
                throw syntax("\\k is not followed by '<' for named capturing group", at: i)
            }
            i += 1
            let name = try parseGroupName()
            guard let n = groupNames[name] else {
                throw syntax("named capturing group <\(name)> does not exist", at: i - 1)
            }
            return [.backreference(n, flags.fold)]
        case 0x62: i += 1; return [.anchor(.wordBoundary(negated: false, unicodeWord: flags.unicodeClass))]
        case 0x42: i += 1; return [.anchor(.wordBoundary(negated: true, unicodeWord: flags.unicodeClass))]
        case 0x41: i += 1; return [.anchor(.begin)]
        case 0x7A: i += 1; return [.anchor(.end)]
        case 0x5A: i += 1; return [.anchor(.dollar(multiline: false, unixLines: flags.unixLines))]
        case 0x47: throw unsupported("\\G (end of previous match) is not supported", at: slash)
        case 0x58: throw unsupported("\\X (grapheme cluster) is not supported", at: slash)
        case 0x4E: throw unsupported("\\N{name} is not supported", at: slash)
        case 0x52: // R
            i += 1
            let crlf = RegexNode.concat([.char(0x0D, .none), .char(0x0A, .none)])
            let single = RegexNode.set(.union([.range(0x0A, 0x0D, .none), .single(0x85, .none), .range(0x2028, 0x2029, .none)]))
            return [.group(.alternation([crlf, single]), capture: nil)]
        default:
            if let set = try parseClassEscape() { return [.set(set)] }
            let v = try parseCharEscape(slash: slash)
            return [literal(v)]
        }
    }

    /// `\d \D \w \W \s \S \h \H \v \V \p{..} \P{..}` at `i` (just after the backslash); nil if not one.
    private mutating func parseClassEscape() throws(RegexError) -> CharSet? {
        guard let c = peek() else { return nil }
        let u = flags.unicodeClass
        func prop(_ p: CharProperty) -> CharSet { .property(p, negated: false) }
        let base: CharSet
        var negate = false
        switch c {
        case 0x64: base = u ? prop(.digit) : .asciiDigit
        case 0x44: base = u ? prop(.digit) : .asciiDigit; negate = true
        case 0x77: base = u ? prop(.unicodeWord) : .asciiWord
        case 0x57: base = u ? prop(.unicodeWord) : .asciiWord; negate = true
        case 0x73: base = u ? prop(.whiteSpace) : .asciiSpace
        case 0x53: base = u ? prop(.whiteSpace) : .asciiSpace; negate = true
        case 0x68: base = .horizontalSpace
        case 0x48: base = .horizontalSpace; negate = true
        case 0x76: base = .verticalSpace
        case 0x56: base = .verticalSpace; negate = true
        case 0x70, 0x50: // p P
            i += 1
            return try parseProperty(negated: c == 0x50)
        default:
            return nil
        }
        i += 1
        return negate ? .negated(base) : base
    }

    private mutating func parseProperty(negated: Bool) throws(RegexError) -> CharSet {
        var name = ""
        guard let first = peek() else {
            throw syntax("Illegal character property", at: i)
        }
        if first == 0x7B {
            i += 1
            while let d = peek(), d != 0x7D {
                if let s = Unicode.Scalar(d) { name.unicodeScalars.append(s) }
                i += 1
            }
            guard !atEnd else { throw syntax("Unclosed character family", at: chars.count) }
            // i is at '}'
        } else {
            if let s = Unicode.Scalar(first) { name.unicodeScalars.append(s) }
        }
        let errorIndex = i
        i += 1
        switch PropertyNames.lookup(name, caseInsensitive: flags.caseInsensitive, unicodeClass: flags.unicodeClass) {
        case .found(let set):
            return negated ? .negated(set) : set
        case .unknown:
            throw syntax("Unknown character property name {\(name)}", at: errorIndex)
        case .unsupported(let why):
            throw unsupported("\(why): \\p{\(name)}", at: errorIndex)
        }
    }

    private static func hexValue(_ c: UInt32?) -> UInt32? {
        guard let c = c else { return nil }
        switch c {
        case 0x30...0x39: return c - 0x30
        case 0x41...0x46: return c - 0x41 + 10
        case 0x61...0x66: return c - 0x61 + 10
        default: return nil
        }
    }

    /// A single-character escape at `i` (just after the backslash). Returns the code point.
    private mutating func parseCharEscape(slash: Int) throws(RegexError) -> UInt32 {
        guard let c = peek() else { throw syntax("Unexpected internal error", at: chars.count) }
        i += 1
        switch c {
        case 0x74: return 0x09
        case 0x6E: return 0x0A
        case 0x72: return 0x0D
        case 0x66: return 0x0C
        case 0x61: return 0x07
        case 0x65: return 0x1B
        case 0x30: // \0ooo
            guard let n = peek(), n >= 0x30 && n <= 0x37 else {
                throw syntax("Illegal octal escape sequence", at: i)
            }
            i += 1
            var v = n - 0x30
            if let m = peek(), m >= 0x30 && m <= 0x37 {
                i += 1
                v = v * 8 + (m - 0x30)
                if n <= 0x33, let o = peek(), o >= 0x30 && o <= 0x37 {
                    i += 1
                    v = v * 8 + (o - 0x30)
                }
            }
            return v
        case 0x78: // \xhh or \x{h...}
            if RegexParser.isASCII(peek(), "{") {
                i += 1
                var v: UInt32 = 0
                var digits = 0
                while let h = RegexParser.hexValue(peek()) {
                    v = v &* 16 &+ h
                    digits += 1
                    i += 1
                    if v > 0x10FFFF {
                        throw syntax("Hexadecimal codepoint is too big", at: i - 1)
                    }
                }
                guard digits > 0, RegexParser.isASCII(peek(), "}") else {
                    throw syntax("Unclosed hexadecimal escape sequence", at: i)
                }
                i += 1
                return v
            }
            guard let h1 = RegexParser.hexValue(peek()) else {
                throw syntax("Illegal hexadecimal escape sequence", at: i)
            }
            guard let h2 = RegexParser.hexValue(peek(1)) else {
                throw syntax("Illegal hexadecimal escape sequence", at: i + 1)
            }
            i += 2
            return h1 * 16 + h2
        case 0x75: // \uhhhh (a surrogate pair of two escapes forms one code point)
            let v = try parseU4()
            if v >= 0xD800 && v <= 0xDBFF, RegexParser.isASCII(peek(), "\\"), RegexParser.isASCII(peek(1), "u") {
                let save = i
                i += 2
                if let lo = try? parseU4(), lo >= 0xDC00 && lo <= 0xDFFF {
                    return 0x10000 + ((v - 0xD800) << 10) + (lo - 0xDC00)
                }
                i = save
            }
            return v
        case 0x63: // \cX
            guard let x = peek() else { throw syntax("Illegal control escape sequence", at: i) }
            i += 1
            return x ^ 64
        default:
            if (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) {
                throw syntax("Illegal/unsupported escape sequence", at: i - 1)
            }
            return c
        }
    }

    private mutating func parseU4() throws(RegexError) -> UInt32 {
        var v: UInt32 = 0
        for _ in 0..<4 {
            guard let h = RegexParser.hexValue(peek()) else {
                throw syntax("Illegal Unicode escape sequence", at: i)
            }
            v = v * 16 + h
            i += 1
        }
        return v
    }

    // MARK: - Bracket classes (follows java.util.regex.Pattern.clazz)

    private mutating func parseClass(consumeClose: Bool, openIndex: Int) throws(RegexError) -> CharSet {
        classDepth += 1
        defer { classDepth -= 1 }
        if classDepth > RegexParser.maxClassNestingDepth {
            throw RegexError(kind: .tooLarge, message: "Character class nesting is too deep (limit \(RegexParser.maxClassNestingDepth))", patternOffset: offset(i))
        }
        var prev: CharSet? = nil
        var curr: CharSet? = nil
        var bits: [CharSet] = []
        var hasBits = false
        var negate = false
        classSkip()
        if RegexParser.isASCII(peek(), "^") && consumeClose && i == openIndex + 1 {
            i += 1
            negate = true
        }
        func unionBits() -> CharSet { bits.count == 1 ? bits[0] : .union(bits) }
        func join(_ a: CharSet?, _ b: CharSet) -> CharSet {
            guard let a = a else { return b }
            return .union([a, b])
        }
        while true {
            classSkip()
            guard let c = peek() else {
                throw syntax("Unclosed character class", at: chars.count - 1)
            }
            if c == 0x5B { // nested [
                i += 1
                let nested = try parseClass(consumeClose: true, openIndex: i - 1)
                curr = nested
                prev = join(prev, nested)
                continue
            }
            if c == 0x26 && RegexParser.isASCII(peek(1), "&") { // &&
                i += 2
                var right: CharSet? = nil
                while true {
                    classSkip()
                    guard let d = peek() else { throw syntax("Unclosed character class", at: chars.count - 1) }
                    if d == 0x5D { break }
                    if d == 0x26 && RegexParser.isASCII(peek(1), "&") { break }
                    if d == 0x5B {
                        i += 1
                        let nested = try parseClass(consumeClose: true, openIndex: i - 1)
                        right = join(right, nested)
                    } else {
                        let nested = try parseClass(consumeClose: false, openIndex: -10)
                        right = join(right, nested)
                    }
                }
                if hasBits {
                    if prev == nil { prev = unionBits(); curr = prev } else { prev = join(prev, unionBits()) }
                    hasBits = false
                    bits = []
                }
                if let r = right { curr = r }
                if let p = prev {
                    guard let cr = curr else { throw syntax("Bad class syntax", at: i) }
                    prev = .intersection(p, cr)
                } else {
                    guard let r = right else { throw syntax("Bad class syntax", at: i) }
                    prev = r
                }
                continue
            }
            if c == 0x5D && (prev != nil || hasBits) { // ]
                if consumeClose { i += 1 }
                var result: CharSet
                if let p = prev {
                    result = hasBits ? .union([p, unionBits()]) : p
                } else {
                    result = unionBits()
                }
                if negate { result = .negated(result) }
                return result
            }
            // A single character, range, or escape
            if let item = try parseClassRange() {
                switch item {
                case .single, .range:
                    bits.append(item)
                    hasBits = true
                default:
                    curr = item
                    prev = join(prev, item)
                }
            }
        }
    }

    private var inClassQuote = false

    private mutating func classSkip() {
        if flags.comments && !inClassQuote { skipComments() }
        // Handle \Q...\E inside classes: \Q starts quoting, \E ends it.
        while true {
            if !inClassQuote && RegexParser.isASCII(peek(), "\\") && RegexParser.isASCII(peek(1), "Q") {
                i += 2; inClassQuote = true; continue
            }
            if inClassQuote && RegexParser.isASCII(peek(), "\\") && RegexParser.isASCII(peek(1), "E") {
                i += 2; inClassQuote = false
                if flags.comments { skipComments() }
                continue
            }
            return
        }
    }

    /// One class element: returns `.single`/`.range` for plain characters, other sets for escapes.
    private mutating func parseClassRange() throws(RegexError) -> CharSet? {
        guard let c = peek() else { return nil }
        let fold = flags.fold
        var lo: UInt32
        if inClassQuote {
            i += 1
            return .single(c, fold)
        }
        if c == 0x5C {
            let slash = i
            i += 1
            if let set = try parseClassEscape() { return set }
            guard !atEnd else { throw syntax("Unexpected internal error", at: chars.count) }
            lo = try parseCharEscape(slash: slash)
        } else {
            i += 1
            lo = c
        }
        // A range?
        if RegexParser.isASCII(peek(), "-") {
            let after = peek(1)
            if !RegexParser.isASCII(after, "[") && !RegexParser.isASCII(after, "]") {
                i += 1
                guard let e = peek() else { throw syntax("Illegal character range", at: i) }
                var hi: UInt32
                if e == 0x5C {
                    let slash = i
                    i += 1
                    guard let k = peek() else { throw syntax("Illegal character range", at: i) }
                    if "dDwWsShHvVpP".unicodeScalars.contains(where: { $0.value == k }) || k == 0x51 {
                        throw syntax("Illegal character range", at: i)
                    }
                    hi = try parseCharEscape(slash: slash)
                } else {
                    i += 1
                    hi = e
                }
                if hi < lo { throw syntax("Illegal character range", at: i - 1) }
                return .range(lo, hi, fold)
            }
        }
        return .single(lo, fold)
    }
}
