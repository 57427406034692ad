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

    /// An operand as evaluated: a node referred to without a reference count (`nodes` keeps
    /// it alive), a root property whose value is lent in place (see `BorrowedOperand`), or
    /// a text.
    private enum Step {
        case node(Unmanaged<Node>)
        case rootProperty(Unmanaged<RootPropertyNode>)
        case text(String)
    }

    /// The operands, left to right (at least three), and the `+` ranges, in one allocation
    /// of their own: reading them from inside the buffer closure below retains nothing (an
    /// array would be retained). The operand nodes are retained here (`deinit` releases them).
    private let operands: UnsafeMutableBufferPointer<Step>
    /// The range of each `+`: `ranges[i]` joins the result so far with `operands[i + 1]`.
    private let ranges: UnsafeMutableBufferPointer<SourceRange>
    /// `SmallASCII.isAvailable`, read once here rather than per evaluation.
    private let smallStrings: Bool

    init(operands: [Operand], ranges: [SourceRange]) {
        // Steps first (their alignment is the larger), then the ranges.
        let stepBytes = operands.count &* MemoryLayout<Step>.stride
        let raw = UnsafeMutableRawPointer.allocate(byteCount: stepBytes &+ ranges.count &* MemoryLayout<SourceRange>.stride,
                                                   alignment: max(MemoryLayout<Step>.alignment, MemoryLayout<SourceRange>.alignment))
        let steps = raw.bindMemory(to: Step.self, capacity: operands.count)
        for (position, operand) in operands.enumerated() {
            switch operand {
            case .node(let node):
                if let root = node as? RootPropertyNode {
                    (steps + position).initialize(to: .rootProperty(Unmanaged.passRetained(root)))
                } else {
                    (steps + position).initialize(to: .node(Unmanaged.passRetained(node)))
                }
            case .text(let text):
                (steps + position).initialize(to: .text(text))
            }
        }
        let rangeBase = (raw + stepBytes).bindMemory(to: SourceRange.self, capacity: ranges.count)
        for (position, range) in ranges.enumerated() { (rangeBase + position).initialize(to: range) }
        self.operands = UnsafeMutableBufferPointer(start: steps, count: operands.count)
        self.ranges = UnsafeMutableBufferPointer(start: rangeBase, count: ranges.count)
        self.smallStrings = SmallASCII.isAvailable
    }

    deinit {
        for step in operands {
            switch step {
            case .node(let node): node.release()
            case .rootProperty(let node): node.release()
            case .text: break
            }
        }
        operands.deinitialize()
        UnsafeMutableRawPointer(operands.baseAddress)?.deallocate()
    }

    /// The operand's value, charging its step as evaluating its node would.
    @inline(__always) private static func value(of operand: Step, _ e: inout Evaluation) throws(Diagnostic) -> Value {
        switch operand {
        case .node(let handle):
            unowned(unsafe) let node = handle.takeUnretainedValue()
            return try e.evaluate(node)
        case .rootProperty(let handle):
            unowned(unsafe) let node = handle.takeUnretainedValue()
            return try e.evaluate(node)
        case .text(let text):
            try e.chargeNode()
            return .string(text)
        }
    }

    /// The address of a root property operand's value in the context, its steps charged;
    /// nil (nothing charged) for other operands and when it is not found there.
    @inline(__always) private static func address(of operand: Step, _ e: inout Evaluation) throws(Diagnostic) -> UnsafePointer<Value>? {
        guard case .rootProperty(let handle) = operand else { return nil }
        return try RootPropertyNode.lend(handle, &e)
    }

    override func evaluate(_ e: inout Evaluation) throws(Diagnostic) -> Value {
        // The inner `+` nodes of the pairwise tree would each charge a step before any
        // operand is evaluated; this node's own step is already charged.
        do { try e.charge(ranges.count &- 1) } catch { throw error.at(.at(0)) }
        let operands = self.operands, ranges = self.ranges
        // A first operand that is a String in the context is appended in place.
        var result: Value
        if let address = try ConcatNode.address(of: operands[0], &e) {
            if case .string = address.pointee { return try appendingRest(to: address.pointee, from: 1, &e) }
            result = address.pointee
        } else {
            result = try ConcatNode.value(of: operands[0], &e)
        }
        var position = 1
        // Until the running result is a String, `+` is whatever `Arithmetic.add` makes of it.
        while position < operands.count {
            if case .string = result { break }
            let operand = try ConcatNode.value(of: operands[position], &e)
            result = try e.binary(.add, result, operand, ranges[position &- 1])
            position &+= 1
        }
        guard position < operands.count, case .string = result else { return result }
        return try appendingRest(to: result, from: position, &e)
    }

    /// `head` (a String) with the operands from `position` on appended as text: into a stack
    /// buffer, and the String made once at the end.
    @inline(__always) private func appendingRest(to head: Value, from position: Int, _ e: inout Evaluation) throws(Diagnostic) -> Value {
        guard case .string(let head) = head else { return head }
        let limit = e.limits.maxStringBytes
        let operands = self.operands, ranges = self.ranges, smallStrings = self.smallStrings
        return try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: TextAccumulator.stackBytes) { stack throws(Diagnostic) -> Value in
            var text = TextAccumulator(stack, smallStrings: smallStrings)
            text.append(head)
            var position = position
            while position < operands.count {
                let range = ranges[position &- 1]
                let operand = operands[position]
                if case .text(let more) = operand {
                    try e.chargeNode()
                    text.append(more)
                } else if let address = try ConcatNode.address(of: operand, &e) {
                    try ConcatNode.append(address.pointee, to: &text, range)
                } else {
                    try ConcatNode.append(try ConcatNode.value(of: operand, &e), to: &text, range)
                }
                if text.count > limit {
                    throw Diagnostic(.stringTooLong, "The string result is longer than the limit of \(limit) bytes", at: range)
                }
                position &+= 1
            }
            return .string(text.string)
        }
    }

    /// Appends `operand` as `+` appends it to a String.
    @inline(__always) private static func append(_ operand: Value, to text: inout TextAccumulator, _ range: SourceRange) throws(Diagnostic) {
        do throws(ValueError) {
            if case .string(let more) = operand { text.append(more) } else { text.append(try operand.concatenationText()) }
        } catch {
            throw error.at(range)
        }
    }
}
