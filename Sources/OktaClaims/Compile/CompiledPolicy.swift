/// A policy ready to match: its client list as a set and its rules in priority order.
public struct CompiledPolicy: Sendable {
    /// The policy as loaded (its `rules` in loaded order).
    public let policy: Policy
    /// The rules in evaluation order.
    public let rules: [CompiledRule]
    /// `conditions.clients.include` as a set.
    public let clients: Set<String>

    init(policy: Policy, rules: [CompiledRule]) {
        self.policy = policy
        self.rules = rules
        clients = Set(policy.clients)
    }

    /// The policy id.
    public var id: String { policy.id }
    /// Whether it is evaluated.
    public var isActive: Bool { policy.status == .active }
    /// Whether the policy is a candidate for `clientID` (listed, or `ALL_CLIENTS`).
    public func applies(toClient clientID: String) -> Bool {
        clients.contains(Policy.allClients) || clients.contains(clientID)
    }
}

/// A rule ready to match: its lists as sets.
public struct CompiledRule: Sendable {
    /// The rule as loaded.
    public let rule: PolicyRule
    /// `conditions.grantTypes.include`.
    public let grantTypes: Set<GrantType>
    /// `conditions.scopes.include` without `*`.
    public let scopes: Set<String>
    /// Whether `*` is listed.
    public let allowsAnyScope: Bool
    /// `conditions.people.users.include` / `.exclude`.
    public let includedUsers: Set<String>, excludedUsers: Set<String>
    /// `conditions.people.groups.include` (without `EVERYONE`) / `.exclude`.
    public let includedGroups: Set<String>, excludedGroups: Set<String>
    /// Whether `EVERYONE` (any user assigned the app) is included.
    public let includesEveryone: Bool

    init(rule: PolicyRule) {
        self.rule = rule
        grantTypes = Set(rule.grantTypes)
        allowsAnyScope = rule.allowsAnyScope
        scopes = Set(rule.scopes.filter { $0 != PolicyRule.anyScope })
        let people = rule.people ?? PeopleCondition()
        includedUsers = Set(people.users.include)
        excludedUsers = Set(people.users.exclude)
        includesEveryone = people.groups.include.contains(PeopleCondition.everyone)
        includedGroups = Set(people.groups.include.filter { $0 != PeopleCondition.everyone })
        excludedGroups = Set(people.groups.exclude)
    }

    /// The rule id.
    public var id: String { rule.id }
    /// Whether it is evaluated.
    public var isActive: Bool { rule.status == .active }
}
