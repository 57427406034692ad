/// Bounds on what the parser accepts, so hostile input ends in a diagnostic, never a
/// stack overflow or a hang. The defaults are far above any real Okta expression
/// (Okta caps claim expressions at 1,024 characters).
public struct ParseLimits: Sendable, Hashable {
    /// Longest source accepted, in UTF-8 bytes.
    public var maxSourceBytes: Int
    /// Deepest nesting of parentheses, brackets, braces, unary operators and branches.
    public var maxDepth: Int
    /// Most syntax nodes in one expression.
    public var maxNodes: Int
    /// Most diagnostics reported from one parse.
    public var maxDiagnostics: Int

    /// Custom limits.
    public init(maxSourceBytes: Int = 1 << 20, maxDepth: Int = 200, maxNodes: Int = 100_000, maxDiagnostics: Int = 20) {
        self.maxSourceBytes = maxSourceBytes
        self.maxDepth = maxDepth
        self.maxNodes = maxNodes
        self.maxDiagnostics = maxDiagnostics
    }

    /// 1 MiB of source, depth 200, 100,000 nodes, 20 diagnostics.
    public static let `default` = ParseLimits()
}
