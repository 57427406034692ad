/// What an expression is evaluated against: the root objects (`user`, `app`, `groups`, ...),
/// the clock, and how missing attributes behave.
///
/// Every top-level key of the context object is a root name, so `{"val": 3}` makes `val`
/// usable. Documented Okta roots that the context leaves out read as empty objects, except
/// those whose absence means there is none (`appuser`, `appUser`, `idpuser`), which read as null.
public struct EvaluationContext: Sendable {
    /// The root objects by name.
    public var roots: ObjectValue {
        didSet { groupIndex = GroupIndex(roots: roots) }
    }
    /// The instant `Time.now()`, `DateTime.now()` and `withinDays` use.
    public var now: ZonedDateTime
    /// Missing attributes: null (default) or an error.
    public var missingAttributes: MissingAttributePolicy
    /// The `groups` root indexed by name and ID; rebuilt whenever `roots` changes.
    private(set) var groupIndex: GroupIndex

    /// Roots Okta documents; absent from a context, they read as empty objects or, for
    /// ``nullRootsWhenAbsent``, as null.
    public static let documentedRoots: Set<String> = ContextRoots.documentedWithValueWhenAbsent

    /// The documented roots that read as null when the context leaves them out: `appuser`
    /// (and `appUser`), absent in a client-credentials token, and `idpuser`, absent outside
    /// an IdP username transform.
    public static let nullRootsWhenAbsent: Set<String> = ContextRoots.nullsWhenAbsent

    /// A context from root objects; `now` defaults to the current time.
    public init(roots: ObjectValue = ObjectValue(), now: ZonedDateTime? = nil, missingAttributes: MissingAttributePolicy = .null) {
        self.roots = roots
        self.now = now ?? ZonedDateTime.currentUTC()
        self.missingAttributes = missingAttributes
        self.groupIndex = GroupIndex(roots: roots)
    }

    /// A context that reuses an index of the same `groups` root (nested evaluations bind
    /// other names, so their memberships are the outer context's).
    init(roots: ObjectValue, now: ZonedDateTime, missingAttributes: MissingAttributePolicy, groupIndex: GroupIndex) {
        self.roots = roots
        self.now = now
        self.missingAttributes = missingAttributes
        self.groupIndex = groupIndex
    }

    /// The root named `name`: the context's value, else an empty object for a documented root
    /// (null for ``nullRootsWhenAbsent``), an empty list for `groups`, or nil.
    public func root(_ name: String) -> Value? {
        if let value = roots[name] { return value }
        return ContextRoots.valuesWhenAbsent[name]
    }

    /// The root for a key whose hash was computed at compile time.
    func root(_ key: PropertyKey) -> Value? {
        if let value = roots[key] { return value }
        return root(key.name)
    }

    /// The user's group memberships (the `groups` root).
    public var groups: [Value] {
        if case .array(let groups)? = roots[EvaluationContext.groupsKey] { return groups }
        return []
    }

    private static let groupsKey = PropertyKey("groups")
}
