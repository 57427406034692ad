/// The claim names a custom claim may not take, per token (D28): the token's own base claims,
/// Okta's reserved-claim list (support KB, okta-authz §3.4) and, in an ID token, the OIDC
/// standard claims. `groups` is not reserved: Okta's own guides create a custom `groups` claim.
enum ReservedClaims {
    /// The base claims of the access token, in Okta's order.
    static let accessBase = ["ver", "jti", "iss", "aud", "iat", "exp", "cid", "uid", "scp", "auth_time", "sub"]
    /// The base claims of the ID token, in this engine's order (D26).
    static let idBase = ["sub", "ver", "iss", "aud", "iat", "exp", "jti", "amr", "idp", "nonce", "auth_time", "at_hash", "c_hash"]

    static let access: Set<String> = Set(accessBase + ["acr", "amr", "as_uri", "cid", "rpt", "rsi", "uid", "username"] + both)
    static let identity: Set<String> = Set(idBase + [
        "active", "aid", "aud", "app_id", "app_type", "at_hash", "auth_time", "client_id", "client_ip", "client_req_id",
        "client_type", "client_user_agent", "cnf", "c_hash", "device_compliance", "device_id", "device_known", "device_managed",
        "device_name", "device_trust", "did", "dst", "group", "hotk", "idp", "idp_iss", "mac_key", "may_act", "nonce", "oid",
        "okta_emailVerified", "okta_lastUpdated", "orig", "permissions", "purpose", "pwd_exp_days", "pwd_exp_time", "rid",
        "role", "scope", "scopes", "sid", "sub", "term", "user_ip",
    ] + both + SystemObjects.systemClaims.map(\.name))
    private static let both = ["iss", "jti", "token_type", "ver"]

    /// Whether a custom (non-SYSTEM) claim of `type` may not be called `name`.
    static func isReserved(_ name: String, for type: ClaimType) -> Bool {
        switch type {
        case .resource: return access.contains(name)
        case .identity: return identity.contains(name)
        }
    }
}
