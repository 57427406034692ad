import ArgumentParser
import OktaEL

/// `--dialect`, classic unless given (eval, bench).
struct DialectOption: ParsableArguments {
    @Option(help: "Expression dialect: classic or oie.")
    var dialect: Dialect = .classic
}

/// `--context`, `--now` and `--strict-attributes`: the evaluation context of one expression (eval).
struct ContextOptions: ParsableArguments {
    @Option(help: "Evaluation context: a JSON file, or - for standard input.")
    var context: String?

    @Option(help: "Fixed clock for Time.now(), DateTime.now() and withinDays (ISO-8601).")
    var now: String?

    @Flag(help: "Treat missing attributes as errors instead of null.")
    var strictAttributes = false

    func validate() throws {
        // The clock from --now is checked here, so an error in it is not taken for one in the context file.
        if let now {
            do throws(Diagnostic) {
                _ = try ContextLoader.context(from: .null, dialect: .classic, now: now)
            } catch {
                throw Terminal.fail(error, status: ExitStatus.validationError)
            }
        }
    }

    /// Whether the context is read from standard input.
    var readsStandardInput: Bool { context == "-" }

    /// The context for `dialect`; an unreadable file or an invalid context is reported and ends
    /// the command (status 2): a JSON syntax error at its file, line and column.
    func load(dialect: Dialect) throws(ExitCode) -> EvaluationContext {
        let input = context.map(InputFile.init)
        let json = try input.map { input throws(ExitCode) in try JSONInput.parse(input, what: "The evaluation context") } ?? .null
        do {
            return try ContextLoader.context(
                from: json, dialect: dialect, now: now, missingAttributes: strictAttributes ? .error : .null)
        } catch {
            throw Terminal.fail(error, name: input?.displayName, status: ExitStatus.validationError)
        }
    }
}

/// `--format text|json` (eval, check, codes).
struct FormatOption: ParsableArguments {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Option(help: "Output: text or json.")
    var format: Format = .text
}

/// `--dialect`, `--profile`, `--schema` and `--app-schema`: where a checked expression is used
/// and what its org defines (check).
struct UsageOptions: ParsableArguments {
    @Option(help: "Expression dialect: classic or oie (default: the profile's, else classic).")
    var dialect: Dialect?

    @Option(help: "Where the expression is used: claim, federated-claim (app-claim), group-rule, mapping, policy, idp-transform.")
    var profile: UsageProfile?

    @Option(help: "User profile schema: the JSON of Okta's schema API for the user type.")
    var schema: String?

    @Option(help: "App user schema, in the same format.")
    var appSchema: String?

    @Option(name: .customLong("app-name"), help: ArgumentHelp("An app instance name of the org that a mapping may reference (zendesk, salesforce_2); repeatable.", valueName: "name"))
    var appNames: [String] = []

    /// The checker's options; an unreadable or invalid schema is reported and ends the command
    /// (status 2).
    func checkOptions() throws(ExitCode) -> CheckOptions {
        var options = CheckOptions(dialect: dialect, profile: profile)
        options.appNames = Set(appNames)
        if let schema { options.userSchema = try Self.loadSchema(schema, name: "user profile") }
        if let appSchema { options.appUserSchema = try Self.loadSchema(appSchema, name: "app user") }
        return options
    }

    /// Whether a schema is read from standard input.
    var readsStandardInput: Bool { schema == "-" || appSchema == "-" }

    private static func loadSchema(_ path: String, name: String) throws(ExitCode) -> ProfileSchema {
        let input = InputFile(path)
        let json = try JSONInput.parse(input, what: "The \(name) schema")
        do throws(Diagnostic) {
            return try ProfileSchema(json: json, name: name)
        } catch {
            throw Terminal.fail(error, name: input.displayName, status: ExitStatus.validationError)
        }
    }
}
