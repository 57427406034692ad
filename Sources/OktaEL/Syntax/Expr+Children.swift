extension Expr {
    /// The node's operands, in source order (a map's values, not its keys).
    package var children: [Expr] {
        switch kind {
        case .literal, .name: return []
        case .property(let base, _, _, _): return [base]
        case .index(let base, let index): return [base, index]
        case .call(let base, _, _, let arguments, _): return [base] + arguments
        case .function(_, _, let arguments): return arguments
        case .unary(_, let operand): return [operand]
        case .binary(_, let left, let right): return [left, right]
        case .ternary(let a, let b, let c): return [a, b, c]
        case .elvis(let a, let b): return [a, b]
        case .list(let items): return items
        case .map(let entries): return entries.map(\.value)
        case .projection(let base, let inner, _), .selection(let base, _, let inner, _): return [base, inner]
        }
    }
}
