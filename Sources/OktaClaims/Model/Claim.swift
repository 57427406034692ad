/// A claim of an authorization server (`…/claims`), custom or Okta's system ones.
public struct Claim: Sendable, Hashable {
    /// `ocl…`, when the source has one.
    public var id: String?
    /// The claim name in the token.
    public var name: String
    /// ACTIVE or INACTIVE (inactive claims are neither evaluated nor emitted).
    public var status: Status
    /// Which token: RESOURCE (access) or IDENTITY (ID).
    public var claimType: ClaimType
    /// How the value is made.
    public var valueType: ClaimValueType
    /// The expression (EXPRESSION), the filter text (GROUPS), or nil (SYSTEM).
    public var value: String?
    /// The filter of a GROUPS claim.
    public var groupFilterType: GroupFilterType?
    /// "Always" (true) or "Userinfo / ID token request" (false); RESOURCE claims are always included.
    public var alwaysIncludeInToken: Bool
    /// `conditions.scopes`: empty = any scope, else the claim is tied to these scopes.
    public var scopes: [String]
    /// Created by Okta.
    public var system: Bool

    /// A claim.
    public init(id: String? = nil, name: String, status: Status = .active, claimType: ClaimType,
                valueType: ClaimValueType = .expression, value: String? = nil, groupFilterType: GroupFilterType? = nil,
                alwaysIncludeInToken: Bool = true, scopes: [String] = [], system: Bool = false) {
        self.id = id
        self.name = name
        self.status = status
        self.claimType = claimType
        self.valueType = valueType
        self.value = value
        self.groupFilterType = groupFilterType
        self.alwaysIncludeInToken = alwaysIncludeInToken
        self.scopes = scopes
        self.system = system
    }
}
