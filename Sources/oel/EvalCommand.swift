import ArgumentParser
import Foundation
import OktaEL

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

    @OptionGroup var dialect: DialectOption
    @OptionGroup var context: ContextOptions
    @OptionGroup var input: ExpressionInput

    func run() throws {
        if input.jsonl { return try runBatch() }
        guard let expression = input.expression else { throw ValidationError("Missing the expression to evaluate.") }
        let program: Program
        do {
            program = try Environment(dialect: dialect.dialect).compile(expression)
        } catch {
            Terminal.report(error.diagnostics, in: error.source)
            throw ExitCode(ExitStatus.validationError)
        }
        let evaluationContext = try context.load(dialect: dialect.dialect)
        do {
            let value = try program.evaluate(evaluationContext)
            print(ValueOutput.json(value))
            // Misspelt attributes read as null; say what the context has instead.
            let warnings = program.attributeWarnings(evaluationContext)
            if !warnings.isEmpty { Terminal.report(warnings, in: program.source) }
        } catch {
            Terminal.report([error], in: program.source)
            throw ExitCode(ExitStatus.evaluationError)
        }
    }

    private func runBatch() throws {
        let batch = BatchEvaluator(dialect: dialect.dialect, now: context.now)
        let path = input.batchPath
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
