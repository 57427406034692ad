import OktaEL

/// A failed token request: a row of the catalogue and its filled description, plus, for a
/// claim that could not be evaluated, the expression's diagnostic.
public struct OAuthError: Error, Sendable, Hashable {
    /// The catalogue row.
    public let row: OAuthErrorRow
    /// The `error_description`.
    public let description: String
    /// The OEL diagnostic behind a claim evaluation failure.
    public let cause: ConfigDiagnostic?

    /// An error of `row` with its slots filled.
    public init(_ row: OAuthErrorRow, _ slots: [String: String] = [:], cause: ConfigDiagnostic? = nil) {
        self.row = row
        description = row.describe(slots)
        self.cause = cause
    }

    /// The OAuth `error`.
    public var error: String { row.error }
    /// Okta's internal code.
    public var internalCode: String { row.internalCode }
    /// The HTTP status.
    public var status: Int { row.status }

    /// `{"status", "error", "internal", "error_description"[, "cause"]}`.
    public var json: Value {
        var pairs: [(String, Value)] = [
            ("status", .int(Int32(status))), ("error", .string(error)), ("internal", .string(internalCode)),
            ("error_description", .string(description)),
        ]
        if let cause { pairs.append(("cause", cause.json)) }
        return .object(ObjectValue(pairs))
    }

    /// A scope list as the catalogue prints it inside `[...]`.
    static func list(_ items: [String]) -> String { items.joined(separator: ", ") }
}
