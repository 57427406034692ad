import ArgumentParser
import Foundation
import OktaClaims
import OktaEL

/// `oel lint`: everything about a configuration that Okta would accept but that is wrong,
/// risky or dead (the rules of `LintRules`, listed in docs/claims/lint.md).
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check an authorization server's configuration: claim expressions, scopes, rules, limits.",
        discussion: """
            --server is a bundle file, a folder of API responses or terraform show -json output (as for preview). \
            With --directory, also the clients policies name and the 100-group limit for its users. \
            Exit status: 0 no errors (warnings allowed unless --strict); 1 warnings only, with --strict; \
            2 errors (or an input that cannot be read); 64 usage error.
            """
    )

    @Option(help: "The authorization server's configuration.")
    var server: String

    @Option(help: "The directory (org, users, groups, memberships, apps).")
    var directory: String?

    @Option(help: "User profile schema: the JSON of Okta's schema API for the user type.")
    var schema: String?

    @Option(help: "App user schema, in the same format.")
    var appSchema: String?

    @OptionGroup var output: FormatOption

    @Flag(help: "Exit with status 1 when there are warnings.")
    var strict = false

    func run() throws {
        var options = CompileOptions()
        if let schema { options.userSchema = try Self.schema(schema, name: "user profile") }
        if let appSchema { options.appUserSchema = try Self.schema(appSchema, name: "app user") }
        let loaded = try ClaimsInputs.configuration(server, options: options, print: nil)
        guard let configuration = loaded.value else {
            if output.format == .json { print(ValueOutput.json(Self.json(loaded.diagnostics))) } else { ClaimsInputs.report(loaded.diagnostics, minimum: .note) }
            Terminal.writeError("\(server): the configuration cannot be read")
            throw ExitCode(ExitStatus.validationError)
        }
        let directory = try self.directory.map { path throws(ExitCode) in try ClaimsInputs.directory(path) }
        let findings = Linter.lint(LintInput(configuration: configuration, directory: directory))
        switch output.format {
        case .json:
            print(ValueOutput.json(Self.json(findings)))
        case .text:
            ClaimsInputs.report(findings, minimum: .note)
            let errors = findings.filter { $0.severity == .error }.count
            let warnings = findings.filter { $0.severity == .warning }.count
            Terminal.writeError("\(server): \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")")
        }
        if findings.hasErrors { throw ExitCode(ExitStatus.validationError) }
        if strict, findings.contains(where: { $0.severity == .warning }) { throw ExitCode(ExitStatus.evaluationError) }
    }

    /// `{"valid", "errors", "warnings", "diagnostics"}`.
    static func json(_ findings: [ConfigDiagnostic]) -> Value {
        .object(ObjectValue([
            ("valid", .bool(!findings.hasErrors)),
            ("errors", .int(Int32(clamping: findings.filter { $0.severity == .error }.count))),
            ("warnings", .int(Int32(clamping: findings.filter { $0.severity == .warning }.count))),
            ("diagnostics", .array(findings.map(\.json))),
        ]))
    }

    private static func schema(_ path: String, name: String) throws(ExitCode) -> ProfileSchema {
        let input = InputFile(path)
        let json = try JSONInput.parse(input, what: "The \(name) schema")
        do throws(Diagnostic) {
            return try ProfileSchema(json: json, name: name)
        } catch {
            throw Terminal.fail(error, name: input.displayName, status: ExitStatus.validationError)
        }
    }
}
