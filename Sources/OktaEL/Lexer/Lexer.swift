/// Every token of an expression in one array, for what looks at the whole sequence (tests).
/// The parser reads the same tokens one at a time through `TokenStream` instead.
///
/// The lexer never throws: malformed input becomes an `.invalid` token plus a diagnostic,
/// and scanning goes on so the parser can report more than one problem.
struct Lexer {
    private var scanner: Scanner

    /// Diagnostics found while scanning.
    var diagnostics: [Diagnostic] { scanner.diagnostics }

    /// The source bytes, which names and string literals are read from.
    var bytes: [UInt8] { scanner.bytes }

    /// A lexer over `source`.
    init(_ source: SourceText) {
        self.scanner = Scanner(source.bytes)
    }

    /// Whether `tokenize(maxTokens:)` stopped early.
    private(set) var truncated = false

    /// Scans every token, ending with `.endOfInput`; stops (setting `truncated`) after `maxTokens`.
    mutating func tokenize(maxTokens: Int = .max) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(min(scanner.bytes.count / 2 + 2, maxTokens &+ 1))
        while true {
            let token = scanner.next()
            tokens.append(token)
            if token.kind == .endOfInput { return tokens }
            if tokens.count >= maxTokens {
                truncated = true
                tokens.append(Token(kind: .endOfInput, range: .at(scanner.position)))
                return tokens
            }
        }
    }
}
