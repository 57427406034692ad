import OktaEL

/// What the engine did, in order, for `--explain`: the checks before any policy, every policy
/// and rule considered and why it matched or not, and every claim of every token.
public struct PreviewTrace: Sendable {
    /// The request checks before the policies (client, grant type, response type, user, scopes), in order.
    public var checks: [CheckTrace] = []
    /// Every policy in evaluation order.
    public var policies: [PolicyTrace] = []
    /// The scope decisions after the match (defaults, consent, refresh token).
    public var scopes: [String] = []
    /// Every claim considered, token by token.
    public var claims: [ClaimTrace] = []

    /// Whether the steps are written down: false when the caller did not ask for the trace
    /// (`explain: false`), and then every step leaves it empty and no detail text is formatted.
    var isRecording = true

    /// An empty trace.
    public init() {}

    /// Appends a request check; `detail` is formatted only when recording.
    mutating func check(_ check: String, passed: Bool, _ detail: @autoclosure () -> String) {
        if isRecording { checks.append(CheckTrace(check: check, passed: passed, detail: detail())) }
    }

    /// Appends a scope decision; formatted only when recording.
    mutating func scope(_ line: @autoclosure () -> String) {
        if isRecording { scopes.append(line()) }
    }
}

/// One request check: what was checked and whether it passed.
public struct CheckTrace: Sendable, Hashable {
    /// What was checked (`client`, `grant_type`, `scope`, ...).
    public let check: String
    /// Passed.
    public let passed: Bool
    /// Why, in words.
    public let detail: String
}

/// A policy as the matcher saw it.
public struct PolicyTrace: Sendable, Hashable {
    /// Its id.
    public let id: String
    /// Its name.
    public let name: String
    /// Its priority.
    public let priority: Int
    /// What happened to it.
    public var outcome: PolicyOutcome
    /// Its rules, in evaluation order (empty when the policy was not a candidate).
    public var rules: [RuleTrace]
}

/// What happened to a policy.
public enum PolicyOutcome: String, Sendable, Hashable {
    /// A rule of it matched.
    case matched
    /// INACTIVE: skipped.
    case inactive
    /// The client is not in `conditions.clients.include`.
    case clientNotIncluded = "client_not_included"
    /// A candidate, but none of its rules matched: evaluation went on with the next policy.
    case noRuleMatched = "no_rule_matched"
    /// Not considered: an earlier policy matched.
    case notReached = "not_reached"
}

/// A rule as the matcher saw it.
public struct RuleTrace: Sendable, Hashable {
    /// Its id.
    public let id: String
    /// Its name.
    public let name: String
    /// Its priority.
    public let priority: Int
    /// Whether it matched.
    public let matched: Bool
    /// The condition that failed (`status`, `grantTypes`, `people.users.exclude`, `people.groups.exclude`,
    /// `people`, `scopes`), nil when it matched.
    public let failedCondition: String?
    /// Why, in words.
    public let detail: String
}

/// One claim of one token.
public struct ClaimTrace: Sendable, Hashable {
    /// `access_token`, `id_token` or `userinfo`.
    public let token: String
    /// The claim name.
    public let name: String
    /// In, out or failed.
    public let outcome: ClaimOutcome
    /// Why it is out (nil when in or failed).
    public let reason: ClaimExclusion?
    /// The emitted value.
    public let value: Value?
    /// The evaluation failure.
    public var diagnostic: ConfigDiagnostic? { failure?.diagnostic }
    /// Boxed: most traces have none, and the trace is an array copied as it grows.
    private let failure: DiagnosticBox?

    init(token: String, name: String, outcome: ClaimOutcome, reason: ClaimExclusion?, value: Value?, diagnostic: ConfigDiagnostic?) {
        self.token = token
        self.name = name
        self.outcome = outcome
        self.reason = reason
        self.value = value
        failure = diagnostic.map(DiagnosticBox.init)
    }

    /// A diagnostic behind a reference.
    final class DiagnosticBox: Sendable, Hashable {
        let diagnostic: ConfigDiagnostic
        init(_ diagnostic: ConfigDiagnostic) { self.diagnostic = diagnostic }
        static func == (lhs: DiagnosticBox, rhs: DiagnosticBox) -> Bool { lhs.diagnostic == rhs.diagnostic }
        func hash(into hasher: inout Hasher) { hasher.combine(diagnostic) }
    }
}

/// Whether a claim made it into the token.
public enum ClaimOutcome: String, Sendable, Hashable {
    /// Emitted.
    case `in`
    /// Not emitted.
    case out
    /// Evaluation failed (and so did the request).
    case failed
}

/// Why a claim is not in a token.
public enum ClaimExclusion: String, Sendable, Hashable {
    /// INACTIVE: neither evaluated nor emitted.
    case inactive
    /// A claim of the other token type.
    case wrongTokenType = "wrong_token_type"
    /// None of its `conditions.scopes` is granted.
    case scopeNotGranted = "scope_not_granted"
    /// "Userinfo / ID token request" (`alwaysIncludeInToken: false`) in a thin ID token.
    case notAlwaysInThinToken = "not_always_in_thin_token"
    /// The value is null (or a SYSTEM claim without a source attribute).
    case nullResult = "null_result"
    /// A GROUPS claim that matched no group.
    case noMatchingGroups = "no_matching_groups"
    /// The name is reserved for this token (D28).
    case reserved
    /// The claim has no value to evaluate (unknown SYSTEM claim).
    case noValue = "no_value"
}
