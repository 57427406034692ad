/// What the matched rule grants: the scopes, whether a refresh token comes with them, and the
/// consent check (okta-authz §1.2 consent table, §2.3 offline_access).
struct ScopeGrant {
    let scopes: [String]
    let refreshToken: Bool

    /// The app's `consent_method` when the directory does not say (D22): TRUSTED, the default of
    /// apps created through `/api/v1/apps`.
    static let defaultConsentMethod = "TRUSTED"

    static func grant(_ configuration: CompiledConfiguration, _ resolved: ResolvedRequest, rule: CompiledRule,
                      scopes: [String], trace: inout PreviewTrace) -> Result<ScopeGrant, OAuthError> {
        let grant = resolved.request.grantType
        let method = resolved.app.oauthClient?.consentMethod ?? defaultConsentMethod
        // The preview sends no `prompt` and assumes no earlier consent: a scope whose consent
        // would be prompted cannot be granted without a consent screen (D22).
        let needsConsent = scopes.filter { name in
            guard let scope = configuration.scope(named: name) else { return false }
            switch grant {
            case .clientCredentials: return scope.consent == .required
            default: return method == "REQUIRED" ? scope.consent != .implicit : false
            }
        }
        if !needsConsent.isEmpty {
            let row: OAuthErrorRow
            switch grant {
            case .clientCredentials: row = OAuthErrorTable.consentRequiredClientCredentials
            case .password: row = OAuthErrorTable.consentRequiredPassword
            default: row = OAuthErrorTable.consentRequired
            }
            trace.scope("consent: \(needsConsent.joined(separator: " ")) need consent (consent_method \(method))")
            return .failure(OAuthError(row, ["list": OAuthError.list(needsConsent)]))
        }
        trace.scope("consent: none needed (consent_method \(method))")

        // offline_access → a refresh token where Okta honours it (D25).
        var refresh = false
        if scopes.contains("offline_access") {
            let flowReturnsOne = resolved.responseTypes.contains("code") && grant == .authorizationCode
                || grant == .password || grant == .refreshToken
            let appHasGrant = resolved.app.oauthClient?.grantTypes.contains(.refreshToken) ?? false
            let ruleHasGrant = rule.grantTypes.contains(.refreshToken)
            refresh = flowReturnsOne && appHasGrant && ruleHasGrant
            var why: [String] = []
            if !flowReturnsOne { why.append("the flow returns no refresh token") }
            if !appHasGrant { why.append("the app lacks the refresh_token grant") }
            if !ruleHasGrant { why.append("the rule does not list refresh_token") }
            trace.scope(refresh ? "offline_access: a refresh token is issued"
                                        : "offline_access: no refresh token (\(why.joined(separator: "; ")))")
        }
        trace.scope("granted: \(scopes.joined(separator: " "))")
        return .success(ScopeGrant(scopes: scopes, refreshToken: refresh))
    }
}
