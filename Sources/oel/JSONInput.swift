import ArgumentParser
import OktaEL

/// JSON documents read from input files (`--context`, `--schema`, `--app-schema`): a syntax error
/// is `OEL7001` at the file, line and column where the reader stopped, rendered with the line
/// and a caret as an expression diagnostic is, and ends the command with status 2.
enum JSONInput {
    /// The JSON value in `input`; `what` begins the message ("The evaluation context").
    static func parse(_ input: InputFile, what: String) throws(ExitCode) -> Value {
        let text = try input.text()
        do {
            return try JSONReader.parse(text)
        } catch {
            throw Terminal.fail(Diagnostic(.invalidContext, "\(what) is not valid JSON: \(error.message)", at: error.range(in: text)),
                                in: SourceText(text), name: input.displayName, status: ExitStatus.validationError)
        }
    }
}
