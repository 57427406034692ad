import OktaEL

/// An Okta application (`GET /api/v1/apps/{id}`) with its group assignments and app users.
/// It is an OAuth client when it has `credentials.oauthClient.client_id`.
public struct App: Sendable, Hashable {
    /// `0oa…`.
    public var id: String
    /// Display label.
    public var label: String?
    /// `status`, kept as text (ACTIVE, INACTIVE).
    public var status: String?
    /// `credentials.oauthClient.client_id`.
    public var clientID: String?
    /// `settings.oauthClient`.
    public var oauthClient: OAuthClientSettings?
    /// `profile` (`app.profile.*`); empty when absent.
    public var profile: ObjectValue
    /// `groupAssignments[]` (`GET /apps/{id}/groups`).
    public var groupAssignments: [GroupAssignment]
    /// `appUsers[]` (`GET /apps/{id}/users`): a user is assigned exactly when an entry exists.
    public var appUsers: [AppUser]

    /// An app.
    public init(id: String, label: String? = nil, status: String? = nil, clientID: String? = nil,
                oauthClient: OAuthClientSettings? = nil, profile: ObjectValue = ObjectValue(),
                groupAssignments: [GroupAssignment] = [], appUsers: [AppUser] = []) {
        self.id = id
        self.label = label
        self.status = status
        self.clientID = clientID
        self.oauthClient = oauthClient
        self.profile = profile
        self.groupAssignments = groupAssignments
        self.appUsers = appUsers
    }

    /// The app user of `userID`, if the user is assigned.
    public func appUser(_ userID: String) -> AppUser? { appUsers.first { $0.id == userID } }
}

/// `settings.oauthClient` of an app.
public struct OAuthClientSettings: Sendable, Hashable {
    /// web, browser, native or service.
    public var applicationType: ApplicationType?
    /// `grant_types`: a request for another grant type fails before any policy.
    public var grantTypes: [GrantType]
    /// `response_types`.
    public var responseTypes: [String]
    /// `consent_method` (TRUSTED, REQUIRED), kept as text.
    public var consentMethod: String?

    /// Settings.
    public init(applicationType: ApplicationType? = nil, grantTypes: [GrantType] = [], responseTypes: [String] = [],
                consentMethod: String? = nil) {
        self.applicationType = applicationType
        self.grantTypes = grantTypes
        self.responseTypes = responseTypes
        self.consentMethod = consentMethod
    }
}

/// A group assigned to an app.
public struct GroupAssignment: Sendable, Hashable {
    /// The group id.
    public var id: String
    /// Assignment priority, when given.
    public var priority: Int?

    /// An assignment.
    public init(id: String, priority: Int? = nil) {
        self.id = id
        self.priority = priority
    }
}

/// An app user (`appuser.*`): `userName` from `credentials.userName`, the rest from `profile`.
public struct AppUser: Sendable, Hashable {
    /// The user id.
    public var id: String
    /// USER (direct) or GROUP.
    public var scope: AppUserScope?
    /// `credentials.userName` (never recomputed from the app's template).
    public var userName: String?
    /// `profile`.
    public var profile: ObjectValue

    /// An app user.
    public init(id: String, scope: AppUserScope? = nil, userName: String? = nil, profile: ObjectValue = ObjectValue()) {
        self.id = id
        self.scope = scope
        self.userName = userName
        self.profile = profile
    }
}
