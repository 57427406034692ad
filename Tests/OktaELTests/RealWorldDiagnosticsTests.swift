import Foundation
import Testing
@testable import OktaEL

/// Diagnostics for the mistakes people make most (issue 15): where each points, what it
/// says, and that `oel eval` and `oel check` agree. The codes alone are pinned by
/// corpus/regressions/real-world-diagnostics.json; these tests pin ranges, messages and the CLI.
@Suite(.serialized) struct RealWorldDiagnosticsTests {
    func run(_ arguments: [String], stdin: String = "") throws -> CLIHarness.Run {
        try CLIHarness.run(arguments, stdin: stdin)
    }

    /// The parser's diagnostics for `source`, as code and byte range.
    func found(_ source: String) -> [(DiagnosticCode, SourceRange)] {
        Parser.parse(source).diagnostics.map { ($0.code, $0.range) }
    }

    func single(_ source: String) -> Diagnostic? {
        let diagnostics = Parser.parse(source).diagnostics
        #expect(diagnostics.count == 1, "\(source): \(diagnostics.map(\.code))")
        return diagnostics.first
    }

    // MARK: AND / OR / NOT without an operand

    @Test func logicalOperatorWithoutOperandIsReportedAtTheOperator() throws {
        // (source, start and end of the operator, the side named in the message)
        let cases: [(String, Int, Int, String)] = [
            ("user.firstName == AND", 18, 21, "neither a left-hand nor a right-hand operand"),
            ("user.firstName == AND user.lastName", 18, 21, "no left-hand operand"),
            (#"user.firstName == "John" AND AND user.lastName"#, 29, 32, "no left-hand operand"),
            (#"user.firstName == "John" AND"#, 25, 28, "no right-hand operand"),
            ("AND user.x", 0, 3, "no left-hand operand"),
            ("and user.x", 0, 3, "no left-hand operand"),
            ("user.a Or or user.b", 10, 12, "no left-hand operand"),
            ("user.a == 1 And", 12, 15, "no right-hand operand"),
            ("&& user.a", 0, 2, "no left-hand operand"),
            ("user.a || || user.b", 10, 12, "no left-hand operand"),
            ("user.a &&", 7, 9, "no right-hand operand"),
            ("(user.a AND)", 8, 11, "no right-hand operand"),
            ("user.a AND NOT", 11, 14, "no operand"),
            ("!", 0, 1, "no operand"),
        ]
        for (source, start, end, side) in cases {
            let diagnostic = try #require(single(source))
            #expect(diagnostic.code == .missingLogicalOperand, "\(source)")
            #expect(diagnostic.range == SourceRange(start: start, end: end), "\(source): \(diagnostic.range)")
            #expect(diagnostic.message.contains(side), "\(source): \(diagnostic.message)")
        }
    }

    @Test func messagesQuoteTheOperatorAsWrittenAndSayWhy() throws {
        let doubled = try #require(single(#"user.firstName == "John" AND AND user.lastName == "Doe""#))
        #expect(doubled.message == "'AND' has no left-hand operand: it follows 'AND' with no condition between them")
        #expect(doubled.fixIt == FixIt(range: SourceRange(start: 25, end: 32), replacement: "AND"))
        let leading = try #require(single("and user.x"))
        #expect(leading.message == "'and' has no left-hand operand: the expression starts with it")
        let trailing = try #require(single("user.a == 1 OR"))
        #expect(trailing.message == "'OR' has no right-hand operand: the expression ends after it")
        #expect(trailing.hint == "remove the trailing OR or add the missing condition")
        let operand = try #require(single("user.firstName == AND user.lastName"))
        #expect(operand.message == "'AND' has no left-hand operand: it stands where the value after '==' belongs")
        let selection = try #require(single("groups.?[AND name == 'x']"))
        #expect(selection.message == "'AND' has no left-hand operand: it follows '?['")
        let comma = try #require(single("f(a AND, b)"))
        #expect(comma.message == "'AND' has no right-hand operand: ',' follows it")
    }

    @Test func validLogicalExpressionsAreUntouched() {
        for source in ["a AND b", "a and NOT b", "NOT a OR b", "a && !b || c", "!(a)", "user.and", "user.or.not", "{'and': 1}['and']"] {
            #expect(Parser.parse(source).diagnostics.isEmpty, "\(source)")
        }
    }

    @Test func aLongRunOfOperatorsEndsInADiagnosticNotACrash() {
        let source = "a " + String(repeating: "AND ", count: 5000) + "b"
        let codes = Set(Parser.parse(source).diagnostics.map(\.code))
        #expect(codes.isSubset(of: [.missingLogicalOperand, .nestingTooDeep, .tooManyDiagnostics]))
        #expect(!codes.isEmpty)
    }

    @Test func manyDoubledOperatorsStayFast() {
        // Each misplaced operator looks back at the token before it; only the kept ones do.
        let source = String(repeating: "a AND AND ", count: 50_000) + "a"
        let clock = ContinuousClock()
        var diagnostics: [Diagnostic] = []
        let elapsed = clock.measure { diagnostics = Parser.parse(source).diagnostics }
        #expect(diagnostics.first?.code == .missingLogicalOperand)
        #expect(diagnostics.last?.code == .tooManyDiagnostics)
        #expect(elapsed < .seconds(10), "\(elapsed)")
    }

    @Test func evalAndCheckAgreeOnAMisplacedAnd() throws {
        let source = "user.firstName == AND user.lastName"
        for dialect in ["classic", "oie"] {
            let eval = try run(["eval", "--dialect", dialect, source])
            #expect(eval.status == 2)
            #expect(eval.stderr.hasPrefix("1:19: error[OEL2010]"), "\(eval.stderr)")
            let check = try run(["check", "--dialect", dialect, source])
            #expect(check.status == 2)
            #expect(check.stderr.hasPrefix("1:19: error[OEL2010]") || check.stdout.hasPrefix("1:19: error[OEL2010]"),
                    "\(check.stdout)\(check.stderr)")
        }
    }

    // MARK: Operators of other languages

    @Test func foreignOperatorsAreOneDiagnosticOverTheWholeOperator() throws {
        let cases: [(String, Int, Int, String?)] = [
            ("user.a === 1", 7, 10, "=="),
            ("user.a !== 1", 7, 10, "!="),
            ("user.a <> 1", 7, 9, "!="),
            ("user.a =< 1", 7, 9, "<="),
            ("user.a => 1", 7, 9, ">="),
            ("user.hireDate regex '^2020'", 14, 19, "matches"),
            ("user.hireDate REGEX '^2020'", 14, 19, "matches"),
            ("user.a like '%x'", 7, 11, nil),
            ("user.a contains 'x'", 7, 15, nil),
            ("user.a in {'x'}", 7, 9, nil),
            ("user.a equals 'x'", 7, 13, "=="),
        ]
        for (source, start, end, replacement) in cases {
            let diagnostic = try #require(single(source))
            #expect(diagnostic.code == .foreignOperator, "\(source)")
            #expect(diagnostic.range == SourceRange(start: start, end: end), "\(source): \(diagnostic.range)")
            #expect(diagnostic.fixIt?.replacement == replacement, "\(source)")
            #expect(diagnostic.fixIt.map { $0.range == diagnostic.range } ?? true)
            #expect(diagnostic.hint?.hasPrefix("write ") == true)
        }
        // Spelt with other characters: one diagnostic each, read as the operator they show.
        let signs: [(String, Int, Int, String)] = [
            ("user.a ≠ 1", 7, 10, "!="), ("user.a ≤ 1", 7, 10, "<="), ("user.a ≥ 1", 7, 10, ">="),
            ("user.a =~ 'x'", 7, 9, "matches"), ("user.a ~= 1", 7, 9, "!="),
        ]
        for (source, start, end, replacement) in signs {
            let diagnostic = try #require(single(source))
            #expect(diagnostic.code == .foreignOperator, "\(source)")
            #expect(diagnostic.range == SourceRange(start: start, end: end), "\(source): \(diagnostic.range)")
            #expect(diagnostic.fixIt == FixIt(range: diagnostic.range, replacement: replacement), "\(source)")
        }
        #expect(Parser.parse("'a ≠ b =~ c'").diagnostics.isEmpty)
        #expect(single("user.hireDate regex '/^2020$/'")?.hint?.contains("matches") == true)
        #expect(single("user.a contains 'x'")?.hint?.contains("String.stringContains") == true)
    }

    @Test func scimFilterOperatorsAndAssignmentsFromTheTerraformIssue() throws {
        #expect(single("user.email sw 'john'")?.hint?.contains("String.startsWith(x, s)") == true)
        #expect(single("user.email co 'okta'")?.hint?.contains("String.stringContains(x, s)") == true)
        // `pr` is postfix: one diagnostic, and the condition after AND still parses.
        let present = try #require(single("user.manager pr AND user.a == 1"))
        #expect(present.code == .foreignOperator && present.hint == "write x != null; pr is SCIM filter syntax")
        // okta/terraform-provider-okta#2297: `=` twice and a doubled operator, three diagnostics, none of them "more input".
        let codes = found(#"user.firstName = "John" AND OR user.lastName = "Doe""#).map(\.0)
        #expect(codes == [.assignmentNotSupported, .missingLogicalOperand, .assignmentNotSupported])
        let profile = try failure(#"profile.department == "Sales""#, "{}", dialect: .classic)
        #expect(profile.code == .unknownName && profile.hint == "profile attributes are read on user: write user.department")
        let oie = try failure(#"profile.department == "Sales""#, "{}", dialect: .identityEngine)
        #expect(oie.hint == "profile attributes are read on user.profile: write user.profile.department")
    }

    @Test func foreignOperatorsDoNotCatchValidSpellings() {
        for source in ["a == b", "a != b", "a <= b", "a >= b", "a < b", "a > b", "a eq b", "a ne b", "a matches 'x'",
                       "a lt b", "a div 2", "a mod 2", "user.like", "user.in", "user.contains('x')"] {
            #expect(Parser.parse(source).diagnostics.isEmpty, "\(source)")
        }
        // With a space, `= <` is an assignment and then a stray `<`: not one operator.
        #expect(found("a = < b").map(\.0).contains(.assignmentNotSupported))
        // `=<=` scans as `=` then `<=`.
        #expect(!found("a =<= b").map(\.0).contains(.foreignOperator))
    }

    @Test func evalAndCheckGiveTheSameTripleEqualsDiagnostic() throws {
        let source = #"user.firstName === "John""#
        let eval = try run(["eval", source])
        let check = try run(["check", source])
        #expect(eval.status == 2)
        #expect(check.status == 2)
        let evalFirst = eval.stderr.split(separator: "\n").first.map(String.init)
        #expect(evalFirst == "1:16: error[OEL2011]: '===' is not an operator in Okta Expression Language")
        #expect((check.stdout + check.stderr).contains("1:16: error[OEL2011]: '===' is not an operator in Okta Expression Language"))
        #expect(!(eval.stderr + check.stdout + check.stderr).contains("OEL3001"))
        #expect(!(check.stdout + check.stderr).contains("OEL8001"))
    }

    // MARK: The other dialect explains an evaluation failure

    /// The failure of evaluating `source` in `dialect` against `context`, from the library.
    func failure(_ source: String, _ context: String, dialect: Dialect) throws -> Diagnostic {
        do {
            let value = try TestSupport.evaluate(source, context, dialect: dialect)
            Issue.record("\(source) evaluated to \(value)")
        } catch let diagnostic as Diagnostic {
            return diagnostic
        } catch let failure as CompileFailure {
            return try #require(failure.diagnostics.first)
        }
        throw CancellationError()
    }

    @Test func identityEngineSyntaxInClassicNamesTheDialectFlag() throws {
        let cases: [(String, DiagnosticCode, String)] = [
            ("user.profile.department == 'Help Desk'", .propertyOnNull, "write user.department"),
            ("String.substringBefore(user.profile.email, '@')", .propertyOnNull, "write user.email"),
            ("user.profile.email.substringBefore('@')", .wrongDialect, "String.substringBefore(x, s)"),
            ("user.created.plusDays(2)", .wrongDialect, "ZonedDateTime.plusDays"),
            ("DateTime.now()", .wrongDialect, "DateTime.now"),
            ("user.email.length()", .wrongDialect, "String.len(x)"),
        ]
        for (source, code, rewrite) in cases {
            let diagnostic = try failure(source, #"{"user":{"email":"ann@example.com"}}"#, dialect: .classic)
            #expect(diagnostic.code == code, "\(source): \(diagnostic.code)")
            #expect(diagnostic.hint?.contains("--dialect oie") == true, "\(source): \(diagnostic.hint ?? "")")
            #expect(diagnostic.hint?.contains(rewrite) == true, "\(source): \(diagnostic.hint ?? "")")
        }
        // The whole hint for the issue's example.
        let department = try failure("user.profile.department == 'Help Desk'", "{}", dialect: .classic)
        #expect(department.hint == "user.profile.* is Identity Engine syntax: evaluate with --dialect oie, or write user.department in the classic dialect")
        #expect(department.range == SourceRange(start: 13, end: 23))
    }

    @Test func classicSyntaxInIdentityEngineNamesTheDialectFlag() throws {
        let context = #"{"user":{"profile":{"email":"ann@example.com","isAdmin":true}}}"#
        let cases: [(String, DiagnosticCode, String)] = [
            ("user.email.substringBefore('@')", .methodOnNull, "write user.profile.email"),
            ("user.isAdmin AND true", .nullToBoolean, "write user.profile.isAdmin"),
            ("user.isAdmin ? 'a' : 'b'", .nullToBoolean, "write user.profile.isAdmin"),
            ("String.substringBefore(user.profile.email, '@')", .wrongDialect, "x.substringBefore(s)"),
            ("toUpperCase(user.profile.email)", .wrongDialect, "x.toUpperCase()"),
            ("isMemberOfGroupName('Admins')", .wrongDialect, "classic"),
        ]
        for (source, code, rewrite) in cases {
            let diagnostic = try failure(source, context, dialect: .identityEngine)
            #expect(diagnostic.code == code, "\(source): \(diagnostic.code)")
            #expect(diagnostic.hint?.contains("--dialect classic") == true, "\(source): \(diagnostic.hint ?? "")")
            #expect(diagnostic.hint?.contains(rewrite) == true, "\(source): \(diagnostic.hint ?? "")")
        }
    }

    @Test func failuresTheDialectDoesNotExplainKeepTheirHint() throws {
        let manager = try failure("user.manager.email", #"{"user":{"manager":null}}"#, dialect: .classic)
        #expect(manager.hint == "the value before '.email' is null; guard it (x != null ? x.email : ...) or use ?.")
        // A context whose user has a profile: user.profile is then not the mistake.
        let profile = try failure("user.profile.manager.email", #"{"user":{"profile":{"manager":null}}}"#, dialect: .classic)
        #expect(profile.hint?.contains("--dialect") == false)
        // Identity Engine user fields (user.id, user.status, ...) are not profile attributes.
        let status = try failure("user.status.toLowerCase()", #"{"user":{}}"#, dialect: .identityEngine)
        #expect(status.hint?.contains("--dialect") == false)
        // A failure elsewhere in an expression that also reads user.profile.
        let elsewhere = try failure("user.profile?.x == null ? user.manager.email : 2", #"{"user":{"manager":null}}"#, dialect: .classic)
        #expect(elsewhere.code == .propertyOnNull)
        #expect(elsewhere.range == SourceRange(start: 39, end: 44))
        #expect(elsewhere.hint?.contains("--dialect") == false)
    }

    @Test func evalPrintsTheDialectHintForTheIssueExample() throws {
        let result = try run(["eval", "user.profile.department == 'Help Desk'"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("= hint: user.profile.* is Identity Engine syntax: evaluate with --dialect oie"))
        let oie = try run(["eval", "--dialect", "oie", "--context", "-", "user.department.toUpperCase()"],
                          stdin: #"{"user":{"profile":{"department":"Help Desk"}}}"#)
        #expect(oie.status == 1)
        #expect(oie.stderr.contains("or evaluate with --dialect classic"))
        // The batch gives the same hint: it is the library's.
        let batch = try run(["eval", "--jsonl"], stdin: #"{"id":1,"expr":"user.profile.department == 'x'"}"# + "\n")
        #expect(batch.stdout.contains(#""hint":"user.profile.* is Identity Engine syntax: evaluate with --dialect oie"#))
    }

    // MARK: Misspelt namespaces and deprecated functions

    @Test func misspeltNamespacesSuggestTheNamespace() throws {
        let cases: [(String, String)] = [
            ("Strings.toLowerCase(user.a)", "did you mean String.toLowerCase(...)?"),
            ("string.toLowerCase(user.a)", "did you mean String.toLowerCase(...)? Namespaces are case-sensitive."),
            ("Array.contains(user.a, 'x')", "did you mean Arrays.contains(...)?"),
            ("Group.contains('OKTA', 'x', 10)", "did you mean Groups.contains(...)?"),
            ("Converts.toInt('1')", "did you mean Convert.toInt(...)?"),
            ("strings.len('x')", "did you mean String.len(...)?"),
        ]
        for (source, hint) in cases {
            let diagnostic = try failure(source, "{}", dialect: .classic)
            #expect(diagnostic.code == .unknownFunction, "\(source): \(diagnostic.code)")
            #expect(diagnostic.hint == hint, "\(source): \(diagnostic.hint ?? "")")
            #expect(!diagnostic.message.contains("Methods on values"))
            let checked = Checker.check(source).diagnostics.first
            #expect(checked?.code == .unknownFunction && checked?.hint == hint, "check \(source)")
        }
        // In Identity Engine the namespaced function is classic: the hint also gives the method.
        let oie = try failure("Strings.toLowerCase(user.a)", "{}", dialect: .identityEngine)
        #expect(oie.hint == "did you mean String.toLowerCase(...)? That is classic syntax: in the Identity Engine dialect write x.toLowerCase(), or evaluate with --dialect classic")
        // Without a call, the misspelt namespace is an unknown name with the same suggestion.
        let bare = try failure("Strings.toLowerCase", "{}", dialect: .classic)
        #expect(bare.code == .unknownName)
        #expect(bare.hint == "did you mean the namespace String? Its functions are called as String.toLowerCase(...)")
        // A documented root is never taken for a namespace.
        #expect(try failure("user.toLowerCase()", "{}", dialect: .classic).code == .wrongDialect)
    }

    @Test func everyDeprecatedFunctionNamesAnExistingReplacement() throws {
        let registry = FunctionRegistry.standard
        let deprecated = registry.all.filter(\.deprecated)
        #expect(deprecated.count >= 7)
        for function in deprecated {
            let replacement = try #require(function.deprecation?.replacement)
            let parts = replacement.split(separator: ".").map(String.init)
            #expect(parts.count == 2, "\(function.name): \(replacement)")
            guard parts.count == 2 else { continue }
            let target = registry.lookup(.namespaced(parts[0]), parts[1]).filter { $0.dialects == function.dialects }
            #expect(target.count == 1, "\(function.name): \(replacement) is not a function")
            #expect(target.first?.parameters.count == function.parameters.count, "\(function.name)")
            let warning = Checker.check("\(function.name)(" + Array(repeating: "'a'", count: function.parameters.count).joined(separator: ", ") + ")")
                .diagnostics.first { $0.code == .deprecatedFunction }
            #expect(warning?.hint == "use \(replacement)", "\(function.name): \(warning?.hint ?? "no warning")")
            // In Identity Engine, the method that dialect writes.
            #expect(function.wrongDialectHint(in: .identityEngine).contains("write x."), "\(function.name)")
        }
    }

    // MARK: Misspelt attributes read as null, with a warning

    @Test func misspeltAttributeWarnsOnStderrAndStillPrintsNull() throws {
        let context = #"{"user":{"firstName":"John","lastName":"Doe"}}"#
        let result = try run(["eval", "--context", "-", "user.firstname"], stdin: context)
        #expect(result.status == 0)
        #expect(result.stdout == "null\n")
        #expect(result.stderr.contains("1:6: warning[OEL6011]: Invalid property firstname"))
        #expect(result.stderr.contains("= hint: did you mean firstName?"))
        // Two typos, two warnings; an attribute with no near spelling (unset) none.
        let two = try run(["eval", "--context", "-", "user.firstname + ' ' + user.lastNme + user.middleName"], stdin: context)
        #expect(two.status == 0)
        #expect(two.stdout == "\"null nullnull\"\n")
        #expect(two.stderr.components(separatedBy: "warning[OEL6011]").count == 3)
        #expect(two.stderr.contains("did you mean lastName?"))
        // Spelt right: no warning at all.
        let right = try run(["eval", "--context", "-", "user.firstName"], stdin: context)
        #expect(right.stdout == "\"John\"\n")
        #expect(right.stderr.isEmpty)
        // The strict error has the same suggestion.
        let strict = try run(["eval", "--strict-attributes", "--context", "-", "user.firstname"], stdin: context)
        #expect(strict.status == 1)
        #expect(strict.stderr.contains("error[OEL6011]") && strict.stderr.contains("did you mean firstName?"))
    }

    @Test func identityEngineAttributeOutsideTheProfileWarns() throws {
        let result = try run(["eval", "--dialect", "oie", "--context", "-", "user.department == 'Sales'"],
                             stdin: #"{"user":{"profile":{"department":"Sales"}}}"#)
        #expect(result.status == 0)
        #expect(result.stdout == "false\n")
        #expect(result.stderr.contains("warning[OEL6011]"))
        #expect(result.stderr.contains("write user.profile.department"))
    }

    @Test func safeIdentityEngineSyntaxInClassicWarns() throws {
        let result = try run(["eval", "--context", "-", "user.profile?.department"], stdin: #"{"user":{"department":"Sales"}}"#)
        #expect(result.status == 0)
        #expect(result.stdout == "null\n")
        #expect(result.stderr.contains("warning[OEL6011]") && result.stderr.contains("--dialect oie"))
    }

    @Test func attributeWarningsAreLibraryDiagnostics() throws {
        let program = try Environment().compile("user.firstname != null ? user.manager.emial : groups.![nme]")
        let context = try ContextLoader.context(
            fromJSON: #"{"user":{"firstName":"A","manager":{"email":"m@x"}},"groups":[{"name":"g"}]}"#,
            dialect: .classic, now: ContextLoader.documentationNow)
        let warnings = program.attributeWarnings(context)
        #expect(warnings.map(\.code) == [.missingProperty, .missingProperty])
        #expect(warnings.allSatisfy { $0.severity == .warning })
        #expect(warnings.map(\.range) == [SourceRange(start: 5, end: 14), SourceRange(start: 38, end: 43)])
        #expect(warnings.map(\.hint) == ["did you mean firstName?", "did you mean email?"])
        // The value is unchanged: null, read as null.
        #expect(try program.evaluate(context) == .array([.null]))
    }
}
