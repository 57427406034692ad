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
        #expect(single("user.hireDate regex '/^2020$/'")?.hint?.contains("matches") == true)
        #expect(single("user.a contains 'x'")?.hint?.contains("String.stringContains") == true)
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
}
