/// An operand whose value may be lent in place instead of copied: when the operand is a
/// root property (`user.email`) and the context holds it, the consumer gets the address of
/// the value inside the context, and passes `address.pointee` on as a borrowed argument.
/// Copying the value out (as evaluating the node does) would retain its string, array or
/// object, and dropping the copy release it again; a lent value costs neither.
///
/// The address stays valid for the whole evaluation: the context is borrowed by it and is
/// immutable meanwhile (`Evaluation.context`), and its objects' storage is never moved.
/// Steps are charged as evaluating the node would charge them (two: the root and the
/// property, reported at the start of the expression); when nothing can be lent (the root
/// or the property is missing, or the operand is another node) nothing is charged and the
/// consumer evaluates `node` as usual.
struct BorrowedOperand {
    /// The operand, owned by the consumer node that holds this.
    let node: Node
    /// The same node when it is a root property, without a reference count.
    private let rootProperty: Unmanaged<RootPropertyNode>?

    init(_ node: Node) {
        self.node = node
        rootProperty = (node as? RootPropertyNode).map { Unmanaged.passUnretained($0) }
    }

    /// The address of the operand's value in the context, after charging its steps; nil
    /// (nothing charged) when it is not a root property found there.
    @inline(__always) func address(_ e: inout Evaluation) throws(Diagnostic) -> UnsafePointer<Value>? {
        guard let rootProperty else { return nil }
        return try RootPropertyNode.lend(rootProperty, &e)
    }
}
