/// The request as the checks before any policy resolve it: the client app, the user and
/// their app user and groups.
struct ResolvedRequest {
    let request: TokenRequest
    let app: App
    let user: User?
    let appUser: AppUser?
    let groups: [Group]
    let responseTypes: [String]
}

/// The checks Okta makes before evaluating any policy (D18 gives the order): the server is
/// active, the client exists, the server supports the grant type, the app has the grant type
/// and the response type, the user exists and is assigned to the app.
enum RequestChecks {
    /// The grant types a custom authorization server supports (its metadata's
    /// `grant_types_supported`, okta-authz §8); others are `unsupported_grant_type` (D19).
    static let serverGrantTypes: [GrantType] = [
        .authorizationCode, .implicit, .refreshToken, .password, .clientCredentials, .deviceCode,
    ]

    /// The response-type words each previewed grant type accepts (`code` is the default of
    /// authorization_code, whose response type must contain it; implicit needs `id_token` or `token`).
    static let responseTypesByGrant: [GrantType: Set<String>] = [
        .authorizationCode: ["code", "id_token", "token"],
        .implicit: ["id_token", "token", "code"],
    ]

    static func resolve(_ configuration: CompiledConfiguration, _ directory: Directory, _ request: TokenRequest,
                        trace: inout PreviewTrace) -> Result<ResolvedRequest, OAuthError> {
        func fail(_ check: String, _ error: OAuthError) -> Result<ResolvedRequest, OAuthError> {
            trace.check(check, passed: false, error.description)
            return .failure(error)
        }
        func pass(_ check: String, _ detail: @autoclosure () -> String) { trace.check(check, passed: true, detail()) }

        guard configuration.server.status == .active else {
            return fail("server", OAuthError(OAuthErrorTable.invalidAuthorizationServer))
        }
        guard let app = directory.app(clientID: request.clientID), app.status.map({ $0 == "ACTIVE" }) ?? true else {
            return fail("client", OAuthError(OAuthErrorTable.invalidClient))
        }
        pass("client", "\(request.clientID) is the app \(app.label ?? app.id)")

        let grant = request.grantType
        guard serverGrantTypes.contains(grant) else {
            return fail("grant_type", OAuthError(OAuthErrorTable.unsupportedGrantType,
                                                 ["list": OAuthError.list(serverGrantTypes.map(\.rawValue))]))
        }
        let appGrants = app.oauthClient?.grantTypes ?? []
        guard appGrants.contains(grant) else {
            return fail("grant_type", OAuthError(OAuthErrorTable.unauthorizedClient, ["list": OAuthError.list(appGrants.map(\.rawValue))]))
        }
        pass("grant_type", "the server and the app support \(grant)")

        var responseTypes = request.responseTypes
        if responseTypes.isEmpty, grant == .authorizationCode { responseTypes = ["code"] }
        if !responseTypes.isEmpty {
            let allowedByGrant = responseTypesByGrant[grant] ?? []
            let appResponses = app.oauthClient?.responseTypes ?? []
            let unsupported = responseTypes.filter { !allowedByGrant.contains($0) || !appResponses.contains($0) }
            let implicitWithoutToken = grant == .implicit && !responseTypes.contains("id_token") && !responseTypes.contains("token")
            let codeWithoutCode = grant == .authorizationCode && !responseTypes.contains("code")
            if !unsupported.isEmpty || implicitWithoutToken || codeWithoutCode {
                return fail("response_type", OAuthError(OAuthErrorTable.unsupportedResponseType, ["list": OAuthError.list(appResponses)]))
            }
            pass("response_type", "\(responseTypes.joined(separator: " ")) is allowed for \(grant) and by the app")
        }

        guard grant.hasUser else {
            pass("user", "client credentials: no user")
            return .success(ResolvedRequest(request: request, app: app, user: nil, appUser: nil, groups: [], responseTypes: responseTypes))
        }
        guard let reference = request.user else {
            return fail("user", OAuthError(OAuthErrorTable.missingUser, ["grant": grant.rawValue]))
        }
        guard let user = directory.user(reference) else {
            return fail("user", OAuthError(OAuthErrorTable.unknownUser, ["user": reference]))
        }
        guard let appUser = app.appUser(user.id) else {
            return fail("assignment", OAuthError(OAuthErrorTable.userNotAssigned))
        }
        pass("assignment", "\(user.login ?? user.id) is assigned to the app (\(appUser.scope?.rawValue ?? "USER"))")
        return .success(ResolvedRequest(request: request, app: app, user: user, appUser: appUser,
                                        groups: directory.groups(ofUser: user.id), responseTypes: responseTypes))
    }
}
