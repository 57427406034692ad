/// Walks a syntax tree, giving every node a static type and reporting what cannot work:
/// attributes the schema lacks, arguments of the wrong type, roots and functions the usage
/// profile forbids, and the classic mistakes (as warnings).
///
/// It looks no function up: each call is typed from the resolution the compiler made of it
/// (`CallResolution`, found by the node's `syntaxIndex`), so a call the checker accepts is
/// the call the evaluator runs.
struct TypeChecker {
    let options: CheckOptions
    let dialect: Dialect
    let source: String
    /// The compiler's resolution of every call site of the tree being checked.
    let resolutions: CallResolutions
    private(set) var diagnostics: [Diagnostic] = []
    /// Element types of the projections and selections being checked, innermost last.
    private var elements: [StaticType] = []
    /// Attribute paths known not to be null where the node being checked runs (guarded by
    /// `x != null ? ... : ...`, `x != null && ...`, `x == null ? ... : ...`).
    private var nonNull: [Set<String>] = []
    /// The source on one line, for messages that quote it.
    private var quotedSource: String {
        String(source.map { $0 == "\n" || $0 == "\r" || $0 == "\t" ? " " : $0 })
    }

    /// The parts that read nothing from the context, evaluated for the argument rules.
    let constants: ConstantParts

    init(options: CheckOptions, dialect: Dialect, source: String, resolutions: CallResolutions) {
        self.options = options
        self.dialect = dialect
        self.source = source
        self.resolutions = resolutions
        constants = ConstantParts(dialect: dialect, source: source, resolutions: resolutions, registry: options.registry)
    }

    private var profile: UsageProfile? { options.profile }
    /// The function table, read only for where a function is allowed (a call that does not
    /// resolve is still refused by its profile); calls themselves are typed from `resolutions`.
    private var registry: FunctionRegistry { options.registry }

    private mutating func report(_ code: DiagnosticCode, _ message: String, _ range: SourceRange, hint: String? = nil, fixIt: FixIt? = nil) {
        diagnostics.append(Diagnostic(code, message, at: range, hint: hint, fixIt: fixIt))
    }

    mutating func check(_ expression: Expr) -> StaticType { type(of: expression) }

    // MARK: Nodes

    private mutating func type(of expression: Expr) -> StaticType {
        switch expression.kind {
        case .literal(let value):
            return StaticType(of: value)
        case .name(let name):
            return nameType(name, expression.range)
        case .property(let base, let name, let nameRange, let safe):
            return propertyType(base: base, name: name, nameRange: nameRange, safe: safe, whole: expression)
        case .index(let base, let index):
            let baseType = type(of: base)
            _ = type(of: index)
            switch baseType {
            case .array(let element): return element
            case .string: return .string
            default: return .unknown
            }
        case .call(let base, let name, let nameRange, let arguments, _):
            return constantNull(expression, callType(base: base, name: name, nameRange: nameRange, arguments: arguments, resolution: resolutions[expression]))
        case .function(let name, let nameRange, let arguments):
            return constantNull(expression, functionType(name: name, nameRange: nameRange, arguments: arguments, resolution: resolutions[expression]))
        case .unary(let op, let operand):
            let operandType = type(of: operand)
            switch op {
            case .not:
                requireBoolean(operandType, operand, "'!'")
                return .boolean
            case .negate, .plus:
                if !operandType.isNumeric, operandType != .unknown, operandType != .null {
                    report(.argumentTypeMismatch, "Unary '\(op.rawValue)' needs a number, not \(operandType.withArticle)", expression.range)
                    return .unknown
                }
                return operandType
            }
        case .binary(let op, let left, let right):
            return binaryType(op, left, right, expression)
        case .ternary(let condition, let then, let otherwise):
            requireBoolean(type(of: condition), condition, "the condition of '?:'")
            let thenType = guarded(by: nonNullFacts(condition, whenTrue: true)) { $0.type(of: then) }
            let elseType = guarded(by: nonNullFacts(condition, whenTrue: false)) { $0.type(of: otherwise) }
            return thenType.joined(with: elseType)
        case .elvis(let value, let fallback):
            return type(of: value).joined(with: type(of: fallback))
        case .list(let items):
            let element = items.map { type(of: $0) }.reduce(StaticType.null) { $0.joined(with: $1) }
            return .array(element == .null ? .unknown : element)
        case .map(let entries):
            for entry in entries {
                if case .name = entry.key.kind {} else { _ = type(of: entry.key) }
                _ = type(of: entry.value)
            }
            return .object(nil)
        case .projection(let base, let body, _):
            let baseType = type(of: base)
            iterationCheck(expression.range, "Projection")
            elements.append(elementType(of: baseType))
            let bodyType = type(of: body)
            elements.removeLast()
            return .array(bodyType)
        case .selection(let base, let kind, let body, _):
            let baseType = type(of: base)
            iterationCheck(expression.range, "Selection")
            let element = elementType(of: baseType)
            elements.append(element)
            requireBoolean(type(of: body), body, "a selection condition")
            elements.removeLast()
            if case .object = baseType { return .object(nil) }
            return kind == .all ? .array(element) : element
        }
    }

    /// A call that reads nothing from the context and gives null (`Iso3166Convert.toAlpha2(true)`)
    /// is typed null, so what fails on null is found (`null + true`). At most
    /// `constantCallBudget` calls are evaluated per expression.
    private mutating func constantNull(_ expression: Expr, _ type: StaticType) -> StaticType {
        guard type != .null, constantCallsEvaluated < Self.constantCallBudget, constants.isConstant(expression) else { return type }
        constantCallsEvaluated += 1
        if case .null? = constants.value(of: expression) { return .null }
        return type
    }

    static let constantCallBudget = 64
    private var constantCallsEvaluated = 0

    private func elementType(of type: StaticType) -> StaticType {
        if case .array(let element) = type { return element }
        return .unknown
    }

    private mutating func iterationCheck(_ range: SourceRange, _ what: String) {
        if profile == .groupRule {
            report(.iterationNotAllowed, "\(what) is not supported in group rules", range,
                   hint: "use the group membership functions or Arrays.contains instead")
        }
    }

    private mutating func requireBoolean(_ type: StaticType, _ expression: Expr, _ what: String) {
        switch type {
        case .boolean, .unknown, .string: return
        case .null:
            report(.argumentTypeMismatch, "null cannot be used as \(what): a Boolean is needed", expression.range)
        default:
            report(.argumentTypeMismatch, "\(what.prefix(1).uppercased() + what.dropFirst()) needs a Boolean; this is \(type.withArticle)", expression.range,
                   hint: "compare it, for example x == 'value' or x != null")
        }
    }

    // MARK: Names and properties

    private mutating func nameType(_ name: String, _ range: SourceRange) -> StaticType {
        if let element = elements.last {
            switch element {
            case .object(let shape?):
                if let field = shape.fields[name] { return field }
                if shape.closed { return rootType(name, range) }
                return .unknown
            case .group:
                if let field = KnownShapes.groupFields[name] { return field }
                return KnownShapes.rootNames.contains(name) ? rootType(name, range) : .unknown
            case .unknown, .object(nil):
                return .unknown
            default:
                return rootType(name, range)
            }
        }
        return rootType(name, range)
    }

    private mutating func rootType(_ name: String, _ range: SourceRange) -> StaticType {
        if let profile, let allowed = profile.allowedRoots, !allowed.contains(name) {
            if let why = ContextRoots.unverified(name, in: profile) {
                report(.unverifiedInProfile, "'\(name)' is not known to be available in \(profile.display): \(why)", range,
                       hint: "unverified: test it in your org before relying on it")
            } else {
                let note = name == "groups" ? " (groups is this engine's context of memberships; in Okta use the group functions)" : ""
                report(.rootNotAllowed, "'\(name)' is not available in \(profile.display)\(note)", range,
                       hint: "available here: " + (allowed.union(ContextRoots.unverified[profile].map { Set($0.keys) } ?? [])).sorted().joined(separator: ", "))
                return .unknown
            }
        } else if !ContextRoots.names.contains(name), !registry.namespaces.contains(name),
                  !ContextRoots.isExplicitAppReference(name, known: options.appNames) {
            // Evaluation fails on a name that is no root of the context; without a context the
            // checker knows Okta's roots and, where a profile may name an app, the app names.
            // In a mapping any app instance of the org may be named, so an undeclared name there
            // is a warning: it fails only if the org has no app of that name.
            if profile == .mapping {
                report(.undeclaredAppReference, "'\(name)' is not a root Okta puts in scope: in a mapping it must be the name of an app instance of your org (zendesk.firstName)", range,
                       hint: "if \(name) is an app instance of your org, declare it: --app-name \(name); text needs quotes: \"\(name)\"")
                return .unknown
            }
            unknownRoot(name, range)
            return .unknown
        }
        if profile == nil, name == "groups" {
            report(.nonOktaRoot, "'groups' is not an Okta variable: it is this engine's list of the user's memberships", range,
                   hint: "in Okta use isMemberOfGroupName(...), user.getGroups(...) or getFilteredGroups(...)")
        }
        switch name {
        case "user":
            if dialect == .identityEngine {
                var fields = KnownShapes.identityEngineUserFields
                fields["profile"] = options.userSchema.map { .object($0.shape) } ?? .object(nil)
                return .object(ObjectShape(name: "user", fields: fields, closed: false))
            }
            return options.userSchema.map { .object($0.shape) } ?? .object(nil)
        case "appuser", "appUser":
            return options.appUserSchema.map { .object($0.shape) } ?? .object(nil)
        default:
            return KnownShapes.root(name)
        }
    }

    /// A name that is no root Okta documents: an error, as evaluation gives without a context
    /// that has it.
    private mutating func unknownRoot(_ name: String, _ range: SourceRange) {
        let candidates = profile?.allowedRoots ?? ContextRoots.names.filter { ContextRoots.named[$0].map { $0.documentedByOkta && $0.whenAbsent != .unbound } ?? false }
        var hint = FunctionRegistry.nearest(name, in: candidates).map { "did you mean \($0)?" }
        if hint == nil, registry.namespaces.contains(where: { $0.lowercased() == name.lowercased() }) { hint = "namespaces are case-sensitive" }
        let appNote = profile == nil
            ? "; in a profile mapping (--profile mapping) it may name an app instance (zendesk.firstName)" : ""
        report(.unknownName, "Unknown name '\(name)': it is not a root Okta puts in scope\(appNote)", range,
               hint: hint ?? "the roots here are \(candidates.sorted().joined(separator: ", ")); text needs quotes: \"\(name)\"")
    }

    private func rootName(_ expression: Expr) -> String? {
        if case .name(let name) = expression.kind, elements.isEmpty { return name }
        return nil
    }

    private mutating func propertyType(base: Expr, name: String, nameRange: SourceRange, safe: Bool, whole: Expr) -> StaticType {
        let root = rootName(base)
        // Dialect mix-ups on `user`.
        if root == "user", dialect == .classic, name == "profile", options.userSchema?.attributes["profile"] == nil {
            report(.wrongDialectAttribute, "user.profile.* is Identity Engine syntax; classic expressions read profile attributes directly on user",
                   base.range.union(nameRange), hint: "write user.<attribute>, for example user.email",
                   fixIt: FixIt(range: base.range.union(nameRange), replacement: "user"))
            return .object(options.userSchema?.shape)
        }
        if root == "user", dialect == .identityEngine, name != "profile", KnownShapes.identityEngineUserFields[name] == nil {
            report(.wrongDialectAttribute, "In the Identity Engine dialect profile attributes are under user.profile: user.\(name) is not a user field",
                   base.range.union(nameRange), hint: "write user.profile.\(name)",
                   fixIt: FixIt(range: base.range.union(nameRange), replacement: "user.profile.\(name)"))
            return .unknown
        }
        if root == "user", dialect == .classic, name == "status", profile == .groupRule {
            report(.userStatusInGroupRule, "user.status is not reliable in group rules; Okta evaluates it wrongly there",
                   base.range.union(nameRange), hint: #"use user.getInternalProperty("status")"#,
                   fixIt: FixIt(range: base.range.union(nameRange), replacement: #"user.getInternalProperty("status")"#))
            return .string
        }
        if root == "access", name == "scope", let profile, profile != .claim {
            report(.accessScopeOutsideClaim, "access.scope exists only in custom claims, not in \(profile.display)", base.range.union(nameRange),
                   hint: "the granted scopes are known only when a token is minted")
            return .array(.string)
        }
        // user.profile.x in classic: say which attribute to write.
        if dialect == .classic, case .property(let inner, "profile", let profileRange, _) = base.kind, rootName(inner) == "user",
           options.userSchema?.attributes["profile"] == nil {
            let written = inner.range.union(nameRange)
            report(.wrongDialectAttribute, "user.profile.* is Identity Engine syntax; classic expressions read profile attributes directly on user",
                   inner.range.union(profileRange), hint: "write user.\(name)", fixIt: FixIt(range: written, replacement: "user.\(name)"))
            return attributeType(name, nameRange, in: options.userSchema.map { .object($0.shape) } ?? .object(nil))
        }
        let baseType = type(of: base)
        switch baseType {
        case .object(_?):
            var type = attributeType(name, nameRange, in: baseType)
            if root == "user", dialect == .classic, type == .unknown, name == "status" || name == "id",
               let last = diagnostics.last, last.code == .invalidProperty, last.range == nameRange {
                diagnostics[diagnostics.count - 1].hint = #"classic expressions read it with user.getInternalProperty("\#(name)")"#
                diagnostics[diagnostics.count - 1].fixIt = FixIt(range: base.range.union(nameRange), replacement: #"user.getInternalProperty("\#(name)")"#)
                type = .string
            }
            return type
        case .group:
            return KnownShapes.groupFields[name] ?? .unknown
        case .null:
            if !safe {
                report(.propertyOfNullLiteral, "Property '\(name)' of null always fails", nameRange, hint: "use ?. or remove the access")
            }
            return .null
        case .string, .int, .long, .double, .boolean, .array, .dateTime, .country:
            report(.propertyOnNonObject, "\(baseType.withArticle.prefix(1).uppercased() + baseType.withArticle.dropFirst()) has no property '\(name)'", nameRange,
                   hint: dialect == .identityEngine ? "methods need parentheses: .\(name)()" : "call a function, for example String.len(x)")
            return .unknown
        default:
            return .unknown
        }
    }

    /// The type of attribute `name` of an object type; reports it when a schema lacks it.
    private mutating func attributeType(_ name: String, _ nameRange: SourceRange, in objectType: StaticType) -> StaticType {
        guard case .object(let shape?) = objectType else { return .unknown }
        if let field = shape.fields[name] { return field }
        if shape.closed {
            let hint = FunctionRegistry.nearest(name, in: shape.fields.keys).map { "did you mean \($0)?" }
                ?? "the \(shape.name) schema has no attribute of that name (names are case-sensitive)"
            report(.invalidProperty, "Invalid property \(name) in expression \(quotedSource)", nameRange, hint: hint)
        }
        return .unknown
    }

    // MARK: Calls

    /// `name(args)`; only a bare function has a type (a method of the current element is unknown).
    private mutating func functionType(name: String, nameRange: SourceRange, arguments: [Expr], resolution: CallResolution?) -> StaticType {
        let argumentTypes = arguments.map { type(of: $0) }
        if let profile, let restriction = registry.restriction(.global, name, in: profile) {
            refuse(restriction, .functionNotAllowed, "\(name)()", profile, nameRange)
        }
        guard case .function(let binding)? = resolution else { return .unknown }
        let function = binding.ref.function
        return apply(function, arguments, argumentTypes, nameRange)
    }

    /// A function `profile` refuses (an error with `code`) or may not offer (a warning, OEL8011).
    private mutating func refuse(_ restriction: ProfileRestriction, _ code: DiagnosticCode, _ written: String,
                                 _ profile: UsageProfile, _ range: SourceRange) {
        if restriction.confirmed {
            report(code, "\(written) is not allowed in \(profile.display)", range, hint: restriction.reason)
        } else {
            report(.unverifiedInProfile, "\(written) is not known to work in \(profile.display)" + (restriction.reason.map { ": \($0)" } ?? ""), range,
                   hint: "unverified: test it in your org before relying on it")
        }
    }

    /// `base.name(args)`: a namespaced function, a method of `user`, or a method on a value.
    private mutating func callType(base: Expr, name: String, nameRange: SourceRange, arguments: [Expr], resolution: CallResolution?) -> StaticType {
        switch resolution {
        case .namespaced(let binding)?:
            return namespacedType(binding.ref.function, base: base, name: name, nameRange: nameRange, arguments: arguments)
        case .unresolved(.namespaced, _)?:
            return namespacedType(nil, base: base, name: name, nameRange: nameRange, arguments: arguments)
        case .userMethod(let binding)?:
            // `user` itself is not typed here (nor checked against the profile's roots).
            let argumentTypes = arguments.map { type(of: $0) }
            if let profile, let restriction = binding.ref.function.restriction(in: profile) {
                refuse(restriction, .functionNotAllowed, "user.\(name)()", profile, nameRange)
            }
            return apply(binding.ref.function, arguments, argumentTypes, nameRange)
        default:
            // A method call, or a `user.` method none of whose overloads fits: the base is typed.
            return methodType(base: base, name: name, nameRange: nameRange, arguments: arguments, resolution: resolution)
        }
    }

    /// `Namespace.name(args)`, `function` nil when none fits; the namespace has no type.
    private mutating func namespacedType(_ function: BuiltinFunction?, base: Expr, name: String, nameRange: SourceRange,
                                         arguments: [Expr]) -> StaticType {
        let argumentTypes = arguments.map { type(of: $0) }
        if case .name(let root) = base.kind, let profile, let restriction = registry.restriction(.namespaced(root), name, in: profile) {
            refuse(restriction, .namespaceNotAllowed, "\(root).\(name)()", profile, base.range.union(nameRange))
        }
        guard let function else { return .unknown }
        return apply(function, arguments, argumentTypes, base.range.union(nameRange))
    }

    /// `receiver.name(args)`: the overload for the receiver's kind, when it is known.
    private mutating func methodType(base: Expr, name: String, nameRange: SourceRange, arguments: [Expr], resolution: CallResolution?) -> StaticType {
        let receiver = type(of: base)
        let argumentTypes = arguments.map { type(of: $0) }
        guard case .method(let table)? = resolution else { return .unknown }
        let kind: ReceiverKind?
        switch receiver {
        case .string: kind = .string
        case .array: kind = .array
        case .int, .long, .double: kind = .number
        case .boolean: kind = .boolean
        case .dateTime: kind = .dateTime
        case .country: kind = .country
        case .object(_?), .group: kind = .object
        default: kind = nil
        }
        guard let kind else {
            let results = Set(table.byReceiver.values.map { $0.function.typeSignature.result })
            return results.count == 1 ? results.first ?? .unknown : .unknown
        }
        guard let function = table.byReceiver[kind]?.function else {
            let kinds = Set(table.byReceiver.keys.map(\.display)).sorted().joined(separator: ", ")
            report(.methodNotOnType, "\(name)() is not a method of \(receiver); it applies to \(kinds)", nameRange)
            return .unknown
        }
        return apply(function, arguments, argumentTypes, nameRange)
    }

    /// Checks arguments against the signature, the function's own argument rules and its
    /// status; returns the result type.
    private mutating func apply(_ function: BuiltinFunction, _ arguments: [Expr], _ types: [StaticType], _ nameRange: SourceRange) -> StaticType {
        let signature = function.typeSignature
        let constants = self.constants
        var call = CallCheck(arguments: arguments, types: types, nameRange: nameRange,
                             constantOf: { constants.value(of: $0) }, prefixOf: { constants.constantPrefix(of: $0) })
        function.check?(&call)
        diagnostics += call.diagnostics
        if let deprecation = function.deprecation {
            report(.deprecatedFunction, "\(function.qualifiedName) is deprecated by Okta", nameRange, hint: "use \(deprecation.replacement)")
        }
        if function.undocumented {
            report(.undocumentedFunction, "\(function.qualifiedName) is not in Okta's Expression Language reference", nameRange,
                   hint: "it may not work in your org; test it there before relying on it")
        }
        for (index, argument) in arguments.enumerated() {
            guard let parameter = signature.parameter(at: index), index < types.count else { continue }
            let actual = types[index]
            if case .name(let written) = argument.kind, parameter.types.contains(.string) { quoteHint(written, argument) }
            if !parameter.constants.isEmpty, !constantArgument(function, parameter, argument, actual) { continue }
            if parameter.types == [.int], !integerText(parameter, argument, actual) { continue }
            let fits: [TypeRules.Fit] = call.rejected[index] ? [.cannot] : parameter.types.map { TypeRules.argument(actual, $0) }
            if fits.contains(where: { if case .fits = $0 { return true } else { return false } }) { continue }
            let expected = parameter.types.map(\.description).joined(separator: " or ")
            if fits.contains(where: { if case .converts = $0 { return true } else { return false } }) {
                report(.argumentConversion, "\(function.qualifiedName) expects \(expected) for \(parameter.name); this \(actual) value is converted silently",
                       argument.range, hint: actual == .boolean ? "a Boolean becomes the text \"true\" or \"false\"" : "convert it explicitly if that is intended")
            } else {
                report(.argumentTypeMismatch, "\(function.qualifiedName) expects \(expected) for \(parameter.name), not \(actual)", argument.range)
            }
        }
        return signature.result
    }

    /// An unknown name where text is expected (`getManagerUser(active_directory)`): the
    /// diagnostic on it says to quote it, with the fix-it.
    private mutating func quoteHint(_ name: String, _ argument: Expr) {
        guard let index = diagnostics.lastIndex(where: { [.unknownName, .rootNotAllowed].contains($0.code) && $0.range == argument.range }) else { return }
        diagnostics[index].hint = "text needs quotes: write \"\(name)\""
        diagnostics[index].fixIt = FixIt(range: argument.range, replacement: "\"\(name)\"")
    }

    /// A parameter that takes only certain texts (`"active_directory"`; `"id"` or `"status"`):
    /// another literal fails as evaluation fails (OEL6010), and so does a value of a known type
    /// other than String (it never equals the text). Returns whether the generic check should
    /// still look at the argument.
    private mutating func constantArgument(_ function: BuiltinFunction, _ parameter: TypeSignature.Parameter, _ argument: Expr, _ actual: StaticType) -> Bool {
        let accepted = parameter.constants.map { "\"\($0)\"" }.joined(separator: " or ")
        if let prefix = constants.constantPrefix(of: argument), !parameter.constants.contains(where: { $0.hasPrefix(prefix) }) {
            report(.invalidArgument, "\(function.qualifiedName) accepts only \(accepted) for \(parameter.name); this text always starts with '\(prefix)'", argument.range)
            return false
        }
        if case .null? = constants.value(of: argument) {
            report(.invalidArgument, "\(function.qualifiedName) accepts only \(accepted) for \(parameter.name), not null", argument.range)
            return false
        }
        if let value = constants.value(of: argument), case .string(let text) = value {
            if !parameter.constants.contains(text) {
                let nearest = FunctionRegistry.nearest(text, in: parameter.constants)
                report(.invalidArgument, "\(function.qualifiedName) accepts only \(accepted) for \(parameter.name), not '\(text)'", argument.range,
                       hint: nearest.map { "did you mean \"\($0)\"?" }, fixIt: nearest.map { FixIt(range: argument.range, replacement: "\"\($0)\"") })
            }
            return false
        }
        switch actual {
        case .unknown, .null, .string: return true
        default:
            if case .name = argument.kind, diagnostics.contains(where: { $0.range == argument.range && $0.severity == .error }) { return false }
            var fix: FixIt?
            if case .name(let written) = argument.kind { fix = FixIt(range: argument.range, replacement: "\"\(written)\"") }
            report(.argumentTypeMismatch, "\(function.qualifiedName) accepts only \(accepted) for \(parameter.name), not \(actual.withArticle)", argument.range,
                   hint: fix.map { "text needs quotes: write \($0.replacement)" } ?? "write the text \(parameter.constants.first.map { "\"\($0)\"" } ?? "")",
                   fixIt: fix)
            return false
        }
    }

    /// An Integer parameter given text that is never an int: a constant such as '2.5', or a
    /// concatenation whose constant start no int begins with. Evaluation reads the text as a
    /// Java int (`Call.int`) and fails for every context. Returns whether the generic check
    /// should still look at the argument.
    private mutating func integerText(_ parameter: TypeSignature.Parameter, _ argument: Expr, _ actual: StaticType) -> Bool {
        guard actual == .string || actual == .unknown else { return true }
        if case .string(let text)? = constants.value(of: argument) {
            do throws(ValueError) {
                _ = try Call.int(.string(text), parameter.name)
            } catch {
                diagnostics.append(error.at(argument.range))
                return false
            }
            return true
        }
        if let prefix = constants.constantPrefix(of: argument) {
            // An int's text: Java whitespace (U+0000...U+0020), a sign, digits, whitespace.
            func isSpace(_ c: Character) -> Bool { c.unicodeScalars.allSatisfy { $0.value <= 0x20 } }
            var rest = Substring(prefix).drop(while: isSpace)
            if rest.first == "+" || rest.first == "-" { rest = rest.dropFirst() }
            rest = rest.drop { $0.isASCII && $0.isNumber }
            if !rest.allSatisfy(isSpace) {
                report(.numberFormat, "The \(parameter.name) is text that always starts with '\(prefix)', never an int", argument.range)
                return false
            }
        }
        return true
    }

    private mutating func regexCheck(_ pattern: String, _ range: SourceRange) {
        if let warning = ArgumentRules.catastrophicRegex(pattern, at: range) { diagnostics.append(warning) }
    }

    // MARK: Null guards

    /// Runs `body` with `facts` added to the attributes known not to be null.
    private mutating func guarded(by facts: Set<String>, _ body: (inout TypeChecker) -> StaticType) -> StaticType {
        if facts.isEmpty { return body(&self) }
        nonNull.append(facts)
        let result = body(&self)
        nonNull.removeLast()
        return result
    }

    /// The dotted path of an attribute (`user.middleName`), for null-guard facts.
    private func path(_ expression: Expr) -> String? {
        switch expression.kind {
        case .name(let name): return name
        case .property(let base, let name, _, _): return path(base).map { "\($0).\(name)" }
        default: return nil
        }
    }

    private func isNullLiteral(_ expression: Expr) -> Bool {
        if case .literal(.null) = expression.kind { return true }
        return false
    }

    private func isZero(_ expression: Expr) -> Bool {
        if case .literal(.int(0)) = expression.kind { return true }
        return false
    }

    /// The attribute whose length `expression` measures: `String.len(x)`, `x.length()`, `Arrays.size(x)`, `x.size()`.
    private func measured(_ expression: Expr) -> String? {
        switch expression.kind {
        case .call(let base, let name, _, let arguments, _):
            if case .name(let namespace) = base.kind, (namespace == "String" && name == "len") || (namespace == "Arrays" && name == "size"),
               let first = arguments.first, arguments.count == 1 {
                return path(first)
            }
            if arguments.isEmpty, name == "length" || name == "size" { return path(base) }
            return nil
        default: return nil
        }
    }

    /// Attributes that cannot be null when `condition` is `whenTrue`.
    private func nonNullFacts(_ condition: Expr, whenTrue: Bool) -> Set<String> {
        switch condition.kind {
        case .binary(let op, let left, let right):
            switch (op, whenTrue) {
            case (.and, true), (.or, false):
                return nonNullFacts(left, whenTrue: whenTrue).union(nonNullFacts(right, whenTrue: whenTrue))
            case (.notEqual, true), (.equal, false):
                if isNullLiteral(right), let name = path(left) { return [name] }
                if isNullLiteral(left), let name = path(right) { return [name] }
                if isZero(right), let name = measured(left) { return [name] }
                if isZero(left), let name = measured(right) { return [name] }
                return []
            case (.greater, true), (.greaterEqual, true):
                if case .literal(.int(let bound)) = right.kind, op == .greater ? bound >= 0 : bound >= 1, let name = measured(left) { return [name] }
                return []
            default:
                return []
            }
        case .unary(.not, let operand):
            return nonNullFacts(operand, whenTrue: !whenTrue)
        case .call(let base, let name, _, let arguments, _) where whenTrue:
            // String.stringContains(x, s) and String.startsWith(x, s) are false for a null x.
            if case .name("String") = base.kind, ["stringContains", "startsWith", "endsWith"].contains(name),
               let first = arguments.first, let attribute = path(first) {
                return [attribute]
            }
            return []
        default:
            return []
        }
    }

    private func isKnownNonNull(_ expression: Expr) -> Bool {
        guard let name = path(expression) else { return false }
        return nonNull.contains { $0.contains(name) }
    }

    /// Whether an attribute in `range` was already reported as missing from the schema.
    private func hasInvalidProperty(in range: SourceRange) -> Bool {
        diagnostics.contains { $0.code == .invalidProperty && $0.range.start >= range.start && $0.range.end <= range.end }
    }

    // MARK: Operators

    private func isAttribute(_ expression: Expr) -> Bool {
        switch expression.kind {
        case .property(let base, _, _, _):
            if case .name = base.kind { return true }
            return isAttribute(base)
        case .index(let base, _): return isAttribute(base)
        default: return false
        }
    }

    /// Whether an attribute is known never to be null (a required schema attribute, or
    /// one of Okta's required base attributes when no schema is given).
    private func isRequiredAttribute(_ expression: Expr) -> Bool {
        guard case .property(let base, let name, _, _) = expression.kind else { return false }
        var root = rootName(base)
        if let root, KnownShapes.alwaysSet.contains("\(root).\(name)"), root != "user" || dialect == .identityEngine { return true }
        // user.profile.x in the Identity Engine dialect.
        if dialect == .identityEngine, case .property(let inner, "profile", _, _) = base.kind, rootName(inner) == "user" { root = "user" }
        // In a profile mapping `source` is the Okta user (Okta to app) or the app user, whose
        // base attributes Okta requires too.
        if root == "appuser" || root == "appUser" { return options.appUserSchema?.required.contains(name) ?? false }
        if root == "user" || root == "source" {
            if let schema = options.userSchema, root == "user" { return schema.required.contains(name) }
            return KnownShapes.requiredUserAttributes.contains(name)
        }
        return false
    }

    private mutating func binaryType(_ op: BinaryOperator, _ left: Expr, _ right: Expr, _ whole: Expr) -> StaticType {
        let l = type(of: left)
        let r: StaticType
        switch op {
        case .and: r = guarded(by: nonNullFacts(left, whenTrue: true)) { $0.type(of: right) }
        case .or: r = guarded(by: nonNullFacts(left, whenTrue: false)) { $0.type(of: right) }
        default: r = type(of: right)
        }
        switch op {
        case .and, .or:
            requireBoolean(l, left, "an operand of '\(op.rawValue)'")
            requireBoolean(r, right, "an operand of '\(op.rawValue)'")
            return .boolean
        case .add:
            if l == .string || r == .string {
                for (side, sideType) in [(left, l), (right, r)] where sideType != .string || isAttribute(side) {
                    if isAttribute(side), !isRequiredAttribute(side), !isKnownNonNull(side), !hasInvalidProperty(in: side.range) {
                        report(.nullableConcatenation, "If this attribute is unset, '+' inserts the text \"null\"", side.range,
                               hint: "guard it: (x != null ? x : \"\")")
                    }
                }
                return .string
            }
            // A side of unknown type may be a String, which makes `+` a concatenation.
            if l == .unknown || r == .unknown { return .unknown }
            return arithmetic(op, l, r, whole)
        case .subtract, .multiply, .divide, .modulo, .power:
            // SpEL's two String cases: `'ab' * 3` repeats the text, and a one-character String
            // minus an Integer shifts the character (`'c' - 1` is "b"). With the right side not
            // known to be another type, neither is certain to fail.
            if l == .string, r == .int || r == .unknown {
                if op == .multiply { return .string }
                if op == .subtract, !isLiteral(left, notOfUTF16Length: 1) { return .string }
            }
            return arithmetic(op, l, r, whole)
        case .equal, .notEqual:
            comparisonWithLiteral(left, l, right, r)
            return .boolean
        case .less, .lessEqual, .greater, .greaterEqual:
            let comparable: (StaticType) -> Bool = { type in
                switch type {
                case .string, .boolean, .dateTime, .int, .long, .double: return true
                default: return false
                }
            }
            if l != .unknown, r != .unknown, l != .null, r != .null, !(l.isNumeric && r.isNumeric), l != r || !comparable(l) {
                report(.argumentTypeMismatch, "\(l.withArticle.prefix(1).uppercased() + l.withArticle.dropFirst()) cannot be compared with \(r.withArticle) using '\(op.rawValue)'", whole.range,
                       hint: l == .string || r == .string ? "convert the text first, for example Convert.toInt(x)" : nil)
                return .boolean
            }
            comparisonWithLiteral(left, l, right, r)
            return .boolean
        case .matches:
            report(.matchesDeprecated, "'matches' is deprecated by Okta", whole.range,
                   hint: "prefer String functions (String.stringContains, String.startsWith) or isMemberOfGroupNameRegex for groups")
            if case .literal(.string(let pattern)) = right.kind { regexCheck(pattern, right.range) }
            return .boolean
        }
    }

    /// Whether `expression` is a string literal whose UTF-16 length (Java's `length()`) is not `length`.
    private func isLiteral(_ expression: Expr, notOfUTF16Length length: Int) -> Bool {
        if case .literal(.string(let text)) = expression.kind { return text.utf16.count != length }
        return false
    }

    private mutating func arithmetic(_ op: BinaryOperator, _ l: StaticType, _ r: StaticType, _ whole: Expr) -> StaticType {
        if l.isNumeric, r.isNumeric {
            if op == .power { return l == .double || r == .double ? .double : .unknown }
            return l.joined(with: r)
        }
        for side in [l, r] where side != .unknown && !side.isNumeric {
            report(.argumentTypeMismatch, "'\(op.rawValue)' needs numbers; one operand is \(side.withArticle)", whole.range,
                   hint: side == .string ? "convert text with Convert.toInt or Convert.toNum" : nil)
            return .unknown
        }
        return .unknown
    }

    /// `user.groupCode == "123"` where the schema says integer: never true.
    private mutating func comparisonWithLiteral(_ left: Expr, _ l: StaticType, _ right: Expr, _ r: StaticType) {
        for (attribute, attributeType, literal, literalType) in [(left, l, right, r), (right, r, left, l)] {
            guard isAttribute(attribute), case .literal(let value) = literal.kind, attributeType != .unknown,
                  literalType != .null, attributeType != .null else { continue }
            let compatible = (attributeType.isNumeric && literalType.isNumeric) || attributeType == literalType
            if compatible { continue }
            var fix: FixIt?
            if case .string(let text) = value, attributeType.isNumeric, Int32(text) != nil {
                fix = FixIt(range: literal.range, replacement: text)
            } else if value.isNumber, attributeType == .string {
                fix = FixIt(range: literal.range, replacement: "\"\(value.javaToString)\"")
            }
            report(.comparisonTypeMismatch,
                   "The attribute is \(attributeType.withArticle) but is compared with \(literalType.withArticle) literal; values of different types are never equal",
                   literal.range, hint: fix.map { "write \($0.replacement)" }, fixIt: fix)
        }
    }
}
