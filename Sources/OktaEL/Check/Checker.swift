/// What to check an expression against.
public struct CheckOptions: Sendable {
    /// The dialect; when a profile is given and this is nil, the profile's dialect.
    public var dialect: Dialect?
    /// Where the expression is used, if known.
    public var profile: UsageProfile?
    /// The user profile schema (Okta's schema JSON), if known.
    public var userSchema: ProfileSchema?
    /// The app user schema, if known.
    public var appUserSchema: ProfileSchema?
    /// Parser bounds.
    public var parseLimits: ParseLimits
    /// The function table.
    public var registry: FunctionRegistry
    /// The org's app names, for explicit app references (`salesforce.email`) where a profile
    /// accepts them; the app names of Okta's own examples are always known.
    public var appNames: Set<String> = []

    /// Options; everything defaults to "unknown".
    public init(dialect: Dialect? = nil, profile: UsageProfile? = nil, userSchema: ProfileSchema? = nil,
                appUserSchema: ProfileSchema? = nil, parseLimits: ParseLimits = .default, registry: FunctionRegistry = .standard) {
        self.dialect = dialect
        self.profile = profile
        self.userSchema = userSchema
        self.appUserSchema = appUserSchema
        self.parseLimits = parseLimits
        self.registry = registry
    }

    /// The dialect in effect.
    public var effectiveDialect: Dialect { dialect ?? profile?.dialect ?? .classic }
}

/// The outcome of checking one expression.
public struct CheckResult: Sendable {
    /// The source, for rendering.
    public var source: SourceText
    /// Every finding, in source order.
    public var diagnostics: [Diagnostic]
    /// The static type of the result, when the expression parsed.
    public var resultType: StaticType?

    /// Whether any finding is an error.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    /// Whether any finding is a warning.
    public var hasWarnings: Bool { diagnostics.contains { $0.severity == .warning } }
}

/// Static checking before an expression is saved: syntax, functions and arity, dialect,
/// attributes against a schema, types, the restrictions of where it is used, and the
/// classic mistakes. Needs no user context.
public enum Checker {
    /// Checks `source`.
    public static func check(_ source: String, options: CheckOptions = CheckOptions()) -> CheckResult {
        let text = SourceText(source)
        var diagnostics: [Diagnostic] = []
        let dialect = options.effectiveDialect
        if let profile = options.profile, let chosen = options.dialect, chosen != profile.dialect {
            diagnostics.append(Diagnostic(
                .profileDialectMismatch,
                "\(profile.display.prefix(1).uppercased() + profile.display.dropFirst()) is written in the \(profile.dialect == .classic ? "classic" : "Identity Engine") dialect, not \(chosen == .classic ? "classic" : "Identity Engine")",
                at: .at(0), hint: "check with --dialect \(profile.dialect.rawValue)"
                    + (profile.otherDialectCounterpart.map { ", or with --profile \($0.rawValue) for \($0.display) (\($0.dialect == .classic ? "classic" : "Identity Engine"))" } ?? "")))
        }
        // Okta counts Java characters (UTF-16 code units).
        if let profile = options.profile, let limit = profile.maxLength, source.utf16.count > limit {
            var start = 0
            var units = 0
            for scalar in source.unicodeScalars {
                units += scalar.utf16.count
                if units > limit { break }
                start += scalar.utf8.count
            }
            diagnostics.append(Diagnostic(
                .expressionTooLong, "The expression has \(source.utf16.count) characters; Okta accepts at most \(limit) in \(profile.display)",
                at: SourceRange(start: start, end: text.bytes.count), hint: "shorten it, for example by moving logic into a profile attribute"))
        }
        // One parse serves compiling and type checking (the parser reports `===` and its kin).
        let parsed = Parser.parseTree(text, limits: options.parseLimits)
        diagnostics += parsed.diagnostics
        guard let tree = parsed.tree else {
            return CheckResult(source: text, diagnostics: sorted(diagnostics), resultType: nil)
        }
        // Compiling resolves every call once; the type checker types the calls from those
        // resolutions, found by node index, and looks nothing up again.
        var compiler = Compiler(dialect: dialect, registry: options.registry, tree: tree, recordsResolutions: true)
        _ = compiler.compile()
        diagnostics += compiler.diagnostics.filter { !parsed.diagnostics.contains($0) }
        let expression = tree.expr(tree.root)
        var checker = TypeChecker(options: options, dialect: dialect, source: source, resolutions: compiler.resolutions)
        let type = checker.check(expression)
        diagnostics += checker.diagnostics
        // Parts that read nothing from the context and fail, fail for every context.
        let constants = ConstantParts(dialect: dialect, source: source, resolutions: compiler.resolutions, registry: options.registry)
        diagnostics += constants.failures(in: expression, alreadyReported: diagnostics)
        if let profile = options.profile, let required = profile.requiredResult, !TypeRules.fits(type, required) {
            diagnostics.append(Diagnostic(
                .resultTypeMismatch, "\(profile.display.prefix(1).uppercased() + profile.display.dropFirst()) must evaluate to \(required.withArticle); this expression gives \(type.withArticle)",
                at: expression.range,
                hint: required == .boolean ? "compare the value, for example x == 'value'" : "convert the value to text"))
        }
        return CheckResult(source: text, diagnostics: sorted(diagnostics), resultType: type)
    }

    private static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var seen: Set<Diagnostic> = []
        return diagnostics.filter { seen.insert($0).inserted }
            .sorted { ($0.range.start, $0.range.end, $0.code.rawValue) < ($1.range.start, $1.range.end, $1.code.rawValue) }
    }
}
