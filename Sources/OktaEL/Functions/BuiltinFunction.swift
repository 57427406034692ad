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
public typealias FunctionBody = @Sendable (inout Call) throws(ValueError) -> Value

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

/// One builtin function or method: one row of the function table that the compiler,
/// the evaluator, `oel functions` and the example tests all read.
public struct BuiltinFunction: Sendable {
    /// Where it is called from.
    public let kind: FunctionKind
    /// Its name, without namespace.
    public let name: String
    /// The dialects that have it.
    public let dialects: Set<Dialect>
    /// Fewest arguments.
    public let minArguments: Int
    /// Most arguments; nil for variadic.
    public let maxArguments: Int?
    /// The signature as shown to users: `String.substringBefore(input: String, search: String) → String`.
    public let signature: String
    /// One line on what it does.
    public let summary: String
    /// Documented examples with their results.
    public let examples: [FunctionExample]
    /// Deprecated by Okta (still evaluated).
    public let deprecated: Bool
    /// The index of an argument that is itself an expression (`getFilteredGroups`' group
    /// expression); a constant one is compiled with the calling expression.
    public let expressionArgument: Int?
    /// The implementation.
    public let body: FunctionBody
    /// The parameter and result types, read once from `signature`.
    public let typeSignature: TypeSignature
    /// Not in Okta's reference (provided for compatibility; `oel check` warns).
    public let undocumented: Bool
    /// The same implementation over plain argument values, when it has one.
    let direct: DirectBody?

    /// A function table row.
    public init(_ kind: FunctionKind, _ name: String, dialects: Set<Dialect> = [.classic], arity: ClosedRange<Int>,
                variadic: Bool = false, signature: String, summary: String, examples: [FunctionExample] = [],
                deprecated: Bool = false, expressionArgument: Int? = nil, body: @escaping FunctionBody) {
        self.init(kind, name, dialects: dialects, minArguments: arity.lowerBound, maxArguments: variadic ? nil : arity.upperBound,
                  signature: signature, summary: summary, examples: examples, deprecated: deprecated,
                  expressionArgument: expressionArgument, body: body, direct: nil)
    }

    /// A function table row of fixed arity whose implementation takes the argument values
    /// directly (`direct.arity` arguments).
    init(_ kind: FunctionKind, _ name: String, dialects: Set<Dialect> = [.classic], signature: String, summary: String,
         examples: [FunctionExample] = [], deprecated: Bool = false, direct: DirectBody) {
        self.init(kind, name, dialects: dialects, minArguments: direct.arity, maxArguments: direct.arity,
                  signature: signature, summary: summary, examples: examples, deprecated: deprecated,
                  expressionArgument: nil, body: direct.general, direct: direct)
    }

    private init(_ kind: FunctionKind, _ name: String, dialects: Set<Dialect>, minArguments: Int, maxArguments: Int?,
                 signature: String, summary: String, examples: [FunctionExample], deprecated: Bool,
                 expressionArgument: Int?, body: @escaping FunctionBody, direct: DirectBody?) {
        self.kind = kind
        self.name = name
        self.dialects = dialects
        self.minArguments = minArguments
        self.maxArguments = maxArguments
        self.signature = signature
        self.summary = summary
        self.examples = examples
        self.deprecated = deprecated
        self.expressionArgument = expressionArgument
        self.body = body
        self.typeSignature = TypeSignature(parsing: signature)
        self.undocumented = summary.contains("Not in Okta's reference")
        self.direct = direct
    }

    /// The name as written in an expression: `String.len`, `isMemberOfGroup`, `user.getGroups`, `.length`.
    public var qualifiedName: String {
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
}
