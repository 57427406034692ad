import OktaEL

/// Builds the payloads (okta-authz §3.1, §3.2): base claims in Okta's order, then the
/// claims of `ClaimEvaluator`. Values that need a signature or a real session are fixed
/// placeholders (D30).
struct TokenBuilder {
    /// ID tokens live one hour (okta-authz §8; not configurable).
    static let idTokenLifetimeMinutes = 60
    /// `jti` of a previewed access token.
    static let accessTokenID = "AT.preview"
    /// `jti` of a previewed ID token.
    static let idTokenID = "ID.preview"
    /// `at_hash` / `c_hash`: hashes of tokens the preview does not sign.
    static let atHash = "preview-at_hash"
    static let cHash = "preview-c_hash"

    let configuration: CompiledConfiguration
    let directory: Directory
    let resolved: ResolvedRequest
    let now: ZonedDateTime
    /// The tokens' header, made once per request (both tokens share it).
    let header: ObjectValue
    /// `iss`, made once per request.
    let issuer: String

    init(configuration: CompiledConfiguration, directory: Directory, resolved: ResolvedRequest, now: ZonedDateTime) {
        self.configuration = configuration
        self.directory = directory
        self.resolved = resolved
        self.now = now
        header = ObjectValue([("alg", .string("RS256")), ("kid", configuration.server.signingKeyID.map(Value.string) ?? .null)])
        issuer = configuration.server.issuer
            ?? (directory.org.url ?? "https://example.okta.com") + "/oauth2/" + configuration.server.id
    }

    var issuedAt: Value { .long(now.epochSecond) }

    func expires(minutes: Int) -> Value { .long(now.epochSecond + Int64(minutes) * 60) }

    func accessToken(scopes: [String], lifetimeMinutes: Int, sub: Value, claims: [(String, Value)]) -> Token {
        var pairs: [(String, Value)] = []
        pairs.reserveCapacity(11 + claims.count)
        pairs += [
            ("ver", .int(1)), ("jti", .string(TokenBuilder.accessTokenID)), ("iss", .string(issuer)),
            ("aud", configuration.server.audience.map(Value.string) ?? .null), ("iat", issuedAt),
            ("exp", expires(minutes: lifetimeMinutes)), ("cid", .string(resolved.request.clientID)),
        ]
        if let user = resolved.user { pairs.append(("uid", .string(user.id))) }
        pairs.append(("scp", .array(scopes.map(Value.string))))
        if resolved.user != nil { pairs.append(("auth_time", issuedAt)) }
        pairs.append(("sub", sub))
        pairs.append(contentsOf: claims)
        return Token(header: header, payload: ObjectValue(pairs))
    }

    func idToken(plan: TokenPlan, claims: [(String, Value)]) -> Token {
        var pairs: [(String, Value)] = []
        pairs.reserveCapacity(13 + claims.count)
        pairs += [
            ("sub", .string(resolved.user?.id ?? "")), ("ver", .int(1)), ("iss", .string(issuer)),
            ("aud", .string(resolved.request.clientID)), ("iat", issuedAt),
            ("exp", expires(minutes: TokenBuilder.idTokenLifetimeMinutes)), ("jti", .string(TokenBuilder.idTokenID)),
            ("amr", .array([.string("pwd")])), ("idp", .string(directory.org.id)),
        ]
        if let nonce = resolved.request.nonce { pairs.append(("nonce", .string(nonce))) }
        pairs.append(("auth_time", issuedAt))
        if plan.accessToken { pairs.append(("at_hash", .string(TokenBuilder.atHash))) }
        if plan.codeAlongside { pairs.append(("c_hash", .string(TokenBuilder.cHash))) }
        pairs.append(contentsOf: claims)
        return Token(header: header, payload: ObjectValue(pairs))
    }

    /// `/userinfo` for the access token: `sub` (the user id) and every eligible IDENTITY claim.
    func userinfo(claims: [(String, Value)]) -> ObjectValue {
        var pairs: [(String, Value)] = []
        pairs.reserveCapacity(1 + claims.count)
        pairs.append(("sub", .string(resolved.user?.id ?? "")))
        pairs.append(contentsOf: claims)
        return ObjectValue(pairs)
    }
}
