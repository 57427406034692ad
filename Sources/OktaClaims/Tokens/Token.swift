import OktaEL

/// A token as Token Preview shows it: the JOSE header and the payload, both ordered; no
/// signature (the preview signs nothing).
public struct Token: Sendable, Hashable {
    /// `{"alg": "RS256", "kid": ...}`.
    public let header: ObjectValue
    /// The claims in token order.
    public let payload: ObjectValue

    /// `{"header": {...}, "payload": {...}}`.
    public var json: Value { .object(ObjectValue([("header", .object(header)), ("payload", .object(payload))])) }

    /// The claim named `name`.
    public subscript(claim name: String) -> Value? { payload[name] }
}

/// Which tokens a grant type and response type return (preview-inputs §3: the `/token`
/// response for authorization_code, password, client_credentials and refresh_token; the
/// `/authorize` response for implicit).
struct TokenPlan {
    let accessToken: Bool
    let idToken: Bool
    /// The ID token is issued with an access token (thin, D29).
    var thinIDToken: Bool { idToken && accessToken }
    /// `c_hash`: an ID token returned beside a code (implicit hybrid `code id_token`).
    let codeAlongside: Bool

    init(grant: GrantType, responseTypes: [String], openID: Bool) {
        switch grant {
        case .implicit:
            accessToken = responseTypes.contains("token")
            idToken = responseTypes.contains("id_token") && openID
            codeAlongside = responseTypes.contains("code")
        case .clientCredentials:
            accessToken = true
            idToken = false
            codeAlongside = false
        default:
            accessToken = true
            idToken = openID
            codeAlongside = false
        }
    }
}
