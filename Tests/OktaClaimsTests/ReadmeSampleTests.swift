import Foundation
import Testing
import OktaClaims
import OktaEL

/// The README's OktaClaims sample ("Previewing tokens"), with only the public API in view, run
/// from the repository root, its printed values checked.
@Suite struct ReadmeSampleTests {
    @Test func theSampleRuns() throws {
        let root = Fixtures.root.path + "/"
        let loaded = CompiledConfiguration.load(path: root + "examples/orders/orders-server.json")
        #expect(loaded.diagnostics.map { $0.rendered() }.count == 1)
        let configuration = try #require(loaded.value)
        let directory = try #require(DirectoryLoader.load(path: root + "examples/orders/directory.json").value)
        let request = TokenRequest(clientID: "0oaweb1A2b3C4d5E6x7", grantType: .authorizationCode, user: "bob@example.com",
                                   scopes: ["openid", "profile"], responseType: "code")
        let result = Preview.preview(configuration: configuration, directory: directory, request: request, now: Clock.documentation)
        #expect(result.error == nil)
        #expect(result.accessToken?.payload["sub"] == .string("bob@example.com"))
        #expect(result.scopes == ["openid", "profile"])
        #expect(result.refreshToken == false)
        #expect(ValueOutput.json(result.json).hasPrefix(#"{"matched":"#))
        let findings = Linter.lint(LintInput(configuration: configuration, directory: directory))
        #expect(findings.count == 1)
    }
}
