import OktaEL

extension Preview {
    /// The roots the request's claim expressions are evaluated against (`user`, `appuser`,
    /// `app`, `org`, `access` with the granted scopes, `groups`), as one JSON object: to replay
    /// a claim with `oel eval --context`, or with another engine. Nil when the request gets no
    /// tokens (the claims are then not evaluated).
    public static func claimContext(configuration: CompiledConfiguration, directory: Directory, request: TokenRequest,
                                    now: ZonedDateTime) -> ObjectValue? {
        let result = preview(configuration: configuration, directory: directory, request: request, now: now)
        guard result.succeeded else { return nil }
        var trace = PreviewTrace()
        guard case .success(let resolved) = RequestChecks.resolve(configuration, directory, request, trace: &trace) else { return nil }
        return ClaimContext.roots(resolved, directory: directory, scopes: result.scopes)
    }
}
