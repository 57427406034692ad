/// A compiled expression node: functions and methods already bound, constants folded,
/// names classified. Immutable and shareable across threads.
indirect enum Node: Sendable {
    case constant(Value)
    /// A root of the context (`user`).
    case root(String, SourceRange)
    /// A bare name inside a projection or selection: a property of the current element,
    /// falling back to a root of that name.
    case element(String, SourceRange)
    case property(Node, String, safe: Bool, nameRange: SourceRange)
    case index(Node, Node, SourceRange)
    case call(BuiltinFunction, [Node], SourceRange)
    case userCall(BuiltinFunction, Node, [Node], SourceRange)
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

/// The overloads of one method name, by receiver kind.
struct MethodTable: Sendable {
    let name: String
    let byReceiver: [ReceiverKind: BuiltinFunction]
}
