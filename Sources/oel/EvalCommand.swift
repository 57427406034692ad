import ArgumentParser
import Foundation
import OktaEL
import OktaELTools

/// `oel eval`: evaluate one expression, or a JSON Lines batch.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Evaluate an expression and print its value as JSON.",
        discussion: """
            With --jsonl, reads one request per line ({"id"?, "expr", "context"?, "dialect"?, "now"?}) \
            from FILE or standard input and writes one result per line.
            """
    )

    @Option(help: "Expression dialect: classic or oie.")
    var dialect: Dialect = .classic

    @Option(help: "Evaluation context: a JSON file, or - for standard input.")
    var context: String?

    @Option(help: "Fixed clock for Time.now(), DateTime.now() and withinDays (ISO-8601).")
    var now: String?

    @Flag(help: "Treat missing attributes as errors instead of null.")
    var strictAttributes = false

    @Flag(help: "Batch mode: JSON Lines in, JSON Lines out.")
    var jsonl = false

    @Argument(help: "The expression (with --jsonl: the input file, default standard input).")
    var expression: String?

    func run() throws {
        if jsonl { return try runBatch() }
        guard let expression else { throw ValidationError("Missing the expression to evaluate.") }
        let program: Program
        do {
            program = try Environment(dialect: dialect).compile(expression)
        } catch {
            Terminal.report(error.diagnostics, in: error.source)
            throw ExitCode(ExitStatus.validationError)
        }
        let evaluationContext: EvaluationContext
        do {
            let text = try context.map { try Terminal.read($0) } ?? "{}"
            evaluationContext = try ContextLoader.context(
                fromJSON: text, dialect: dialect, now: now, missingAttributes: strictAttributes ? .error : .null)
        } catch let diagnostic as Diagnostic {
            Terminal.writeError("error[\(diagnostic.code)]: \(diagnostic.message)" + (diagnostic.hint.map { "\n  hint: \($0)" } ?? ""))
            throw ExitCode(ExitStatus.validationError)
        }
        do {
            let value = try program.evaluate(evaluationContext)
            print(ValueOutput.json(value))
        } catch {
            Terminal.report([error], in: program.source)
            throw ExitCode(ExitStatus.evaluationError)
        }
    }

    private func runBatch() throws {
        var batch = BatchEvaluator(dialect: dialect, now: now)
        let path = expression ?? "-"
        if path == "-" {
            while let line = readLine(strippingNewline: true) {
                if line.allSatisfy(\.isWhitespace) { continue }
                print(batch.evaluate(line: line))
            }
        } else {
            let text = try Terminal.read(path)
            for line in text.split(separator: "\n", omittingEmptySubsequences: true) where !line.allSatisfy(\.isWhitespace) {
                print(batch.evaluate(line: String(line)))
            }
        }
    }
}
