import Foundation
import Testing
import OktaEL
@testable import OktaClaims

/// The lint table: every rule fires on the fixture `testdata/lint-rules/` (one instance of each),
/// the example has only its expected finding, the subsumption test, and the doc page lists the table.
@Suite struct LintTests {
    static let folder = Fixtures.root.appendingPathComponent("Tests/OktaClaimsTests/testdata/lint-rules")

    static func lintFixture() -> [ConfigDiagnostic] {
        let configuration = CompiledConfiguration.load(path: folder.appendingPathComponent("config.json").path).value
        let directory = DirectoryLoader.load(path: folder.appendingPathComponent("directory.json").path).value
        guard let configuration else { return [] }
        return Linter.lint(LintInput(configuration: configuration, directory: directory))
    }

    @Test(arguments: LintRules.all.map(\.name))
    func everyRuleFiresOnTheFixture(_ name: String) throws {
        let rule = try #require(LintRules.all.first { $0.name == name })
        let findings = Self.lintFixture()
        let codes = Set(findings.map(\.code))
        #expect(rule.codes.contains { codes.contains($0) }, "the rule \(name) found nothing in testdata/lint-rules")
    }

    @Test func fixtureFindingsNameObjectAndField() {
        let findings = Self.lintFixture()
        let sources = Set(findings.map { "\($0.code.rawValue) \($0.path)" })
        for expected in [
            #"OEL9303 policies["HR portal"].rules["HR department"].priority"#,
            #"OEL9302 policies["HR portal"].rules["HR department"].conditions.scopes"#,
            #"OEL9302 claims["tied"].conditions.scopes"#,
            #"OEL9304 policies["HR portal"].conditions.clients.include"#,
            #"OEL9305 claims["all_groups"].value"#,
            #"OEL9306 claims["hr_groups"].value"#,
            #"OEL9301 claims["dept"].name"#,
            #"OEL2002 claims["broken"].value"#,
            #"OEL9102 claims["bad_regex"].value"#,
            #"OEL9106 claims["iss"].name"#,
            #"OEL9201 authorizationServer.audiences"#,
            #"OEL9203 scopes["hr:read"]"#,
            #"OEL9204 policies["HR portal"].rules["HR department"].actions.token.accessTokenLifetimeMinutes"#,
        ] {
            #expect(sources.contains(expected), "missing \(expected)")
        }
        // The null-result finding carries the caret rendering of its expression.
        let nullable = findings.first { $0.code.rawValue == "OEL9306" }
        #expect(nullable?.rendered().contains("^^^^^^^^^^^^^^^^^") == true)
    }

    @Test func exampleHasOnlyItsExpectedFinding() throws {
        let configuration = try #require(CompiledConfiguration.load(path: Fixtures.orders.appendingPathComponent("orders-server.json").path).value)
        let directory = DirectoryLoader.load(path: Fixtures.orders.appendingPathComponent("directory.json").path).value
        let findings = Linter.lint(LintInput(configuration: configuration, directory: directory))
        #expect(findings.map(\.code.rawValue) == ["OEL8004"])
        #expect(findings.first?.path.description == #"claims["is_admin"].value"#)
    }

    @Test func nullableGroupsScan() {
        #expect(NullableGroupsCall.unguarded(in: #"Groups.startsWith("OKTA", "a", 10) ?: {}"#).isEmpty)
        #expect(NullableGroupsCall.unguarded(in: #"Groups.contains("OKTA", ")", 10)?:{}"#).isEmpty)
        #expect(NullableGroupsCall.unguarded(in: #""Groups.startsWith(x)""#).isEmpty)
        #expect(NullableGroupsCall.unguarded(in: #"Arrays.flatten(Groups.endsWith("OKTA", "x", 5), "y")"#).map(\.function) == ["endsWith"])
        #expect(NullableGroupsCall.unguarded(in: #"Groups.startsWith("OKTA","a",5) + Groups.contains("OKTA","b",5) ?: {}"#).map(\.function) == ["startsWith"])
    }

    @Test func subsumption() {
        func rule(_ grants: [String], people: PeopleCondition? = nil, scopes: [String]) -> CompiledRule {
            CompiledRule(rule: PolicyRule(id: "r", name: "r", priority: 1, grantTypes: grants.map { GrantType($0) }, people: people, scopes: scopes))
        }
        let everyone = PeopleCondition(groups: IncludeExclude(include: ["EVERYONE"]))
        let hr = PeopleCondition(groups: IncludeExclude(include: ["00ghr"]))
        let hrAndIT = PeopleCondition(groups: IncludeExclude(include: ["00ghr", "00git"]))
        let hrButDave = PeopleCondition(users: IncludeExclude(exclude: ["00udave"]), groups: IncludeExclude(include: ["00ghr"]))
        #expect(RuleSubsumption.covers(rule(["authorization_code", "implicit"], people: everyone, scopes: ["*"]), rule(["implicit"], people: hr, scopes: ["a"])))
        #expect(!RuleSubsumption.covers(rule(["implicit"], scopes: ["*"]), rule(["authorization_code"], scopes: ["a"])))
        #expect(!RuleSubsumption.covers(rule(["implicit"], scopes: ["a"]), rule(["implicit"], scopes: ["*"])))
        #expect(RuleSubsumption.covers(rule(["implicit"], scopes: ["a", "b"]), rule(["implicit"], scopes: ["a"])))
        #expect(!RuleSubsumption.covers(rule(["implicit"], people: hr, scopes: ["*"]), rule(["implicit"], people: everyone, scopes: ["a"])))
        #expect(RuleSubsumption.covers(rule(["implicit"], people: hrAndIT, scopes: ["*"]), rule(["implicit"], people: hr, scopes: ["a"])))
        #expect(!RuleSubsumption.covers(rule(["implicit"], people: hrButDave, scopes: ["*"]), rule(["implicit"], people: hr, scopes: ["a"])))
        #expect(RuleSubsumption.covers(rule(["implicit"], people: hr, scopes: ["*"]), rule(["implicit"], people: hrButDave, scopes: ["a"])))
    }

    @Test func everyCodeIsInTheDiagnosticTable() {
        for code in LintRules.all.flatMap(\.codes) where code.rawValue.hasPrefix("OEL9") {
            #expect(ConfigDiagnosticCodes.row(for: code) != nil, "\(code.rawValue) is not in ConfigDiagnosticCodes")
        }
    }

    /// The table between the page's markers is `LintRules.markdownTable` (RECORD_LINT_DOC=1 rewrites it).
    @Test func docPageListsTheTable() throws {
        let url = Fixtures.root.appendingPathComponent("docs/claims/lint.md")
        var page = try String(contentsOf: url, encoding: .utf8)
        if ProcessInfo.processInfo.environment["RECORD_LINT_DOC"] != nil,
           let start = page.range(of: "<!-- lint table -->\n"), let end = page.range(of: "<!-- end lint table -->"), start.upperBound <= end.lowerBound {
            page.replaceSubrange(start.upperBound..<end.lowerBound, with: LintRules.markdownTable + "\n")
            try page.write(to: url, atomically: true, encoding: .utf8)
        }
        #expect(page.contains(LintRules.markdownTable), "docs/claims/lint.md differs from the lint table; paste:\n\(LintRules.markdownTable)")
    }
}
