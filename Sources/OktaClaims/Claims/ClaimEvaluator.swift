import OktaEL

/// Which set of claims is being built.
enum ClaimTarget {
    /// The access token: RESOURCE claims, whenever eligible.
    case accessToken
    /// An ID token issued with an access token: IDENTITY claims marked "Always" only.
    case thinIDToken
    /// An ID token issued alone: every eligible IDENTITY claim.
    case fatIDToken
    /// `/userinfo`: every eligible IDENTITY claim.
    case userinfo

    var claimType: ClaimType { self == .accessToken ? .resource : .identity }

    /// The name the trace uses.
    var name: String {
        switch self {
        case .accessToken: return "access_token"
        case .thinIDToken, .fatIDToken: return "id_token"
        case .userinfo: return "userinfo"
        }
    }
}

/// The claims of one token (okta-authz §4, §5): for each claim in the configuration's order,
/// the first exclusion that applies (wrong token type, INACTIVE, reserved name, scope not
/// granted, not "Always" in a thin ID token), else its value; a null value is not emitted; a
/// failure fails the whole request. Ineligible claims are never evaluated.
final class ClaimEvaluator {
    static let groupsLimit = 100

    let configuration: CompiledConfiguration
    let context: EvaluationContext
    let user: User?
    let groups: [Group]
    /// The granted scopes.
    let granted: [String]
    /// The user's `updated_at`, parsed once per directory.
    let updatedAt: Int64?
    /// Values already computed in this request: a claim that goes into the ID token and
    /// `/userinfo` is evaluated once (the context is the same).
    let cache: ValueCache
    /// Whether `claims(for:trace:)` writes the claim traces (false: `explain` was not asked for).
    let recording: Bool
    /// The configuration's claim scopes as bits, and the granted scopes' mask.
    let scopeIndex: ClaimScopeIndex
    let grantedMask: UInt64

    init(configuration: CompiledConfiguration, context: EvaluationContext, user: User?, groups: [Group], granted: [String],
         updatedAt: Int64? = nil, recording: Bool = true) {
        self.updatedAt = updatedAt
        self.recording = recording
        scopeIndex = configuration.claimScopes
        grantedMask = configuration.claimScopes.usable ? configuration.claimScopes.mask(of: granted) : 0
        cache = ValueCache(count: configuration.claimsInTokenOrder.count)
        self.configuration = configuration
        self.context = context
        self.user = user
        self.groups = groups
        self.granted = granted
    }

    /// One request's claim values, by position in `ordered` (every token walks
    /// the claims in that order, so a position names the same claim for each of them).
    final class ValueCache {
        /// The values computed so far (`.some(nil)`: the claim's value is null). Failures are not
        /// kept: a failure ends the request, and recomputing one gives the same failure.
        var values: ContiguousArray<Value??>
        init(count: Int) {
            values = ContiguousArray(repeating: nil, count: count)
        }
    }

    /// The custom claims of `target` as ordered pairs; traces appended to `trace`.
    func claims(for target: ClaimTarget, trace: inout [ClaimTrace]) -> Result<[(String, Value)], OAuthError> {
        var out: [(String, Value)] = []
        let recording = self.recording
        for (position, claim) in ordered.enumerated() {
            // Read the fields needed, not a copy of the whole claim.
            let name = claim.claim.name
            // The access token's sub is built with the base claims.
            if target == .accessToken, claim.isResourceSub { continue }
            func exclude(_ reason: ClaimExclusion) {
                guard recording else { return }
                trace.append(ClaimTrace(token: target.name, name: name, outcome: .out, reason: reason, value: nil, diagnostic: nil))
            }
            if let reason = exclusion(claim, target, position: position) {
                exclude(reason)
                continue
            }
            switch cachedValue(of: claim, position: position) {
            case .failure(let error):
                if recording {
                    trace.append(ClaimTrace(token: target.name, name: name, outcome: .failed, reason: nil, value: nil,
                                            diagnostic: error.cause))
                }
                return .failure(error)
            case .success(nil):
                exclude(claim.isGroups ? .noMatchingGroups : .nullResult)
            case .success(let value?):
                if recording { trace.append(ClaimTrace(token: target.name, name: name, outcome: .in, reason: nil, value: value, diagnostic: nil)) }
                out.append((name, value))
            }
        }
        return .success(out)
    }

    /// The claims in token order (D26), computed once by `CompiledConfiguration`.
    var ordered: [CompiledClaim] { configuration.claimsInTokenOrder }

    /// Token order (D26): the SYSTEM claims in Okta's order, then the others by name.
    static func tokenOrder(_ claims: [CompiledClaim]) -> [CompiledClaim] {
        let rank = Dictionary(SystemObjects.systemClaims.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
        let system = claims.filter { $0.claim.valueType == .system }
            .sorted { (rank[$0.name] ?? Int.max, $0.name) < (rank[$1.name] ?? Int.max, $1.name) }
        return system + claims.filter { $0.claim.valueType != .system }
    }

    /// Why the claim at `position` of `ordered` is not in `target`, nil when it is eligible.
    func exclusion(_ claim: CompiledClaim, _ target: ClaimTarget, position: Int) -> ClaimExclusion? {
        if claim.claimType != target.claimType { return .wrongTokenType }
        if !claim.active { return .inactive }
        if claim.isReserved { return .reserved }
        if !claim.scopes.isEmpty, !scopeGranted(claim, position: position) { return .scopeNotGranted }
        if target == .thinIDToken, !claim.alwaysIncludeInToken { return .notAlwaysInThinToken }
        if case .system(nil) = claim.value { return .noValue }
        return nil
    }

    /// Whether one of the claim's scopes is granted: the masks when the configuration has them,
    /// else by name.
    func scopeGranted(_ claim: CompiledClaim, position: Int) -> Bool {
        if scopeIndex.usable, position < scopeIndex.masks.count { return scopeIndex.masks[position] & grantedMask != 0 }
        return claim.scopes.contains(where: granted.contains)
    }

    /// `value(of:)` of the claim at `position` of `ordered`, computed once per claim and request.
    func cachedValue(of claim: CompiledClaim, position: Int) -> Result<Value?, OAuthError> {
        if case .some(let known) = cache.values[position] { return .success(known) }
        let computed = value(of: claim)
        if case .success(let value) = computed { cache.values[position] = .some(value) }
        return computed
    }

    /// The value, nil when not emitted (null, no group matched), or the request's failure.
    func value(of claim: CompiledClaim) -> Result<Value?, OAuthError> {
        var path: ObjectPath { ObjectPath("claims").element(name: claim.claim.name, id: claim.claim.id, index: 0).field("value") }
        func failure(_ diagnostic: ConfigDiagnostic?) -> Result<Value?, OAuthError> {
            let isSub = claim.claim.name == "sub" && claim.claim.claimType == .resource
            return .failure(OAuthError(isSub ? OAuthErrorTable.systemClaimEvaluationFailure : OAuthErrorTable.userClaimEvaluationFailure,
                                       ["claim": claim.claim.name], cause: diagnostic))
        }
        switch claim.value {
        case .expression(let program):
            guard let program else { return failure(claim.diagnostics.first { $0.severity == .error }) }
            do {
                let result = try program.evaluate(context)
                return .success(result.isNull ? nil : ValueOutput.plain(result))
            } catch {
                return failure(ConfigDiagnostic(error, path: path, objectID: claim.claim.id, expression: claim.claim.value))
            }
        case .groups(let filter):
            guard let filter else { return failure(claim.diagnostics.first { $0.severity == .error }) }
            var names: [String] = []
            for group in groups {
                do {
                    if try filter.matches(group.name) { names.append(group.name) }
                } catch {
                    return failure(ConfigDiagnostic(error, path: path, objectID: claim.claim.id))
                }
            }
            if names.count > ClaimEvaluator.groupsLimit { return .failure(OAuthError(OAuthErrorTable.tooManyGroups)) }
            return .success(names.isEmpty ? nil : .array(names.map(Value.string)))
        case .system(let known):
            guard let known, let user else { return .success(nil) }
            if known.name == "updated_at", let updatedAt { return .success(.long(updatedAt)) }
            guard let source = claim.systemSource else { return .success(nil) }
            return .success(SystemClaimValues.value(source, user: user))
        }
    }
}
