import Foundation
import Testing
@testable import OktaEL

@Suite struct EvaluatorTests {
    @Test func stepBudgetStopsRunawayEvaluation() {
        var environment = Environment()
        environment.evaluationLimits.maxSteps = 1_000
        let program = try? environment.compile("{1,2,3,4,5,6,7,8,9,10}.![{1,2,3,4,5,6,7,8,9,10}.![{1,2,3,4,5,6,7,8,9,10}.![1 + 1]]]")
        #expect(program != nil)
        #expect(throws: Diagnostic.self) { try program?.evaluate(EvaluationContext()) }
        do {
            _ = try program?.evaluate(EvaluationContext())
        } catch {
            #expect(error.code == .stepBudgetExceeded)
        }
    }

    @Test func stringLimit() {
        #expect(TestSupport.errorCode("'abcdefgh' * 1000000") == .stringTooLong)
        #expect(TestSupport.errorCode("'a' * 2147483647") == .stringTooLong)
        var environment = Environment()
        environment.evaluationLimits.maxStringBytes = 10
        let program = try? environment.compile("'abcdef' + 'ghijkl'")
        do {
            _ = try program?.evaluate(EvaluationContext())
            Issue.record("expected an error")
        } catch {
            #expect(error.code == .stringTooLong)
        }
    }

    @Test func arrayLimit() {
        var environment = Environment()
        environment.evaluationLimits.maxArrayCount = 3
        let program = try? environment.compile("{user.a, user.b, user.c, user.d}")
        do {
            _ = try program?.evaluate(EvaluationContext())
            Issue.record("expected an error")
        } catch {
            #expect(error.code == .arrayTooLong)
        }
    }

    @Test func integerOverflowWrapsInEveryOperator() throws {
        #expect(try TestSupport.evaluate("2147483647 + 1") == .int(-2147483648))
        #expect(try TestSupport.evaluate("-2147483647 - 2") == .int(2147483647))
        #expect(try TestSupport.evaluate("100000 * 100000") == .int(1410065408))
        #expect(try TestSupport.evaluate("-(2147483647 + 1)") == .int(-2147483648))
        #expect(try TestSupport.evaluate("(2147483647 + 1) / -1") == .int(-2147483648))
        #expect(try TestSupport.evaluate("(2147483647 + 1) % -1") == .int(0))
        #expect(try TestSupport.evaluate("9223372036854775807L + 1") == .long(.min))
        #expect(try TestSupport.evaluate("(9223372036854775807L + 1) / -1") == .long(.min))
        #expect(try TestSupport.evaluate("9223372036854775807L * 2") == .long(-2))
        #expect(TestSupport.errorCode("1 / 0") == .divisionByZero)
        #expect(TestSupport.errorCode("1L % 0L") == .divisionByZero)
        #expect(try TestSupport.evaluate("2 ^ 31") == .long(2147483648))
        #expect(try TestSupport.evaluate("2 ^ 62") == .long(4611686018427387904))
        #expect(try TestSupport.evaluate("2 ^ 64") == .long(.max))
    }

    @Test func compiledProgramIsSharedAcrossThreads() async throws {
        let program = try Environment().compile(#"String.len(user.name) + (isMemberOfGroupName("Admins") ? 100 : 0)"#)
        let results = await withTaskGroup(of: Value?.self) { group in
            for index in 0..<64 {
                group.addTask {
                    let name = String(repeating: "x", count: index)
                    let context = EvaluationContext(roots: ObjectValue([
                        ("user", .object(ObjectValue([("name", .string(name))]))),
                        ("groups", .array(index % 2 == 0 ? [.object(ObjectValue([("id", "g1"), ("name", "Admins")]))] : [])),
                    ]))
                    return try? program.evaluate(context)
                }
            }
            var values: [Value?] = []
            for await value in group { values.append(value) }
            return values
        }
        let sorted = results.compactMap { value -> Int32? in if case .int(let i)? = value { return i } else { return nil } }.sorted()
        let expected = (0..<64).map { Int32($0 + ($0 % 2 == 0 ? 100 : 0)) }.sorted()
        #expect(sorted == expected)
    }

    @Test func missingAttributesAreNullByDefaultAndErrorsWhenStrict() throws {
        let context = #"{"user": {"email": "a@b.c"}}"#
        #expect(try TestSupport.evaluate("user.department", context) == .null)
        let program = try Environment().compile("user.departmnt")
        let strict = try ContextLoader.context(fromJSON: context, dialect: .classic, missingAttributes: .error)
        do {
            _ = try program.evaluate(strict)
            Issue.record("expected an error")
        } catch {
            #expect(error.code == .missingProperty)
        }
        #expect(TestSupport.errorCode("nosuchroot.x") == .unknownName)
        #expect(try TestSupport.evaluate("appuser") == .null)
        #expect(try TestSupport.evaluate("session") == .object(ObjectValue()))
        #expect(try TestSupport.evaluate("val + 1", #"{"val": 3}"#) == .int(4))
    }

    @Test func errorsCarryTheRangeOfTheFailingNode() {
        do {
            let program = try Environment().compile("user.a + user.manager.name")
            _ = try program.evaluate(EvaluationContext())
            Issue.record("expected an error")
        } catch let diagnostic as Diagnostic {
            #expect(diagnostic.code == .propertyOnNull)
            #expect(diagnostic.range == SourceRange(start: 22, end: 26))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}

/// The README's library snippet, verbatim.
@Suite struct ReadmeLibraryTests {
    @Test func librarySnippet() throws {
        let program = try Environment(dialect: .classic).compile(#"String.substringBefore(user.email, "@")"#)
        let context = EvaluationContext(roots: ["user": ["email": "ann@example.com"]])
        let value = try program.evaluate(context)          // .string("ann")
        #expect(value == .string("ann"))
    }
}

/// The byte comparison behind property keys and Java `String.equals`, across string representations.
@Suite struct ByteEqualityTests {
    @Test func comparesBytesWhateverTheRepresentation() {
        var native = String()
        native.reserveCapacity(64)
        native += "Admins"                                   // 6 bytes in heap storage
        let long = String(repeating: "x", count: 40)
        let small = String("Admins@x".split(separator: "@")[0]) // 6 bytes inline
        #expect(PropertyKey.bytesEqual(native, small))
        #expect(PropertyKey.bytesEqual(small, "Admins"))
        #expect(!PropertyKey.bytesEqual(small, "Admin"))
        #expect(!PropertyKey.bytesEqual("Admins", "admins"))
        #expect(!PropertyKey.bytesEqual(native, "Admint"))
        #expect(PropertyKey.bytesEqual(long, String(repeating: "x", count: 40)))
        #expect(!PropertyKey.bytesEqual(long, String(repeating: "x", count: 39) + "y"))
        #expect(!PropertyKey.bytesEqual("Caf\u{E9}", "Cafe\u{301}"))   // canonically equal, different bytes
        #expect(PropertyKey.bytesEqual("", String()))
        #expect(PropertyKey(native).hash == PropertyKey(small).hash)
    }
}

/// `a + b + c ...` is evaluated as one chain; it must mean what the pairwise tree means.
@Suite struct ConcatenationChainTests {
    func evaluate(_ source: String, limits: EvaluationLimits = .default) throws -> Value {
        try Environment(dialect: .classic, evaluationLimits: limits).compile(source).evaluate(EvaluationContext())
    }

    @Test func chainsAddNumbersUntilTheFirstString() throws {
        #expect(try evaluate(#"1 + 2 + "x" + 1 + 2"#) == .string("3x12"))
        #expect(try evaluate("1 + 2 + 3 + 4") == .int(10))
        #expect(try evaluate(#"null + "a" + null + 1.5 + true"#) == .string("nullanull1.5true"))
        #expect(try evaluate(#"{1, 2} + "-" + {:} + 'z'"#) == .string("1,2-{}z"))
        #expect(try evaluate(#"'' + '' + ''"#) == .string(""))
        // Past the 256-byte stack buffer, and non-ASCII text.
        let long = String(repeating: "é", count: 200)
        #expect(try evaluate("'\(long)' + 'ü' + 1 + '\(long)'") == .string(long + "ü1" + long))
    }

    @Test func errorsNameTheFailingPlus() throws {
        do {
            _ = try evaluate(#""a" + "b" + {{a:1}} + "c""#)
            Issue.record("expected OEL6005")
        } catch let diagnostic as Diagnostic {
            #expect(diagnostic.code == .operatorNotSupported)
            #expect(diagnostic.range.start == 10)   // the second '+'
        }
        do {
            _ = try evaluate(#""aaaa" + "bbbb" + "cccc" + "dddd""#, limits: EvaluationLimits(maxStringBytes: 10))
            Issue.record("expected OEL6xxx string too long")
        } catch let diagnostic as Diagnostic {
            #expect(diagnostic.code == .stringTooLong)
            #expect(diagnostic.range.start == 16)   // the third operand's '+' makes 12 bytes
        }
    }
}

/// `list.?[name == 'x']` tests objects in place; everything else must still take the general path.
@Suite struct SelectionComparisonTests {
    func evaluate(_ source: String, _ roots: String, missing: MissingAttributePolicy = .null, steps: Int = 1_000_000) throws -> Value {
        guard case .object(let object) = try JSONReader.parse(roots) else { return .null }
        return try Environment(dialect: .classic, evaluationLimits: EvaluationLimits(maxSteps: steps)).compile(source)
            .evaluate(EvaluationContext(roots: object, missingAttributes: missing))
    }

    @Test func matchesTheGeneralPath() throws {
        let roots = #"{"name": "Root", "items": [{"name": "a"}, {"id": 1}, {"name": "b", "x": 2}, "a", null, {"name": 1}]}"#
        // The element without `name` falls back to the root `name`; strings and null are not objects.
        #expect(try evaluate("items.?[name == 'a']", roots) == .array([.object(ObjectValue([("name", .string("a"))]))]))
        #expect(try evaluate("Arrays.size(items.?[name == 'Root'])", roots) == .int(3))   // {id:1}, "a", null read the root
        #expect(try evaluate("Arrays.size(items.?[name != 'a'])", roots) == .int(5))
        #expect(try evaluate("items.^[name == 1]", roots) == .object(ObjectValue([("name", .int(1))])))
        #expect(try evaluate("items.$[name == 'b']", roots) == .object(ObjectValue([("name", .string("b")), ("x", .int(2))])))
    }

    @Test func chargesStepsAndHonoursMissingAttributes() throws {
        let many = "[" + (0..<100).map { #"{"name": "g\#($0)"}"# }.joined(separator: ",") + "]"
        #expect(throws: Diagnostic.self) { try evaluate("groups.?[name == 'x']", #"{"groups": \#(many)}"#, steps: 250) }
        #expect(try evaluate("groups.?[name == 'x']", #"{"groups": \#(many)}"#, steps: 400) == .array([]))
        #expect(throws: Diagnostic.self) { try evaluate("items.?[name == 'a']", #"{"items": [{"id": 1}]}"#, missing: .error) }
    }
}

@Suite struct ProgramCacheTests {
    @Test func compilesOnceAndEvictsTheOldest() throws {
        let cache = ProgramCache(environment: Environment(dialect: .classic), capacity: 3)
        let first = try cache.program(for: "1 + 1")
        let again = try cache.program(for: "1 + 1")
        #expect(first.core === again.core)
        for source in ["2", "3", "4"] { _ = try cache.program(for: source) }
        #expect(cache.count == 3)
        #expect(try cache.program(for: "1 + 1").core !== first.core)   // evicted, compiled anew
        #expect(throws: CompileFailure.self) { try cache.program(for: "1 +") }
        #expect(throws: CompileFailure.self) { try cache.program(for: "1 +") }
        #expect(cache.count == 3)
        cache.removeAll()
        #expect(cache.count == 0)
    }

    @Test func sharedAcrossThreads() async throws {
        let cache = ProgramCache(environment: Environment(dialect: .classic), capacity: 50)
        let results = await withTaskGroup(of: [Value].self) { group in
            for _ in 0..<8 {
                group.addTask {
                    (0..<200).map { i in (try? cache.program(for: "\(i % 80) * 2").evaluate(EvaluationContext())) ?? .null }
                }
            }
            var all: [[Value]] = []
            for await result in group { all.append(result) }
            return all
        }
        let expected = (0..<200).map { Value.int(Int32($0 % 80) * 2) }
        for result in results { #expect(result == expected) }
        #expect(cache.count <= 50)
    }
}
