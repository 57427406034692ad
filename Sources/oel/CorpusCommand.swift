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
            do {
                let file = try CorpusLoader.load(path: path)
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
                print("ERROR \(error)")
            }
        }
        let passed = outcomes.filter(\.passed).count
        let failed = outcomes.count - passed + loadErrors
        if let junit {
            try JUnitReport.write(outcomes, loadErrors: loadErrors, to: junit)
        }
        print("\(passed) passed, \(failed) failed")
        if failed > 0 { throw ExitCode(ExitStatus.evaluationError) }
    }
}
