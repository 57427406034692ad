import Synchronization

/// A compiled expression node: functions and methods already bound, constants folded,
/// names classified. Immutable and shareable across threads.
///
/// A tree of final classes: evaluating a node is one virtual call, and a child is read from a
/// `let` of its (borrowed) parent, so walking the tree retains nothing and two threads
/// evaluating one program never write the same reference counts.
class Node: @unchecked Sendable {
    /// Evaluates this node; its step was charged by `Evaluation.evaluate(_:)`.
    func evaluate(_ e: inout Evaluation) throws(Diagnostic) -> Value { .null }

    /// The value of a constant node.
    var constantValue: Value? { nil }

    /// The name of a bare-name node (a root or an element name), as `map[name]` uses it.
    var bareName: PropertyKey? { nil }
}

/// The children of a call or a list. The first four are `let` fields, which evaluate
/// without retaining them (an array element would be retained around each call, and two
/// threads retaining one shared node contend for its cache line); any others are in `rest`.
struct NodeList {
    let count: Int
    /// The first four children; a placeholder (never evaluated) past `count`. Not optionals:
    /// binding an optional field copies it, which retains the node.
    let first: Node
    let second: Node
    let third: Node
    let fourth: Node
    let rest: [Node]

    private static let absent: Node = ConstantNode(.null)

    init(_ nodes: [Node]) {
        count = nodes.count
        first = nodes.count > 0 ? nodes[0] : NodeList.absent
        second = nodes.count > 1 ? nodes[1] : NodeList.absent
        third = nodes.count > 2 ? nodes[2] : NodeList.absent
        fourth = nodes.count > 3 ? nodes[3] : NodeList.absent
        rest = Array(nodes.dropFirst(4))
    }

    /// Evaluates the children in order into an array (list literals).
    @inline(__always) func evaluate(_ e: inout Evaluation) throws(Diagnostic) -> [Value] {
        var values: [Value] = []
        values.reserveCapacity(count)
        if count > 0 { values.append(try e.evaluate(first)) }
        if count > 1 { values.append(try e.evaluate(second)) }
        if count > 2 { values.append(try e.evaluate(third)) }
        if count > 3 { values.append(try e.evaluate(fourth)) }
        for node in rest { values.append(try e.evaluate(node)) }
        return values
    }

    /// Evaluates the children in order, the first four without an array (call arguments).
    @inline(__always) func evaluateArguments(_ e: inout Evaluation) throws(Diagnostic) -> ArgumentValues {
        let a = count > 0 ? try e.evaluate(first) : .null
        let b = count > 1 ? try e.evaluate(second) : .null
        let c = count > 2 ? try e.evaluate(third) : .null
        let d = count > 3 ? try e.evaluate(fourth) : .null
        var more: [Value]? = nil
        if count > 4 {
            var values: [Value] = []
            values.reserveCapacity(count &- 4)
            for node in rest { values.append(try e.evaluate(node)) }
            more = values
        }
        return ArgumentValues(count: count, a, b, c, d, rest: more)
    }
}

extension Node {
    static func constant(_ value: Value) -> Node { ConstantNode(value) }
    static func root(_ key: PropertyKey, _ range: SourceRange) -> Node { RootNode(key, range) }
    static func element(_ key: PropertyKey, _ range: SourceRange) -> Node { ElementNode(key, range) }
    static func current(_ range: SourceRange) -> Node { CurrentNode(range) }
    static func property(_ base: Node, _ key: PropertyKey, safe: Bool, nameRange: SourceRange) -> Node {
        if let root = base as? RootNode {
            return RootPropertyNode(root: root.key, rootRange: root.range, key: key, safe: safe, nameRange: nameRange)
        }
        return PropertyNode(base, key, safe: safe, nameRange: nameRange)
    }
    static func index(_ base: Node, _ index: Node, _ range: SourceRange) -> Node { IndexNode(base, index, range) }
    /// A call through the general body (`Compiler.compileCall(to:_:)` makes the direct nodes).
    static func call(_ function: FunctionRef, _ arguments: [Node], _ range: SourceRange) -> Node {
        CallNode(function, arguments, range)
    }
    static func userCall(_ function: FunctionRef, _ user: Node, _ arguments: [Node], _ range: SourceRange) -> Node {
        UserCallNode(function, user, arguments, range)
    }
    static func method(_ base: Node, _ table: MethodTable, _ arguments: [Node], safe: Bool, _ range: SourceRange) -> Node {
        MethodNode(base, table, arguments, safe: safe, range)
    }
    static func not(_ operand: Node, _ range: SourceRange) -> Node { NotNode(operand, range) }
    static func negate(_ operand: Node, _ range: SourceRange) -> Node { UnaryArithmeticNode(.negate, operand, range) }
    static func unaryPlus(_ operand: Node, _ range: SourceRange) -> Node { UnaryArithmeticNode(.plus, operand, range) }
    static func binary(_ op: BinaryOperator, _ left: Node, _ right: Node, _ range: SourceRange) -> Node {
        if let constant = right.constantValue { return binaryConstant(op, left, constant, range) }
        return BinaryNode(op, left, right, range)
    }
    /// `left op constant`: `==` and `!=` (which never fail) get a node of their own.
    static func binaryConstant(_ op: BinaryOperator, _ left: Node, _ constant: Value, _ range: SourceRange) -> Node {
        switch op {
        case .equal: return EqualsConstantNode(left, constant, negated: false)
        case .notEqual: return EqualsConstantNode(left, constant, negated: true)
        default: return BinaryConstantNode(op, left, constant, range)
        }
    }
    static func matchesPattern(_ operand: Node, _ regex: JavaRegex, _ range: SourceRange) -> Node {
        MatchesPatternNode(operand, regex, range)
    }
    static func and(_ left: Node, _ right: Node, _ range: SourceRange) -> Node { AndNode(left, right, range) }
    static func or(_ left: Node, _ right: Node, _ range: SourceRange) -> Node { OrNode(left, right, range) }
    static func ternary(_ condition: Node, _ then: Node, _ otherwise: Node, _ range: SourceRange) -> Node {
        TernaryNode(condition, then, otherwise, range)
    }
    static func elvis(_ value: Node, _ fallback: Node) -> Node { ElvisNode(value, fallback) }
    static func list(_ items: [Node], _ range: SourceRange) -> Node { ListNode(items, range) }
    static func map(_ entries: [(key: String, value: Node)], _ range: SourceRange) -> Node { MapNode(entries, range) }
    static func projection(_ base: Node, _ body: Node, safe: Bool, _ range: SourceRange) -> Node {
        ProjectionNode(base, body, safe: safe, range)
    }
    static func selection(_ base: Node, _ kind: SelectionKind, _ body: Node, safe: Bool, _ range: SourceRange) -> Node {
        SelectionNode(base, kind, body, safe: safe, range)
    }
}

final class ConstantNode: Node, @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
    override var constantValue: Value? { value }
    override func evaluate(_ e: inout Evaluation) throws(Diagnostic) -> Value { value }
}

/// A root of the context (`user`).
final class RootNode: Node, @unchecked Sendable {
    let key: PropertyKey
    let range: SourceRange
    init(_ key: PropertyKey, _ range: SourceRange) { self.key = key; self.range = range }
    override var bareName: PropertyKey? { key }
    override func evaluate(_ e: inout Evaluation) throws(Diagnostic) -> Value { try e.root(key, range) }
}

/// A bare name inside a projection or selection: a property of the current element,
/// falling back to a root of that name.
final class ElementNode: Node, @unchecked Sendable {
    let key: PropertyKey
    let range: SourceRange
    init(_ key: PropertyKey, _ range: SourceRange) { self.key = key; self.range = range }
    override var bareName: PropertyKey? { key }
    override func evaluate(_ e: inout Evaluation) throws(Diagnostic) -> Value {
        let name = key.name
        if let element = e.current, case .object(let object) = element.pointee, let value = object[key] { return value }
        if let value = e.context.pointee.root(key) { return value }
        if let element = e.current, case .object = element.pointee {
            if e.context.pointee.missingAttributes == .error {
                throw Diagnostic(.missingProperty, "Property '\(name)' does not exist on the current element", at: range)
            }
            return .null
        }
        throw e.unknownName(name, range)
    }
}

/// The current element of a projection or selection itself (the receiver of a bare method call there).
final class CurrentNode: Node, @unchecked Sendable {
    let range: SourceRange
    init(_ range: SourceRange) { self.range = range }
    override func evaluate(_ e: inout Evaluation) throws(Diagnostic) -> Value {
        guard let element = e.current else {
            throw Diagnostic(.unknownName, "There is no current element outside a projection or selection", at: range)
        }
        return element.pointee
    }
}

final class PropertyNode: Node, @unchecked Sendable {
    let base: Node
    let key: PropertyKey
    let safe: Bool
    let nameRange: SourceRange
    init(_ base: Node, _ key: PropertyKey, safe: Bool, nameRange: SourceRange) {
        self.base = base; self.key = key; self.safe = safe; self.nameRange = nameRange
    }
    override func evaluate(_ e: inout Evaluation) throws(Diagnostic) -> Value {
        let target = try e.evaluate(base)
        return try e.property(of: target, key, safe: safe, range: nameRange)
    }
}

/// `root.name`, fused: a property node whose base is a root node. Charges the root's step
/// too, and reads the property without copying the root object out of the context.
final class RootPropertyNode: Node, @unchecked Sendable {
    let root: PropertyKey
    let rootRange: SourceRange
    let key: PropertyKey
    let safe: Bool
    let nameRange: SourceRange
    /// Where the root and the property were found last time (see `ObjectValue.address(at:_:hints:)`):
    /// contexts of one application have the same shape, so the next lookup usually hits
    /// without searching. Relaxed: a stale hint only costs the search; written only when it changes.
    private let hints = Atomic<Int>(0)

    init(root: PropertyKey, rootRange: SourceRange, key: PropertyKey, safe: Bool, nameRange: SourceRange) {
        self.root = root; self.rootRange = rootRange; self.key = key; self.safe = safe; self.nameRange = nameRange
    }
    override func evaluate(_ e: inout Evaluation) throws(Diagnostic) -> Value {
        try e.chargeNode()
        if let address = address(in: e.context) { return address.pointee }
        return try evaluateThroughRoot(&e)
    }

    /// The address of the node's value in the context, after charging the two steps
    /// evaluating the node would (see `BorrowedOperand`); nil, with nothing charged, when the
    /// root is not an object holding the property. The one place a root property is lent.
    @inline(__always) static func lend(_ node: Unmanaged<RootPropertyNode>, _ e: inout Evaluation) throws(Diagnostic) -> UnsafePointer<Value>? {
        let context = e.context
        guard let address = node._withUnsafeGuaranteedRef({ $0.address(in: context) }) else { return nil }
        try e.chargeNode()
        try e.chargeNode()
        return address
    }

    /// The address of the value in `context`; nil when the root is not an object holding
    /// the property. Charges nothing.
    @inline(__always) func address(in context: UnsafePointer<EvaluationContext>) -> UnsafePointer<Value>? {
        let hints = self.hints.load(ordering: .relaxed)
        var found = hints
        guard let address = context.pointee.roots.address(at: root, key, hints: &found) else { return nil }
        if found != hints { self.hints.store(found, ordering: .relaxed) }
        return address
    }

    /// A root that is missing or not an object, or a property that is missing: the general
    /// path, out of line so the lookup above keeps a small stack frame.
    @inline(never) private func evaluateThroughRoot(_ e: inout Evaluation) throws(Diagnostic) -> Value {
        let target = try e.root(root, rootRange)
        if case .null = target, !safe, e.context.pointee.roots[root] == nil,
           EvaluationContext.nullRootsWhenAbsent.contains(root.name) {
            // An absent appuser or idpuser is null (grammar/decisions.md, "Absent roots").
            let name = root.name, property = key.name
            let none = name == "idpuser" ? "there is no IdP user outside an IdP username transform" : "there is no app user, as in a client-credentials token"
            throw Diagnostic(.propertyOnNull, "Property '\(property)' cannot be read from null: the context has no \(name)", at: nameRange,
                             hint: "\(name) is null when \(none); guard it: \(name) != null ? \(name).\(property) : ... or use \(name)?.\(property)")
        }
        return try e.property(of: target, key, safe: safe, range: nameRange)
    }
}

final class IndexNode: Node, @unchecked Sendable {
    let base: Node
    let index: Node
    let range: SourceRange
    init(_ base: Node, _ index: Node, _ range: SourceRange) { self.base = base; self.index = index; self.range = range }
    override func evaluate(_ e: inout Evaluation) throws(Diagnostic) -> Value {
        let target = try e.evaluate(base)
        // SpEL: `map[name]` with a bare name uses the name itself as the key.
        if case .object(let object) = target, let key = index.bareName {
            return object[key] ?? .null
        }
        let position = try e.evaluate(index)
        return try e.index(target, position, range)
    }
}

final class CallNode: Node, @unchecked Sendable {
    let function: FunctionRef
    let arguments: NodeList
    let range: SourceRange
    init(_ function: FunctionRef, _ arguments: [Node], _ range: SourceRange) {
        self.function = function; self.arguments = NodeList(arguments); self.range = range
    }
    override func evaluate(_ e: inout Evaluation) throws(Diagnostic) -> Value {
        try e.invoke(function, receiver: .null, arguments, range)
    }
}

/// A call of a function with a direct body and one argument: the value goes straight from
/// this frame to the body. Same order of evaluation, steps and error position as `CallNode`.
final class UnaryCallNode: Node, @unchecked Sendable {
    let body: @Sendable (Value, inout Evaluation) throws(ValueError) -> Value
    let argument: BorrowedOperand
    let range: SourceRange
    init(_ body: @escaping @Sendable (Value, inout Evaluation) throws(ValueError) -> Value, _ argument: Node, _ range: SourceRange) {
        self.body = body; self.argument = BorrowedOperand(argument); self.range = range
    }
    override func evaluate(_ e: inout Evaluation) throws(Diagnostic) -> Value {
        if let address = try argument.address(&e) {
            do throws(ValueError) { return try body(address.pointee, &e) } catch { throw error.at(range) }
        }
        let value = try e.evaluate(argument.node)
        do throws(ValueError) { return try body(value, &e) } catch { throw error.at(range) }
    }
}

/// `UnaryCallNode` for two arguments.
final class BinaryCallNode: Node, @unchecked Sendable {
    let body: @Sendable (Value, Value, inout Evaluation) throws(ValueError) -> Value
    let first: Node
    let second: Node
    let range: SourceRange
    init(_ body: @escaping @Sendable (Value, Value, inout Evaluation) throws(ValueError) -> Value, _ first: Node, _ second: Node,
         _ range: SourceRange) {
        self.body = body; self.first = first; self.second = second; self.range = range
    }
    override func evaluate(_ e: inout Evaluation) throws(Diagnostic) -> Value {
        let a = try e.evaluate(first)
        let b = try e.evaluate(second)
        do throws(ValueError) { return try body(a, b, &e) } catch { throw error.at(range) }
    }
}

/// `UnaryCallNode` for three arguments.
final class TernaryCallNode: Node, @unchecked Sendable {
    let body: @Sendable (Value, Value, Value, inout Evaluation) throws(ValueError) -> Value
    let first: Node
    let second: Node
    let third: Node
    let range: SourceRange
    init(_ body: @escaping @Sendable (Value, Value, Value, inout Evaluation) throws(ValueError) -> Value, _ first: Node, _ second: Node,
         _ third: Node, _ range: SourceRange) {
        self.body = body; self.first = first; self.second = second; self.third = third; self.range = range
    }
    override func evaluate(_ e: inout Evaluation) throws(Diagnostic) -> Value {
        let a = try e.evaluate(first)
        let b = try e.evaluate(second)
        let c = try e.evaluate(third)
        do throws(ValueError) { return try body(a, b, c, &e) } catch { throw error.at(range) }
    }
}

final class UserCallNode: Node, @unchecked Sendable {
    let function: FunctionRef
    let user: Node
    let arguments: NodeList
    let range: SourceRange
    init(_ function: FunctionRef, _ user: Node, _ arguments: [Node], _ range: SourceRange) {
        self.function = function; self.user = user; self.arguments = NodeList(arguments); self.range = range
    }
    override func evaluate(_ e: inout Evaluation) throws(Diagnostic) -> Value {
        let receiver = try e.evaluate(user)
        return try e.invoke(function, receiver: receiver, arguments, range)
    }
}

/// A method, dispatched on the receiver's kind at run time.
final class MethodNode: Node, @unchecked Sendable {
    let base: Node
    let table: MethodTable
    let arguments: NodeList
    let safe: Bool
    let range: SourceRange
    init(_ base: Node, _ table: MethodTable, _ arguments: [Node], safe: Bool, _ range: SourceRange) {
        self.base = base; self.table = table; self.arguments = NodeList(arguments); self.safe = safe; self.range = range
    }
    override func evaluate(_ e: inout Evaluation) throws(Diagnostic) -> Value {
        let receiver = try e.evaluate(base)
        guard let kind = ReceiverKind(of: receiver) else {
            if safe { return .null }
            throw Diagnostic(.methodOnNull, "Method \(table.name)() cannot be called on null", at: range,
                             hint: "guard the value first (x != null ? x.\(table.name)(...) : ...) or use ?.")
        }
        guard let function = table.byReceiver[kind] else {
            let kinds = table.byReceiver.keys.map(\.display).sorted().joined(separator: ", ")
            throw Diagnostic(.unknownMethod, "Method \(table.name)() cannot be found on a value of type \(receiver.typeName)",
                             at: range, hint: kinds.isEmpty ? nil : "\(table.name)() applies to: \(kinds)")
        }
        return try e.invoke(function, receiver: receiver, arguments, range)
    }
}

final class NotNode: Node, @unchecked Sendable {
    let operand: Node
    let range: SourceRange
    init(_ operand: Node, _ range: SourceRange) { self.operand = operand; self.range = range }
    override func evaluate(_ e: inout Evaluation) throws(Diagnostic) -> Value {
        let value = try e.evaluate(operand)
        return .bool(!(try e.boolean(value, range)))
    }
}

/// Unary `-` and `+`: the operator's arithmetic, with its error placed on the whole expression.
final class UnaryArithmeticNode: Node, @unchecked Sendable {
    enum Operator { case negate, plus }
    let op: Operator
    let operand: Node
    let range: SourceRange
    init(_ op: Operator, _ operand: Node, _ range: SourceRange) { self.op = op; self.operand = operand; self.range = range }
    override func evaluate(_ e: inout Evaluation) throws(Diagnostic) -> Value {
        let value = try e.evaluate(operand)
        do {
            switch op {
            case .negate: return try Arithmetic.negate(value)
            case .plus: return try Arithmetic.unaryPlus(value)
            }
        } catch { throw error.at(range) }
    }
}

final class BinaryNode: Node, @unchecked Sendable {
    let op: BinaryOperator
    let left: Node
    let right: Node
    let range: SourceRange
    init(_ op: BinaryOperator, _ left: Node, _ right: Node, _ range: SourceRange) {
        self.op = op; self.left = left; self.right = right; self.range = range
    }
    override func evaluate(_ e: inout Evaluation) throws(Diagnostic) -> Value {
        let first = try e.evaluate(left)
        let second = try e.evaluate(right)
        return try e.binary(op, first, second, range)
    }
}

/// A binary operator whose right operand is a constant: the constant is used in place
/// (not copied out of a shared node), and its step is charged as its node's would be.
final class BinaryConstantNode: Node, @unchecked Sendable {
    let op: BinaryOperator
    let left: BorrowedOperand
    let right: Value
    let range: SourceRange
    /// The constant when it is an int: `int op int` is then computed here, as
    /// `Evaluation.binary` would (Java's wrapping arithmetic), for the operators that cannot fail.
    private let intConstant: Int32?

    init(_ op: BinaryOperator, _ left: Node, _ right: Value, _ range: SourceRange) {
        self.op = op; self.left = BorrowedOperand(left); self.right = right; self.range = range
        if case .int(let c) = right { intConstant = c } else { intConstant = nil }
    }

    /// `x op intConstant` for an int `x`, when the operator is one that cannot fail with
    /// these operands; nil otherwise (and for a constant that is not an int).
    @inline(__always) private func intResult(_ x: Int32) -> Value? {
        guard let c = intConstant else { return nil }
        switch op {
        case .add: return .int(x &+ c)
        case .subtract: return .int(x &- c)
        case .multiply: return .int(x &* c)
        case .divide where c != 0 && c != -1: return .int(x / c)
        case .less: return .bool(x < c)
        case .lessEqual: return .bool(x <= c)
        case .greater: return .bool(x > c)
        case .greaterEqual: return .bool(x >= c)
        default: return nil
        }
    }
    override func evaluate(_ e: inout Evaluation) throws(Diagnostic) -> Value {
        if let address = try left.address(&e) {
            try e.chargeNode()
            if case .int(let x) = address.pointee, let result = intResult(x) { return result }
            return try e.binary(op, address.pointee, right, range)
        }
        let first = try e.evaluate(left.node)
        if case .int(let x) = first, let result = intResult(x) {
            try e.chargeNode()
            return result
        }
        try e.chargeNode()
        return try e.binary(op, first, right, range)
    }
}

/// `left == constant` or `left != constant` (`user.status == "ACTIVE"`): compared in place,
/// without the general operator dispatch; equality never fails, so no range is kept.
final class EqualsConstantNode: Node, @unchecked Sendable {
    let left: BorrowedOperand
    let right: Value
    let negated: Bool
    init(_ left: Node, _ right: Value, negated: Bool) { self.left = BorrowedOperand(left); self.right = right; self.negated = negated }
    override func evaluate(_ e: inout Evaluation) throws(Diagnostic) -> Value {
        if let address = try left.address(&e) {
            try e.chargeNode()
            return .bool(Comparison.equal(address.pointee, right) != negated)
        }
        let first = try e.evaluate(left.node)
        try e.chargeNode()
        return .bool(Comparison.equal(first, right) != negated)
    }
}

/// `text matches 'constant pattern'`, with the pattern compiled once.
final class MatchesPatternNode: Node, @unchecked Sendable {
    let operand: Node
    let regex: JavaRegex
    let range: SourceRange
    init(_ operand: Node, _ regex: JavaRegex, _ range: SourceRange) { self.operand = operand; self.regex = regex; self.range = range }
    override func evaluate(_ e: inout Evaluation) throws(Diagnostic) -> Value {
        let value = try e.evaluate(operand)
        do {
            return .bool(try RegexSupport.matchesWhole(regex, value))
        } catch {
            throw error.at(range)
        }
    }
}

final class AndNode: Node, @unchecked Sendable {
    let left: Node
    let right: Node
    let range: SourceRange
    init(_ left: Node, _ right: Node, _ range: SourceRange) { self.left = left; self.right = right; self.range = range }
    override func evaluate(_ e: inout Evaluation) throws(Diagnostic) -> Value {
        let first = try e.evaluate(left)
        guard try e.boolean(first, range) else { return .bool(false) }
        let second = try e.evaluate(right)
        return .bool(try e.boolean(second, range))
    }
}

final class OrNode: Node, @unchecked Sendable {
    let left: Node
    let right: Node
    let range: SourceRange
    init(_ left: Node, _ right: Node, _ range: SourceRange) { self.left = left; self.right = right; self.range = range }
    override func evaluate(_ e: inout Evaluation) throws(Diagnostic) -> Value {
        let first = try e.evaluate(left)
        if try e.boolean(first, range) { return .bool(true) }
        let second = try e.evaluate(right)
        return .bool(try e.boolean(second, range))
    }
}

final class TernaryNode: Node, @unchecked Sendable {
    let condition: Node
    let then: Node
    let otherwise: Node
    let range: SourceRange
    init(_ condition: Node, _ then: Node, _ otherwise: Node, _ range: SourceRange) {
        self.condition = condition; self.then = then; self.otherwise = otherwise; self.range = range
    }
    override func evaluate(_ e: inout Evaluation) throws(Diagnostic) -> Value {
        let test = try e.evaluate(condition)
        return try e.boolean(test, range) ? try e.evaluate(then) : try e.evaluate(otherwise)
    }
}

final class ElvisNode: Node, @unchecked Sendable {
    let value: Node
    let fallback: Node
    init(_ value: Node, _ fallback: Node) { self.value = value; self.fallback = fallback }
    override func evaluate(_ e: inout Evaluation) throws(Diagnostic) -> Value {
        let result = try e.evaluate(value)
        switch result {
        case .null: return try e.evaluate(fallback)
        case .string(let s) where s.isEmpty: return try e.evaluate(fallback)
        default: return result
        }
    }
}

final class ListNode: Node, @unchecked Sendable {
    let items: NodeList
    let range: SourceRange
    init(_ items: [Node], _ range: SourceRange) { self.items = NodeList(items); self.range = range }
    override func evaluate(_ e: inout Evaluation) throws(Diagnostic) -> Value {
        let values = try items.evaluate(&e)
        return try e.checkedArray(values, range)
    }
}

final class MapNode: Node, @unchecked Sendable {
    let entries: [(key: String, value: Node)]
    let range: SourceRange
    init(_ entries: [(key: String, value: Node)], _ range: SourceRange) { self.entries = entries; self.range = range }
    override func evaluate(_ e: inout Evaluation) throws(Diagnostic) -> Value {
        var object = ObjectValue()
        for entry in entries { object[entry.key] = try e.evaluate(entry.value) }
        return .object(object)
    }
}

final class ProjectionNode: Node, @unchecked Sendable {
    let base: Node
    let body: Node
    let safe: Bool
    let range: SourceRange
    init(_ base: Node, _ body: Node, safe: Bool, _ range: SourceRange) {
        self.base = base; self.body = body; self.safe = safe; self.range = range
    }
    override func evaluate(_ e: inout Evaluation) throws(Diagnostic) -> Value {
        let collection = try e.evaluate(base)
        return try e.project(collection, body, safe: safe, range)
    }
}

final class SelectionNode: Node, @unchecked Sendable {
    let base: Node
    let kind: SelectionKind
    let body: Node
    let safe: Bool
    let range: SourceRange
    /// The idiom `list.?[name == 'x']` (or `!=`): a property of the element compared with a
    /// constant, tested in place on each element that has the property.
    let comparison: ElementComparison?

    /// Set when the selection is `groups.?[name == 'text']` (or `id`, or `!=`) on the `groups`
    /// root: the context's `GroupIndex` holds those strings of every entry, compared in place.
    let groupsComparison: (column: GroupIndex.Column, text: PropertyKey)?

    init(_ base: Node, _ kind: SelectionKind, _ body: Node, safe: Bool, _ range: SourceRange) {
        self.base = base; self.kind = kind; self.body = body; self.safe = safe; self.range = range
        let comparison = ElementComparison(body)
        self.comparison = comparison
        if let comparison, let root = base as? RootNode, root.key == GroupModel.groupsKey, case .string(let text) = comparison.constant,
           let column = GroupIndex.Column(comparison.key) {
            groupsComparison = (column, PropertyKey(text))
        } else {
            groupsComparison = nil
        }
    }
    override func evaluate(_ e: inout Evaluation) throws(Diagnostic) -> Value {
        let collection = try e.evaluate(base)
        if let (column, text) = groupsComparison, let comparison, case .array(let items) = collection,
           let strings = e.context.pointee.groupIndex.topLevelStrings(column), strings.count == items.count {
            return try e.selectIndexed(items, strings, text, equal: comparison.equal, kind)
        }
        return try e.select(collection, kind, body, comparison: comparison, safe: safe, range)
    }
}

/// A selection condition `name == constant` or `name != constant` on the current element.
/// For an element that is an object holding `name`, it is `Comparison.equal` of the two,
/// charged the three steps the general path charges (the comparison, the name, the
/// constant); any other element takes the general path (root fallback, missing attributes).
final class ElementComparison: Sendable {
    let key: PropertyKey
    let equal: Bool
    let constant: Value

    init?(_ body: Node) {
        guard let comparison = body as? EqualsConstantNode, let element = comparison.left.node as? ElementNode else { return nil }
        key = element.key
        equal = !comparison.negated
        constant = comparison.right
    }

    /// The verdict for `element`, or nil when the general path must decide.
    @inline(__always) func verdict(_ element: Value) -> Bool? {
        guard case .object(let object) = element, let same = object.valueEquals(key, constant) else { return nil }
        return same == equal
    }
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
    /// The body over plain argument values, when the function has one.
    let direct: DirectBody?
    /// What `GroupMembershipNode` probes for this function (`isMemberOfGroupName`: names;
    /// `isMemberOfGroup`, `isMemberOfAnyGroup`: IDs); nil for other functions.
    let groupMembership: GroupMembershipNode.Kind?
    /// The table row it was bound from: what the type checker reads of a resolved call
    /// (evaluation never does).
    let function: BuiltinFunction

    init(_ function: BuiltinFunction) {
        self.body = function.body
        self.name = function.qualifiedName
        self.direct = function.direct
        self.groupMembership = GroupMembershipNode.Kind(function.qualifiedName)
        self.function = function
    }
}

/// What every evaluation of one program shares: the environment and the compiled
/// constant expression arguments. Created once per compile.
final class ProgramCore: Sendable {
    let environment: Environment
    let limits: EvaluationLimits
    let dialect: Dialect
    let nested: [String: Node]
    /// The evaluation entry point, the source and the compile warnings, kept here so a
    /// `Program` value is one reference: copying it (as caches and arrays of programs do)
    /// touches one reference count, not half a dozen shared ones.
    let root: Node
    let source: String
    let diagnostics: [Diagnostic]
    /// Whether the program is one constant (`"static-claim"`): its value is returned
    /// without setting up an evaluation.
    let isConstant: Bool
    /// That constant (null otherwise).
    let constantResult: Value

    init(environment: Environment, nested: [String: Node], root: Node, source: String, diagnostics: [Diagnostic]) {
        self.environment = environment
        self.limits = environment.evaluationLimits
        self.dialect = environment.dialect
        self.nested = nested
        self.root = root
        let constant = environment.evaluationLimits.maxSteps >= 1 ? root.constantValue : nil
        self.isConstant = constant != nil
        self.constantResult = constant ?? .null
        self.source = source
        self.diagnostics = diagnostics
    }
}
