/// How serious a diagnostic is.
public enum Severity: String, Sendable, Hashable, Codable {
    case error
    case warning
    case note
}

/// A suggested edit: replace the bytes of `range` with `replacement`.
public struct FixIt: Sendable, Hashable {
    /// The bytes to replace.
    public var range: SourceRange
    /// The text to put there.
    public var replacement: String

    /// A fix-it.
    public init(range: SourceRange, replacement: String) {
        self.range = range
        self.replacement = replacement
    }
}

/// A finding about an expression: data only; `DiagnosticRenderer` turns it into text.
public struct Diagnostic: Sendable, Hashable, Error {
    /// Stable code from the catalogue, for example `OEL2001`.
    public var code: DiagnosticCode
    /// Error, warning or note.
    public var severity: Severity
    /// What is wrong, in the user's words.
    public var message: String
    /// Where it is, in UTF-8 byte offsets of the source.
    public var range: SourceRange
    /// How to fix it, when there is something useful to say.
    public var hint: String?
    /// A mechanical fix, when one is certain enough to offer.
    public var fixIt: FixIt?

    /// A diagnostic with the code's default severity unless one is given.
    public init(
        _ code: DiagnosticCode, _ message: String, at range: SourceRange,
        hint: String? = nil, fixIt: FixIt? = nil, severity: Severity? = nil
    ) {
        self.code = code
        self.severity = severity ?? code.defaultSeverity
        self.message = message
        self.range = range
        self.hint = hint
        self.fixIt = fixIt
    }
}
