/// A compiled expression node: functions and methods already bound, constants folded,
/// names classified. Immutable and shareable across threads.
indirect enum Node: Sendable {
    case constant(Value)
    /// A root of the context (`user`).
    case root(PropertyKey, SourceRange)
    /// A bare name inside a projection or selection: a property of the current element,
    /// falling back to a root of that name.
    case element(PropertyKey, SourceRange)
    /// The current element of a projection or selection itself (the receiver of a bare method call there).
    case current(SourceRange)
    case property(Node, PropertyKey, safe: Bool, nameRange: SourceRange)
    case index(Node, Node, SourceRange)
    case call(FunctionRef, [Node], SourceRange)
    case userCall(FunctionRef, Node, [Node], SourceRange)
    /// A method, dispatched on the receiver's kind at run time.
    case method(Node, MethodTable, [Node], safe: Bool, SourceRange)
    case not(Node, SourceRange)
    case negate(Node, SourceRange)
    case unaryPlus(Node, SourceRange)
    case binary(BinaryOperator, Node, Node, SourceRange)
    /// `text matches 'constant pattern'`, with the pattern compiled once.
    case matchesPattern(Node, JavaRegex, SourceRange)
    case and(Node, Node, SourceRange)
    case or(Node, Node, SourceRange)
    case ternary(Node, Node, Node, SourceRange)
    case elvis(Node, Node)
    case list([Node], SourceRange)
    case map([(key: String, value: Node)], SourceRange)
    case projection(Node, Node, safe: Bool, SourceRange)
    case selection(Node, SelectionKind, Node, safe: Bool, SourceRange)
}

/// The overloads of one method name, by receiver kind. A class, so nodes share it without copying.
final class MethodTable: Sendable {
    let name: String
    let byReceiver: [ReceiverKind: FunctionRef]

    init(name: String, byReceiver: [ReceiverKind: FunctionRef]) {
        self.name = name
        self.byReceiver = byReceiver
    }
}

/// A bound builtin: its body and name. A class, so evaluating a call copies one reference
/// instead of the whole table row.
final class FunctionRef: Sendable {
    let body: FunctionBody
    let name: String

    init(_ function: BuiltinFunction) {
        self.body = function.body
        self.name = function.qualifiedName
    }
}

/// What every evaluation of one program shares: the environment and the compiled
/// constant expression arguments. Created once per compile.
final class ProgramCore: Sendable {
    let environment: Environment
    let limits: EvaluationLimits
    let dialect: Dialect
    let nested: [String: Node]

    init(environment: Environment, nested: [String: Node]) {
        self.environment = environment
        self.limits = environment.evaluationLimits
        self.dialect = environment.dialect
        self.nested = nested
    }
}
