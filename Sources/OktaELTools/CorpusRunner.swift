import OktaEL

/// The result of running one corpus case.
public struct CorpusOutcome: Sendable {
    /// The case.
    public var testCase: CorpusCase
    /// Whether the expectation held.
    public var passed: Bool
    /// What happened instead, when it did not.
    public var failure: String?
    /// What the case produced (value JSON or error code).
    public var actual: String
}

/// Runs corpus cases through the engine.
public enum CorpusRunner {
    /// Runs one case.
    public static func run(_ testCase: CorpusCase) -> CorpusOutcome {
        let environment = Environment(dialect: testCase.dialect)
        if case .canonical(let expected) = testCase.expectation {
            let parsed = Parser.parse(testCase.expression)
            guard let tree = parsed.expression else {
                let codes = parsed.diagnostics.map(\.code.rawValue).joined(separator: ",")
                return outcome(testCase, false, "parse failed: \(codes)", actual: codes)
            }
            let printed = Printer.print(tree)
            guard printed == expected else {
                return outcome(testCase, false, "canonical form is \(printed)", actual: printed)
            }
            let reparsed = Parser.parse(printed).expression
            guard reparsed == tree else {
                return outcome(testCase, false, "the canonical form does not parse back to the same tree", actual: printed)
            }
            return outcome(testCase, true, nil, actual: printed)
        }
        if case .check(let expected) = testCase.expectation {
            let options = CheckOptions(dialect: testCase.explicitDialect ? testCase.dialect : (testCase.profile == nil ? testCase.dialect : nil),
                                       profile: testCase.profile, userSchema: testCase.userSchema, appUserSchema: testCase.appUserSchema)
            let result = Checker.check(testCase.expression, options: options)
            let actual = result.diagnostics.map(\.code.rawValue).sorted()
            let shown = actual.isEmpty ? "clean" : actual.joined(separator: ",")
            if actual == expected.map(\.rawValue).sorted() { return outcome(testCase, true, nil, actual: shown) }
            let wanted = expected.isEmpty ? "clean" : expected.map(\.rawValue).sorted().joined(separator: ",")
            let detail = result.diagnostics.map { "\($0.code) \($0.message)" }.joined(separator: "; ")
            return outcome(testCase, false, "expected \(wanted), got \(shown): \(detail)", actual: shown)
        }
        let result: Result<Value, Diagnostic>
        do {
            let program = try environment.compile(testCase.expression)
            let context = try ContextLoader.context(
                from: testCase.context, dialect: testCase.dialect,
                now: testCase.now ?? ContextLoader.documentationNow,
                missingAttributes: testCase.strict ? .error : .null)
            result = .success(try program.evaluate(context))
        } catch let failure as CompileFailure {
            result = .failure(failure.diagnostics.first { $0.severity == .error } ?? failure.diagnostics.first ?? Diagnostic(.unexpectedToken, "compile failed", at: .at(0)))
        } catch let diagnostic as Diagnostic {
            result = .failure(diagnostic)
        } catch {
            result = .failure(Diagnostic(.invalidRequest, "\(error)", at: .at(0)))
        }
        switch (testCase.expectation, result) {
        case (.value(let expected), .success(let actual)):
            let plain = ValueOutput.plain(actual)
            let shown = ValueOutput.json(actual) + " (\(actual.typeName))"
            if plain.isJavaEqual(to: expected) { return outcome(testCase, true, nil, actual: shown) }
            return outcome(testCase, false, "expected \(ValueOutput.json(expected)) (\(expected.typeName)), got \(shown)", actual: shown)
        case (.value(let expected), .failure(let diagnostic)):
            return outcome(testCase, false, "expected \(ValueOutput.json(expected)), got error \(diagnostic.code): \(diagnostic.message)",
                           actual: diagnostic.code.rawValue)
        case (.error(let code), .failure(let diagnostic)):
            if diagnostic.code == code { return outcome(testCase, true, nil, actual: code.rawValue) }
            return outcome(testCase, false, "expected error \(code), got error \(diagnostic.code): \(diagnostic.message)",
                           actual: diagnostic.code.rawValue)
        case (.error(let code), .success(let actual)):
            return outcome(testCase, false, "expected error \(code), got \(ValueOutput.json(actual))", actual: ValueOutput.json(actual))
        case (.canonical, _), (.check, _):
            return outcome(testCase, false, "unreachable", actual: "")
        }
    }

    private static func outcome(_ testCase: CorpusCase, _ passed: Bool, _ failure: String?, actual: String) -> CorpusOutcome {
        CorpusOutcome(testCase: testCase, passed: passed, failure: failure, actual: actual)
    }
}
