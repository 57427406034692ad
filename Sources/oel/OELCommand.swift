import ArgumentParser

/// The `oel` command: evaluate, check, parse, list functions and diagnostic codes, run the conformance corpus.
@main
struct OELCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "oel",
        abstract: "Offline engine for the Okta Expression Language.",
        discussion: """
            Exit status: 0 success; 1 evaluation error (or failing corpus cases); \
            2 syntax or validation error, invalid input (a context, a schema) or an input file that \
            cannot be read; 64 usage error.
            """,
        version: "0.1.0",
        subcommands: [
            EvalCommand.self, CheckCommand.self, ParseCommand.self, FunctionsCommand.self, CodesCommand.self,
            CorpusCommand.self, BenchCommand.self, PreviewCommand.self, LintCommand.self, TestCommand.self,
        ]
    )
}

/// Exit statuses documented in the README.
enum ExitStatus {
    static let evaluationError: Int32 = 1
    static let validationError: Int32 = 2
    static let usage: Int32 = 64
    /// An input file that cannot be read (OEL7003), like any other invalid input.
    static let unreadableInput: Int32 = 2
}
