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

    init(claim: Claim, value: CompiledClaimValue, diagnostics: [ConfigDiagnostic]) {
        self.claim = claim
        self.value = value
        self.diagnostics = diagnostics
        isReserved = claim.valueType != .system && ReservedClaims.isReserved(claim.name, for: claim.claimType)
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
