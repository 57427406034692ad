/// Warnings about attributes that read as null because they are misspelt: `user.firstname`
/// when the context's user has `firstName`. Okta rejects such an expression when it is
/// saved ("Invalid property firstname"); evaluation keeps null as the value (contexts are
/// samples that omit unset attributes), and these warnings say what was probably meant.
///
/// Found without evaluating: the attribute paths of the expression (`root.a.b`, outside
/// projections and selections) are followed through the context's objects; a key that is
/// missing where the object has one within a small edit distance, the same suggestion
/// `--strict-attributes` gives (`Evaluation.missingPropertyHint`), is a warning of code
/// OEL6011 (the strict error's code, at warning severity). So is, in the Identity Engine
/// dialect, `user.x` for a profile attribute the context has under `user.profile`, and in the
/// classic dialect `user.profile` read safely (`user.profile?.x`) from a user without one.
extension Program {
    /// The attribute warnings for evaluating this program against `context`, in source order;
    /// empty when every attribute path reads what the context holds (or nothing near it).
    public func attributeWarnings(_ context: EvaluationContext) -> [Diagnostic] {
        guard let tree = Parser.parse(core.source, limits: core.environment.parseLimits).expression else { return [] }
        var finder = MisspeltAttributes(context: context, dialect: core.dialect)
        finder.visit(tree, inElement: false)
        return finder.warnings
    }
}

/// Walks a syntax tree for attribute paths that miss a key the context holds a near spelling of.
private struct MisspeltAttributes {
    let context: EvaluationContext
    let dialect: Dialect
    var warnings: [Diagnostic] = []

    init(context: EvaluationContext, dialect: Dialect) {
        self.context = context
        self.dialect = dialect
    }

    /// Visits `expression` and returns the context value its attribute path reads, when it
    /// is one (`user.profile` → the user's profile object); nil otherwise or past a miss.
    @discardableResult
    mutating func visit(_ expression: Expr, inElement: Bool) -> Value? {
        switch expression.kind {
        case .literal:
            return nil
        case .name(let name):
            return inElement ? nil : context.roots[name]
        case .property(let base, let name, let nameRange, _):
            guard case .object(let object)? = visit(base, inElement: inElement) else { return nil }
            if let value = object[name] { return value }
            if let warning = warning(name, nameRange, in: object, base: base) { warnings.append(warning) }
            return nil
        case .projection(let base, let body, _), .selection(let base, _, let body, _):
            visit(base, inElement: inElement)
            visit(body, inElement: true)
            return nil
        default:
            for child in expression.children { visit(child, inElement: inElement) }
            return nil
        }
    }

    /// The warning for `name`, missing from `object` (read by `base`), when a near key or,
    /// for the Identity Engine `user`, the profile explains it.
    private func warning(_ name: String, _ range: SourceRange, in object: ObjectValue, base: Expr) -> Diagnostic? {
        if dialect == .identityEngine, case .name("user") = base.kind, KnownShapes.identityEngineUserFields[name] == nil,
           case .object(let profile)? = object["profile"], profile[name] != nil {
            return Diagnostic(.missingProperty, "Invalid property \(name): it does not exist on user, so it reads as null", at: range,
                              hint: "in the Identity Engine dialect profile attributes are under user.profile: write user.profile.\(name)",
                              severity: .warning)
        }
        if dialect == .classic, name == "profile", case .name("user") = base.kind {
            return Diagnostic(.missingProperty, "Invalid property profile: it does not exist on user, so it reads as null", at: range,
                              hint: "user.profile.* is Identity Engine syntax: evaluate with --dialect oie, or read the attribute on user",
                              severity: .warning)
        }
        guard let hint = Evaluation.missingPropertyHint(name, in: object) else { return nil }
        return Diagnostic(.missingProperty, "Invalid property \(name): it does not exist on this object, so it reads as null", at: range,
                          hint: hint, severity: .warning)
    }
}
