/// The scope checks before any policy (okta-authz §2.2, §2.3): the requested scopes, or the
/// server's default scopes when `scope` is omitted, each known to the server, OIDC scopes with
/// `openid`, no `openid` or `.self` scopes with client credentials, and a nonce for an implicit
/// OIDC request. The result is the scope set the rules must allow; nothing is ever dropped
/// from it (an over-broad request fails, it is never reduced).
enum ScopeRequest {
    /// The OIDC scopes that need `openid`.
    static let needOpenID: [String] = ["profile", "email", "address", "phone"]

    static func scopes(_ configuration: CompiledConfiguration, _ resolved: ResolvedRequest,
                       trace: inout PreviewTrace) -> Result<[String], OAuthError> {
        func fail(_ error: OAuthError) -> Result<[String], OAuthError> {
            trace.check("scope", passed: false, error.description)
            return .failure(error)
        }
        let request = resolved.request
        let grant = request.grantType
        var scopes: [String]
        if let asked = request.scopes {
            guard !asked.isEmpty else { return fail(OAuthError(OAuthErrorTable.missingScopes)) }
            scopes = unique(asked)
        } else {
            // `scope` omitted: the default scopes, matched by the rules as if requested (D21).
            scopes = configuration.scopes.filter(\.isDefault).map(\.name)
            guard !scopes.isEmpty else { return fail(OAuthError(OAuthErrorTable.noDefaultScopes)) }
            trace.scope("scope omitted: the default scopes \(scopes.joined(separator: " ")) are requested")
        }
        // OIDC scopes are granted without scope objects (they still need a policy and a rule).
        let unknown = scopes.filter { configuration.scope(named: $0) == nil && !SystemObjects.oidcScopes.contains($0) }
        guard unknown.isEmpty else { return fail(OAuthError(OAuthErrorTable.noMatchingScope)) }
        let hasOpenID = scopes.contains("openid")
        if grant == .clientCredentials {
            if hasOpenID || scopes.contains(where: needOpenID.contains) {
                return fail(OAuthError(OAuthErrorTable.openIDNotAllowedClientCredentials))
            }
            if scopes.contains(where: { $0.hasSuffix(".self") }) {
                return fail(OAuthError(OAuthErrorTable.clientCredentialsSelfScope))
            }
        }
        if !hasOpenID, scopes.contains(where: needOpenID.contains) || resolved.responseTypes.contains("id_token") {
            return fail(OAuthError(OAuthErrorTable.openIDScopeRequired))
        }
        // Okta's text names both response types; the preview asks for the nonce on OIDC implicit requests (D23).
        if grant == .implicit, hasOpenID, request.nonce == nil,
           resolved.responseTypes.contains("id_token") || resolved.responseTypes.contains("token") {
            return fail(OAuthError(OAuthErrorTable.invalidNonce))
        }
        trace.check("scope", passed: true, "requested: \(scopes.joined(separator: " "))")
        return .success(scopes)
    }

    /// The list without repeats, first occurrence kept.
    static func unique(_ items: [String]) -> [String] {
        var seen = Set<String>()
        return items.filter { seen.insert($0).inserted }
    }
}
