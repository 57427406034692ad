/// What a load produced: the value (nil only when nothing usable could be read) and every
/// diagnostic found on the way.
public struct LoadResult<Loaded: Sendable>: Sendable {
    /// The loaded value.
    public var value: Loaded?
    /// The findings, in reading order.
    public var diagnostics: [ConfigDiagnostic]

    /// A result.
    public init(value: Loaded?, diagnostics: [ConfigDiagnostic]) {
        self.value = value
        self.diagnostics = diagnostics
    }

    /// Whether any finding is an error.
    public var hasErrors: Bool { diagnostics.hasErrors }
}
