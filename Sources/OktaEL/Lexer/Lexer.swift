/// Splits an expression's UTF-8 bytes into tokens, following SpEL's tokenizer.
///
/// The lexer never throws: malformed input becomes an `.invalid` token plus a diagnostic,
/// and scanning goes on so the parser can report more than one problem.
public struct Lexer {
    private var scanner: Scanner

    /// Diagnostics found while scanning.
    public var diagnostics: [Diagnostic] { scanner.diagnostics }

    /// A lexer over `source`.
    public init(_ source: SourceText) {
        self.scanner = Scanner(source.bytes)
    }

    /// Whether `tokenize(maxTokens:)` stopped early.
    public private(set) var truncated = false

    /// Scans every token, ending with `.endOfInput`; stops (setting `truncated`) after `maxTokens`.
    public mutating func tokenize(maxTokens: Int = .max) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(min(scanner.bytes.count / 2 + 2, maxTokens &+ 1))
        while true {
            let token = next()
            tokens.append(token)
            if token.kind == .endOfInput { return tokens }
            if tokens.count >= maxTokens {
                truncated = true
                tokens.append(Token(kind: .endOfInput, range: .at(scanner.position)))
                return tokens
            }
        }
    }

    /// Scans the next token.
    public mutating func next() -> Token {
        let raw = scanner.next()
        return Token(kind: raw.tokenKind(in: scanner.bytes), range: raw.range)
    }
}

extension RawToken {
    /// The public token kind, with its payload decoded from `bytes`.
    func tokenKind(in bytes: [UInt8]) -> TokenKind {
        switch kind {
        case .int: return .int(Int32(truncatingIfNeeded: bits))
        case .long: return .long(Int64(truncatingIfNeeded: bits))
        case .real: return .real(Double(bitPattern: bits))
        case .string, .curlyString: return .string(stringValue(in: bytes))
        case .identifier: return .identifier(text(in: bytes))
        case .plus: return .plus
        case .minus: return .minus
        case .star: return .star
        case .slash: return .slash
        case .percent: return .percent
        case .caret: return .caret
        case .bang: return .bang
        case .notEqual: return .notEqual
        case .equalEqual: return .equalEqual
        case .assign: return .assign
        case .less: return .less
        case .lessEqual: return .lessEqual
        case .greater: return .greater
        case .greaterEqual: return .greaterEqual
        case .ampAmp: return .ampAmp
        case .barBar: return .barBar
        case .amp: return .amp
        case .bar: return .bar
        case .question: return .question
        case .elvis: return .elvis
        case .safeNavigation: return .safeNavigation
        case .colon: return .colon
        case .comma: return .comma
        case .dot: return .dot
        case .leftParen: return .leftParen
        case .rightParen: return .rightParen
        case .leftBracket: return .leftBracket
        case .rightBracket: return .rightBracket
        case .leftBrace: return .leftBrace
        case .rightBrace: return .rightBrace
        case .project: return .project
        case .select: return .select
        case .selectFirst: return .selectFirst
        case .selectLast: return .selectLast
        case .hash: return .hash
        case .at: return .at
        case .plusPlus: return .plusPlus
        case .minusMinus: return .minusMinus
        case .invalid: return .invalid
        case .endOfInput: return .endOfInput
        }
    }

    /// The bytes the token covers, as a string.
    func text(in bytes: [UInt8]) -> String {
        let start = max(0, min(range.start, bytes.count)), end = max(start, min(range.end, bytes.count))
        return RawToken.string(bytes, start, end)
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
            return RawToken.string(bytes, contentStart, contentEnd)
        }
        guard end - start >= 2 else { return "" }
        if bits == 0 { return RawToken.string(bytes, start + 1, end - 1) }
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
