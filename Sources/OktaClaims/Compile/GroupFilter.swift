import OktaEL

/// A `GROUPS` claim's filter, prepared once: the value case-folded for STARTS_WITH, EQUALS and
/// CONTAINS (case-insensitive), the pattern compiled for REGEX (case-sensitive).
///
/// REGEX decisions (Okta documents neither): the pattern is matched against the **whole** group
/// name, as Java's `String.matches` does, and a pattern written between slashes (`/^IT-.*$/`,
/// as in Okta's own example) has them removed, the rule `isMemberOfGroupNameRegex` follows in
/// this engine: a leading `/` and then, only after one, a trailing `/`.
public struct GroupFilter: Sendable {
    /// The filter type.
    public let type: GroupFilterType
    /// The claim's value as written.
    public let value: String
    private let folded: String
    private let regex: GroupNameRegex?

    /// A filter; throws the diagnostic of an invalid REGEX pattern.
    public init(type: GroupFilterType, value: String) throws(Diagnostic) {
        self.type = type
        self.value = value
        folded = value.lowercased()
        regex = type == .regex ? try GroupNameRegex(GroupFilter.strippedRegex(value)) : nil
    }

    /// Whether the group named `name` passes the filter; throws when a REGEX match exceeds its budget.
    public func matches(_ name: String) throws(Diagnostic) -> Bool {
        switch type {
        case .startsWith: return name.lowercased().hasPrefix(folded)
        case .equals: return name.lowercased() == folded
        case .contains: return folded.isEmpty || name.lowercased().contains(folded)
        case .regex: return try regex?.matchesWhole(name) ?? false
        }
    }

    /// The pattern with its `/.../` delimiters removed.
    static func strippedRegex(_ pattern: String) -> String {
        guard pattern.hasPrefix("/") else { return pattern }
        var body = pattern.dropFirst()
        if body.hasSuffix("/") { body = body.dropLast() }
        return String(body)
    }
}

/// A Java regular expression on the OktaEL library's engine (linear-time Pike VM; budgeted
/// backtracking only for backreferences and lookaround), reached through the library's public
/// API: the pattern is compiled once as the constant right operand of `name matches '…'`, which
/// the compiler turns into a precompiled pattern, so a match is one evaluation of that program.
struct GroupNameRegex: Sendable {
    private let program: Program
    private static let environment = Environment(dialect: .classic)

    init(_ pattern: String) throws(Diagnostic) {
        // Okta expression strings have no escapes: a quote inside is doubled, a backslash is text.
        let literal = "'" + pattern.replacingAll("'", with: "''") + "'"
        do {
            program = try GroupNameRegex.environment.compile("name matches " + literal)
        } catch {
            let reason = error.diagnostics.first { $0.code == .invalidRegex }?.message
                ?? error.diagnostics.first?.message ?? "not a valid regular expression"
            throw Diagnostic(ConfigDiagnosticCodes.standard.invalidGroupRegex.code, reason, at: .at(0),
                             hint: "REGEX filters use Java regex syntax and match the whole group name (case-sensitive)",
                             severity: .error)
        }
    }

    /// Whether the whole of `name` matches.
    func matchesWhole(_ name: String) throws(Diagnostic) -> Bool {
        let context = EvaluationContext(roots: ObjectValue([("name", .string(name))]))
        return try program.evaluate(context) == .bool(true)
    }
}

extension String {
    /// Every `target` replaced by `replacement` (without Foundation).
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        out.reserveCapacity(utf8.count)
        for character in self {
            if character == target { out += replacement } else { out.append(character) }
        }
        return out
    }
}
