import Foundation
import Testing
@testable import OktaEL
import OktaELTools

@Suite struct ParserTests {
    private func canonical(_ source: String) -> String? {
        Parser.parse(source).expression.map(Printer.print)
    }

    private func codes(_ source: String) -> [DiagnosticCode] {
        Parser.parse(source).diagnostics.map(\.code)
    }

    @Test func precedenceAndCanonicalForm() {
        #expect(canonical("1+2*3") == "1 + 2 * 3")
        #expect(canonical("(1+2)*3") == "(1 + 2) * 3")
        #expect(canonical("a AND b OR c and d") == "a && b || c && d")
        #expect(canonical("a || b && c") == "a || b && c")
        #expect(canonical("(a || b) && c") == "(a || b) && c")
        #expect(canonical("NOT a") == "!a")
        #expect(canonical("a ? b : c ? d : e") == "a ? b : c ? d : e")
        #expect(canonical("(a ? b : c) ? d : e") == "(a ? b : c) ? d : e")
        #expect(canonical("a ?: b ?: c") == "a ?: b ?: c")
        #expect(canonical("x eq 1 and y ne 2") == "x == 1 && y != 2")
        #expect(canonical("10 div 3 mod 2") == "10 / 3 % 2")
        #expect(canonical("- -1") == "- -1")
        #expect(canonical("1 - (2 - 3)") == "1 - (2 - 3)")
        #expect(canonical("(1 < 2) == true") == "(1 < 2) == true")
        #expect(canonical("\"it's\"") == "'it''s'")
        #expect(canonical("{a: 1, 'b c': {1, 2}}") == "{a: 1, 'b c': {1, 2}}")
        #expect(canonical("{:}") == "{:}")
        #expect(canonical("{}") == "{}")
        #expect(canonical("groups.?[name == 'x'].![id]") == "groups.?[name == 'x'].![id]")
        #expect(canonical("user?.name") == "user?.name")
        #expect(canonical("(1).toString()") == "(1).toString()")
        #expect(canonical("1.5.toInteger()") == "(1.5).toInteger()")
        #expect(canonical("TRUE") == "true")
    }

    @Test func roundTripOverCorpus() {
        var checked = 0
        for testCase in TestSupport.corpus {
            guard let tree = Parser.parse(testCase.expression).expression else { continue }
            let printed = Printer.print(tree)
            let reparsed = Parser.parse(printed).expression
            #expect(reparsed == tree, "\(testCase.id): \(testCase.expression) → \(printed)")
            #expect(reparsed.map(Printer.print) == printed)
            checked += 1
        }
        #expect(checked > 0)
    }

    @Test func treesLargerThanTheFirstEstimateGrowIntact() throws {
        // The parser sizes a tree for half a node per source byte and moves it when more
        // are needed: dense sources (`1+1+...`, `{1,2,...}`, `-(-(...))`) take that path, and
        // every node must survive the moves (printing reads each of them). Sums and unary
        // chains stay under the default depth limit of 200; lists do not count as depth.
        for terms in [2, 3, 10, 150] {
            let sum = Array(repeating: "1", count: terms).joined(separator: "+")
            let tree = try #require(Parser.parse(sum).expression)
            #expect(Printer.print(tree) == Array(repeating: "1", count: terms).joined(separator: " + "))
            #expect(try Environment().compile(sum).evaluate(EvaluationContext(roots: ObjectValue())) == .int(Int32(terms)))
        }
        for elements in [2, 10, 3_000] {
            let list = "{" + (0..<elements).map(String.init).joined(separator: ",") + "}"
            #expect(canonical(list) == "{" + (0..<elements).map(String.init).joined(separator: ", ") + "}")
        }
        // (the innermost `- 1` prints as the literal -1)
        #expect(canonical(String(repeating: "- ", count: 150) + "1") == String(repeating: "- ", count: 149) + "-1")
        let nested = String(repeating: "!", count: 150) + "a"
        #expect(canonical(nested) == nested)
    }

    @Test func indicesOutsideASyntaxTreeReadANullLiteral() {
        // Never produced by the parser; a bug there must not read outside the buffer or trap.
        let tree = SyntaxTree.make(bytes: Array("x".utf8), capacity: 1)
        #expect(tree.append(SyntaxNode(.name, SourceRange(start: 0, end: 1))))
        #expect(!tree.append(SyntaxNode(.int, .at(0))))
        #expect(tree[0].kind == .name)
        for outside: Int32 in [-1, 1, 2, .max] {
            #expect(tree[outside].kind == .null)
            tree[outside] = SyntaxNode(.int, .at(0))
        }
        #expect(tree.count == 1 && tree[0].kind == .name && tree[1].kind == .null)
    }

    @Test func chainedComparisonsAreErrors() {
        #expect(codes("1 < 2 < 3") == [.chainedComparison])
        #expect(codes("a == b == c") == [.chainedComparison])
        #expect(codes("2 ^ 3 ^ 2") == [.chainedComparison])
    }

    @Test func rejectedSpelConstructs() {
        #expect(codes("user.age = 5") == [.assignmentNotSupported])
        #expect(codes("x++") == [.incrementNotSupported])
        #expect(codes("--x") == [.decrementNotSupported])
        #expect(codes("'x' instanceof T(String)").first == .instanceofNotSupported)
        #expect(codes("1 between {0, 5}") == [.betweenNotSupported])
        #expect(codes("T(java.lang.Math).max(1, 2)") == [.typeReferenceNotSupported])
        #expect(codes("new java.util.ArrayList()") == [.constructorNotSupported])
        #expect(codes("#root") == [.variableReferenceNotSupported])
        #expect(codes("x.?[#this == 1]") == [.variableReferenceNotSupported])
        #expect(codes("@bean") == [.beanReferenceNotSupported])
        #expect(codes("&bean") == [.factoryBeanReferenceNotSupported])
    }

    @Test func severalDiagnosticsInOneParse() {
        let diagnostics = Parser.parse("f(1 +, 2 *, 3)").diagnostics
        #expect(diagnostics.count == 2)
        #expect(diagnostics.allSatisfy { $0.code == .unexpectedToken })
        let mixed = Parser.parse("user.a = 1 ++").diagnostics.map(\.code)
        #expect(mixed.contains(.assignmentNotSupported))
        #expect(mixed.contains(.incrementNotSupported))
    }

    @Test func syntaxErrors() {
        #expect(codes("") == [.emptyExpression])
        #expect(codes("   ") == [.emptyExpression])
        #expect(codes("(1 + 2") == [.missingClose])
        #expect(codes("f(1,)") == [.trailingComma])
        #expect(codes("{1, 2,}") == [.trailingComma])
        #expect(codes("a ? b") == [.missingTernaryBranch])
        #expect(codes("a AND") == [.missingLogicalOperand])
        #expect(codes("a | b") == [.singleBarOrAmpersand])
        #expect(codes("1 2") == [.trailingInput])
        #expect(codes("a.") == [.unexpectedEnd])
        #expect(codes(")") == [.unexpectedToken])
    }

    @Test func diagnosticRangesPointAtTheProblem() {
        let diagnostic = Parser.parse("user.firstName + + ").diagnostics.first
        #expect(diagnostic?.range.start == 19)
        let assign = Parser.parse("user.status = 'A'").diagnostics.first
        #expect(assign?.range == SourceRange(start: 12, end: 13))
        #expect(assign?.fixIt?.replacement == "==")
    }

    @Test(.timeLimit(.minutes(1)))
    func hostileNestingEndsInADiagnosticQuickly() {
        let clock = ContinuousClock()
        for (open, close) in [("(", ")"), ("{", "}"), ("!", ""), ("- ", ""), ("a ? ", " : b")] {
            let source = String(repeating: open, count: 100_000) + "1" + String(repeating: close, count: 100_000)
            let elapsed = clock.measure {
                #expect(codes(source).contains(.nestingTooDeep))
            }
            #expect(elapsed < .seconds(2), "\(open): \(elapsed)")
        }
        let brackets = "x" + String(repeating: "[0", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(codes(brackets).contains(.nestingTooDeep))
    }

    @Test(.timeLimit(.minutes(1)))
    func hugeSourceIsRejectedQuickly() {
        let source = String(repeating: "1 + ", count: 2_500_000) + "1"
        let clock = ContinuousClock()
        let elapsed = clock.measure { #expect(codes(source) == [.sourceTooLong]) }
        #expect(elapsed < .seconds(2))
        let limits = ParseLimits(maxSourceBytes: 20_000_000, maxNodes: 1_000)
        #expect(Parser.parse(source, limits: limits).diagnostics.map(\.code) == [.tooManyNodes])
    }

    @Test func deepButAllowedNestingParsesOnASmallStack() {
        final class Outcome: @unchecked Sendable { var parsed = false }
        let source = String(repeating: "(", count: 190) + "1" + String(repeating: ")", count: 190)
        let outcome = Outcome()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            if let program = try? Environment().compile(source), case .int(1)? = try? program.evaluate(EvaluationContext()) {
                outcome.parsed = true
            }
            done.signal()
        }
        // Release builds fit the default depth limit in a 512 KiB stack (a macOS secondary
        // thread's size); unoptimised debug frames are several times larger.
        #if DEBUG
        thread.stackSize = 4 << 20
        #else
        thread.stackSize = 512 << 10
        #endif
        thread.start()
        done.wait()
        #expect(outcome.parsed)
    }
}
