/// The parser's view of the scanner: the valid tokens one at a time, scanned as they are
/// asked for, so no token array is made.
///
/// It stops with `.endOfInput` after `maxTokens` tokens (invalid ones included).
struct TokenStream {
    private(set) var scanner: Scanner
    let maxTokens: Int
    /// How many tokens were scanned, the invalid ones and the end included.
    private(set) var scanned = 0
    /// Whether scanning stopped at `maxTokens`.
    private(set) var truncated = false

    init(_ bytes: [UInt8], maxTokens: Int) {
        scanner = Scanner(bytes)
        self.maxTokens = maxTokens
    }

    /// The next valid token; `.endOfInput` at the end and from then on. `buffer` holds the bytes.
    @inline(__always) mutating func next(in buffer: UnsafeBufferPointer<UInt8>) -> Token {
        while true {
            if truncated { return Token(kind: .endOfInput, range: .at(scanner.position)) }
            let token = scanner.next(in: buffer)
            scanned += 1
            if token.kind == .endOfInput { return token }
            if scanned >= maxTokens { truncated = true }
            if token.kind == .invalid { continue }
            return token
        }
    }
}
