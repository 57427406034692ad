import ArgumentParser
import OktaEL

/// `--dialect`, classic unless given (eval, bench).
struct DialectOption: ParsableArguments {
    @Option(help: "Expression dialect: classic or oie.")
    var dialect: Dialect = .classic
}

/// Where an expression comes from (eval, check, parse): the argument, `-` for standard input, or
/// `--file PATH`. A leading byte-order mark and one final line break of a file or of standard
/// input are not part of the expression.
struct ExpressionSource: ParsableArguments {
    @Option(help: ArgumentHelp("Read the expression from this file (- for standard input).", valueName: "path"))
    var file: String?

    @Argument(help: "The expression; - reads it from standard input.")
    var expression: String?

    func validate() throws {
        if file != nil, expression != nil {
            throw ValidationError("Give the expression either as an argument or with --file, not both.")
        }
    }

    /// The file or standard input the expression is read from; nil when it is the argument.
    var input: InputFile? {
        if let file { return InputFile(file) }
        return expression == "-" ? InputFile("-") : nil
    }

    /// Whether the expression is read from standard input.
    var readsStandardInput: Bool { input?.isStandardInput ?? false }

    /// The expression, read from its file or standard input when it comes from one; nil when
    /// none was given.
    func text() throws(ExitCode) -> String? {
        guard let input else { return expression }
        var text = try input.text()
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }  // a byte-order mark some editors write
        if text.last == "\n" || text.last == "\r\n" { text.removeLast() }  // "\r\n" is one Character
        return text
    }

    /// The usage error for a missing expression.
    static func missing(_ verb: String) -> ValidationError {
        ValidationError("Missing the expression to \(verb): give it as an argument, as - to read it from standard input, or with --file PATH.")
    }
}

/// `--jsonl` and the expression (eval, check); in batch mode the argument names the batch file.
struct ExpressionInput: ParsableArguments {
    @Flag(help: "Batch mode: JSON Lines in, JSON Lines out.")
    var jsonl = false

    @OptionGroup var source: ExpressionSource

    func validate() throws {
        if jsonl, source.file != nil {
            throw ValidationError("--file names one expression; with --jsonl give the batch file as the argument.")
        }
    }

    /// The batch input: the file named by the argument, or standard input.
    var batch: InputFile { InputFile(source.expression ?? "-") }

    /// Whether this input reads standard input (the expression or the batch).
    var readsStandardInput: Bool { jsonl ? batch.isStandardInput : source.readsStandardInput }

    /// What reads standard input, for the usage error when two inputs want it.
    var standardInputUse: String { jsonl ? "the batch (--jsonl)" : "the expression" }
}

/// Standard input can feed one input only; two inputs asking for it (`-` as the expression and
/// `--context -`, or `--jsonl` without a file and `--context -`) is a usage error.
enum StandardInput {
    /// Throws when more than one of `uses` (what, whether it reads standard input) reads it.
    static func check(_ uses: [(String, Bool)]) throws {
        let readers = uses.filter(\.1).map(\.0)
        if readers.count > 1 {
            throw ValidationError("Only one input can be read from standard input, but \(readers.joined(separator: " and ")) both ask for it; "
                                  + "give the other one as a file.")
        }
    }
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
        let json: Value
        var input: InputFile?
        if let context {
            input = InputFile(context)
            json = try JSONInput.parse(InputFile(context), what: "The evaluation context")
        } else {
            json = .null
        }
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

    @Option(help: "Where the expression is used: claim, group-rule, mapping, policy, idp-transform.")
    var profile: UsageProfile?

    @Option(help: "User profile schema: the JSON of Okta's schema API for the user type.")
    var schema: String?

    @Option(help: "App user schema, in the same format.")
    var appSchema: String?

    /// The checker's options; an unreadable or invalid schema is reported and ends the command
    /// (status 2).
    func checkOptions() throws(ExitCode) -> CheckOptions {
        var options = CheckOptions(dialect: dialect, profile: profile)
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

/// `--max-source-bytes`, `--max-depth` and `--max-nodes`: the parser's limits (`ParseLimits`), for
/// every command that compiles (eval, check, parse, bench). The limit diagnostics name these flags.
struct ParseLimitOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Longest expression accepted, in UTF-8 bytes (default \(ParseLimits.default.maxSourceBytes)).", valueName: "n"))
    var maxSourceBytes: Int?

    @Option(help: ArgumentHelp("Deepest nesting of brackets, calls and operators (default \(ParseLimits.default.maxDepth)).", valueName: "n"))
    var maxDepth: Int?

    @Option(help: ArgumentHelp("Most syntax nodes in one expression (default \(ParseLimits.default.maxNodes)).", valueName: "n"))
    var maxNodes: Int?

    func validate() throws {
        for (flag, value) in [("--max-source-bytes", maxSourceBytes), ("--max-depth", maxDepth), ("--max-nodes", maxNodes)] {
            if let value, value < 1 { throw ValidationError("\(flag) must be at least 1.") }
        }
    }

    /// The limits: the defaults, with the values given.
    var limits: ParseLimits {
        var limits = ParseLimits.default
        if let maxSourceBytes { limits.maxSourceBytes = maxSourceBytes }
        if let maxDepth { limits.maxDepth = maxDepth }
        if let maxNodes { limits.maxNodes = maxNodes }
        return limits
    }
}

/// `--max-steps`: the evaluation step budget (`EvaluationLimits.maxSteps`), for the commands that
/// evaluate (eval, bench).
struct EvaluationLimitOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Most evaluation steps for one expression (default \(EvaluationLimits.default.maxSteps)).", valueName: "n"))
    var maxSteps: Int?

    func validate() throws {
        if let maxSteps, maxSteps < 1 { throw ValidationError("--max-steps must be at least 1.") }
    }

    /// The limits: the defaults, with the value given.
    var limits: EvaluationLimits {
        var limits = EvaluationLimits.default
        if let maxSteps { limits.maxSteps = maxSteps }
        return limits
    }
}
