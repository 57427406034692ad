import OktaEL

/// Prints a syntax tree as an indented outline with byte ranges, for `oel parse --tree`.
enum TreePrinter {
    /// The outline of `expression`.
    static func outline(_ expression: Expr) -> String {
        var lines: [String] = []
        write(expression, depth: 0, into: &lines)
        return lines.joined(separator: "\n")
    }

    private static func write(_ expression: Expr, depth: Int, label: String? = nil, into lines: inout [String]) {
        let indent = String(repeating: "  ", count: depth)
        let prefix = label.map { "\($0): " } ?? ""
        let range = "[\(expression.range.start)..<\(expression.range.end)]"
        func line(_ text: String) { lines.append("\(indent)\(prefix)\(text) \(range)") }
        switch expression.kind {
        case .literal(let value):
            line("Literal \(value.typeName) \(ValueOutput.json(value))")
        case .name(let name):
            line("Name \(name)")
        case .property(let base, let name, _, let safe):
            line("Property \(safe ? "?." : ".")\(name)")
            write(base, depth: depth + 1, label: "base", into: &lines)
        case .index(let base, let index):
            line("Index")
            write(base, depth: depth + 1, label: "base", into: &lines)
            write(index, depth: depth + 1, label: "index", into: &lines)
        case .call(let base, let name, _, let arguments, let safe):
            line("Call \(safe ? "?." : ".")\(name)")
            write(base, depth: depth + 1, label: "target", into: &lines)
            for (offset, argument) in arguments.enumerated() { write(argument, depth: depth + 1, label: "arg\(offset)", into: &lines) }
        case .function(let name, _, let arguments):
            line("Function \(name)")
            for (offset, argument) in arguments.enumerated() { write(argument, depth: depth + 1, label: "arg\(offset)", into: &lines) }
        case .unary(let op, let operand):
            line("Unary \(op.rawValue)")
            write(operand, depth: depth + 1, into: &lines)
        case .binary(let op, let left, let right):
            line("Binary \(op.rawValue)")
            write(left, depth: depth + 1, into: &lines)
            write(right, depth: depth + 1, into: &lines)
        case .ternary(let condition, let then, let otherwise):
            line("Ternary")
            write(condition, depth: depth + 1, label: "if", into: &lines)
            write(then, depth: depth + 1, label: "then", into: &lines)
            write(otherwise, depth: depth + 1, label: "else", into: &lines)
        case .elvis(let value, let fallback):
            line("Elvis")
            write(value, depth: depth + 1, into: &lines)
            write(fallback, depth: depth + 1, label: "else", into: &lines)
        case .list(let items):
            line("List (\(items.count))")
            for item in items { write(item, depth: depth + 1, into: &lines) }
        case .map(let entries):
            line("Map (\(entries.count))")
            for entry in entries {
                write(entry.key, depth: depth + 1, label: "key", into: &lines)
                write(entry.value, depth: depth + 1, label: "value", into: &lines)
            }
        case .projection(let base, let inner, let safe):
            line("Projection\(safe ? " (safe)" : "")")
            write(base, depth: depth + 1, label: "base", into: &lines)
            write(inner, depth: depth + 1, label: "each", into: &lines)
        case .selection(let base, let kind, let inner, let safe):
            line("Selection \(kind.rawValue)]\(safe ? " (safe)" : "")")
            write(base, depth: depth + 1, label: "base", into: &lines)
            write(inner, depth: depth + 1, label: "where", into: &lines)
        }
    }
}
