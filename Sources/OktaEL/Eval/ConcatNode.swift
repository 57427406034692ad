/// A chain of `+` (`a + b + c + ...`, left-associative), evaluated with one growing string.
/// The compiler makes one for every chain of two or more `+` (`Compiler.compileConcat`).
///
/// Each `+` means exactly what `Arithmetic.add` says: numbers add, and once the running
/// result is a String every further operand is appended as text. Evaluated pairwise, that
/// creates (and for long texts allocates) one intermediate string per `+`; here the running
/// text is appended to in place. Operands are evaluated in the same order, every `+` charges
/// its step, and an error names the same `+` as the pairwise tree would.
final class ConcatNode: Node, @unchecked Sendable {
    /// One operand: a compiled node, or a string literal kept as its text (appended without
    /// a node to call or a `Value` to copy; it still charges the step its node would).
    enum Operand {
        case node(Node)
        case text(String)
    }

    /// An operand as evaluated: a node referred to without a reference count (so reading it
    /// out of the array retains nothing; `nodes` keeps it alive), or a text.
    private enum Step {
        case node(Unmanaged<Node>)
        case text(String)
    }

    /// The operands, left to right; at least three.
    private let operands: [Step]
    /// The operands' nodes, owned here.
    private let nodes: [Node]
    /// The range of each `+`: `ranges[i]` joins the result so far with `operands[i + 1]`.
    let ranges: [SourceRange]

    init(operands: [Operand], ranges: [SourceRange]) {
        var nodes: [Node] = []
        self.operands = operands.map { operand in
            switch operand {
            case .node(let node):
                nodes.append(node)
                return .node(Unmanaged.passUnretained(node))
            case .text(let text):
                return .text(text)
            }
        }
        self.nodes = nodes
        self.ranges = ranges
    }

    /// The operand's value, charging its step as evaluating its node would.
    @inline(__always) private static func value(of operand: Step, _ e: inout Evaluation) throws(Diagnostic) -> Value {
        switch operand {
        case .node(let handle):
            unowned(unsafe) let node = handle.takeUnretainedValue()
            return try e.evaluate(node)
        case .text(let text):
            try e.chargeNode()
            return .string(text)
        }
    }

    override func evaluate(_ e: inout Evaluation) throws(Diagnostic) -> Value {
        // The inner `+` nodes of the pairwise tree would each charge a step before any
        // operand is evaluated; this node's own step is already charged.
        do { try e.charge(ranges.count &- 1) } catch { throw error.at(.at(0)) }
        var result = try ConcatNode.value(of: operands[0], &e)
        var position = 1
        // Until the running result is a String, `+` is whatever `Arithmetic.add` makes of it.
        while position < operands.count {
            if case .string = result { break }
            let operand = try ConcatNode.value(of: operands[position], &e)
            result = try e.binary(.add, result, operand, ranges[position &- 1])
            position &+= 1
        }
        guard position < operands.count, case .string(let head) = result else { return result }
        // From there on every operand is appended as text: into a stack buffer, and the
        // String is made once at the end.
        let limit = e.limits.maxStringBytes
        return try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: TextAccumulator.stackBytes) { stack throws(Diagnostic) -> Value in
            var text = TextAccumulator(stack)
            text.append(head)
            while position < operands.count {
                let range = ranges[position &- 1]
                switch operands[position] {
                case .text(let more):
                    try e.chargeNode()
                    text.append(more)
                case .node(let handle):
                    unowned(unsafe) let node = handle.takeUnretainedValue()
                    let operand = try e.evaluate(node)
                    do throws(ValueError) {
                        if case .string(let more) = operand { text.append(more) } else { text.append(try operand.concatenationText()) }
                    } catch {
                        throw error.at(range)
                    }
                }
                if text.count > limit {
                    throw Diagnostic(.stringTooLong, "The string result is longer than the limit of \(limit) bytes", at: range)
                }
                position &+= 1
            }
            return .string(text.string)
        }
    }
}
