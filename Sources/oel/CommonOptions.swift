import ArgumentParser
import OktaEL

/// `--dialect`, classic unless given (eval, bench).
struct DialectOption: ParsableArguments {
    @Option(help: "Expression dialect: classic or oie.")
    var dialect: Dialect = .classic
}

/// `--jsonl` and the expression argument, which names the batch file in batch mode (eval, check).
struct ExpressionInput: ParsableArguments {
    @Flag(help: "Batch mode: JSON Lines in, JSON Lines out.")
    var jsonl = false

    @Argument(help: "The expression (with --jsonl: the input file, default standard input).")
    var expression: String?

    /// The batch input: the file named by the argument, or standard input.
    var batchPath: String { expression ?? "-" }
}

/// `--context`, `--now` and `--strict-attributes`: the evaluation context of one expression (eval).
struct ContextOptions: ParsableArguments {
    @Option(help: "Evaluation context: a JSON file, or - for standard input.")
    var context: String?

    @Option(help: "Fixed clock for Time.now(), DateTime.now() and withinDays (ISO-8601).")
    var now: String?

    @Flag(help: "Treat missing attributes as errors instead of null.")
    var strictAttributes = false

    /// The context for `dialect`; an unreadable file or an invalid context is reported and ends
    /// the command (status 1 and 2).
    func load(dialect: Dialect) throws(ExitCode) -> EvaluationContext {
        let text = try context.map { path throws(ExitCode) in try Terminal.read(path) } ?? "{}"
        do {
            return try ContextLoader.context(
                fromJSON: text, dialect: dialect, now: now, missingAttributes: strictAttributes ? .error : .null)
        } catch {
            throw Terminal.fail(error, status: ExitStatus.validationError)
        }
    }
}

/// `--format text|json` (check, codes).
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

    /// The checker's options; an unreadable or invalid schema is reported and ends the command
    /// (status 1 and 2).
    func checkOptions() throws(ExitCode) -> CheckOptions {
        var options = CheckOptions(dialect: dialect, profile: profile)
        if let schema { options.userSchema = try Self.loadSchema(schema, name: "user profile") }
        if let appSchema { options.appUserSchema = try Self.loadSchema(appSchema, name: "app user") }
        return options
    }

    private static func loadSchema(_ path: String, name: String) throws(ExitCode) -> ProfileSchema {
        let text = try Terminal.read(path)
        do throws(Diagnostic) {
            let json: Value
            do {
                json = try JSONReader.parse(text)
            } catch {
                throw Diagnostic(.invalidContext, "The schema \(path) is not valid JSON: \(error.message)", at: .at(error.offset))
            }
            return try ProfileSchema(json: json, name: name)
        } catch {
            throw Terminal.fail(error, status: ExitStatus.validationError)
        }
    }
}
