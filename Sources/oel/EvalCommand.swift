import ArgumentParser
import Foundation
import OktaEL

/// `oel eval`: evaluate one expression, or a JSON Lines batch.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Evaluate an expression and print its value as JSON.",
        discussion: """
            The expression is the argument, - (read from standard input) or --file PATH. With --format json \
            the result is {"value", "type"} and an error {"error", "diagnostics"?} on standard output, as a \
            --jsonl line. With --jsonl, reads one request per line ({"id"?, "expr", "context"?, "dialect"?, "now"?, \
            "strict"?}) from FILE or standard input, streaming, and writes one result per line.
            """
    )

    @OptionGroup var dialect: DialectOption
    @OptionGroup var context: ContextOptions
    @OptionGroup var output: FormatOption
    @OptionGroup var parseLimits: ParseLimitOptions
    @OptionGroup var evaluationLimits: EvaluationLimitOptions
    @OptionGroup var input: ExpressionInput

    func validate() throws {
        try StandardInput.check([(input.standardInputUse, input.readsStandardInput), ("--context -", context.readsStandardInput)])
        if input.jsonl, context.context != nil {
            throw ValidationError("--context does not apply to --jsonl: each request line carries its own \"context\".")
        }
    }

    private var environment: Environment {
        Environment(dialect: dialect.dialect, parseLimits: parseLimits.limits, evaluationLimits: evaluationLimits.limits)
    }

    func run() throws {
        if input.jsonl { return try runBatch() }
        guard let expression = try input.source.text() else { throw ExpressionSource.missing("evaluate") }
        let program: Program
        do {
            program = try environment.compile(expression)
        } catch {
            report(error.diagnostics, in: error.source)
            throw ExitCode(ExitStatus.validationError)
        }
        let evaluationContext = try context.load(dialect: dialect.dialect)
        do {
            let value = try program.evaluate(evaluationContext)
            print(output.format == .json ? BatchEvaluator.valueLine(id: nil, value) : ValueOutput.json(value))
            // Misspelt attributes read as null; say what the context has instead (stderr, in any format).
            let warnings = program.attributeWarnings(evaluationContext)
            if !warnings.isEmpty { Terminal.report(warnings, in: program.source) }
        } catch {
            report([error], in: program.source)
            throw ExitCode(ExitStatus.evaluationError)
        }
    }

    /// Reports a compile or evaluation failure: rendered on stderr, or with --format json as the
    /// error object of a batch line on stdout (the first error, and with several diagnostics all of
    /// them in "diagnostics", each in the one diagnostic JSON shape).
    private func report(_ diagnostics: [Diagnostic], in source: SourceText) {
        guard output.format == .json else { return Terminal.report(diagnostics, in: source) }
        let named = LimitHints.naming(diagnostics, in: source)
        guard let first = named.first(where: { $0.severity == .error }) ?? named.first else { return }
        var line = ObjectValue()
        line["error"] = DiagnosticJSON.value(first, in: source)
        if named.count > 1 { line["diagnostics"] = DiagnosticJSON.array(named, in: source) }
        print(ValueOutput.json(.object(line)))
    }

    /// Streams the batch, from its file or standard input alike, one line in memory at a time.
    private func runBatch() throws {
        let batch = BatchEvaluator(dialect: dialect.dialect, now: context.now,
                                   parseLimits: parseLimits.limits, evaluationLimits: evaluationLimits.limits,
                                   hints: LimitHints.naming)
        var lines = try input.batch.lines()
        while let line = try lines.next() {
            if line.allSatisfy(\.isWhitespace) { continue }
            print(batch.evaluate(BatchLine(line, number: lines.lineNumber, offset: lines.lineOffset)))
        }
    }
}
