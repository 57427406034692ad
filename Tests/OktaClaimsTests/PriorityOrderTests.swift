import Testing
@testable import OktaClaims

/// Policies and rules run in priority order, never array order; ties are broken by created, then id.
@Suite struct PriorityOrderTests {
    @Test func exampleIsInPriorityOrder() throws {
        let compiled = try #require(CompiledConfiguration.load(bytes: Fixtures.bundle).value)
        // The file lists "All clients" first and the web rules as 3, 1, 2, 4.
        #expect(compiled.policies.map(\.policy.priority) == [1, 2])
        #expect(compiled.policies[0].rules.map(\.rule.name) == ["Admins via code", "Staff", "Everyone reads", "Paused experiment"])
        #expect(compiled.policies[1].rules.map(\.rule.name) == ["Service clients", "Default Policy Rule"])
    }

    private func rule(_ id: String, _ priority: Int, created: String? = nil) -> PolicyRule {
        PolicyRule(id: id, name: id, priority: priority, grantTypes: [.implicit], scopes: ["*"], created: created)
    }

    @Test func orderDoesNotDependOnArrayOrder() {
        let rules = [rule("c", 2), rule("a", 3), rule("b", 1)]
        for permutation in [rules, rules.reversed(), [rules[1], rules[2], rules[0]]] {
            let policy = Policy(id: "p", name: "p", priority: 1, clients: ["ALL_CLIENTS"], rules: permutation)
            let compiled = CompiledConfiguration(compiling: Configuration(server: AuthorizationServer(id: "s", name: "s", audiences: ["api://s"]), policies: [policy]))
            #expect(compiled.policies[0].rules.map(\.id) == ["b", "c", "a"])
        }
    }

    @Test func tiesByCreatedThenID() {
        let rules = [rule("z", 1, created: "2025-01-02T00:00:00.000Z"), rule("y", 1), rule("x", 1, created: "2025-01-01T00:00:00.000Z"), rule("w", 1)]
        let policy = Policy(id: "p", name: "p", priority: 1, clients: ["ALL_CLIENTS"], rules: rules)
        let compiled = CompiledConfiguration(compiling: Configuration(server: AuthorizationServer(id: "s", name: "s", audiences: ["api://s"]), policies: [policy]))
        #expect(compiled.policies[0].rules.map(\.id) == ["x", "z", "w", "y"])
        #expect(Fixtures.findings(compiled.diagnostics, "OEL9207").count == 1)
    }

    @Test func policyTiesAndDuplicateIDs() {
        let policies = [
            Policy(id: "p2", name: "second", priority: 1, clients: ["ALL_CLIENTS"]),
            Policy(id: "p1", name: "first", priority: 1, clients: ["ALL_CLIENTS"]),
            Policy(id: "p1", name: "again", priority: 3, clients: ["ALL_CLIENTS"]),
        ]
        let compiled = CompiledConfiguration(compiling: Configuration(server: AuthorizationServer(id: "s", name: "s", audiences: ["api://s"]), policies: policies))
        #expect(compiled.policies.map(\.policy.name) == ["first", "second"])
        #expect(Fixtures.findings(compiled.diagnostics, "OEL9207").count == 1)
        #expect(Fixtures.findings(compiled.diagnostics, "OEL9009").count == 1)
    }
}
