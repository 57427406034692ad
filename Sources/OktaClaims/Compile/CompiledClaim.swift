import OktaEL

/// A claim ready to evaluate: its definition, how its value is made, and the findings about it.
/// A class, so the previews that walk the claims share one copy instead of copying each claim.
public final class CompiledClaim: Sendable {
    /// The claim as loaded.
    public let claim: Claim
    /// How the value is made.
    public let value: CompiledClaimValue
    /// Diagnostics about this claim (checker findings on its expression, filter errors, ...).
    public let diagnostics: [ConfigDiagnostic]
    /// Whether the name is reserved for its token (a custom claim that is never emitted, D28).
    public let isReserved: Bool

    // What each preview reads, copied out of `claim` once at compile time (reading them through
    // `claim` projects the struct on every claim of every token).
    /// `claim.claimType`.
    let claimType: ClaimType
    /// `claim.status == .active`.
    let active: Bool
    /// `claim.scopes`.
    let scopes: [String]
    /// `claim.alwaysIncludeInToken`.
    let alwaysIncludeInToken: Bool
    /// A GROUPS claim (no matching group reads `no_matching_groups`, not `null_result`).
    let isGroups: Bool
    /// The RESOURCE claim `sub` (the access token builds it with the base claims).
    let isResourceSub: Bool
    /// A SYSTEM claim's value source (`SystemClaimValues`), looked up once; nil for the others.
    let systemSource: SystemClaimValues.Source?

    init(claim: Claim, value: CompiledClaimValue, diagnostics: [ConfigDiagnostic]) {
        self.claim = claim
        self.value = value
        self.diagnostics = diagnostics
        isReserved = claim.valueType != .system && ReservedClaims.isReserved(claim.name, for: claim.claimType)
        claimType = claim.claimType
        active = claim.status == .active
        scopes = claim.scopes
        alwaysIncludeInToken = claim.alwaysIncludeInToken
        isGroups = claim.valueType == .groups
        isResourceSub = claim.name == "sub" && claim.claimType == .resource
        if case .system(let known?) = value { systemSource = SystemClaimValues.source(of: known.name) } else { systemSource = nil }
    }

    /// The claim's name.
    public var name: String { claim.name }
    /// Whether it is evaluated and emitted at all.
    public var isActive: Bool { claim.status == .active }
}

/// How a compiled claim's value is made.
public enum CompiledClaimValue: Sendable {
    /// An EXPRESSION claim: the compiled program; nil when the expression does not compile
    /// (Okta saves it and fails the request with `user_claim_evaluation_failure` when evaluated).
    case expression(Program?)
    /// A GROUPS claim: the prepared filter; nil when it cannot be prepared (no filter type, bad regex).
    case groups(GroupFilter?)
    /// A SYSTEM claim Okta fills from the user profile; nil for a name Okta does not create.
    case system(SystemObjects.SystemClaim?)
}
