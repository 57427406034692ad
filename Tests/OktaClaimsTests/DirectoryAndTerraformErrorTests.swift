import OktaEL
import Testing
@testable import OktaClaims

/// Malformed directories and Terraform documents, and the example's own findings.
@Suite struct DirectoryAndTerraformErrorTests {
    @Test func directoryFindingsNameTheEntry() throws {
        let text = #"""
        {"org": {"name": "x"},
         "users": [{"id": "00u1", "profile": {"login": "ann@example.com"}, "credentials": {"emails": "none"}}],
         "groups": [{"id": "00g1", "type": "SECURITY", "profile": {"name": "Staff"}}, {"id": "00g2"}],
         "memberships": {"00u1": ["00g1", 3]},
         "apps": [{"id": "0oa1", "label": "Portal", "settings": {"oauthClient": {"application_type": "spa", "grant_types": ["authorization_code"]}},
                   "appUsers": [{"scope": "USER"}]}]}
        """#
        let loaded = DirectoryLoader.load(bytes: Array(text.utf8), name: "directory.json")
        let found = Set(loaded.diagnostics.map { "\($0.code) \($0.path)" })
        for expected in [
            "OEL9002 org.id",
            #"OEL9003 users["ann@example.com"].credentials.emails"#,
            #"OEL9004 groups["Staff"].type"#,
            #"OEL9002 groups[id: "00g2"].profile"#,
            #"OEL9003 memberships["00u1"][1]"#,
            #"OEL9004 apps["Portal"].settings.oauthClient.application_type"#,
            #"OEL9002 apps["Portal"].appUsers[0].id"#,
        ] {
            #expect(found.contains(expected), "\(expected) not in \(found.sorted())")
        }
        let directory = try #require(loaded.value)
        #expect(directory.groups.count == 2)
        #expect(directory.memberships["00u1"] == ["00g1"])
        #expect(loaded.diagnostics.allSatisfy { $0.file == "directory.json" })
    }

    @Test func terraformDanglingPolicyAndMissingAttributes() throws {
        let text = #"""
        {"format_version": "1.0", "values": {"root_module": {"resources": [
          {"address": "okta_auth_server.a", "mode": "managed", "type": "okta_auth_server", "name": "a",
           "values": {"id": "aus1", "name": "A", "audiences": ["api://a"]}},
          {"address": "okta_auth_server_claim.dept", "mode": "managed", "type": "okta_auth_server_claim", "name": "dept",
           "values": {"auth_server_id": "aus1", "name": "dept", "value": "user.department"}},
          {"address": "okta_auth_server_policy_rule.r", "mode": "managed", "type": "okta_auth_server_policy_rule", "name": "r",
           "values": {"auth_server_id": "aus1", "policy_id": "00pmissing", "name": "r", "priority": 1, "grant_type_whitelist": ["implicit"]}},
          {"address": "okta_auth_server_scope.other", "mode": "managed", "type": "okta_auth_server_scope", "name": "other",
           "values": {"auth_server_id": "aus2", "name": "other"}},
          {"address": "data.okta_group.g", "mode": "data", "type": "okta_group", "name": "g", "values": {}}
        ]}}}
        """#
        let loaded = CompiledConfiguration.load(bytes: Array(text.utf8), name: "state.json")
        let found = Set(loaded.diagnostics.map { "\($0.code) \($0.path)" })
        #expect(found.contains("OEL9002 okta_auth_server_claim.dept.claim_type"), "\(found.sorted())")
        #expect(found.contains("OEL9008 okta_auth_server_policy_rule.r.policy_id"), "\(found.sorted())")
        #expect(found.contains("OEL9008 okta_auth_server_scope.other.auth_server_id"), "\(found.sorted())")
        let compiled = try #require(loaded.value)
        #expect(compiled.scopes.count == 7)  // the system scopes only
        #expect(compiled.claims.count == 19)  // the system claims only
        #expect(compiled.format == .terraformState)
    }

    @Test func terraformWithoutServer() {
        let loaded = CompiledConfiguration.load(bytes: Array(#"{"format_version": "1.0", "values": {"root_module": {}}}"#.utf8))
        #expect(loaded.value == nil)
        #expect(loaded.diagnostics.map(\.code.rawValue) == ["OEL9002"])
    }

    @Test func exampleFindingsAreOnlyTheExpectedWarning() throws {
        let loaded = CompiledConfiguration.load(bytes: Fixtures.bundle)
        // The example keeps one lint finding on purpose: isMemberOfGroupName is ambiguous across sources.
        #expect(loaded.diagnostics.map { "\($0.code) \($0.path)" } == [#"OEL8004 claims["is_admin"].value"#])
    }

    @Test func renderingAndJSONShape() throws {
        let loaded = Fixtures.compile(Fixtures.minimal(claims: #"[{"id": "ocl1", "name": "dept", "claimType": "RESOURCE", "valueType": "EXPRESSION", "value": "user.department +"}]"#))
        let syntax = try #require(loaded.diagnostics.first { $0.expression != nil })
        let rendered = syntax.rendered()
        #expect(rendered.hasPrefix(#"test.json: claims["dept"].value:1:"#), "\(rendered)")
        #expect(rendered.contains("user.department +"))
        let json = try #require(syntax.json.objectValue)
        #expect(json["source"] == .string(#"claims["dept"].value"#))
        #expect(json["objectId"] == .string("ocl1"))
        #expect(json["line"] == .int(1))
        #expect(json["code"] == .string(syntax.code.rawValue))
        let summary = try #require(Fixtures.findings(loaded.diagnostics, "OEL9101").first)
        let summaryJSON = try #require(summary.json.objectValue)
        #expect(summaryJSON["line"] == nil)
        #expect(summaryJSON["severity"] == .string("error"))
        #expect(summary.rendered().hasPrefix(#"test.json: claims["dept"].value: error[OEL9101]"#), "\(summary.rendered())")
    }

    @Test func groupFilters() throws {
        let cases: [(GroupFilterType, String, String, Bool)] = [
            (.startsWith, "group1", "Group123", true), (.startsWith, "group1", "MyGroup1", false),
            (.equals, "it", "IT", true), (.equals, "it", "IT2", false),
            (.contains, "group1", "MyGroup123", true), (.contains, "", "anything", true),
            (.regex, "IT.*", "IT-Ops", true), (.regex, "it.*", "IT-Ops", false),
            (.regex, "IT", "IT-Ops", false), (.regex, "/^[a-z0-9_-]{3,16}$/", "orders-staff", true),
            (.regex, ".*", "Everyone", true), (.regex, "it's", "it's", true),
        ]
        for (type, value, name, expected) in cases {
            let filter = try GroupFilter(type: type, value: value)
            #expect(try filter.matches(name) == expected, "\(type) \(value) \(name)")
        }
        #expect(throws: Diagnostic.self) { try GroupFilter(type: .regex, value: "[a-") }
    }
}
