/// The kind of a token. Names, strings and numbers carry no payload here: their text stays in
/// the source bytes and a number's value in ``Token/bits``, read only when the parser needs them.
enum TokenKind: UInt8, Sendable, CaseIterable {
    case int, long, real
    /// A string literal in straight quotes; `bits` is 1 when it contains a doubled quote.
    case string
    /// A string literal in curly quotes (already reported); `bits` holds the byte lengths
    /// of its opening (low byte) and closing (next byte) quotes.
    case curlyString
    /// A name; ``Token/keyword`` tells whether it spells a word the parser treats specially.
    case identifier
    case plus, minus, star, slash, percent, caret
    case bang, notEqual, equalEqual, assign
    case less, lessEqual, greater, greaterEqual
    case ampAmp, barBar, amp, bar
    case question, elvis, safeNavigation, colon, comma, dot
    case leftParen, rightParen, leftBracket, rightBracket, leftBrace, rightBrace
    /// `![` after a dot: projection.
    case project
    /// `?[` after a dot: selection of all matches.
    case select
    /// `^[` after a dot: first match.
    case selectFirst
    /// `$[` after a dot: last match.
    case selectLast
    case hash, at, plusPlus, minusMinus
    /// A malformed token; its diagnostic was already reported.
    case invalid
    case endOfInput
}

/// A token as the scanner produces it: a kind, a byte range and, for numbers, the value.
struct Token: Sendable, Equatable {
    /// What it is.
    var kind: TokenKind
    /// For an identifier, the keyword it spells (`.none` for most names).
    var keyword: Keyword = .none
    /// Where it is.
    var range: SourceRange
    /// Int32, Int64 or Double bits of a number; flags of a string literal.
    var bits: UInt64 = 0
}

extension TokenKind {
    /// The text of a punctuation or operator token; nil for names, literals, invalid tokens and the end.
    var symbol: String? {
        switch self {
        case .int, .long, .real, .string, .curlyString, .identifier, .invalid, .endOfInput: return nil
        case .plus: return "+"
        case .minus: return "-"
        case .star: return "*"
        case .slash: return "/"
        case .percent: return "%"
        case .caret: return "^"
        case .bang: return "!"
        case .notEqual: return "!="
        case .equalEqual: return "=="
        case .assign: return "="
        case .less: return "<"
        case .lessEqual: return "<="
        case .greater: return ">"
        case .greaterEqual: return ">="
        case .ampAmp: return "&&"
        case .barBar: return "||"
        case .amp: return "&"
        case .bar: return "|"
        case .question: return "?"
        case .elvis: return "?:"
        case .safeNavigation: return "?."
        case .colon: return ":"
        case .comma: return ","
        case .dot: return "."
        case .leftParen: return "("
        case .rightParen: return ")"
        case .leftBracket: return "["
        case .rightBracket: return "]"
        case .leftBrace: return "{"
        case .rightBrace: return "}"
        case .project: return "!["
        case .select: return "?["
        case .selectFirst: return "^["
        case .selectLast: return "$["
        case .hash: return "#"
        case .at: return "@"
        case .plusPlus: return "++"
        case .minusMinus: return "--"
        }
    }
}

extension Token {
    /// The value of an `.int` token.
    var int: Int32 { Int32(truncatingIfNeeded: bits) }
    /// The value of a `.long` token.
    var long: Int64 { Int64(truncatingIfNeeded: bits) }
    /// The value of a `.real` token.
    var real: Double { Double(bitPattern: bits) }

    /// How the token reads in a message; `bytes` is the source it was scanned from.
    func display(in bytes: [UInt8]) -> String {
        switch kind {
        case .int: return String(int)
        case .long: return "\(long)L"
        case .real: return String(real)
        case .string, .curlyString: return "string literal"
        case .identifier: return "'\(text(in: bytes))'"
        case .invalid: return "invalid token"
        case .endOfInput: return "end of expression"
        default: return "'\(kind.symbol ?? "")'"
        }
    }

    /// The bytes the token covers, as a string.
    func text(in bytes: [UInt8]) -> String {
        let start = max(0, min(range.start, bytes.count)), end = max(start, min(range.end, bytes.count))
        return Token.string(bytes, start, end)
    }

    /// `bytes[start..<end]` (in bounds) as a String: short ASCII built in place, anything
    /// else decoded. Read through a pointer: a slice would retain the array.
    static func string(_ bytes: [UInt8], _ start: Int, _ end: Int) -> String {
        bytes.withUnsafeBufferPointer { SmallASCII.decode(UnsafeBufferPointer(rebasing: $0[start..<end])) }
    }

    /// The content of a string literal token: without its quotes, a doubled quote read as one.
    func stringValue(in bytes: [UInt8]) -> String {
        let start = max(0, min(range.start, bytes.count)), end = max(start, min(range.end, bytes.count))
        if kind == .curlyString {
            let contentStart = min(end, start + Int(bits & 0xFF))
            let contentEnd = max(contentStart, end - Int((bits >> 8) & 0xFF))
            return Token.string(bytes, contentStart, contentEnd)
        }
        guard end - start >= 2 else { return "" }
        if bits == 0 { return Token.string(bytes, start + 1, end - 1) }
        let content = bytes[(start + 1)..<(end - 1)]
        // A doubled quote stands for one quote.
        let quote = bytes[start]
        var collapsed: [UInt8] = []
        collapsed.reserveCapacity(content.count)
        var skipNext = false
        for byte in content {
            if skipNext { skipNext = false; continue }
            collapsed.append(byte)
            if byte == quote { skipNext = true }
        }
        return String(decoding: collapsed, as: UTF8.self)
    }
}
