/// A parsed expression stored flat: every node in one array, children by index, names and
/// string literals left in the source bytes.
///
/// The parser builds it with one allocation for all the nodes; the compiler reads it
/// directly, and `Expr` trees are made from it only for the public API (`expr(_:)`).
final class SyntaxTree: Sendable {
    /// The source's UTF-8 bytes.
    let bytes: [UInt8]
    /// The nodes, children before their parents.
    let nodes: [SyntaxNode]
    /// The index of the root node.
    let root: Int32

    init(bytes: [UInt8], nodes: [SyntaxNode], root: Int32) {
        self.bytes = bytes
        self.nodes = nodes
        self.root = root
    }

    @inline(__always) subscript(_ index: Int32) -> SyntaxNode { nodes[Int(index)] }

    /// The source text in `range`, as a string.
    func text(_ range: SourceRange) -> String {
        RawToken(kind: .identifier, range: range).text(in: bytes)
    }

    /// The value of the string literal `node`.
    func stringValue(_ node: SyntaxNode) -> String {
        RawToken(kind: node.kind == .curlyString ? .curlyString : .string, range: node.text, bits: node.bits).stringValue(in: bytes)
    }

    /// The FNV-1a hash of the source bytes in `range` (as `PropertyKey` hashes names).
    func hash(_ range: SourceRange) -> UInt32 { SourceName.hash(bytes, range) }

    /// Whether the source bytes in `range` spell `word`.
    func spells(_ range: SourceRange, _ word: StaticString) -> Bool {
        word.withUTF8Buffer { buffer in
            guard range.end - range.start == buffer.count, range.start >= 0, range.end <= bytes.count else { return false }
            for offset in 0..<buffer.count where bytes[range.start + offset] != buffer[offset] { return false }
            return true
        }
    }

    /// The children of a call, function, list or map node, in order (a map's keys and
    /// values alternate).
    func children(of node: SyntaxNode) -> SyntaxChildren {
        SyntaxChildren(tree: self, upcoming: node.first, remaining: node.kind == .map ? Int(node.count) * 2 : Int(node.count))
    }
}

/// The children of one node, following the `next` links.
struct SyntaxChildren: Sequence, IteratorProtocol {
    let tree: SyntaxTree
    var upcoming: Int32
    var remaining: Int

    mutating func next() -> Int32? {
        guard remaining > 0, upcoming >= 0 else { return nil }
        remaining -= 1
        let current = upcoming
        upcoming = tree[current].next
        return current
    }
}

/// One node of a `SyntaxTree`.
struct SyntaxNode: Sendable {
    enum Kind: UInt8, Sendable {
        case int, long, real, string, curlyString, bool, null
        case name, property, index, call, function
        case unary, binary, ternary, elvis, list, map, projection, selection
    }

    var kind: Kind
    /// `?.` rather than `.`, for properties, calls, projections and selections.
    var safe = false
    /// The operator of a unary node.
    var unary: UnaryOperator = .not
    /// The operator of a binary node.
    var binary: BinaryOperator = .add
    /// The kind of a selection node.
    var selection: SelectionKind = .all
    /// The bytes the node covers.
    var range: SourceRange
    /// The name token (names, properties, calls, functions) or the literal token (strings).
    var text: SourceRange
    /// Int32, Int64 or Double bits of a number, the flags of a string, 1 for `true`.
    var bits: UInt64 = 0
    /// The first child: the base of a property, index, call, projection or selection, the
    /// operand of a unary node, the left of a binary one, the condition of a ternary.
    var a: Int32 = -1
    /// The second child: the index, the right operand, the `then` branch, the elvis fallback,
    /// the body of a projection or selection.
    var b: Int32 = -1
    /// The third child: the `else` branch of a ternary.
    var c: Int32 = -1
    /// The first argument, element or map key of a call, function, list or map.
    var first: Int32 = -1
    /// How many arguments or elements (map entries) it has.
    var count: Int32 = 0
    /// The next sibling in an argument, element or entry list.
    var next: Int32 = -1

    init(_ kind: Kind, _ range: SourceRange, text: SourceRange? = nil) {
        self.kind = kind
        self.range = range
        self.text = text ?? range
    }
}
