import Foundation
import Testing
import OktaEL
@testable import OktaClaims

/// Runs every scenario file under `examples/orders/scenarios/` (and its subfolders): each
/// scenario must pass, and the counts are pinned so a scenario cannot silently disappear.
struct ScenarioTests {
    static let folder = Fixtures.orders.appendingPathComponent("scenarios")

    static var files: [String] {
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        var found: [String] = []
        while let name = enumerator?.nextObject() as? String {
            if name.hasSuffix(".json") || name.hasSuffix(".jsonl"), !name.hasSuffix("-server.json"), !name.hasSuffix("directory.json") {
                found.append(folder.appendingPathComponent(name).path)
            }
        }
        return found.sorted()
    }

    @Test func everyScenarioPasses() {
        var runner = ScenarioRunner()
        var passed = 0, failed = 0
        var reports: [String] = []
        for file in ScenarioTests.files {
            let (outcomes, diagnostics) = runner.run(file: file)
            #expect(!diagnostics.hasErrors, "\(file): \(diagnostics.map(\.message))")
            for outcome in outcomes {
                if ProcessInfo.processInfo.environment["SCENARIO_DUMP"] != nil, let result = outcome.result {
                    print("== \(outcome.scenario.id)\n" + ValueOutput.json(result.json))
                }
                if outcome.passed { passed += 1 } else { failed += 1; reports.append(outcome.report) }
            }
        }
        if ProcessInfo.processInfo.environment["SCENARIO_REPORT"] != nil { print(reports.joined(separator: "\n")) }
        #expect(failed == 0, "\(reports.joined(separator: "\n"))")
        #expect(passed == ScenarioTests.expectedCount, "\(passed) passed, \(failed) failed")
    }

    @Test func everyScenarioSaysWhyAndHasAUniqueID() {
        var ids = Set<String>()
        for file in ScenarioTests.files {
            let loaded = ScenarioLoader.load(bytes: Fixtures.bytes("scenarios/" + String(file.dropFirst(ScenarioTests.folder.path.count + 1))),
                                             name: file, folder: ScenarioRunner.folder(of: file))
            for scenario in loaded.value ?? [] {
                #expect(!(scenario.why ?? "").isEmpty, "\(scenario.id) has no why")
                #expect(ids.insert(scenario.id).inserted, "\(scenario.id) is not unique")
            }
        }
        #expect(ids.count == ScenarioTests.expectedCount)
    }

    static let expectedCount = 87
}

/// `explain: false` (what `oel preview` without --explain and `oel test` run) changes nothing
/// but the trace: for every scenario the result's JSON and text are those of the traced run,
/// and its trace is empty.
struct UntracedPreviewTests {
    @Test func sameResultWithoutTheTrace() {
        var compared = 0
        for file in ScenarioTests.files {
            let folder = ScenarioRunner.folder(of: file)
            guard case .file(let bytes) = FileSource.read(file),
                  let scenarios = ScenarioLoader.load(bytes: bytes, name: file, folder: folder).value else { continue }
            for scenario in scenarios {
                guard let configuration = CompiledConfiguration.load(path: scenario.config).value,
                      let directory = DirectoryLoader.load(path: scenario.directory).value else { continue }
                let traced = Preview.preview(configuration: configuration, directory: directory, request: scenario.request,
                                             now: Clock.documentation)
                let untraced = Preview.preview(configuration: configuration, directory: directory, request: scenario.request,
                                               now: Clock.documentation, explain: false)
                #expect(ValueOutput.json(traced.json) == ValueOutput.json(untraced.json), "\(scenario.id)")
                #expect(traced.text == untraced.text, "\(scenario.id)")
                #expect(untraced.trace.checks.isEmpty && untraced.trace.policies.isEmpty && untraced.trace.scopes.isEmpty
                        && untraced.trace.claims.isEmpty, "\(scenario.id)")
                #expect(!traced.trace.checks.isEmpty, "\(scenario.id)")
                compared += 1
            }
        }
        #expect(compared == ScenarioTests.expectedCount)
    }
}
