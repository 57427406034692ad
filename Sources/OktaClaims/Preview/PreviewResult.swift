import OktaEL

/// The policy and rule a request matched.
public struct MatchedRule: Sendable, Hashable {
    /// The policy's id and name.
    public let policyID: String, policyName: String
    /// The rule's id and name.
    public let ruleID: String, ruleName: String
}

/// What Okta would answer: the tokens, or the OAuth error, with the granted scopes, lifetimes,
/// refresh token, the matched policy and rule, and the trace.
public struct PreviewResult: Sendable {
    /// The failure; nil when tokens are issued.
    public var error: OAuthError?
    /// The access token, when one is returned.
    public var accessToken: Token?
    /// The ID token, when one is returned.
    public var idToken: Token?
    /// What `/userinfo` returns for the access token (user requests with `openid`).
    public var userinfo: ObjectValue?
    /// Whether a refresh token is returned.
    public var refreshToken = false
    /// The granted scopes (`scp`).
    public var scopes: [String] = []
    /// `(exp − iat) / 60` of the access token.
    public var accessTokenLifetimeMinutes: Int?
    /// The ID token's lifetime (always 60).
    public var idTokenLifetimeMinutes: Int?
    /// The refresh token's lifetime (0 = unlimited) and idle window, when one is returned.
    public var refreshTokenLifetimeMinutes: Int?, refreshTokenWindowMinutes: Int?
    /// The matched policy and rule (also set when a later step failed).
    public var matched: MatchedRule?
    /// What the engine did.
    public var trace = PreviewTrace()

    /// An empty result.
    public init() {}

    /// Whether tokens are issued.
    public var succeeded: Bool { error == nil }

    /// The result as ordered JSON: `{"error"}` or `{"matched", "scopes", "access_token", "id_token",
    /// "refresh_token", lifetimes, "userinfo"}`.
    public var json: Value {
        var pairs: [(String, Value)] = []
        if let error { pairs.append(("error", error.json)) }
        if let matched {
            pairs.append(("matched", .object(ObjectValue([
                ("policy", .string(matched.policyID)), ("policyName", .string(matched.policyName)),
                ("rule", .string(matched.ruleID)), ("ruleName", .string(matched.ruleName)),
            ]))))
        }
        if error == nil {
            pairs.append(("scopes", .array(scopes.map(Value.string))))
            pairs.append(("access_token", accessToken?.json ?? .null))
            pairs.append(("id_token", idToken?.json ?? .null))
            pairs.append(("refresh_token", .bool(refreshToken)))
            let lifetimes: [(String, Int?)] = [
                ("access_token_lifetime_minutes", accessTokenLifetimeMinutes), ("id_token_lifetime_minutes", idTokenLifetimeMinutes),
                ("refresh_token_lifetime_minutes", refreshTokenLifetimeMinutes), ("refresh_token_window_minutes", refreshTokenWindowMinutes),
            ]
            for (key, minutes) in lifetimes { if let minutes { pairs.append((key, .int(Int32(clamping: minutes)))) } }
            if let userinfo { pairs.append(("userinfo", .object(userinfo))) }
        }
        return .object(ObjectValue(pairs))
    }
}
