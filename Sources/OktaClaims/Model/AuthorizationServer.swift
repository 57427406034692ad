/// An authorization server (`GET /api/v1/authorizationServers/{id}`), the fields the engine reads.
public struct AuthorizationServer: Sendable, Hashable {
    /// `aus…`, or `default`.
    public var id: String
    /// Its name.
    public var name: String
    /// Free text.
    public var description: String?
    /// The resource (access-token `aud`); Okta supports exactly one.
    public var audiences: [String]
    /// The token issuer (`iss`), when known (a Terraform plan may not know it yet).
    public var issuer: String?
    /// How the issuer is chosen.
    public var issuerMode: IssuerMode?
    /// ACTIVE or INACTIVE.
    public var status: Status
    /// Whether this is the org's pre-provisioned `default` server.
    public var isDefault: Bool
    /// The current signing key id (`credentials.signing.kid`), the tokens' header `kid`.
    public var signingKeyID: String?
    /// `created`, as Okta prints it.
    public var created: String?
    /// `lastUpdated`, as Okta prints it.
    public var lastUpdated: String?

    /// A server.
    public init(id: String, name: String, description: String? = nil, audiences: [String], issuer: String? = nil,
                issuerMode: IssuerMode? = nil, status: Status = .active, isDefault: Bool = false,
                signingKeyID: String? = nil, created: String? = nil, lastUpdated: String? = nil) {
        self.id = id
        self.name = name
        self.description = description
        self.audiences = audiences
        self.issuer = issuer
        self.issuerMode = issuerMode
        self.status = status
        self.isDefault = isDefault
        self.signingKeyID = signingKeyID
        self.created = created
        self.lastUpdated = lastUpdated
    }

    /// The audience the access token carries: the first (and only supported) one.
    public var audience: String? { audiences.first }
}
