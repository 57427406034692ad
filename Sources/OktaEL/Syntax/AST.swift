/// A node of the syntax tree: what it is and where it came from.
public struct Expr: Sendable {
    /// The node.
    public var kind: ExprKind
    /// The source bytes it covers.
    public var range: SourceRange

    /// A node.
    public init(_ kind: ExprKind, _ range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

extension Expr: Equatable {
    /// Structural equality: ranges are ignored, so a reprinted tree compares equal.
    public static func == (lhs: Expr, rhs: Expr) -> Bool { lhs.kind == rhs.kind }
}

/// Unary operators.
public enum UnaryOperator: String, Sendable, Equatable {
    case not = "!"
    case negate = "-"
    case plus = "+"
}

/// Binary operators, by precedence level (see `grammar/precedence.md`).
public enum BinaryOperator: String, Sendable, Equatable, CaseIterable {
    case or = "||"
    case and = "&&"
    case equal = "=="
    case notEqual = "!="
    case less = "<"
    case lessEqual = "<="
    case greater = ">"
    case greaterEqual = ">="
    case matches = "matches"
    case add = "+"
    case subtract = "-"
    case multiply = "*"
    case divide = "/"
    case modulo = "%"
    case power = "^"

    /// Precedence level: higher binds tighter.
    public var precedence: Int {
        switch self {
        case .or: return 2
        case .and: return 3
        case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual, .matches: return 4
        case .add, .subtract: return 5
        case .multiply, .divide, .modulo: return 6
        case .power: return 7
        }
    }
}

/// Which elements a selection keeps.
public enum SelectionKind: String, Sendable, Equatable {
    /// `.?[ ]`: every match.
    case all = "?["
    /// `.^[ ]`: the first match.
    case first = "^["
    /// `.$[ ]`: the last match.
    case last = "$["
}

/// One `key: value` entry of an inline map.
public struct MapEntry: Sendable, Equatable {
    /// The key: a string literal, or a bare name taken as its text.
    public var key: Expr
    /// The value.
    public var value: Expr
}

/// The kinds of syntax node.
public indirect enum ExprKind: Sendable, Equatable {
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
