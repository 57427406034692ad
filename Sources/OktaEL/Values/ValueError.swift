/// A failure inside an operator or function, before it is tied to a place in the source.
/// The evaluator turns it into a `Diagnostic` with the range of the node that failed.
public struct ValueError: Error, Sendable, Hashable {
    /// Stable diagnostic code.
    public var code: DiagnosticCode
    /// What went wrong.
    public var message: String
    /// How to avoid it, when there is something useful to say.
    public var hint: String?

    /// A failure.
    public init(_ code: DiagnosticCode, _ message: String, hint: String? = nil) {
        self.code = code
        self.message = message
        self.hint = hint
    }

    /// The diagnostic for this failure at `range`.
    public func at(_ range: SourceRange) -> Diagnostic {
        Diagnostic(code, message, at: range, hint: hint)
    }
}
