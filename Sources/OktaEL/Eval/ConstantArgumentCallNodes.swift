/// Direct calls whose trailing arguments are literals (`isMemberOfGroupName("Admins")`,
/// `String.substringBefore(user.email, "@")`, `String.replace(x, " ", ".")`): the constants
/// are kept as values and lent to the body, with no node to call and no copy to make and
/// drop per evaluation. Each constant still charges the step its node would, after the
/// arguments before it, so budgets, order and error positions match `UnaryCallNode` and
/// its siblings.

/// `f(constant)`.
final class UnaryConstantCallNode: Node, @unchecked Sendable {
    let body: @Sendable (Value, inout Evaluation) throws(ValueError) -> Value
    let argument: Value
    let range: SourceRange
    init(_ body: @escaping @Sendable (Value, inout Evaluation) throws(ValueError) -> Value, _ argument: Value, _ range: SourceRange) {
        self.body = body; self.argument = argument; self.range = range
    }
    override func evaluate(_ e: inout Evaluation) throws(Diagnostic) -> Value {
        try e.chargeNode()
        do throws(ValueError) { return try body(argument, &e) } catch { throw error.at(range) }
    }
}

/// `f(expression, constant)`.
final class BinaryConstantCallNode: Node, @unchecked Sendable {
    let body: @Sendable (Value, Value, inout Evaluation) throws(ValueError) -> Value
    let first: BorrowedOperand
    let second: Value
    let range: SourceRange
    init(_ body: @escaping @Sendable (Value, Value, inout Evaluation) throws(ValueError) -> Value, _ first: Node, _ second: Value,
         _ range: SourceRange) {
        self.body = body; self.first = BorrowedOperand(first); self.second = second; self.range = range
    }
    override func evaluate(_ e: inout Evaluation) throws(Diagnostic) -> Value {
        if let address = try first.address(&e) {
            try e.chargeNode()
            do throws(ValueError) { return try body(address.pointee, second, &e) } catch { throw error.at(range) }
        }
        let a = try e.evaluate(first.node)
        try e.chargeNode()
        do throws(ValueError) { return try body(a, second, &e) } catch { throw error.at(range) }
    }
}

/// `f(expression, constant, constant)`.
final class TernaryConstantsCallNode: Node, @unchecked Sendable {
    let body: @Sendable (Value, Value, Value, inout Evaluation) throws(ValueError) -> Value
    let first: BorrowedOperand
    let second: Value
    let third: Value
    let range: SourceRange
    init(_ body: @escaping @Sendable (Value, Value, Value, inout Evaluation) throws(ValueError) -> Value, _ first: Node,
         _ second: Value, _ third: Value, _ range: SourceRange) {
        self.body = body; self.first = BorrowedOperand(first); self.second = second; self.third = third; self.range = range
    }
    override func evaluate(_ e: inout Evaluation) throws(Diagnostic) -> Value {
        if let address = try first.address(&e) {
            try e.chargeNode()
            try e.chargeNode()
            do throws(ValueError) { return try body(address.pointee, second, third, &e) } catch { throw error.at(range) }
        }
        let a = try e.evaluate(first.node)
        try e.chargeNode()
        try e.chargeNode()
        do throws(ValueError) { return try body(a, second, third, &e) } catch { throw error.at(range) }
    }
}
