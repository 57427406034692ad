import Testing
@testable import OktaEL

/// Unit tests of the group, user-method and directory builtins beyond the corpus:
/// the function-table examples, helpers, and the step budget.
@Suite struct GroupFunctionsTests {
    static let libraries: [BuiltinFunction] = GroupFunctions.functions + UserFunctions.functions + DirectoryFunctions.functions
    /// These libraries first, so the tests hold whether or not StandardLibrary lists them yet.
    static let registry = FunctionRegistry(libraries + StandardLibrary.functions)

    static func evaluate(_ source: String, context json: String?, dialect: Dialect = .classic,
                         limits: EvaluationLimits = .default) throws -> Value {
        let roots: ObjectValue
        if let json, case .object(let object) = try JSONReader.parse(json) { roots = object } else { roots = ObjectValue() }
        let program = try Environment(dialect: dialect, evaluationLimits: limits, registry: registry).compile(source)
        return try program.evaluate(EvaluationContext(roots: roots))
    }

    @Test func documentedExamplesHold() throws {
        for function in Self.libraries {
            for example in function.examples {
                let dialect: Dialect = function.dialects.contains(.classic) ? .classic : .identityEngine
                if let expected = example.result {
                    let value = try Self.evaluate(example.expression, context: example.context, dialect: dialect)
                    #expect(Comparison.javaEquals(value, try JSONReader.parse(expected)), "\(example.expression)")
                } else if let code = example.errorCode {
                    #expect(throws: Diagnostic.self) { try Self.evaluate(example.expression, context: example.context, dialect: dialect) }
                    _ = code
                }
            }
        }
    }

    @Test func everyFunctionHasASignatureAndSummary() {
        for function in Self.libraries {
            #expect(!function.signature.isEmpty && !function.summary.isEmpty, "\(function.qualifiedName)")
        }
    }

    @Test func regexDelimitersAreStripped() {
        #expect(GroupFunctions.strippedRegex("/.*admin.*") == ".*admin.*")
        #expect(GroupFunctions.strippedRegex("/Sales/") == "Sales")
        #expect(GroupFunctions.strippedRegex("/") == "")
        #expect(GroupFunctions.strippedRegex("Sales/") == "Sales/")
        #expect(GroupFunctions.strippedRegex("a/b") == "a/b")
    }

    /// `oel check` judges the pattern evaluation runs: a trailing "/" without a leading one is
    /// part of the pattern. `(a+)+\/` runs as is (nested repetition, so OEL8005); cut to
    /// `(a+)+\` it would be an invalid pattern and draw no warning.
    @Test func checkerReadsTheRegexEvaluationRuns() throws {
        func warns(_ pattern: String) -> Bool {
            Checker.check("isMemberOfGroupNameRegex('\(pattern)')", options: CheckOptions())
                .diagnostics.contains { $0.code == .catastrophicRegex }
        }
        #expect(GroupFunctions.strippedRegex(#"(a+)+\/"#) == #"(a+)+\/"#)
        #expect(warns(#"(a+)+\/"#))
        #expect(warns("/(a+)+/"))
        #expect(!warns("abc/"))
        let context = #"{"groups": [{"id": "00g1", "name": "aaa/"}]}"#
        #expect(try Self.evaluate(#"isMemberOfGroupNameRegex('(a+)+\/')"#, context: context) == .bool(true))
        #expect(try Self.evaluate("isMemberOfGroupNameRegex('aaa/')", context: context) == .bool(true))
        for pattern in [#"(a+)+\/"#, "/(a+)+/", "/(a+)+", "(a|aa)*/", "abc/", "/", "//", "/x*/"] {
            let runs = GroupFunctions.strippedRegex(pattern)
            let catastrophic = (try? JavaRegex(runs))?.mayBacktrackCatastrophically ?? false
            #expect(warns(pattern) == catastrophic, "\(pattern)")
        }
    }

    @Test func javaTextComparesUTF16Units() {
        #expect(!GroupText.equals("Caf\u{E9}", "Cafe\u{301}"))
        #expect(GroupText.startsWith("West Coast", ""))
        #expect(!GroupText.startsWith("We", "West"))
        #expect(GroupText.endsWith("IT Admins", "Admins"))
        #expect(!GroupText.endsWith("s", "Admins"))
        #expect(GroupText.contains("Domain admins", "n a"))
        #expect(!GroupText.contains("ab", "abc"))
        #expect(GroupText.contains("😀x", "x"))
    }

    @Test func loopsOverGroupsChargeTheStepBudget() throws {
        var groups: [String] = []
        for i in 0..<500 { groups.append(#"{"id": "00g\#(i)", "name": "G\#(i)"}"#) }
        let context = #"{"groups": [\#(groups.joined(separator: ","))]}"#
        let tight = EvaluationLimits(maxSteps: 200)
        for source in [#"isMemberOfGroupNameStartsWith("nope")"#, #"isMemberOfGroupNameRegex("nope.*")"#,
                       #"user.isMemberOf({'group.id': 'nope'})"#, #"Groups.contains("OKTA", "nope", 10)"#] {
            do {
                _ = try Self.evaluate(source, context: context, limits: tight)
                Issue.record("\(source) should exceed the step budget")
            } catch let diagnostic as Diagnostic {
                #expect(diagnostic.code == .stepBudgetExceeded, "\(source)")
            }
            #expect(try Self.evaluate(source, context: context) == .bool(false) || source.hasPrefix("Groups"))
        }
        // Exact name and ID tests probe the context's group index: one step, whatever the count.
        for source in [#"isMemberOfGroupName("nope")"#, #"isMemberOfGroup("nope")"#, #"isMemberOfAnyGroup("x", "y", "00g499")"#] {
            let expected: Value = .bool(source.contains("00g499"))
            #expect(try Self.evaluate(source, context: context, limits: EvaluationLimits(maxSteps: 10)) == expected, "\(source)")
        }
    }

    @Test func groupIndexFollowsChangesToTheRoots() throws {
        let program = try Environment(dialect: .classic).compile(#"isMemberOfGroupName("Sales") AND isMemberOfGroup("00g2")"#)
        var context = EvaluationContext(roots: ObjectValue([("groups", .array([
            .object(ObjectValue([("id", .string("00g1")), ("name", .string("Sales"))])),
        ]))]))
        #expect(try program.evaluate(context) == .bool(false))
        context.roots["groups"] = .array([
            .object(ObjectValue([("id", .string("00g2")), ("profile", .object(ObjectValue([("name", .string("Sales"))])))])),
            .string("not a group"),
        ])
        #expect(try program.evaluate(context) == .bool(true))
        context.roots["groups"] = nil
        #expect(try program.evaluate(context) == .bool(false))
    }

    @Test func criteriaErrorsListTheValidKeys() throws {
        do {
            _ = try Self.evaluate("user.getGroups({'group.name': 'x'})", context: #"{"groups": []}"#)
            Issue.record("expected an error")
        } catch let diagnostic as Diagnostic {
            #expect(diagnostic.code == .invalidArgument)
            #expect(diagnostic.message.contains("group.profile.name"))
        }
    }

    @Test func getFilteredGroupsBindsANormalisedGroup() throws {
        let value = try Self.evaluate(#"getFilteredGroups({"00g1"}, "group.name + '/' + group.profile.name", 1)"#,
                                      context: #"{"groups": [{"id": "00g1", "profile": {"name": "P"}}]}"#)
        #expect(value == .array([.string("P/P")]))
    }
}
