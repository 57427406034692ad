import OktaEL
import Testing
@testable import OktaClaims

/// The example configuration in each of its forms.
@Suite struct LoadFormsTests {
    @Test func bundleLoadsWithoutErrors() throws {
        let loaded = CompiledConfiguration.load(bytes: Fixtures.bundle, name: "orders-server.json")
        let compiled = try #require(loaded.value)
        #expect(Fixtures.errors(loaded).isEmpty, "\(Fixtures.errors(loaded))")
        #expect(compiled.server.name == "Orders API")
        #expect(compiled.scopes.count == 12)
        #expect(compiled.claims.count == 29)
        #expect(compiled.claims.filter { $0.claim.system }.count == 19)
        #expect(compiled.policies.map(\.policy.name) == ["Orders web apps", "All clients"])
        #expect(compiled.format == .bundle)
    }

    @Test func folderGivesTheBundlesConfiguration() throws {
        let bundle = try #require(CompiledConfiguration.load(bytes: Fixtures.bundle).value)
        let folder = CompiledConfiguration.compile(ConfigurationLoader.loadFolder(files: Fixtures.folderFiles, folder: "api"))
        #expect(Fixtures.errors(folder).isEmpty, "\(Fixtures.errors(folder))")
        let compiled = try #require(folder.value)
        #expect(compiled.format == .folder)
        #expect(compiled.canonicalDump == bundle.canonicalDump)
    }

    @Test func folderAcceptsServerJSON() throws {
        var files = Fixtures.folderFiles
        files["server.json"] = files.removeValue(forKey: "authorizationServer.json")
        let loaded = CompiledConfiguration.compile(ConfigurationLoader.loadFolder(files: files))
        #expect(Fixtures.errors(loaded).isEmpty, "\(Fixtures.errors(loaded))")
        #expect(loaded.value?.server.id == "ausorders1a2B3c4D5x7")
    }

    @Test func folderFromDisk() throws {
        let loaded = CompiledConfiguration.load(path: Fixtures.orders.appendingPathComponent("api").path)
        let compiled = try #require(loaded.value)
        let bundle = try #require(CompiledConfiguration.load(bytes: Fixtures.bundle).value)
        #expect(compiled.canonicalDump == bundle.canonicalDump)
    }

    @Test func terraformStateGivesTheBundlesConfiguration() throws {
        let bundle = try #require(CompiledConfiguration.load(bytes: Fixtures.bundle).value)
        let state = CompiledConfiguration.load(bytes: Fixtures.bytes("terraform/orders.tfstate.json"), name: "orders.tfstate.json")
        #expect(Fixtures.errors(state).isEmpty, "\(Fixtures.errors(state))")
        let compiled = try #require(state.value)
        #expect(compiled.format == .terraformState)
        #expect(compiled.canonicalDump == bundle.canonicalDump)
    }

    @Test func terraformPlanLinksByReference() throws {
        let plan = CompiledConfiguration.load(bytes: Fixtures.bytes("terraform/orders.tfplan.json"), name: "orders.tfplan.json")
        #expect(Fixtures.errors(plan).isEmpty, "\(Fixtures.errors(plan))")
        let compiled = try #require(plan.value)
        #expect(compiled.format == .terraformPlan)
        // Ids are unknown before apply: policies and rules are named by their resource addresses.
        #expect(compiled.policies.map(\.id) == ["okta_auth_server_policy.web", "module.service_clients.okta_auth_server_policy.all_clients"])
        #expect(compiled.policies.map { $0.rules.count } == [4, 2])
        #expect(compiled.claims.count == 29)
        #expect(compiled.server.issuer == nil)
    }

    @Test func directoryLoads() throws {
        let loaded = DirectoryLoader.load(bytes: Fixtures.bytes("directory.json"), name: "directory.json")
        #expect(Fixtures.errors(loaded).isEmpty, "\(Fixtures.errors(loaded))")
        let directory = try #require(loaded.value)
        #expect(directory.org.id == "00oexample1A2b3C4x7")
        let alice = try #require(directory.user("ALICE@example.com"))
        #expect(alice.primaryEmailVerified == true)
        #expect(directory.user("carol@example.com")?.primaryEmailVerified == false)
        #expect(directory.groups(ofUser: alice.id).count == 7)
        #expect(directory.groups.first { $0.type == .builtIn }?.name == "Everyone")
        let web = try #require(directory.app(clientID: "0oaweb1A2b3C4d5E6x7"))
        #expect(web.oauthClient?.applicationType == .web)
        #expect(web.appUser(alice.id)?.userName == "alice.admin")
        #expect(web.profile["tenant"] == .string("acme"))
        #expect(directory.app(clientID: "0oasvc1A2b3C4d5E6x7")?.oauthClient?.grantTypes == [.clientCredentials])
        #expect(directory.groups.first { $0.type == .appGroup }?.sourceID == "0oaad1A2b3C4d5E6Fx7")
    }

    @Test func requestLoads() throws {
        let text = #"{"client_id": "0oa1", "grant_type": "authorization_code", "user": "bob@example.com", "scope": "openid orders:read", "response_type": "code", "unknown": 1}"#
        let loaded = RequestLoader.load(bytes: Array(text.utf8))
        let request = try #require(loaded.value)
        #expect(loaded.diagnostics.isEmpty)
        #expect(request.grantType == .authorizationCode)
        #expect(request.scopes == ["openid", "orders:read"])
        #expect(request.nonce == nil)
        let omitted = try #require(RequestLoader.load(bytes: Array(#"{"client_id": "c", "grant_type": "client_credentials", "user": null}"#.utf8)).value)
        #expect(omitted.scopes == nil)
        #expect(omitted.user == nil)
    }

    @Test func systemClaimsAndSubAreRecognised() throws {
        let compiled = try #require(CompiledConfiguration.load(bytes: Fixtures.bundle).value)
        #expect(compiled.sub.claim.system)
        guard case .expression(let program?) = compiled.sub.value else {
            Issue.record("sub is not a compiled expression")
            return
        }
        #expect(program.canonicalText.contains("appuser"))
        let email = try #require(compiled.claims.first { $0.name == "email" })
        guard case .system(let system?) = email.value else {
            Issue.record("email is not a SYSTEM claim")
            return
        }
        #expect(system.scope == "email")
        #expect(compiled.claims.first { $0.name == "given_name" }?.claim.alwaysIncludeInToken == true)
        let groups = try #require(compiled.claims.first { $0.name == "groups" })
        guard case .groups(let filter?) = groups.value else {
            Issue.record("groups has no filter")
            return
        }
        #expect(try filter.matches("Orders-Staff"))
        #expect(try !filter.matches("staff-orders"))
    }

    @Test func missingSubClaimFallsBackToTheDefault() throws {
        let loaded = Fixtures.compile(Fixtures.minimal())
        let compiled = try #require(loaded.value)
        #expect(compiled.sub.claim.value == SystemObjects.defaultSubExpression)
        #expect(Fixtures.findings(loaded.diagnostics, "OEL9105").count == 1)
    }
}
