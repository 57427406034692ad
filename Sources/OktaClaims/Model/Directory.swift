import OktaEL

/// Everything the expressions and the people conditions read: the org, users, groups, group
/// memberships and apps (preview-inputs §2). Lookups by id, login and client id are indexed.
public struct Directory: Sendable {
    /// The org.
    public var org: Org
    /// The users, in file order.
    public var users: [User]
    /// The groups, in file order.
    public var groups: [Group]
    /// User id → the ids of every group the user is in (including Everyone).
    public var memberships: [String: [String]]
    /// The apps, in file order.
    public var apps: [App]

    private let userIndex: [String: Int]
    private let loginIndex: [String: Int]
    private let groupIndex: [String: Int]
    private let clientIndex: [String: Int]
    /// Each group as claim expressions see it (`ClaimContext.groupValue`), made once, by group id.
    let groupValues: [String: Value]
    /// Each user's `user` root (`ClaimContext.userRoot`), made once, by user id.
    let userRoots: [String: ObjectValue]
    /// Each user's `lastUpdated` in epoch seconds (the `updated_at` claim), parsed once, by user id.
    let updatedAt: [String: Int64]

    /// A directory; the first of several entries with the same id, login or client id wins.
    public init(org: Org, users: [User] = [], groups: [Group] = [], memberships: [String: [String]] = [:], apps: [App] = []) {
        self.org = org
        self.users = users
        self.groups = groups
        self.memberships = memberships
        self.apps = apps
        userIndex = Directory.index(users.indices.map { (users[$0].id, $0) })
        // Okta logins are case-insensitive.
        loginIndex = Directory.index(users.indices.compactMap { index in users[index].login.map { ($0.lowercased(), index) } })
        groupIndex = Directory.index(groups.indices.map { (groups[$0].id, $0) })
        clientIndex = Directory.index(apps.indices.compactMap { index in apps[index].clientID.map { ($0, index) } })
        groupValues = Dictionary(groups.map { ($0.id, ClaimContext.groupValue($0)) }, uniquingKeysWith: { first, _ in first })
        userRoots = Dictionary(users.map { ($0.id, ClaimContext.userRoot($0)) }, uniquingKeysWith: { first, _ in first })
        updatedAt = Dictionary(users.compactMap { user in user.lastUpdated.flatMap(Clock.parse).map { (user.id, $0.epochSecond) } },
                               uniquingKeysWith: { first, _ in first })
    }

    private static func index(_ pairs: [(String, Int)]) -> [String: Int] {
        Dictionary(pairs, uniquingKeysWith: { first, _ in first })
    }

    /// The user whose id or login (case-insensitive) is `reference`.
    public func user(_ reference: String) -> User? {
        if let index = userIndex[reference] ?? loginIndex[reference.lowercased()] { return users[index] }
        return nil
    }

    /// The group with this id.
    public func group(id: String) -> Group? { groupIndex[id].map { groups[$0] } }

    /// The OAuth client app with this `client_id`.
    public func app(clientID: String) -> App? { clientIndex[clientID].map { apps[$0] } }

    /// The groups the user is in, in membership-list order (unknown ids skipped).
    public func groups(ofUser userID: String) -> [Group] {
        (memberships[userID] ?? []).compactMap { group(id: $0) }
    }
}

/// The org (`org.*`); its id is the ID token's `idp` for Okta-authenticated users.
public struct Org: Sendable, Hashable {
    /// `00o…`.
    public var id: String
    /// Display name.
    public var name: String?
    /// `subDomain`.
    public var subDomain: String?
    /// `url`.
    public var url: String?
    /// The whole JSON object, for `org.*`.
    public var attributes: ObjectValue

    /// An org.
    public init(id: String, name: String? = nil, subDomain: String? = nil, url: String? = nil, attributes: ObjectValue = ObjectValue()) {
        self.id = id
        self.name = name
        self.subDomain = subDomain
        self.url = url
        self.attributes = attributes
    }
}

/// An Okta user (`GET /api/v1/users/{id}`).
public struct User: Sendable, Hashable {
    /// `00u…`.
    public var id: String
    /// `status` (ACTIVE, STAGED, ...), kept as text.
    public var status: String?
    /// `profile.login`.
    public var login: String?
    /// The flat profile: base and custom attributes of any JSON type.
    public var profile: ObjectValue
    /// Whether the primary email is verified (`credentials.emails[type=PRIMARY].status`); nil when not given.
    public var primaryEmailVerified: Bool?
    /// `created`.
    public var created: String?
    /// `lastUpdated`.
    public var lastUpdated: String?
    /// The whole JSON object.
    public var attributes: ObjectValue

    /// A user.
    public init(id: String, status: String? = nil, login: String? = nil, profile: ObjectValue = ObjectValue(),
                primaryEmailVerified: Bool? = nil, created: String? = nil, lastUpdated: String? = nil,
                attributes: ObjectValue = ObjectValue()) {
        self.id = id
        self.status = status
        self.login = login
        self.profile = profile
        self.primaryEmailVerified = primaryEmailVerified
        self.created = created
        self.lastUpdated = lastUpdated
        self.attributes = attributes
    }
}

/// An Okta group (`GET /api/v1/groups/{id}`).
public struct Group: Sendable, Hashable {
    /// `00g…`.
    public var id: String
    /// OKTA_GROUP, APP_GROUP or BUILT_IN.
    public var type: GroupType
    /// `profile.name`: what groups filters and group functions match.
    public var name: String
    /// `profile.description`.
    public var description: String?
    /// `objectClass`.
    public var objectClass: [String]
    /// `source.id`: the source app of an app group.
    public var sourceID: String?
    /// The whole JSON object (`group.*` in a group expression).
    public var attributes: ObjectValue

    /// A group.
    public init(id: String, type: GroupType = .oktaGroup, name: String, description: String? = nil,
                objectClass: [String] = [], sourceID: String? = nil, attributes: ObjectValue = ObjectValue()) {
        self.id = id
        self.type = type
        self.name = name
        self.description = description
        self.objectClass = objectClass
        self.sourceID = sourceID
        self.attributes = attributes
    }
}
