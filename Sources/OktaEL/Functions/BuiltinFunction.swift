/// The kind of value a method is called on (Identity Engine dialect).
public enum ReceiverKind: String, Sendable, Hashable, CaseIterable {
    case string, array, number, boolean, dateTime, country, object

    /// The receiver kind of a value; nil for null.
    public init?(of value: Value) {
        switch value {
        case .null: return nil
        case .string: self = .string
        case .array: self = .array
        case .int, .long, .double: self = .number
        case .bool: self = .boolean
        case .dateTime: self = .dateTime
        case .country: self = .country
        case .object: self = .object
        }
    }

    /// How the kind reads in messages.
    public var display: String {
        switch self {
        case .string: return "String"
        case .array: return "Array"
        case .number: return "Number"
        case .boolean: return "Boolean"
        case .dateTime: return "ZonedDateTime"
        case .country: return "CountryCode"
        case .object: return "Object"
        }
    }
}

/// Where a function is called from.
public enum FunctionKind: Sendable, Hashable {
    /// A bare function: `isMemberOfGroupName("x")`.
    case global
    /// A namespaced function: `String.len(x)`.
    case namespaced(String)
    /// A method of the `user` root: `user.getGroups(...)`.
    case userMethod
    /// A method on a value: `'abc'.length()`.
    case method(ReceiverKind)
}

/// A documented example of a function, run by the test suite.
public struct FunctionExample: Sendable, Hashable {
    /// The expression.
    public var expression: String
    /// The expected result as JSON text, or nil when an error is expected.
    public var result: String?
    /// The expected error code when `result` is nil.
    public var errorCode: DiagnosticCode?
    /// A context (JSON text) the example needs, if any.
    public var context: String?

    /// An example that yields `result` (JSON).
    public init(_ expression: String, _ result: String, context: String? = nil) {
        self.expression = expression
        self.result = result
        self.errorCode = nil
        self.context = context
    }

    /// An example that fails with `code`.
    public init(_ expression: String, fails code: DiagnosticCode, context: String? = nil) {
        self.expression = expression
        self.result = nil
        self.errorCode = code
        self.context = context
    }
}

/// The body of a builtin: computes a value from a call, or fails with a `ValueError`.
package typealias FunctionBody = @Sendable (inout Call) throws(ValueError) -> Value

/// A builtin body over its argument values themselves, for functions of one, two or three
/// arguments that need nothing of a call but the evaluation (steps, limits): the evaluator
/// passes the values straight from its stack, without building a `Call`. The function's
/// general `body` calls the same closure, so both paths compute the same thing.
enum DirectBody: Sendable {
    case unary(@Sendable (Value, inout Evaluation) throws(ValueError) -> Value)
    case binary(@Sendable (Value, Value, inout Evaluation) throws(ValueError) -> Value)
    case ternary(@Sendable (Value, Value, Value, inout Evaluation) throws(ValueError) -> Value)

    /// How many arguments it takes.
    var arity: Int {
        switch self {
        case .unary: return 1
        case .binary: return 2
        case .ternary: return 3
        }
    }

    /// The general body: the same closure, fed from a call.
    var general: FunctionBody {
        switch self {
        case .unary(let body): return { call throws(ValueError) in try body(call[0], &call.evaluation.pointee) }
        case .binary(let body): return { call throws(ValueError) in try body(call[0], call[1], &call.evaluation.pointee) }
        case .ternary(let body): return { call throws(ValueError) in try body(call[0], call[1], call[2], &call.evaluation.pointee) }
        }
    }
}

/// One builtin function or method: one row of the function table that the compiler, the
/// evaluator, the checker, `oel functions` and the example tests all read. Every fact about
/// the function is a typed field of its row: its parameters and result, its status in Okta's
/// reference, its counterpart in the other dialect, the profiles that refuse it and its own
/// argument rules; nothing is read from prose.
public struct BuiltinFunction: Sendable {
    /// Where it is called from.
    public let kind: FunctionKind
    /// Its name, without namespace.
    public let name: String
    /// The dialects that have it.
    public let dialects: Set<Dialect>
    /// The parameters in order; the argument counts follow from them.
    public let parameters: [FunctionParameter]
    /// The result type.
    public let result: DeclaredType
    /// Whether the result is documented to be null at times (printed `T?`).
    public let resultMayBeNull: Bool
    /// Fewest arguments (from `parameters`).
    public let minArguments: Int
    /// Most arguments (from `parameters`); nil for variadic.
    public let maxArguments: Int?
    /// The signature as shown to users: `String.substringBefore(input: String, search: String) → String`.
    public let signature: String
    /// One line on what it does, as `oel functions` prints it: led by the deprecation and
    /// followed by the documentation status when they apply.
    public let summary: String
    /// Documented examples with their results.
    public let examples: [FunctionExample]
    /// Whether Okta's reference documents it.
    public let documentation: Documentation
    /// Okta's deprecation, if it is deprecated (it still evaluates).
    public let deprecation: Deprecation?
    /// The same call written in the other dialect (`x.length()` for `String.len`), which the
    /// compiler's wrong-dialect hint quotes; nil when the hint names the dialect instead.
    public let counterpart: String?
    /// The usage profiles that refuse it, with the reasons.
    public let restrictions: [ProfileRestriction]
    /// The index of an argument that is itself an expression (`getFilteredGroups`' group
    /// expression); a constant one is compiled with the calling expression.
    public let expressionArgument: Int?
    /// The implementation.
    package let body: FunctionBody
    /// The parameter and result types as the checker reads them.
    package let typeSignature: TypeSignature
    /// The same implementation over plain argument values, when it has one.
    let direct: DirectBody?
    /// The argument rules that are the function's own, run by the checker at each call.
    let check: ArgumentRule?

    /// Deprecated by Okta (still evaluated).
    public var deprecated: Bool { deprecation != nil }
    /// Not in Okta's reference (provided for compatibility; `oel check` warns).
    public var undocumented: Bool { documentation != .documented }

    /// A function table row whose implementation reads a `Call`.
    init(_ kind: FunctionKind, _ name: String, dialects: Set<Dialect> = [.classic],
         parameters: [FunctionParameter], returns result: DeclaredType, orNull resultMayBeNull: Bool = false,
         documentation: Documentation = .documented, deprecation: Deprecation? = nil, counterpart: String? = nil,
         restrictions: [ProfileRestriction] = [], check: ArgumentRule? = nil,
         summary: String, examples: [FunctionExample] = [], expressionArgument: Int? = nil, body: @escaping FunctionBody) {
        self.init(kind, name, dialects, parameters, result, resultMayBeNull, summary, examples, documentation, deprecation,
                  counterpart, restrictions, check, expressionArgument, body, direct: nil)
    }

    /// A function table row of fixed arity whose implementation takes the argument values
    /// directly (`direct.arity` arguments, one per parameter).
    init(_ kind: FunctionKind, _ name: String, dialects: Set<Dialect> = [.classic],
         parameters: [FunctionParameter], returns result: DeclaredType, orNull resultMayBeNull: Bool = false,
         documentation: Documentation = .documented, deprecation: Deprecation? = nil, counterpart: String? = nil,
         restrictions: [ProfileRestriction] = [], check: ArgumentRule? = nil,
         summary: String, examples: [FunctionExample] = [], direct: DirectBody) {
        self.init(kind, name, dialects, parameters, result, resultMayBeNull, summary, examples, documentation, deprecation,
                  counterpart, restrictions, check, nil, direct.general, direct: direct)
    }

    private init(_ kind: FunctionKind, _ name: String, _ dialects: Set<Dialect>, _ parameters: [FunctionParameter],
                 _ result: DeclaredType, _ resultMayBeNull: Bool, _ summary: String, _ examples: [FunctionExample],
                 _ documentation: Documentation, _ deprecation: Deprecation?, _ counterpart: String?,
                 _ restrictions: [ProfileRestriction], _ check: ArgumentRule?, _ expressionArgument: Int?,
                 _ body: @escaping FunctionBody, direct: DirectBody?) {
        self.kind = kind
        self.name = name
        self.dialects = dialects
        self.parameters = parameters
        self.result = result
        self.resultMayBeNull = resultMayBeNull
        let arity = Arity(parameters)
        self.minArguments = arity.minimum
        self.maxArguments = arity.maximum
        self.examples = examples
        self.documentation = documentation
        self.deprecation = deprecation
        self.counterpart = counterpart
        self.restrictions = restrictions
        self.check = check
        self.expressionArgument = expressionArgument
        self.body = body
        self.direct = direct
        self.typeSignature = TypeSignature(parameters, result: result, resultMayBeNull: resultMayBeNull)
        let written = BuiltinFunction.qualifiedName(kind, name)
        self.signature = "\(written)(\(parameters.map(\.display).joined(separator: ", "))) → \(result.display)\(resultMayBeNull ? "?" : "")"
        var line = summary
        if let deprecation { line = "Deprecated: use \(deprecation.replacement). " + line }
        if case .notInOktaReference(let reason) = documentation { line += " Not in Okta's reference: \(reason)." }
        self.summary = line
    }

    /// The name as written in an expression: `String.len`, `isMemberOfGroup`, `user.getGroups`, `.length`.
    public var qualifiedName: String { BuiltinFunction.qualifiedName(kind, name) }

    private static func qualifiedName(_ kind: FunctionKind, _ name: String) -> String {
        switch kind {
        case .global: return name
        case .namespaced(let namespace): return "\(namespace).\(name)"
        case .userMethod: return "user.\(name)"
        case .method(let receiver): return "\(receiver.display).\(name)"
        }
    }

    /// Whether `count` arguments fit.
    public func accepts(_ count: Int) -> Bool {
        count >= minArguments && (maxArguments.map { count <= $0 } ?? true)
    }

    /// "2 arguments", "1 to 3 arguments", "at least 2 arguments".
    public var arityDescription: String {
        func plural(_ n: Int) -> String { n == 1 ? "1 argument" : "\(n) arguments" }
        guard let max = maxArguments else { return "at least \(plural(minArguments))" }
        return max == minArguments ? plural(max) : "\(minArguments) to \(plural(max))"
    }

    /// Whether the function is refused in `profile`, and why.
    public func restriction(in profile: UsageProfile) -> ProfileRestriction? {
        restrictions.first { $0.profiles.contains(profile) }
    }

    /// The hint for a call of this function in `dialect`, which lacks it: its counterpart
    /// there, or else the dialect it belongs to.
    func wrongDialectHint(in dialect: Dialect) -> String {
        if let counterpart {
            return "in the \(dialect == .classic ? "classic" : "Identity Engine") dialect write \(counterpart), or evaluate with --dialect \(dialect == .classic ? "oie" : "classic")"
        }
        return dialect == .classic
            ? "\(qualifiedName) belongs to the Identity Engine dialect (--dialect oie)"
            : "\(qualifiedName) belongs to the classic dialect (--dialect classic)"
    }
}
