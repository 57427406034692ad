import OktaEL

/// The claims engine as one pure function: a compiled configuration, a directory, a request
/// and a clock in; the tokens (or the OAuth error) and the trace out. Nothing is read from
/// or written to the outside; the same inputs give the same result.
public enum Preview {
    /// Previews `request`. `now` is `iat` and `auth_time` and the clock of `Time.now()`.
    /// The result has the whole trace (`preview(..., explain: true)`).
    public static func preview(configuration: CompiledConfiguration, directory: Directory, request: TokenRequest,
                               now: ZonedDateTime) -> PreviewResult {
        preview(configuration: configuration, directory: directory, request: request, now: now, explain: true)
    }

    /// Previews `request`; with `explain: false` the result's `trace` stays empty and none of its
    /// text is formatted (the tokens, the error and every other field are the same either way).
    public static func preview(configuration: CompiledConfiguration, directory: Directory, request: TokenRequest,
                               now: ZonedDateTime, explain: Bool) -> PreviewResult {
        var result = PreviewResult()
        result.trace.isRecording = explain
        switch run(configuration, directory, request, now, &result) {
        case .success: break
        case .failure(let error): result.error = error
        }
        return result
    }

    private static func run(_ configuration: CompiledConfiguration, _ directory: Directory, _ request: TokenRequest,
                            _ now: ZonedDateTime, _ result: inout PreviewResult) -> Result<Void, OAuthError> {
        // Before any policy: client, grant type, response type, user, assignment, scopes.
        let resolved: ResolvedRequest
        switch RequestChecks.resolve(configuration, directory, request, trace: &result.trace) {
        case .success(let value): resolved = value
        case .failure(let error): return .failure(error)
        }
        let requested: [String]
        switch ScopeRequest.scopes(configuration, resolved, trace: &result.trace) {
        case .success(let value): requested = value
        case .failure(let error): return .failure(error)
        }

        // Policies and rules.
        let subject = MatchSubject(clientID: request.clientID, grantType: request.grantType, user: resolved.user,
                                   groupIDs: Set(resolved.groups.map(\.id)), scopes: requested)
        let (match, policyTrace) = PolicyMatcher.match(configuration, subject, recording: result.trace.isRecording)
        result.trace.policies = policyTrace
        guard let (policy, rule) = match else { return .failure(OAuthError(OAuthErrorTable.noMatchingPolicy)) }
        result.matched = MatchedRule(policyID: policy.id, policyName: policy.policy.name, ruleID: rule.id, ruleName: rule.rule.name)

        // Scopes granted by the rule.
        let granted: ScopeGrant
        switch ScopeGrant.grant(configuration, resolved, rule: rule, scopes: requested, trace: &result.trace) {
        case .success(let value): granted = value
        case .failure(let error): return .failure(error)
        }

        // Claims and tokens.
        let plan = TokenPlan(grant: request.grantType, responseTypes: resolved.responseTypes, openID: granted.scopes.contains("openid"))
        let context = ClaimContext.make(resolved, directory: directory, scopes: granted.scopes, now: now)
        let evaluator = ClaimEvaluator(configuration: configuration, context: context, user: resolved.user,
                                       groups: resolved.groups, granted: granted.scopes,
                                       updatedAt: resolved.user.flatMap { directory.updatedAt[$0.id] },
                                       recording: result.trace.isRecording)
        let builder = TokenBuilder(configuration: configuration, directory: directory, resolved: resolved, now: now)
        let lifetime = rule.rule.token.accessTokenLifetimeMinutes
        if result.trace.isRecording { result.trace.claims.reserveCapacity(configuration.claims.count * 2 + 1) }
        var accessToken: Token?
        if plan.accessToken {
            let sub: Value
            switch evaluator.value(of: configuration.sub) {
            case .success(let value?):
                sub = value
                if result.trace.isRecording { result.trace.claims.append(ClaimTrace(token: "access_token", name: "sub", outcome: .in, reason: nil, value: value, diagnostic: nil)) }
            case .success(nil):
                if result.trace.isRecording {
                    result.trace.claims.append(ClaimTrace(token: "access_token", name: "sub", outcome: .failed, reason: nil, value: nil, diagnostic: nil))
                }
                return .failure(OAuthError(OAuthErrorTable.systemClaimEvaluationFailure, ["claim": "sub"]))
            case .failure(let error):
                if result.trace.isRecording {
                    result.trace.claims.append(ClaimTrace(token: "access_token", name: "sub", outcome: .failed, reason: nil, value: nil, diagnostic: error.cause))
                }
                return .failure(error)
            }
            switch evaluator.claims(for: .accessToken, trace: &result.trace.claims) {
            case .success(let claims):
                accessToken = builder.accessToken(scopes: granted.scopes, lifetimeMinutes: lifetime, sub: sub, claims: claims)
            case .failure(let error): return .failure(error)
            }
        }
        var idToken: Token?
        if plan.idToken {
            switch evaluator.claims(for: plan.thinIDToken ? .thinIDToken : .fatIDToken, trace: &result.trace.claims) {
            case .success(let claims): idToken = builder.idToken(plan: plan, claims: claims)
            case .failure(let error): return .failure(error)
            }
        }
        var userinfo: ObjectValue?
        if accessToken != nil, resolved.user != nil, granted.scopes.contains("openid") {
            var ignored: [ClaimTrace] = []
            if case .success(let claims) = evaluator.claims(for: .userinfo, trace: &ignored) { userinfo = builder.userinfo(claims: claims) }
        }

        result.scopes = granted.scopes
        result.accessToken = accessToken
        result.accessTokenLifetimeMinutes = accessToken == nil ? nil : lifetime
        result.idToken = idToken
        result.idTokenLifetimeMinutes = idToken == nil ? nil : TokenBuilder.idTokenLifetimeMinutes
        result.userinfo = userinfo
        result.refreshToken = granted.refreshToken
        if granted.refreshToken {
            result.refreshTokenLifetimeMinutes = rule.rule.token.refreshTokenLifetimeMinutes
            result.refreshTokenWindowMinutes = rule.rule.token.refreshTokenWindowMinutes
        }
        return .success(())
    }
}
