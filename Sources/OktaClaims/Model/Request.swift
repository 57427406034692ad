/// A token request to preview (preview-inputs §3).
public struct TokenRequest: Sendable, Hashable {
    /// The OAuth client (`client_id`).
    public var clientID: String
    /// The grant type.
    public var grantType: GrantType
    /// The user's login or id; nil exactly for client credentials.
    public var user: String?
    /// The requested scopes; nil when the `scope` parameter is omitted, `[]` when it is empty.
    public var scopes: [String]?
    /// `response_type` as sent (`code`, `id_token token`, ...); nil when absent.
    public var responseType: String?
    /// `nonce`, when the request sends one.
    public var nonce: String?

    /// A request.
    public init(clientID: String, grantType: GrantType, user: String? = nil, scopes: [String]? = nil,
                responseType: String? = nil, nonce: String? = nil) {
        self.clientID = clientID
        self.grantType = grantType
        self.user = user
        self.scopes = scopes
        self.responseType = responseType
        self.nonce = nonce
    }

    /// The words of `response_type` (`["id_token", "token"]`).
    public var responseTypes: [String] {
        responseType.map { $0.split(separator: " ").map(String.init) } ?? []
    }
}
