import Foundation
import Testing
import OktaEL
@testable import OktaClaims

/// Unit tests of the engine's tricky parts: priority order in the trace, thin and fat ID
/// tokens, the multiset comparison, /userinfo, the trace's reasons and the scenario loader.
struct EngineTests {
    static let orders: CompiledConfiguration? = CompiledConfiguration.load(bytes: Fixtures.bundle, name: "orders-server.json").value
    static let directory: Directory? = DirectoryLoader.load(bytes: Fixtures.bytes("directory.json"), name: "directory.json").value

    static func preview(_ request: TokenRequest) -> PreviewResult? {
        guard let orders, let directory else { return nil }
        return Preview.preview(configuration: orders, directory: directory, request: request, now: Clock.documentation)
    }

    static let web = "0oaweb1A2b3C4d5E6x7"

    @Test func policiesAndRulesAreTracedInPriorityOrder() throws {
        let result = try #require(EngineTests.preview(TokenRequest(clientID: EngineTests.web, grantType: .authorizationCode,
                                                                   user: "dave@example.com", scopes: ["openid", "orders:write"], responseType: "code")))
        #expect(result.trace.policies.map(\.name) == ["Orders web apps", "All clients"])
        let web = try #require(result.trace.policies.first)
        #expect(web.outcome == .noRuleMatched)
        #expect(web.rules.map(\.name) == ["Admins via code", "Staff", "Everyone reads", "Paused experiment"])
        #expect(web.rules.map(\.failedCondition) == ["people", "people.users.exclude", "scopes", "status"])
        let all = try #require(result.trace.policies.last)
        #expect(all.outcome == .matched)
        #expect(all.rules.map(\.failedCondition) == ["grantTypes", nil])
    }

    @Test func laterPoliciesAreNotReached() throws {
        let result = try #require(EngineTests.preview(TokenRequest(clientID: EngineTests.web, grantType: .authorizationCode,
                                                                   user: "bob@example.com", scopes: ["openid"], responseType: "code")))
        #expect(result.trace.policies.map(\.outcome) == [.matched, .notReached])
        #expect(result.trace.policies.last?.rules.isEmpty == true)
    }

    @Test func tokenPlanPerGrantAndResponseType() {
        let cases: [(GrantType, [String], Bool, access: Bool, id: Bool, thin: Bool)] = [
            (.authorizationCode, ["code"], true, true, true, true),
            (.authorizationCode, ["code"], false, true, false, false),
            (.implicit, ["id_token"], true, false, true, false),
            (.implicit, ["id_token", "token"], true, true, true, true),
            (.implicit, ["code", "id_token"], true, false, true, false),
            (.implicit, ["token"], true, true, false, false),
            (.password, [], true, true, true, true),
            (.clientCredentials, [], false, true, false, false),
        ]
        for (grant, types, openID, access, id, thin) in cases {
            let plan = TokenPlan(grant: grant, responseTypes: types, openID: openID)
            #expect(plan.accessToken == access && plan.idToken == id && plan.thinIDToken == thin, "\(grant) \(types)")
        }
    }

    @Test func thinAndFatIDTokensDifferOnlyByNonAlwaysClaims() throws {
        let thin = try #require(EngineTests.preview(TokenRequest(clientID: EngineTests.web, grantType: .implicit, user: "bob@example.com",
                                                                 scopes: ["openid", "profile"], responseType: "id_token token", nonce: "n")))
        let fat = try #require(EngineTests.preview(TokenRequest(clientID: EngineTests.web, grantType: .implicit, user: "bob@example.com",
                                                                scopes: ["openid", "profile"], responseType: "id_token", nonce: "n")))
        let thinKeys = Set(thin.idToken?.payload.keys ?? [])
        let fatKeys = Set(fat.idToken?.payload.keys ?? [])
        #expect(thinKeys.subtracting(fatKeys) == ["at_hash"])
        #expect(fatKeys.subtracting(thinKeys) == ["family_name", "zoneinfo", "locale", "updated_at", "display_name"])
        let reasons = thin.trace.claims.filter { $0.token == "id_token" && $0.reason == .notAlwaysInThinToken }.map(\.name)
        #expect(reasons.contains("family_name") && reasons.contains("display_name"))
    }

    @Test func userinfoHasEveryClaimOfTheScopes() throws {
        let result = try #require(EngineTests.preview(TokenRequest(clientID: EngineTests.web, grantType: .authorizationCode,
                                                                   user: "bob@example.com", scopes: ["openid", "email"], responseType: "code")))
        let userinfo = try #require(result.userinfo)
        #expect(userinfo.keys == ["sub", "email", "email_verified", "email_domain"])
        #expect(userinfo["sub"] == .string("00ubob1A2b3C4d5E6x7"))
        #expect(result.idToken?.payload["email_verified"] == nil)
    }

    @Test func accessTokenClaimsInOktasOrder() throws {
        let result = try #require(EngineTests.preview(TokenRequest(clientID: EngineTests.web, grantType: .authorizationCode,
                                                                   user: "bob@example.com", scopes: ["openid", "orders:read"], responseType: "code")))
        let keys = try #require(result.accessToken?.payload.keys)
        #expect(Array(keys.prefix(11)) == ["ver", "jti", "iss", "aud", "iat", "exp", "cid", "uid", "scp", "auth_time", "sub"])
        #expect(result.accessToken?.header.keys == ["alg", "kid"])
        let idKeys = try #require(result.idToken?.payload.keys)
        #expect(Array(idKeys.prefix(9)) == ["sub", "ver", "iss", "aud", "iat", "exp", "jti", "amr", "idp"])
    }

    @Test func multisetComparison() {
        let a: Value = .array([.string("x"), .string("y"), .string("x")])
        #expect(ExpectationCheck.equal(a, .array([.string("x"), .string("x"), .string("y")])))
        #expect(!ExpectationCheck.equal(a, .array([.string("x"), .string("y"), .string("y")])))
        #expect(!ExpectationCheck.equal(a, .array([.string("x"), .string("y")])))
        #expect(!ExpectationCheck.equal(.bool(true), .string("true")))
        #expect(!ExpectationCheck.equal(.int(2019), .string("2019")))
        #expect(!ExpectationCheck.equal(.int(1), .double(1.0)))
        #expect(ExpectationCheck.equal(.int(1438363117), .long(1438363117)))
        #expect(ExpectationCheck.equal(.object(ObjectValue([("a", a), ("b", .null)])), .object(ObjectValue([("b", .null), ("a", a)]))))
    }

    @Test func failedExpectationsNameWhatDiffers() throws {
        let result = try #require(EngineTests.preview(TokenRequest(clientID: EngineTests.web, grantType: .authorizationCode,
                                                                   user: "bob@example.com", scopes: ["openid"], responseType: "code")))
        let expectation = TokensExpectation(policy: "00pother", accessToken: TokenExpectation(issued: true, present: [("sub", .string("x"))],
                                                                                               exists: [], absent: ["sub"]))
        let mismatches = ExpectationCheck.mismatches(.tokens(expectation), result)
        #expect(mismatches.count == 3)
        #expect(ExpectationCheck.mismatches(.error(error: "access_denied", internalCode: "no_matching_policy", description: nil), result).count == 1)
    }

    @Test func traceRendersEveryStep() throws {
        let result = try #require(EngineTests.preview(TokenRequest(clientID: EngineTests.web, grantType: .authorizationCode,
                                                                   user: "dave@example.com", scopes: ["openid", "orders:read"], responseType: "code")))
        let text = result.trace.text
        #expect(text.contains("rule \"Staff\" (0prstaff1A2b3C4d5x7, priority 2): skipped, people.users.exclude"))
        #expect(text.contains("access_token cost_center: out (inactive)"))
        #expect(text.contains("access_token is_admin: out (scope not granted)"))
        #expect(text.contains("access_token given_name: out (wrong token type)"))
        let json = ValueOutput.json(result.trace.json)
        #expect(json.hasPrefix(#"{"checks":[{"check":"client","passed":true"#))
        #expect(result.text.contains("matched: policy \"Orders web apps\""))
        #expect(ValueOutput.json(result.json).hasPrefix(#"{"matched":{"policy":"00pweb1A2b3C4d5E6x7""#))
    }

    @Test func failedClaimCarriesItsDiagnostic() throws {
        let edge = Fixtures.orders.appendingPathComponent("scenarios/edge")
        let configuration = try #require(CompiledConfiguration.load(path: edge.appendingPathComponent("edge-server.json").path).value)
        let directory = try #require(DirectoryLoader.load(path: edge.appendingPathComponent("directory.json").path).value)
        let result = Preview.preview(configuration: configuration, directory: directory,
                                     request: TokenRequest(clientID: "0oaedgesvc1A2b3C4x7", grantType: .clientCredentials, scopes: ["reports:read"]),
                                     now: Clock.documentation)
        #expect(result.error?.internalCode == "user_claim_evaluation_failure")
        #expect(result.trace.policies.map(\.outcome) == [.inactive, .matched])
        #expect(result.trace.policies.first?.rules.isEmpty == true)
        #expect(result.error?.cause?.path.description == #"claims["broken_runtime"].value"#)
        #expect(result.trace.claims.last?.outcome == .failed)
        #expect(result.text.contains("OEL6010"))
        // Reserved names are reported when compiling.
        let reserved = Fixtures.findings(configuration.diagnostics, "OEL9106").map(\.path.description)
        #expect(reserved.sorted() == [#"claims["nickname"].name"#, #"claims["username"].name"#])
    }

    @Test func scenarioFilesInEveryForm() {
        let one = #"{"id": "a", "config": "c.json", "request": {"client_id": "x", "grant_type": "password", "user": "u"}, "expect": {"refresh_token": true}, "why": "w"}"#
        let single = ScenarioLoader.load(bytes: Array(one.utf8), name: "s.json", folder: "/tmp/f")
        #expect(single.value?.count == 1 && single.value?.first?.config == "/tmp/f/c.json" && single.value?.first?.directory == "/tmp/f/directory.json")
        let lines = ScenarioLoader.load(bytes: Array((one + "\n\n" + one + "\n").utf8), name: "s.jsonl", folder: "f")
        #expect(lines.value?.count == 2)
        let array = ScenarioLoader.load(bytes: Array("[\(one), \(one)]".utf8), name: "s.json", folder: "f")
        #expect(array.value?.count == 2)
        let broken = ScenarioLoader.load(bytes: Array(#"[{"id": "b", "config": "c.json", "request": {"client_id": "x"}}]"#.utf8), name: "s.json", folder: "f")
        #expect(broken.value?.isEmpty == true)
        #expect(broken.diagnostics.map(\.path.description).contains(#"scenarios["b"].expect"#))
        #expect(broken.diagnostics.map(\.path.description).contains(#"scenarios["b"].request.grant_type"#))
    }

    @Test func errorTableRowsAreUnique() {
        let codes = OAuthErrorTable.rows.map(\.internalCode)
        #expect(Set(codes).count == codes.count)
        #expect(OAuthErrorTable.row(internalCode: "no_matching_policy")?.status == 401)
        #expect(OAuthErrorTable.consentRequired.describe(["list": "a, b"]) == "The following scopes require user consent: [a, b].")
    }

    @Test func previewIsPureAndSharable() async throws {
        let request = TokenRequest(clientID: EngineTests.web, grantType: .authorizationCode, user: "alice@example.com",
                                   scopes: ["openid", "profile", "groups"], responseType: "code")
        let first = try #require(EngineTests.preview(request))
        let results = await withTaskGroup(of: String.self) { group in
            for _ in 0..<4 { group.addTask { EngineTests.preview(request).map { ValueOutput.json($0.json) } ?? "" } }
            var all: [String] = []
            for await result in group { all.append(result) }
            return all
        }
        #expect(results.allSatisfy { $0 == ValueOutput.json(first.json) })
    }
}
