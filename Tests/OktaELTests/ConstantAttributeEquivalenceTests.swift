import Testing
@testable import OktaEL

/// The compiler treats constants specially: literal arguments are lent to function bodies
/// (`UnaryConstantCallNode` and its siblings), `x == 'c'` gets its own node, string literals in
/// `+` chains are kept as text, constant subexpressions are folded. None of that may change a
/// result. Random expressions (functions, and methods in the Identity Engine) are evaluated as
/// written, with every literal replaced by a profile attribute holding the same value (the
/// general paths), and with half of them replaced: all three must give the same value or fail
/// with the same code. Fixed seed; `OEL_EQUIVALENCE_CASES` and `OEL_EQUIVALENCE_SEED` run more
/// or others.
@Suite struct ConstantAttributeEquivalenceTests {
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
        for literal in RandomExpressions.literals { literalValues[literal] = try environment.compile(literal).evaluate(empty) }
        let functions = RandomExpressions.functions(dialect)
        // Identity Engine profiles are under `user.profile`.
        let attributes = dialect == .classic ? "user." : "user.profile."

        var random = RandomExpressions(seed: UInt64(RandomExpressions.setting("OEL_EQUIVALENCE_SEED", 20_261_130)))
        var compared = 0, values = 0
        var mismatches: [String] = []
        for _ in 0..<RandomExpressions.setting("OEL_EQUIVALENCE_CASES", 6_000) {
            var leaves: [String] = []
            let template = random.template(depth: 1 + random.next(3), functions: functions, leaves: &leaves)
            // Literals in parentheses: `-0.5.toInteger()` is `-(0.5.toInteger())`.
            let literal = RandomExpressions.fill(template, leaves) { _, leaf in "(" + leaf + ")" }
            let attribute = RandomExpressions.fill(template, leaves) { index, _ in attributes + "v\(index)" }
            // Half the leaves literal: calls whose first argument is not constant but later ones
            // are take the constant-argument nodes (all-literal calls are folded).
            let mixed = RandomExpressions.fill(template, leaves) { index, leaf in
                random.next(2) == 0 ? "(" + leaf + ")" : attributes + "v\(index)"
            }
            let profile = Value.object(ObjectValue(leaves.enumerated().map { ("v\($0.offset)", literalValues[$0.element] ?? .null) }))
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
        // Many must give a value, or the comparison proves little.
        #expect(values > compared / 4, "only \(values) of \(compared) gave a value")
    }
}
