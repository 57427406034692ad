import ArgumentParser
import Foundation
import OktaClaims
import OktaEL

/// `oel preview`: what Okta's Token Preview would show for a request.
struct PreviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "preview",
        abstract: "Preview the tokens an Okta authorization server would issue for a request.",
        discussion: """
            --server is a bundle file, a folder of raw Management API responses (authorizationServer.json, \
            scopes.json, claims.json, policies.json, rules-<policyId>.json) or the JSON of `terraform show -json` \
            (state or plan): a folder is the folder form, a file is told apart by its keys. The request comes \
            from the flags or from --request FILE (a JSON request; flags given too override its fields). \
            Exit status: 0 tokens issued; 1 an OAuth error; 2 an input that cannot be read or used \
            (configuration errors are printed on stderr with their object path); 64 usage error.
            """
    )

    @Option(help: "The authorization server's configuration: bundle file, API-response folder or terraform show -json output.")
    var server: String

    @Option(help: "The directory: org, users, groups, memberships, apps (JSON).")
    var directory: String

    @Option(help: "The OAuth client_id.")
    var client: String?

    @Option(help: "The grant type: authorization_code, implicit, password, client_credentials, refresh_token, ...")
    var grantType: String?

    @Option(help: "The user's login or id (not for client_credentials).")
    var user: String?

    @Option(help: "The requested scopes, space-separated (omit for the default scopes).")
    var scope: String?

    @Option(help: "response_type, for example \"code\" or \"id_token token\".")
    var responseType: String?

    @Option(help: "The request's nonce.")
    var nonce: String?

    @Option(help: "The request as a JSON file: {\"client_id\", \"grant_type\", \"user\", \"scope\", \"response_type\", \"nonce\"}.")
    var request: String?

    @Option(help: "The clock: iat, auth_time and Time.now() (ISO-8601; default: now).")
    var now: String?

    @OptionGroup var output: FormatOption

    @Flag(help: "Add the trace: every policy and rule considered, every claim in, out or failed, and why.")
    var explain = false

    func validate() throws {
        if request == nil {
            guard client != nil, grantType != nil else {
                throw ValidationError("Give the request with --client and --grant-type, or with --request FILE.")
            }
        }
        let stdinReaders = [server, directory, request].compactMap { $0 }.filter { $0 == "-" }
        if stdinReaders.count > 1 { throw ValidationError("Only one input can be read from standard input.") }
    }

    func run() throws {
        let clock = try ClaimsInputs.clock(now)
        let loaded = try ClaimsInputs.configuration(server, print: .error)
        guard let configuration = loaded.value else {
            Terminal.writeError("\(server): the configuration cannot be used")
            throw ExitCode(ExitStatus.validationError)
        }
        let directory = try ClaimsInputs.directory(self.directory)
        let request = try tokenRequest()
        let result = Preview.preview(configuration: configuration, directory: directory, request: request, now: clock, explain: explain)
        switch output.format {
        case .json:
            var object = result.json.objectValue ?? ObjectValue()
            object["configuration"] = .object(ObjectValue([("source", .string(server)), ("format", .string(configuration.format.rawValue))]))
            if explain { object["trace"] = result.trace.json }
            print(ValueOutput.json(.object(object)))
        case .text:
            print(PreviewText.render(result, configuration: configuration, source: server, explain: explain, style: .stdout))
        }
        if !result.succeeded { throw ExitCode(ExitStatus.evaluationError) }
    }

    /// The request: --request's file, then the flags over it.
    private func tokenRequest() throws(ExitCode) -> TokenRequest {
        var base = try request.map { path throws(ExitCode) in try ClaimsInputs.request(path) }
            ?? TokenRequest(clientID: client ?? "", grantType: GrantType(grantType ?? ""))
        if let client { base.clientID = client }
        if let grantType { base.grantType = GrantType(grantType) }
        if let user { base.user = user }
        if let scope { base.scopes = scope.split(separator: " ").map(String.init) }
        if let responseType { base.responseType = responseType }
        if let nonce { base.nonce = nonce }
        return base
    }
}

/// `preview`'s text: the result, then with --explain the trace with each failed claim's
/// rendered OEL diagnostic.
enum PreviewText {
    static func render(_ result: PreviewResult, configuration: CompiledConfiguration, source: String, explain: Bool, style: Style) -> String {
        var lines = result.text.components(separatedBy: "\n").map { line -> String in
            if line.hasPrefix("error:") { return style.red(style.bold(line)) }
            if line.hasPrefix("matched:") || line.hasSuffix("min):") || line.hasPrefix("/userinfo:") { return style.bold(line) }
            return line
        }
        if explain {
            lines.append("")
            lines.append(style.bold("trace (configuration \(source), read as \(configuration.format.rawValue)):"))
            for line in result.trace.text.components(separatedBy: "\n") where !line.isEmpty {
                if line.contains(": FAILED") || line.contains("skipped,") { lines.append("  " + style.yellow(line)) } else { lines.append("  " + line) }
            }
            let renderer = DiagnosticRenderer(colors: style.enabled)
            for claim in result.trace.claims where claim.outcome == .failed {
                guard let diagnostic = claim.diagnostic, diagnostic != result.error?.cause else { continue }  // the error shows its own
                lines.append("")
                lines.append(diagnostic.rendered(with: renderer))
            }
        }
        return lines.joined(separator: "\n")
    }
}
