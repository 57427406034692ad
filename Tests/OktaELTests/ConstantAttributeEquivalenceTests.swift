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
    /// The functions and methods a dialect has (not those whose argument is an expression).
    static func functions(_ dialect: Dialect) -> [BuiltinFunction] {
        FunctionRegistry.standard.all.filter { $0.dialects.contains(dialect) && $0.expressionArgument == nil && $0.kind != .userMethod }
    }

    /// An expression over leaves `$0`, `$1`, ... (numbered in order), and the leaves' literals.
    static func expression(_ g: inout Generator, depth: Int, functions: [BuiltinFunction], leaves: inout [String]) -> String {
        func leaf() -> String {
            leaves.append(g.pick(literals))
            return "$\(leaves.count - 1)"
        }
        if depth <= 0 { return leaf() }
        switch g.next(6) {
        case 0: return leaf()
        case 1:
            return "(" + expression(&g, depth: depth - 1, functions: functions, leaves: &leaves) + " " + g.pick(operators) + " "
                + expression(&g, depth: depth - 1, functions: functions, leaves: &leaves) + ")"
        case 2:
            let condition = expression(&g, depth: depth - 1, functions: functions, leaves: &leaves)
            return "(" + condition + " ? " + expression(&g, depth: depth - 1, functions: functions, leaves: &leaves) + " : "
                + expression(&g, depth: depth - 1, functions: functions, leaves: &leaves) + ")"
        case 3:
            // A `+` chain of three to five operands.
            return "(" + (0..<(3 + g.next(3))).map { _ in expression(&g, depth: depth - 1, functions: functions, leaves: &leaves) }.joined(separator: " + ") + ")"
        default:
            let function = functions[g.next(functions.count)]
            let count = function.minArguments + g.next((function.maxArguments ?? function.minArguments + 2) - function.minArguments + 1)
            let arguments = (0..<count).map { _ in expression(&g, depth: depth - 1, functions: functions, leaves: &leaves) }
            switch function.kind {
            case .namespaced(let namespace): return namespace + "." + function.name + "(" + arguments.joined(separator: ", ") + ")"
            case .method:
                let receiver = expression(&g, depth: depth - 1, functions: functions, leaves: &leaves)
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
