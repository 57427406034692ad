import ArgumentParser
import Foundation
import OktaClaims
import OktaEL

/// `oel test`: run claims scenario files (preview-inputs §4).
struct TestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run token scenario files and print 'N passed, N failed'.",
        discussion: """
            Each PATH is a scenario file (one scenario, an array of them, or JSON Lines) or a folder, searched \
            recursively for *.jsonl files and *.json files that hold scenarios (an array, or an object with \
            "expect"); configurations and directories beside them are skipped. Each failure is printed with \
            the scenario's why, what was expected and what came out. Exit status: 0 all passed; 1 any failed \
            (or a file could not be read as scenarios); 64 usage error.
            """
    )

    @Option(help: "Write a JUnit XML report to this file.")
    var junit: String?

    @Option(help: "The clock of every preview (ISO-8601; default: Okta's documentation instant 2015-07-31T17:18:37.979Z).")
    var now: String?

    @Flag(help: "Print every scenario, not only failures.")
    var verbose = false

    @Argument(help: "Scenario files or folders.")
    var paths: [String]

    func validate() throws {
        if paths.isEmpty { throw ValidationError("Give at least one scenario file or folder.") }
    }

    func run() throws {
        var runner = ScenarioRunner(now: try now.map { text throws(ExitCode) in try ClaimsInputs.clock(text) } ?? Clock.documentation)
        var cases: [JUnitReport.Case] = []
        var passed = 0, failed = 0, loadErrors = 0
        for path in ScenarioFiles.find(paths) {
            let input = InputFile(path)
            let folder = path.contains("/") ? String(path[..<(path.lastIndex(of: "/") ?? path.endIndex)]) : "."
            let loaded = ScenarioLoader.load(bytes: try input.bytes(), name: path, folder: folder)
            if loaded.hasErrors {
                loadErrors += 1
                print("ERROR \(path): not a usable scenario file")
                ClaimsInputs.report(loaded.diagnostics, minimum: .error)
            }
            for scenario in loaded.value ?? [] {
                let outcome = runner.run(scenario)
                if outcome.passed {
                    passed += 1
                    if verbose { print(outcome.report) }
                } else {
                    failed += 1
                    print(outcome.report)
                }
                cases.append(JUnitReport.Case(suite: path, name: scenario.id,
                                              failure: outcome.passed ? nil : (outcome.failures.first ?? "failed", outcome.report)))
            }
        }
        if let junit { try OutputFile(junit).write(JUnitReport.xml(cases, loadErrors: loadErrors)) }
        print("\(passed) passed, \(failed + loadErrors) failed")
        if failed + loadErrors > 0 { throw ExitCode(ExitStatus.evaluationError) }
    }
}

/// Finds scenario files: named files as given, folders searched recursively in name order.
enum ScenarioFiles {
    static func find(_ paths: [String]) -> [String] {
        var found: [String] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else {
                found.append(path)  // a file, or a missing path InputFile reports
                continue
            }
            let base = path.hasSuffix("/") ? String(path.dropLast()) : path
            let names = (FileManager.default.subpaths(atPath: path) ?? []).sorted()
            for name in names where isScenarioFile(base + "/" + name) { found.append(base + "/" + name) }
        }
        return found
    }

    /// `*.jsonl`, or `*.json` whose top level is an array or an object with `expect`.
    private static func isScenarioFile(_ path: String) -> Bool {
        if path.hasSuffix(".jsonl") { return true }
        guard path.hasSuffix(".json"), let data = FileManager.default.contents(atPath: path),
              let value = try? JSONReader.parse(String(decoding: data, as: UTF8.self)) else { return false }
        switch value {
        case .array: return true
        case .object(let object): return object["expect"] != nil
        default: return false
        }
    }
}
