import Foundation
import OktaEL
import Testing
@testable import OktaClaims

/// Golden files, one folder per case as cel-go's `policy/testdata/<case>/`: `testdata/<case>/config.json`
/// is loaded and compiled, and every finding, rendered and as JSON, must equal
/// `testdata/<case>/diagnostics.txt`. Set RECORD_SNAPSHOTS=1 to write the files afresh.
@Suite struct GoldenDiagnosticsTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("testdata")

    static var cases: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }

    /// Every finding: its rendering, then its JSON on one line.
    static func report(_ diagnostics: [ConfigDiagnostic]) -> String {
        diagnostics.map { $0.rendered() + "\njson: " + JSONWriter.write($0.json) }.joined(separator: "\n\n") + "\n"
    }

    @Test(arguments: cases)
    func diagnosticsMatchTheGoldenFile(_ name: String) throws {
        let caseFolder = GoldenDiagnosticsTests.folder.appendingPathComponent(name)
        let bytes = try [UInt8](Data(contentsOf: caseFolder.appendingPathComponent("config.json")))
        let loaded = CompiledConfiguration.load(bytes: bytes, name: "config.json")
        let actual = GoldenDiagnosticsTests.report(loaded.diagnostics)
        let golden = caseFolder.appendingPathComponent("diagnostics.txt")
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil {
            try actual.write(to: golden, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        #expect(actual == expected, "\(name): run with RECORD_SNAPSHOTS=1 and review the diff")
    }

    @Test func thereAreCases() {
        #expect(GoldenDiagnosticsTests.cases.count >= 8)
    }
}
