import Synchronization

/// One spare `SyntaxTree`, so compiling does not allocate and free a tree every time.
///
/// `Environment.compile` parses into the shared pool's spare (when there is one and it is
/// large enough) and gives the tree back once the program is built: programs keep no syntax
/// tree (they parse again when asked for `Program.syntax`). Any thread may take or give; the
/// slot is one atomic word, so a thread that finds it empty simply allocates. A tree is kept
/// only when nothing else refers to it, so no one can see it reused.
final class SyntaxTreePool: Sendable {
    /// The pool `Environment.compile` uses.
    static let shared = SyntaxTreePool()

    /// Trees with room for more nodes than this, or for more than 64 source bytes a node, are
    /// not kept (about 20 KB of nodes, 16 KB of source).
    let largestKept: Int

    /// The address of the spare tree (retained), or 0.
    private let spare = Atomic<UInt>(0)

    /// An empty pool that keeps trees of at most `largestKept` nodes.
    init(largestKept: Int = 256) {
        self.largestKept = largestKept
    }

    deinit {
        if let raw = UnsafeMutableRawPointer(bitPattern: spare.exchange(0, ordering: .acquiring)) {
            Unmanaged<SyntaxTree>.fromOpaque(raw).release()
        }
    }

    /// An empty tree holding the UTF-8 bytes of `source`, with room for at least `capacity`
    /// nodes: the spare (its storage for nodes and bytes reused) when there is one with that
    /// room, a new tree otherwise (a spare that is too small is let go).
    func tree(for source: String, capacity: Int) -> SyntaxTree {
        if let tree = takeSpare(), tree.nodeCapacity >= capacity {
            tree.reset(loading: source)
            return tree
        }
        return SyntaxTree.make(bytes: Array(source.utf8), capacity: capacity)
    }

    /// The spare as it was given, if there is one; the slot is left empty.
    func takeSpare() -> SyntaxTree? {
        guard let raw = UnsafeMutableRawPointer(bitPattern: spare.exchange(0, ordering: .acquiring)) else { return nil }
        return Unmanaged<SyntaxTree>.fromOpaque(raw).takeRetainedValue()
    }

    /// Takes `tree` (leaving nil) and keeps it, without nodes, as the spare if nothing else refers
    /// to it, it is not too large and the slot is empty; otherwise lets it go.
    func give(_ tree: inout SyntaxTree?) {
        guard var tree = tree.take(), isKnownUniquelyReferenced(&tree), tree.nodeCapacity <= largestKept,
              tree.byteCapacity <= largestKept * 64 else { return }
        tree.reset()  // the source bytes stay until the next `tree(for:capacity:)` replaces them
        let raw = Unmanaged.passRetained(tree).toOpaque()
        if !spare.compareExchange(expected: 0, desired: UInt(bitPattern: raw), ordering: .releasing).exchanged {
            Unmanaged<SyntaxTree>.fromOpaque(raw).release()
        }
    }
}
