import ArgumentParser
import Foundation
import OktaEL
import OktaELTools

/// `oel corpus`: run conformance case files.
struct CorpusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "corpus",
        abstract: "Run corpus case files and print 'N passed, N failed'."
    )

    @Option(help: "Write a JUnit XML report to this file.")
    var junit: String?

    @Option(help: "Run only cases whose id starts with this prefix (file/case).")
    var only: String?

    @Flag(help: "Print every case, not only failures.")
    var verbose = false

    @Argument(help: "Corpus files or directories (default: corpus).")
    var paths: [String] = []

    func run() throws {
        let files = CorpusLoader.files(in: paths.isEmpty ? ["corpus"] : paths)
        var outcomes: [CorpusOutcome] = []
        var loadErrors = 0
        for path in files {
            let text = try InputFile(path).text()
            do {
                let file = try CorpusLoader.parse(text, path: path, schemaFolder: URL(fileURLWithPath: path).deletingLastPathComponent())
                for testCase in file.cases where only.map({ testCase.id.hasPrefix($0) || testCase.id.contains($0) }) ?? true {
                    let outcome = CorpusRunner.run(testCase)
                    outcomes.append(outcome)
                    if !outcome.passed {
                        print("FAIL \(testCase.id): \(testCase.expression)\n     \(outcome.failure ?? "")")
                    } else if verbose {
                        print("ok   \(testCase.id)")
                    }
                }
            } catch {
                loadErrors += 1
                Self.reportLoadError(error, text: text, path: path)
            }
        }
        let passed = outcomes.filter(\.passed).count
        let failed = outcomes.count - passed + loadErrors
        if let junit {
            try OutputFile(junit).write(JUnitReport.xml(outcomes, loadErrors: loadErrors))
        }
        print("\(passed) passed, \(failed) failed")
        if failed > 0 { throw ExitCode(ExitStatus.evaluationError) }
    }

    /// A corpus file that cannot be used: one that is not JSON rendered at its line and column with
    /// the line and a caret, any other problem as the loader words it.
    private static func reportLoadError(_ error: CorpusError, text: String, path: String) {
        do {
            _ = try JSONReader.parse(text)
        } catch {
            print("ERROR \(path): not valid JSON")
            Terminal.report([Diagnostic(.invalidContext, "The corpus file is not valid JSON: \(error.message)", at: error.range(in: text))],
                            in: SourceText(text), name: path)
            return
        }
        print("ERROR \(error)")
    }
}
