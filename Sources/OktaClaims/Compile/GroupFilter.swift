import OktaEL
import Synchronization

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

/// A Java regular expression on the OktaEL library's engine (`JavaRegex`: linear-time Pike VM;
/// budgeted backtracking only for backreferences and lookaround), compiled once.
///
/// Group names recur from request to request, so the verdicts are remembered per name (up to
/// `memoLimit` names; past that, matches are computed each time).
struct GroupNameRegex: Sendable {
    private let regex: JavaRegex
    private let memo = Memo()
    static let memoLimit = 4_096

    /// Verdicts by group name, shared by every thread using the compiled configuration.
    final class Memo: Sendable {
        let verdicts = Mutex<[String: Bool]>([:])
    }

    init(_ pattern: String) throws(Diagnostic) {
        do {
            regex = try JavaRegex(pattern)
        } catch {
            throw Diagnostic(ConfigDiagnosticCodes.standard.invalidGroupRegex.code,
                             "Invalid regular expression '\(pattern)': \(error.description)", at: .at(0),
                             hint: "REGEX filters use Java regex syntax and match the whole group name (case-sensitive)",
                             severity: .error)
        }
    }

    /// Whether the whole of `name` matches; throws when a backtracking match exceeds its budget.
    func matchesWhole(_ name: String) throws(Diagnostic) -> Bool {
        if let known = memo.verdicts.withLock({ $0[name] }) { return known }
        do {
            let verdict = try regex.matchesWhole(name)
            memo.verdicts.withLock { verdicts in
                if verdicts.count < GroupNameRegex.memoLimit { verdicts[name] = verdict }
            }
            return verdict
        } catch {
            throw Diagnostic(ConfigDiagnosticCodes.standard.invalidGroupRegex.code, error.description, at: .at(0), severity: .error)
        }
    }
}
