/// A node of the syntax tree: what it is and where it came from.
package struct Expr: Sendable {
    /// Where the node is: built, or still a node of a flat tree (a compiled program's
    /// syntax, made into `ExprKind`s only when read). Sendable: a `SyntaxTree` is never
    /// changed after the parser hands it over.
    private enum Storage: @unchecked Sendable {
        case built(ExprKind)
        case flat(SyntaxTree, Int32)
    }

    private var storage: Storage
    /// The source bytes it covers.
    package var range: SourceRange
    /// The `SyntaxTree` node it was made from, if any: what the checker finds the node
    /// builder's resolution of a call by. A node whose `kind` is replaced has none.
    private(set) var syntaxIndex: Int32?

    /// The node.
    package var kind: ExprKind {
        get {
            switch storage {
            case .built(let kind): return kind
            case .flat(let tree, let index): return tree.kind(of: index) { Expr(tree, $0) }
            }
        }
        set { storage = .built(newValue); syntaxIndex = nil }
    }

    /// A node.
    package init(_ kind: ExprKind, _ range: SourceRange) {
        self.storage = .built(kind)
        self.range = range
    }

    /// Node `index` of a tree, made into `kind` already.
    init(_ kind: ExprKind, _ range: SourceRange, syntaxIndex: Int32) {
        self.storage = .built(kind)
        self.range = range
        self.syntaxIndex = syntaxIndex
    }

    /// Node `index` of `tree`, made into `ExprKind`s one level at a time as it is read.
    init(_ tree: SyntaxTree, _ index: Int32) {
        self.storage = .flat(tree, index)
        self.range = tree[index].range
        self.syntaxIndex = index
    }
}

extension Expr: Equatable {
    /// Structural equality: ranges are ignored, so a reprinted tree compares equal.
    package static func == (lhs: Expr, rhs: Expr) -> Bool { lhs.kind == rhs.kind }
}

/// Which elements a selection keeps.
package enum SelectionKind: String, Sendable, Equatable {
    /// `.?[ ]`: every match.
    case all = "?["
    /// `.^[ ]`: the first match.
    case first = "^["
    /// `.$[ ]`: the last match.
    case last = "$["
}

/// One `key: value` entry of an inline map.
package struct MapEntry: Sendable, Equatable {
    /// The key: a string literal, or a bare name taken as its text.
    package var key: Expr
    /// The value.
    package var value: Expr
}

/// The kinds of syntax node.
package indirect enum ExprKind: Sendable {
    /// A literal: string, int, long, double, boolean or null.
    case literal(Value)
    /// A bare name: a root of the context (`user`), a namespace (`String`), or inside
    /// a projection or selection, a property of the current element.
    case name(String)
    /// `base.name` or `base?.name`.
    case property(base: Expr, name: String, nameRange: SourceRange, safe: Bool)
    /// `base[index]`.
    case index(base: Expr, index: Expr)
    /// `base.name(args)` or `base?.name(args)`: a namespaced function or a method.
    case call(base: Expr, name: String, nameRange: SourceRange, arguments: [Expr], safe: Bool)
    /// `name(args)`: a bare function.
    case function(name: String, nameRange: SourceRange, arguments: [Expr])
    /// A unary operator.
    case unary(UnaryOperator, Expr)
    /// A binary operator.
    case binary(BinaryOperator, Expr, Expr)
    /// `condition ? then : else`.
    case ternary(Expr, Expr, Expr)
    /// `value ?: fallback`.
    case elvis(Expr, Expr)
    /// `{a, b, c}`.
    case list([Expr])
    /// `{k: v, ...}` and `{:}`.
    case map([MapEntry])
    /// `base.![expr]`.
    case projection(base: Expr, Expr, safe: Bool)
    /// `base.?[expr]`, `base.^[expr]`, `base.$[expr]`.
    case selection(base: Expr, SelectionKind, Expr, safe: Bool)
}

extension ExprKind: Equatable {
    /// Structural equality; like `Expr`'s, it ignores source positions (`nameRange`).
    package static func == (lhs: ExprKind, rhs: ExprKind) -> Bool {
        switch (lhs, rhs) {
        case (.literal(let a), .literal(let b)): return a == b
        case (.name(let a), .name(let b)): return a == b
        case (.property(let b1, let n1, _, let s1), .property(let b2, let n2, _, let s2)): return b1 == b2 && n1 == n2 && s1 == s2
        case (.index(let b1, let i1), .index(let b2, let i2)): return b1 == b2 && i1 == i2
        case (.call(let b1, let n1, _, let a1, let s1), .call(let b2, let n2, _, let a2, let s2)):
            return b1 == b2 && n1 == n2 && a1 == a2 && s1 == s2
        case (.function(let n1, _, let a1), .function(let n2, _, let a2)): return n1 == n2 && a1 == a2
        case (.unary(let o1, let e1), .unary(let o2, let e2)): return o1 == o2 && e1 == e2
        case (.binary(let o1, let l1, let r1), .binary(let o2, let l2, let r2)): return o1 == o2 && l1 == l2 && r1 == r2
        case (.ternary(let c1, let t1, let e1), .ternary(let c2, let t2, let e2)): return c1 == c2 && t1 == t2 && e1 == e2
        case (.elvis(let v1, let f1), .elvis(let v2, let f2)): return v1 == v2 && f1 == f2
        case (.list(let a), .list(let b)): return a == b
        case (.map(let a), .map(let b)): return a == b
        case (.projection(let b1, let e1, let s1), .projection(let b2, let e2, let s2)): return b1 == b2 && e1 == e2 && s1 == s2
        case (.selection(let b1, let k1, let e1, let s1), .selection(let b2, let k2, let e2, let s2)):
            return b1 == b2 && k1 == k2 && e1 == e2 && s1 == s2
        default: return false
        }
    }
}
