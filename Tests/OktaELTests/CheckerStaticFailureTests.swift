import Testing
@testable import OktaEL

/// What evaluation refuses for every context because of something static, `oel check` refuses
/// too (grammar/profiles.md, "Arguments that fail for every context"), and both say to quote a
/// name written where a text is required.
@Suite struct CheckerStaticFailureTests {
    static func check(_ source: String, _ profile: UsageProfile? = nil, dialect: Dialect? = nil) -> CheckResult {
        Checker.check(source, options: CheckOptions(dialect: dialect, profile: profile))
    }

    @Test func unknownRootsFailCheckAsTheyFailEvaluation() throws {
        #expect(Self.check("foo.bar", nil).diagnostics.map(\.code) == [.unknownName])
        // In a mapping the name may be an app instance of the org: a warning that names --app-name.
        let mapped = Self.check("foo.bar", .mapping).diagnostics
        #expect(mapped.map(\.code) == [.undeclaredAppReference])
        #expect(mapped.first?.severity == .warning)
        #expect(Self.check("zendesk.firstName", .mapping).diagnostics.isEmpty, "a documented explicit app reference")
        var options = CheckOptions(profile: .mapping)
        options.appNames = ["salesforce"]
        #expect(Checker.check("salesforce.email", options: options).diagnostics.isEmpty, "an app name the caller gives")
        #expect(Checker.check("salesforce_app.instanceUrl", options: options).diagnostics.isEmpty)
        #expect(Self.check("salesforce.email", .mapping).diagnostics.map(\.code) == [.undeclaredAppReference])
        // Evaluation agrees: no context root of that name.
        #expect(throws: Diagnostic.self) { try Environment().compile("foo.bar").evaluate(EvaluationContext()) }
    }

    @Test func unquotedNamesGetTheQuoteHintInCheckAndEval() throws {
        let checked = Self.check("getManagerUser(active_directory).email")
        let finding = try #require(checked.diagnostics.first { $0.severity == .error })
        #expect(finding.hint == #"text needs quotes: write "active_directory""#)
        #expect(finding.fixIt?.replacement == #""active_directory""#)
        let status = try #require(Self.check("user.getInternalProperty(status)").diagnostics.first)
        #expect(status.code == .unknownName)
        #expect(status.fixIt?.replacement == #""status""#)
        let program = try Environment().compile("getManagerUser(active_directory).email")
        do throws(Diagnostic) {
            _ = try program.evaluate(EvaluationContext())
            Issue.record("evaluation should fail on the unknown name")
        } catch {
            #expect(error.code == .unknownName)
            #expect(error.hint == #"text needs quotes: write "active_directory""#)
        }
    }

    @Test func constantArgumentsOutOfRangeFailCheck() {
        #expect(Self.check(#"Groups.startsWith("OKTA","SSO",101)"#, .claim).diagnostics.map(\.code) == [.groupLimit])
        #expect(Self.check("Groups.contains('OKTA', 'x', 50 * 3)", .claim).diagnostics.map(\.code) == [.groupLimit])
        #expect(Self.check("getFilteredGroups({'00g1'}, 'group.name', 0)", .claim).diagnostics.map(\.code) == [.groupLimit])
        #expect(Self.check("Groups.startsWith('OKTA', 'SSO', 100)", .claim).diagnostics.isEmpty)
        #expect(Self.check("getManagerUser('google')").diagnostics.map(\.code) == [.invalidArgument])
        #expect(Self.check("user.getInternalProperty('Status')").diagnostics.first?.hint == #"did you mean "status"?"#)
        #expect(Self.check("user.getGroups({'group.bad': 'x'})").diagnostics.map(\.code) == [.invalidArgument])
        #expect(Self.check("isMemberOfGroupNameRegex('(')").diagnostics.map(\.code) == [.invalidRegex])
    }

    @Test func constantPartsAreEvaluated() {
        #expect(Self.check("Convert.toInt('abc')").diagnostics.map(\.code) == [.numberFormat])
        #expect(Self.check("Time.now('Bad/Zone')").diagnostics.map(\.code) == [.invalidTime])
        #expect(Self.check("'abc'.toInteger()", dialect: .identityEngine).diagnostics.map(\.code) == [.numberFormat])
        // Not evaluated where evaluation does not reach it.
        #expect(Self.check("false AND Convert.toInt('abc') == 1").diagnostics.isEmpty)
        // One finding where the type check already has one.
        #expect(Self.check("'abc' - 1").diagnostics.map(\.code) == [.argumentTypeMismatch])
    }

    /// A long constant expression is checked in bounded time: constant calls are evaluated at
    /// most a fixed number of times, and parts with a step budget.
    @Test func longConstantExpressionsStayCheap() {
        let source = (0..<2_000).map { _ in "String.len('abc')" }.joined(separator: " + ")
        let clock = ContinuousClock()
        let elapsed = clock.measure { _ = Self.check(source) }
        #expect(elapsed < .seconds(20))
        let nested = String(repeating: "String.toUpperCase(", count: 150) + "'x'" + String(repeating: ")", count: 150)
        #expect(!Self.check(nested).hasErrors)
    }
}
