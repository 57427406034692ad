/// A rule of an access policy (`…/policies/{policyId}/rules`).
public struct PolicyRule: Sendable, Hashable {
    /// The scope list value that allows every scope.
    public static let anyScope = "*"

    /// `0pr…`.
    public var id: String
    /// Its name.
    public var name: String
    /// 1 is evaluated first within the policy.
    public var priority: Int
    /// INACTIVE rules are skipped.
    public var status: Status
    /// Created by Okta.
    public var system: Bool
    /// `type` (`RESOURCE_ACCESS`).
    public var type: String?
    /// `conditions.grantTypes.include`.
    public var grantTypes: [GrantType]
    /// `conditions.people`: nil when absent.
    public var people: PeopleCondition?
    /// `conditions.scopes.include`: `["*"]` or scope names.
    public var scopes: [String]
    /// `actions.token`.
    public var token: TokenActions
    /// `created`, as Okta prints it (breaks priority ties).
    public var created: String?

    /// A rule.
    public init(id: String, name: String, priority: Int, status: Status = .active, system: Bool = false,
                type: String? = "RESOURCE_ACCESS", grantTypes: [GrantType], people: PeopleCondition? = nil,
                scopes: [String], token: TokenActions = TokenActions(), created: String? = nil) {
        self.id = id
        self.name = name
        self.priority = priority
        self.status = status
        self.system = system
        self.type = type
        self.grantTypes = grantTypes
        self.people = people
        self.scopes = scopes
        self.token = token
        self.created = created
    }

    /// Whether the rule allows any scope.
    public var allowsAnyScope: Bool { scopes.contains(PolicyRule.anyScope) }
}

/// `include` and `exclude` lists of ids.
public struct IncludeExclude: Sendable, Hashable {
    /// Ids that match.
    public var include: [String]
    /// Ids that never match.
    public var exclude: [String]

    /// Lists.
    public init(include: [String] = [], exclude: [String] = []) {
        self.include = include
        self.exclude = exclude
    }
}

/// `conditions.people` of a rule: users by id, groups by id or `EVERYONE`.
public struct PeopleCondition: Sendable, Hashable {
    /// The group list value meaning "any user assigned the app".
    public static let everyone = "EVERYONE"

    /// `users`.
    public var users: IncludeExclude
    /// `groups`.
    public var groups: IncludeExclude

    /// A condition.
    public init(users: IncludeExclude = IncludeExclude(), groups: IncludeExclude = IncludeExclude()) {
        self.users = users
        self.groups = groups
    }
}

/// `actions.token` of a rule: lifetimes and the inline hook.
public struct TokenActions: Sendable, Hashable {
    /// Access-token lifetime, 5...1440 minutes (default 60).
    public var accessTokenLifetimeMinutes: Int
    /// Refresh-token lifetime; 0 = unlimited (the default).
    public var refreshTokenLifetimeMinutes: Int
    /// Refresh-token idle window, 10...2,628,000 minutes (default 10080, 7 days).
    public var refreshTokenWindowMinutes: Int
    /// The token inline hook, if any.
    public var inlineHookID: String?

    /// Actions; the defaults are Okta's.
    public init(accessTokenLifetimeMinutes: Int = 60, refreshTokenLifetimeMinutes: Int = 0,
                refreshTokenWindowMinutes: Int = 10080, inlineHookID: String? = nil) {
        self.accessTokenLifetimeMinutes = accessTokenLifetimeMinutes
        self.refreshTokenLifetimeMinutes = refreshTokenLifetimeMinutes
        self.refreshTokenWindowMinutes = refreshTokenWindowMinutes
        self.inlineHookID = inlineHookID
    }
}
