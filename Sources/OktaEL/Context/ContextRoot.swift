/// One name Okta puts in scope for expressions (`user`, `app`, `session`, ...): what Okta
/// documents about it and how this engine treats it. The rows are `ContextRoots.all`.
struct ContextRoot: Sendable {
    /// What a root reads as when the evaluation context leaves it out.
    enum WhenAbsent: Sendable, Hashable {
        /// An empty object, so `app.domain` reads as null rather than failing as an unknown name.
        case emptyObject
        /// Null: the root's absence means there is none (`appuser` in a client-credentials
        /// token, `idpuser` outside an IdP username transform), so `appuser != null` is false.
        case null
        /// An empty list (`groups`: a user without memberships).
        case emptyList
        /// Nothing: the name is unknown unless a function binds it (`group` in a group expression).
        case unbound
    }

    /// The name expressions write.
    let name: String
    /// Whether Okta's references document the name (false for this engine's own roots).
    let documentedByOkta: Bool
    /// What the name reads as when the context does not give it.
    let whenAbsent: WhenAbsent
    /// The static type the checker gives the root, as far as Okta documents its fields
    /// (`user` and `appuser` are typed from schemas and the dialect, see `KnownShapes`).
    let shape: StaticType
    /// The usage profiles whose list of roots includes this one. Profiles that accept any
    /// name (`ContextRoots.profilesAcceptingAnyRoot`) are not listed.
    let profiles: Set<UsageProfile>

    /// The value the root reads as when the context leaves it out, if any.
    var valueWhenAbsent: Value? {
        switch whenAbsent {
        case .emptyObject: return .object(ObjectValue())
        case .null: return .null
        case .emptyList: return .array([])
        case .unbound: return nil
        }
    }
}
