/// A parsed expression stored flat: every node in one buffer, children by index, names and
/// string literals left in the source bytes.
///
/// One allocation holds the tree and its nodes (the parser writes them in place and moves
/// them only if its first estimate of the count was short); the compiler reads it directly,
/// and `Expr` trees are made from it only for the public API (`expr(_:)`). Immutable once
/// the parser hands it over, except that `SyntaxTreePool` empties a tree nothing else holds
/// any more for the next parse.
final class SyntaxTree: ManagedBuffer<SyntaxTree.Header, SyntaxNode> {
    struct Header {
        /// The source's UTF-8 bytes.
        var bytes: [UInt8]
        /// How many nodes are initialized.
        var count: Int
        /// How many fit.
        let capacity: Int
        /// The index of the root node.
        var root: Int32
    }

    /// An empty tree with room for `capacity` nodes, and one more slot after them holding the
    /// `null` literal that reading an index outside the tree gives (see the subscript).
    static func make(bytes: [UInt8], capacity: Int) -> SyntaxTree {
        let capacity = max(1, capacity)
        let buffer = create(minimumCapacity: capacity + 1) { _ in Header(bytes: bytes, count: 0, capacity: capacity, root: -1) }
        let tree = unsafeDowncast(buffer, to: SyntaxTree.self)
        tree.withUnsafeMutablePointerToElements { ($0 + capacity).initialize(to: SyntaxNode(.null, .at(0))) }
        return tree
    }

    deinit {
        withUnsafeMutablePointers { header, nodes in
            nodes.deinitialize(count: header.pointee.count)
            (nodes + header.pointee.capacity).deinitialize(count: 1)
        }
    }

    // The header is read through its pointer: the `header` property would check exclusive
    // access at run time on every read.

    /// The source's UTF-8 bytes.
    var bytes: [UInt8] { withUnsafeMutablePointerToHeader { $0.pointee.bytes } }
    /// The index of the root node.
    var root: Int32 { withUnsafeMutablePointerToHeader { $0.pointee.root } }
    /// How many nodes there are.
    var count: Int { withUnsafeMutablePointerToHeader { $0.pointee.count } }

    /// Node `index`. Every index the tree holds was returned by `append` and the tree never
    /// shrinks, so an index is always inside; should a parser bug break that, reading gives
    /// the `null` literal kept after the nodes and writing does nothing, rather than touching
    /// memory outside the buffer or stopping the process.
    @inline(__always) subscript(_ index: Int32) -> SyntaxNode {
        get {
            withUnsafeMutablePointers { header, nodes in
                let inside = index >= 0 && Int(index) < header.pointee.count
                return nodes[inside ? Int(index) : header.pointee.capacity]
            }
        }
        set {
            withUnsafeMutablePointers { header, nodes in
                guard index >= 0, Int(index) < header.pointee.count else { return }
                nodes[Int(index)] = newValue
            }
        }
    }

    /// Appends `node` if there is room; false when the tree is full.
    @inline(__always) func append(_ node: SyntaxNode) -> Bool {
        withUnsafeMutablePointers { header, nodes in
            guard header.pointee.count < header.pointee.capacity else { return false }
            (nodes + header.pointee.count).initialize(to: node)
            header.pointee.count &+= 1
            return true
        }
    }

    /// How many nodes fit.
    var nodeCapacity: Int { withUnsafeMutablePointerToHeader { $0.pointee.capacity } }

    /// Empties the tree, keeping its room for nodes; with a `source`, replaces the bytes with
    /// its UTF-8 bytes, in the same storage when nothing else holds it and it has room.
    func reset(loading source: String? = nil) {
        withUnsafeMutablePointers { header, nodes in
            nodes.deinitialize(count: header.pointee.count)
            header.pointee.count = 0
            header.pointee.root = -1
            guard let source else { return }
            let copied = source.utf8.withContiguousStorageIfAvailable {
                header.pointee.bytes.replaceSubrange(0..<header.pointee.bytes.count, with: $0)
            } != nil
            if !copied { header.pointee.bytes = Array(source.utf8) }
        }
    }

    /// How many source bytes the tree has room for without allocating.
    var byteCapacity: Int { withUnsafeMutablePointerToHeader { $0.pointee.bytes.capacity } }

    /// A tree with room for `capacity` nodes holding this one's, which is left empty.
    func movedInto(capacity: Int) -> SyntaxTree {
        let larger = SyntaxTree.make(bytes: bytes, capacity: capacity)
        withUnsafeMutablePointers { header, nodes in
            larger.withUnsafeMutablePointers { largerHeader, largerNodes in
                largerNodes.moveInitialize(from: nodes, count: header.pointee.count)
                largerHeader.pointee.count = header.pointee.count
            }
            header.pointee.count = 0
        }
        return larger
    }

    /// Sets the root, when parsing is done.
    func setRoot(_ root: Int32) { withUnsafeMutablePointerToHeader { $0.pointee.root = root } }

    // Each instance method below reads `bytes`, which retains the array; a reader that asks
    // many times (the compiler) keeps the array and calls the static forms.

    /// The source text in `range`, as a string.
    func text(_ range: SourceRange) -> String { SyntaxTree.text(bytes, range) }

    /// The value of the string literal `node`.
    func stringValue(_ node: SyntaxNode) -> String { SyntaxTree.stringValue(bytes, node) }

    /// The source text `bytes[range]`, as a string.
    static func text(_ bytes: [UInt8], _ range: SourceRange) -> String {
        Token(kind: .identifier, range: range).text(in: bytes)
    }

    /// The value of the string literal `node` of the source `bytes`.
    static func stringValue(_ bytes: [UInt8], _ node: SyntaxNode) -> String {
        Token(kind: node.kind == .curlyString ? .curlyString : .string, range: node.text, bits: node.bits).stringValue(in: bytes)
    }

    /// Whether the source `bytes` in `range` spell `word`.
    static func spells(_ bytes: [UInt8], _ range: SourceRange, _ word: StaticString) -> Bool {
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
