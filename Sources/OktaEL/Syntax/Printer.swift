/// Prints a syntax tree in canonical form: single-quoted strings, `&&`/`||`/`!` operators,
/// single spaces around binary operators, and only the parentheses precedence needs.
/// Parsing the printed text gives back the same tree.
package enum Printer {
    /// The canonical text of `expression`.
    package static func print(_ expression: Expr) -> String {
        var output = ""
        write(expression, into: &output)
        return output
    }

    /// The level `kind` binds at (`OperatorTable.swift`).
    private static func precedence(_ kind: ExprKind) -> Precedence {
        switch kind {
        case .ternary, .elvis: return .conditional
        case .binary(let op, _, _): return op.precedence
        case .unary: return .unary
        default: return .postfix
        }
    }

    private static func write(_ expression: Expr, into output: inout String) {
        switch expression.kind {
        case .literal(let value):
            output += literal(value)
        case .name(let name):
            output += name
        case .property(let base, let name, _, let safe):
            writePostfixBase(base, into: &output)
            output += safe ? "?." : "."
            output += name
        case .index(let base, let index):
            writePostfixBase(base, into: &output)
            // `$[` is one token (last selection): a name `$` keeps its space before an index.
            if isDollarName(base) { output += " " }
            output += "["
            write(index, into: &output)
            output += "]"
        case .call(let base, let name, _, let arguments, let safe):
            writePostfixBase(base, into: &output)
            output += safe ? "?." : "."
            output += name
            writeArguments(arguments, into: &output)
        case .function(let name, _, let arguments):
            output += name
            writeArguments(arguments, into: &output)
        case .unary(let op, let operand):
            output += op.rawValue
            // `- -x` must not print as `--x`.
            if case .unary = operand.kind, op != .not { output += " " }
            writeOperand(operand, minimum: .unary, into: &output)
        case .binary(let op, let left, let right):
            let level = op.precedence
            // A same-level operand needs parentheses except on the side the level groups toward
            // (either side for relational and power operators, which do not chain).
            let associativity = level.associativity
            writeOperand(left, minimum: associativity == .left ? level : level.tighter, into: &output)
            output += " \(op.rawValue) "
            writeOperand(right, minimum: associativity == .right ? level : level.tighter, into: &output)
        case .ternary(let condition, let then, let otherwise):
            writeOperand(condition, minimum: .logicalOr, into: &output)
            output += " ? "
            write(then, into: &output)
            output += " : "
            write(otherwise, into: &output)
        case .elvis(let value, let fallback):
            writeOperand(value, minimum: .logicalOr, into: &output)
            output += " ?: "
            write(fallback, into: &output)
        case .list(let items):
            output += "{"
            for (offset, item) in items.enumerated() {
                if offset > 0 { output += ", " }
                write(item, into: &output)
            }
            output += "}"
        case .map(let entries):
            if entries.isEmpty {
                output += "{:}"
                return
            }
            output += "{"
            for (offset, entry) in entries.enumerated() {
                if offset > 0 { output += ", " }
                write(entry.key, into: &output)
                output += ": "
                write(entry.value, into: &output)
            }
            output += "}"
        case .projection(let base, let inner, let safe):
            writePostfixBase(base, into: &output)
            output += safe ? "?.![" : ".!["
            write(inner, into: &output)
            output += "]"
        case .selection(let base, let kind, let inner, let safe):
            writePostfixBase(base, into: &output)
            output += (safe ? "?." : ".") + kind.rawValue
            write(inner, into: &output)
            output += "]"
        }
    }

    private static func writeOperand(_ expression: Expr, minimum: Precedence, into output: inout String) {
        if precedence(expression.kind) < minimum {
            output += "("
            write(expression, into: &output)
            output += ")"
        } else {
            write(expression, into: &output)
        }
    }

    private static func writePostfixBase(_ base: Expr, into output: inout String) {
        // A number literal before '.' would read as a real: `1.5` vs `(1).toString()`.
        if case .literal(let value) = base.kind {
            switch value {
            case .int, .long, .double:
                output += "("
                write(base, into: &output)
                output += ")"
                return
            default:
                break
            }
        }
        writeOperand(base, minimum: .postfix, into: &output)
    }

    private static func isDollarName(_ expression: Expr) -> Bool {
        switch expression.kind {
        case .name(let name), .property(_, let name, _, _): return name == "$"
        default: return false
        }
    }

    private static func writeArguments(_ arguments: [Expr], into output: inout String) {
        output += "("
        for (offset, argument) in arguments.enumerated() {
            if offset > 0 { output += ", " }
            write(argument, into: &output)
        }
        output += ")"
    }

    /// A literal as source text.
    static func literal(_ value: Value) -> String {
        switch value {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .long(let l): return "\(l)L"
        case .double(let d):
            if d.isInfinite { return "1e999" }
            if d.isNaN { return "(0.0 / 0.0)" }
            var text = "\(d)"
            if !text.contains(".") && !text.contains("e") { text += ".0" }
            return text
        case .string(let s):
            // By scalar, not by Character: a quote followed by a combining mark is one Character.
            var quoted = String.UnicodeScalarView()
            quoted.append("'")
            for scalar in s.unicodeScalars {
                quoted.append(scalar)
                if scalar == "'" { quoted.append("'") }
            }
            quoted.append("'")
            return String(quoted)
        default: return "null"
        }
    }
}
