/// A failure inside an operator or function, before it is tied to a place in the source.
/// The evaluator turns it into a `Diagnostic` with the range of the node that failed.
package struct ValueError: Error, Sendable, Hashable {
    /// Stable diagnostic code.
    package var code: DiagnosticCode
    /// What went wrong.
    package var message: String
    /// How to avoid it, when there is something useful to say.
    package var hint: String?

    /// A failure.
    package init(_ code: DiagnosticCode, _ message: String, hint: String? = nil) {
        self.code = code
        self.message = message
        self.hint = hint
    }

    /// The diagnostic for this failure at `range`.
    package func at(_ range: SourceRange) -> Diagnostic {
        Diagnostic(code, message, at: range, hint: hint)
    }
}
