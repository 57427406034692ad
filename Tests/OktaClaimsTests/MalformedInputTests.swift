import OktaEL
import Testing
@testable import OktaClaims

/// Every class of malformed input gives a diagnostic with the expected code and object path.
@Suite struct MalformedInputTests {
    private let policy = #"[{"id": "00p1", "name": "HR portal", "priority": 1, "conditions": {"clients": {"include": ["ALL_CLIENTS"]}}, "rules": [RULES]}]"#
    private func policies(_ rules: String) -> String { policy.replacing("RULES", with: rules) }

    @Test func missingRequiredField() throws {
        let loaded = Fixtures.compile(Fixtures.minimal(claims: #"[{"id": "ocl1", "name": "dept", "status": "ACTIVE", "claimType": "RESOURCE", "valueType": "EXPRESSION"}]"#))
        let finding = try #require(Fixtures.findings(loaded.diagnostics, "OEL9002").first)
        #expect(finding.path.description == #"claims["dept"].value"#)
        #expect(finding.objectID == "ocl1")
        #expect(finding.message.contains("dept") && finding.message.contains("ocl1"))
        #expect(finding.severity == .error)
    }

    @Test func missingRuleConditions() throws {
        let rule = #"{"id": "0pr1", "name": "HR department", "priority": 1, "conditions": {"grantTypes": {"include": ["authorization_code"]}}}"#
        let loaded = Fixtures.compile(Fixtures.minimal(policies: policies(rule)))
        let finding = try #require(Fixtures.findings(loaded.diagnostics, "OEL9002").first)
        #expect(finding.path.description == #"policies["HR portal"].rules["HR department"].conditions.scopes"#)
        #expect(finding.objectID == "0pr1")
        // The rule is still there (an absent scope list allows nothing).
        #expect(loaded.value?.policies.first?.rules.count == 1)
    }

    @Test func wrongType() throws {
        let loaded = Fixtures.compile(Fixtures.minimal(claims: #"[{"id": "ocl1", "name": "dept", "claimType": "RESOURCE", "valueType": "EXPRESSION", "value": "user.department", "alwaysIncludeInToken": "yes", "conditions": {"scopes": "profile"}}]"#))
        let paths = Fixtures.findings(loaded.diagnostics, "OEL9003").map(\.path.description).sorted()
        #expect(paths == [#"claims["dept"].alwaysIncludeInToken"#, #"claims["dept"].conditions.scopes"#])
    }

    @Test func wrongTypeOfArrayElement() throws {
        let rule = #"{"id": "0pr1", "name": "HR department", "priority": 1, "conditions": {"grantTypes": {"include": ["implicit", 7]}, "scopes": {"include": ["*"]}}}"#
        let loaded = Fixtures.compile(Fixtures.minimal(policies: policies(rule)))
        let finding = try #require(Fixtures.findings(loaded.diagnostics, "OEL9003").first)
        #expect(finding.path.description == #"policies["HR portal"].rules["HR department"].conditions.grantTypes.include[1]"#)
    }

    @Test func unknownEnumValue() throws {
        let loaded = Fixtures.compile(Fixtures.minimal(claims: #"[{"id": "ocl1", "name": "groups", "claimType": "IDENTITY", "valueType": "GROUPS", "value": "a", "group_filter_type": "STARTSWITH"}]"#))
        let finding = try #require(Fixtures.findings(loaded.diagnostics, "OEL9004").first)
        #expect(finding.path.description == #"claims["groups"].group_filter_type"#)
        #expect(finding.diagnostic.hint == "did you mean STARTS_WITH?")
    }

    @Test func unknownClaimTypeDropsTheClaim() throws {
        let loaded = Fixtures.compile(Fixtures.minimal(claims: #"[{"id": "ocl1", "name": "dept", "claimType": "ACCESS", "valueType": "EXPRESSION", "value": "1"}]"#))
        #expect(Fixtures.findings(loaded.diagnostics, "OEL9004").map(\.path.description) == [#"claims["dept"].claimType"#])
        #expect(loaded.value?.claims.isEmpty == true)
    }

    @Test func unknownGrantTypeIsAWarning() throws {
        let rule = #"{"id": "0pr1", "name": "HR department", "priority": 1, "conditions": {"grantTypes": {"include": ["authorisation_code"]}, "scopes": {"include": ["*"]}}}"#
        let loaded = Fixtures.compile(Fixtures.minimal(policies: policies(rule)))
        let finding = try #require(Fixtures.findings(loaded.diagnostics, "OEL9005").first)
        #expect(finding.severity == .warning)
        #expect(finding.diagnostic.hint == "did you mean authorization_code?")
        #expect(!loaded.hasErrors)
    }

    @Test func invalidJSONHasLineAndColumn() throws {
        let text = "{\n  \"authorizationServer\": {\"id\": \"aus1\",\n    \"name\": \"x\" \"audiences\": []}\n}"
        let loaded = CompiledConfiguration.load(bytes: Array(text.utf8), name: "bad.json")
        #expect(loaded.value == nil)
        let finding = try #require(loaded.diagnostics.first)
        #expect(finding.code.rawValue == "OEL9001")
        let location = try #require(finding.location)
        #expect(location.line == 3)
        #expect(location.column == 17)
        #expect(finding.file == "bad.json")
        let json = finding.json.objectValue
        #expect(json?["line"] == .int(3))
        #expect(json?["file"] == .string("bad.json"))
        #expect(finding.rendered().hasPrefix("bad.json:3:17: error[OEL9001]"))
    }

    @Test func badRegex() throws {
        let loaded = Fixtures.compile(Fixtures.minimal(claims: #"[{"id": "ocl1", "name": "it", "claimType": "IDENTITY", "valueType": "GROUPS", "value": "(IT|Eng", "group_filter_type": "REGEX"}]"#))
        let finding = try #require(Fixtures.findings(loaded.diagnostics, "OEL9102").first)
        #expect(finding.path.description == #"claims["it"].value"#)
        #expect(finding.objectID == "ocl1")
        guard case .groups(nil) = try #require(loaded.value?.claims.first).value else {
            Issue.record("a bad regex still gave a filter")
            return
        }
    }

    @Test func nonCompilingClaimExpression() throws {
        let loaded = Fixtures.compile(Fixtures.minimal(claims: #"[{"id": "ocl1", "name": "dept", "claimType": "RESOURCE", "valueType": "EXPRESSION", "value": "user.department +"}]"#))
        #expect(Fixtures.findings(loaded.diagnostics, "OEL9101").map(\.path.description) == [#"claims["dept"].value"#])
        // The checker's own findings are attached with the expression, for the caret rendering.
        let syntax = try #require(loaded.diagnostics.first { $0.code.rawValue.hasPrefix("OEL2") })
        #expect(syntax.path.description == #"claims["dept"].value"#)
        #expect(syntax.expression == "user.department +")
        #expect(syntax.rendered().contains("^"))
        #expect(syntax.json.objectValue?["source"] == .string(#"claims["dept"].value"#))
        guard case .expression(nil) = try #require(loaded.value?.claims.first).value else {
            Issue.record("a broken expression compiled")
            return
        }
    }

    @Test func claimExpressionUsesTheClaimProfile() throws {
        // Identity Engine attribute syntax in a claim (classic) is a checker finding on the claim.
        let loaded = Fixtures.compile(Fixtures.minimal(claims: #"[{"id": "ocl1", "name": "dept", "claimType": "RESOURCE", "valueType": "EXPRESSION", "value": "user.profile.department"}]"#))
        let finding = try #require(loaded.diagnostics.first { $0.expression != nil })
        #expect(finding.path.description == #"claims["dept"].value"#)
    }

    @Test func notAnObject() throws {
        let loaded = CompiledConfiguration.load(bytes: Array("[1, 2]".utf8))
        #expect(loaded.diagnostics.map(\.code.rawValue) == ["OEL9007"])
        let other = CompiledConfiguration.load(bytes: Array(#"{"scopes": []}"#.utf8))
        #expect(other.diagnostics.map(\.code.rawValue) == ["OEL9007"])
    }

    @Test func policyNamedByIDWhenItHasNoName() throws {
        let policies = #"[{"id": "00p9", "priority": 1, "conditions": {"clients": {"include": ["ALL_CLIENTS"]}}, "rules": []}]"#
        let loaded = Fixtures.compile(Fixtures.minimal(policies: policies))
        #expect(Fixtures.findings(loaded.diagnostics, "OEL9002").map(\.path.description) == [#"policies[id: "00p9"].name"#])
    }

    @Test func folderMissingFiles() throws {
        var files = Fixtures.folderFiles
        files["claims.json"] = nil
        files["rules-00pweb1A2b3C4d5E6x7.json"] = nil
        files["rules-00pnone.json"] = Array("[]".utf8)
        let loaded = ConfigurationLoader.loadFolder(files: files)
        #expect(Fixtures.findings(loaded.diagnostics, "OEL9006").compactMap(\.file).sorted() == ["claims.json", "rules-00pweb1A2b3C4d5E6x7.json"])
        #expect(Fixtures.findings(loaded.diagnostics, "OEL9008").compactMap(\.file) == ["rules-00pnone.json"])
        #expect(loaded.value?.policies.count == 2)
    }

    @Test func structuralLimits() throws {
        let server = #"{"id": "aus1", "name": "Test", "audiences": ["api:", "https://a.example.com"]}"#
        let scopes = #"[{"name": "orders:read"}, {"name": "orders:read"}, {"name": "okta.users.read"}]"#
        let rule = #"{"id": "0pr1", "name": "HR department", "priority": 0, "conditions": {"grantTypes": {"include": ["implicit"]}, "scopes": {"include": ["*"]}}, "actions": {"token": {"accessTokenLifetimeMinutes": 2, "refreshTokenLifetimeMinutes": 1, "refreshTokenWindowMinutes": 5}}}"#
        let loaded = Fixtures.compile(Fixtures.minimal(policies: policies(rule), scopes: scopes, server: server))
        let codes = Set(loaded.diagnostics.map(\.code.rawValue))
        for code in ["OEL9201", "OEL9202", "OEL9203", "OEL9208", "OEL9204", "OEL9205", "OEL9206", "OEL9209"] {
            #expect(codes.contains(code), "\(code) missing")
        }
        #expect(Fixtures.findings(loaded.diagnostics, "OEL9204").first?.path.description
                == #"policies["HR portal"].rules["HR department"].actions.token.accessTokenLifetimeMinutes"#)
        #expect(loaded.value?.server.audience == "api:")
        #expect(loaded.value?.scopes.count == 2)
    }

    @Test func everyCodeIsInTheTableOnce() {
        let codes = ConfigDiagnosticCodes.rows.map(\.code)
        #expect(Set(codes).count == codes.count)
        #expect(codes.allSatisfy { $0.rawValue.hasPrefix("OEL9") && DiagnosticTable.row(for: $0) == nil })
    }
}

extension String {
    fileprivate func replacing(_ target: String, with replacement: String) -> String {
        var out = ""
        var rest = Substring(self)
        while let range = rest.range(of: target) {
            out += rest[..<range.lowerBound] + replacement
            rest = rest[range.upperBound...]
        }
        return out + rest
    }
}
