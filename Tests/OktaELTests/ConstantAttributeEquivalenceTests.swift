import Testing
import Foundation
@testable import OktaEL
import OktaELTools

/// The compiler treats constants specially: literal arguments are lent to function bodies
/// (`UnaryConstantCallNode` and its siblings), `x == 'c'` gets its own node, string literals in
/// `+` chains are kept as text, constant subexpressions are folded. None of that may change a
/// result. Random expressions (functions, and methods in the Identity Engine) are evaluated as
/// written, and with every literal replaced by a profile attribute holding the same value,
/// which takes the general paths. Both must give
/// the same value, or fail with the same code, and so must a mix of the two. Fixed seed, so a
/// failure reproduces; `OEL_EQUIVALENCE_CASES` and `OEL_EQUIVALENCE_SEED` run more or others.
@Suite struct ConstantAttributeEquivalenceTests {
    static func setting(_ name: String, _ fallback: Int) -> Int {
        ProcessInfo.processInfo.environment[name].flatMap { Int($0) } ?? fallback
    }

    typealias Generator = RoundTripGeneratorTests.Generator

    static let literals = ["'a@b.com'", "''", "' x y '", "'ABC'", "'a,b'", "'\u{E9}t\u{E9}'", "'10'", "'-3'", "'2.5'", "'true'",
                           "'@'", "'.'", "' '", "'Admins'", "'00g1'", "'abcdefghijklmnopqrstuvwxyz'", "0", "1", "-1", "3", "2147483647",
                           "2.5", "-0.5", "true", "false", "null", "{'a', 'b'}", "{1, 2}", "{}"]
    static let operators = ["+", "-", "*", "/", "%", "==", "!=", "<", "<=", ">", ">=", "&&", "||", "?:"]
    /// Those that always evaluate both operands.
    static let eagerOperators = ["+", "-", "*", "/", "%", "==", "!=", "<", "<=", ">", ">="]
    /// The functions and methods a dialect has (not those whose argument is an expression).
    static func functions(_ dialect: Dialect) -> [BuiltinFunction] {
        FunctionRegistry.standard.all.filter { $0.dialects.contains(dialect) && $0.expressionArgument == nil && $0.kind != .userMethod }
    }

    /// An expression over leaves `$0`, `$1`, ... (numbered in order), and the leaves' literals.
    static func expression(_ g: inout Generator, depth: Int, functions: [BuiltinFunction], eager: Bool = false,
                           leaves: inout [String]) -> String {
        func leaf() -> String {
            leaves.append(g.pick(literals))
            return "$\(leaves.count - 1)"
        }
        if depth <= 0 { return leaf() }
        switch g.next(6) {
        case 0: return leaf()
        case 2 where eager: return leaf()
        case 1:
            return "(" + expression(&g, depth: depth - 1, functions: functions, eager: eager, leaves: &leaves) + " "
                + g.pick(eager ? eagerOperators : operators) + " "
                + expression(&g, depth: depth - 1, functions: functions, eager: eager, leaves: &leaves) + ")"
        case 2:
            let condition = expression(&g, depth: depth - 1, functions: functions, eager: eager, leaves: &leaves)
            return "(" + condition + " ? " + expression(&g, depth: depth - 1, functions: functions, eager: eager, leaves: &leaves) + " : "
                + expression(&g, depth: depth - 1, functions: functions, eager: eager, leaves: &leaves) + ")"
        case 3:
            // A `+` chain of three to five operands.
            return "(" + (0..<(3 + g.next(3))).map { _ in expression(&g, depth: depth - 1, functions: functions, eager: eager, leaves: &leaves) }.joined(separator: " + ") + ")"
        default:
            let function = functions[g.next(functions.count)]
            let count = function.minArguments + g.next((function.maxArguments ?? function.minArguments + 2) - function.minArguments + 1)
            let arguments = (0..<count).map { _ in expression(&g, depth: depth - 1, functions: functions, eager: eager, leaves: &leaves) }
            switch function.kind {
            case .namespaced(let namespace): return namespace + "." + function.name + "(" + arguments.joined(separator: ", ") + ")"
            case .method:
                let receiver = expression(&g, depth: depth - 1, functions: functions, eager: eager, leaves: &leaves)
                return receiver + "." + function.name + "(" + arguments.joined(separator: ", ") + ")"
            default: return function.name + "(" + arguments.joined(separator: ", ") + ")"
            }
        }
    }

    /// The value as JSON, or the error's code.
    static func outcome(_ source: String, _ context: EvaluationContext, _ environment: Environment) -> String {
        do {
            let program = try environment.compile(source)
            return ValueOutput.json(try program.evaluate(context))
        } catch let error as CompileFailure {
            return "error " + (error.diagnostics.first { $0.severity == .error }?.code.rawValue ?? "?")
        } catch let error as Diagnostic {
            return "error " + error.code.rawValue
        } catch {
            return "error \(error)"
        }
    }

    @Test(arguments: [Dialect.classic, .identityEngine])
    func literalsAndAttributesHoldingThemGiveTheSameResult(dialect: Dialect) throws {
        let environment = Environment(dialect: dialect, evaluationLimits: EvaluationLimits(maxSteps: 100_000, maxStringBytes: 1 << 16,
                                                                                           maxArrayCount: 10_000, regexBacktrackingSteps: 100_000))
        let empty = try ContextLoader.context(fromJSON: #"{"groups": [{"id": "00g1", "name": "Admins"}]}"#, dialect: dialect)
        var literalValues: [String: Value] = [:]
        for literal in Self.literals { literalValues[literal] = try environment.compile(literal).evaluate(empty) }
        let functions = Self.functions(dialect)
        // Identity Engine profiles are under `user.profile`.
        let attributes = dialect == .classic ? "user." : "user.profile."

        var g = Generator(state: UInt64(Self.setting("OEL_EQUIVALENCE_SEED", 20_261_130)))
        var compared = 0, values = 0
        var mismatches: [String] = []
        for _ in 0..<Self.setting("OEL_EQUIVALENCE_CASES", 6_000) {
            var leaves: [String] = []
            let template = Self.expression(&g, depth: 1 + g.next(3), functions: functions, leaves: &leaves)
            var literal = template, attribute = template, mixed = template
            var user: [(String, Value)] = []
            // Highest index first, so `$1` does not replace the start of `$12`.
            for (index, leaf) in leaves.enumerated().reversed() {
                // In parentheses: `-0.5.toInteger()` is `-(0.5.toInteger())`.
                literal = literal.replacingOccurrences(of: "$\(index)", with: "(" + leaf + ")")
                attribute = attribute.replacingOccurrences(of: "$\(index)", with: attributes + "v\(index)")
                // Half the leaves literal: calls whose first argument is not constant but later
                // ones are take the constant-argument nodes (all-literal calls are folded).
                mixed = mixed.replacingOccurrences(of: "$\(index)", with: g.next(2) == 0 ? "(" + leaf + ")" : attributes + "v\(index)")
                user.append(("v\(index)", literalValues[leaf] ?? .null))
            }
            let profile = Value.object(ObjectValue(user))
            let root = ObjectValue([("user", dialect == .classic ? profile : .object(ObjectValue([("profile", profile)]))),
                                    ("groups", .array([.object(ObjectValue([("id", .string("00g1")), ("name", .string("Admins"))]))]))])
            let context = try ContextLoader.context(from: .object(root), dialect: dialect)
            let fromLiterals = Self.outcome(literal, context, environment)
            let fromAttributes = Self.outcome(attribute, context, environment)
            let fromMixed = Self.outcome(mixed, context, environment)
            compared += 1
            if !fromLiterals.hasPrefix("error") { values += 1 }
            if fromLiterals != fromAttributes || fromMixed != fromAttributes {
                mismatches.append("\(literal)\n    \(mixed)\n    literals: \(fromLiterals)\n    mixed: \(fromMixed)\n    attributes: \(fromAttributes)")
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) of \(compared) differ; first:\n\(mismatches.prefix(8).joined(separator: "\n"))")
        // Most must give a value, or the comparison proves little.
        #expect(values > compared / 4, "only \(values) of \(compared) gave a value")
    }
}

/// `oel check` must not reject what evaluates: random expressions without short-circuiting
/// operators or ternaries (so every part is evaluated), built from constants, that evaluate to
/// a value get no error from the checker. A type error means "fails whenever this part is
/// evaluated with values that are not null" (`grammar/decisions.md`): SpEL compares null with
/// anything and most functions pass null through, which a check without data cannot know. So
/// an error is excused when an operand or argument it points at evaluated to null.
@Suite struct CheckerAcceptsWhatEvaluatesTests {
    /// The node of `tree` spanning exactly `range`, if any.
    static func node(_ tree: Expr, at range: SourceRange) -> Expr? {
        if tree.range == range { return tree }
        for child in children(tree) { if let found = node(child, at: range) { return found } }
        return nil
    }

    static func children(_ expression: Expr) -> [Expr] {
        switch expression.kind {
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
        case .map(let entries): return entries.flatMap { [$0.key, $0.value] }
        case .projection(let base, let inner, _), .selection(let base, _, let inner, _): return [base, inner]
        }
    }

    @Test(arguments: [Dialect.classic, .identityEngine])
    func expressionsThatEvaluateCheckWithoutErrors(dialect: Dialect) throws {
        let environment = Environment(dialect: dialect)
        let context = try ContextLoader.context(fromJSON: #"{"groups": [{"id": "00g1", "name": "Admins"}]}"#, dialect: dialect)
        let functions = ConstantAttributeEquivalenceTests.functions(dialect)
        var g = RoundTripGeneratorTests.Generator(state: UInt64(ConstantAttributeEquivalenceTests.setting("OEL_EQUIVALENCE_SEED", 20_261_130)))
        var evaluated = 0, excused = 0
        var rejected: [String] = []
        for _ in 0..<ConstantAttributeEquivalenceTests.setting("OEL_EQUIVALENCE_CASES", 2_000) {
            var leaves: [String] = []
            var source = ConstantAttributeEquivalenceTests.expression(&g, depth: 1 + g.next(3), functions: functions, eager: true,
                                                                     leaves: &leaves)
            for (index, leaf) in leaves.enumerated().reversed() { source = source.replacingOccurrences(of: "$\(index)", with: "(" + leaf + ")") }
            guard let program = try? environment.compile(source), (try? program.evaluate(context)) != nil,
                  let tree = Parser.parse(source).expression else { continue }
            evaluated += 1
            let bytes = Array(source.utf8)
            func isNull(_ part: Expr) -> Bool {
                let text = String(decoding: bytes[part.range.start..<part.range.end], as: UTF8.self)
                return (try? environment.compile(text).evaluate(context)) == .null
            }
            for error in Checker.check(source, options: CheckOptions(dialect: dialect)).diagnostics where error.severity == .error {
                if let flagged = Self.node(tree, at: error.range), isNull(flagged) || Self.children(flagged).contains(where: isNull) {
                    excused += 1
                    continue
                }
                rejected.append("\(source)\n    \(error.code.rawValue): \(error.message)")
                break
            }
        }
        #expect(rejected.isEmpty, "\(rejected.count) of \(evaluated) rejected (\(excused) excused for null); first:\n\(rejected.prefix(20).joined(separator: "\n"))")
        #expect(evaluated > 600)
    }
}
