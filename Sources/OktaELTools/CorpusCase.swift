public import OktaEL

/// What a corpus case expects.
public enum CorpusExpectation: Sendable {
    /// The expression evaluates to this value (numbers typed as written: `4` int, `4.0` double).
    case value(Value)
    /// Parsing, compiling or evaluating fails with this code.
    case error(DiagnosticCode)
    /// The expression parses and prints in this canonical form.
    case canonical(String)
    /// `oel check` reports exactly these codes (in any order; empty means clean).
    case check([DiagnosticCode])
}

/// One conformance case: an expression, its context and dialect, and one expectation.
public struct CorpusCase: Sendable {
    /// `file/name`, unique across the corpus.
    public var id: String
    /// The case name within its file.
    public var name: String
    /// The expression.
    public var expression: String
    /// The dialect.
    public var dialect: Dialect
    /// The context (JSON object).
    public var context: Value
    /// The clock, if fixed.
    public var now: String?
    /// Missing attributes are errors.
    public var strict: Bool
    /// The expectation.
    public var expectation: CorpusExpectation
    /// Why the expectation is what it is, where a decision was taken.
    public var note: String?
    /// The usage profile, for `check` cases.
    public var profile: UsageProfile?
    /// The user profile schema, for `check` cases.
    public var userSchema: ProfileSchema?
    /// The app user schema, for `check` cases.
    public var appUserSchema: ProfileSchema?
    /// Whether the case gave its dialect explicitly (check cases then keep it even with a profile).
    public var explicitDialect: Bool = false
}

/// A corpus file: a feature area's cases.
public struct CorpusFile: Sendable {
    /// The path it was read from, relative to the corpus root where possible.
    public var path: String
    /// What the file covers.
    public var description: String
    /// Its cases.
    public var cases: [CorpusCase]
}
