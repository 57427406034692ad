import Foundation
import Testing

/// Runs the built `oel` binary and compares output with recorded snapshots
/// (`Snapshots/*.txt`; set RECORD_SNAPSHOTS=1 to re-record). Shared by the CLI and checker tests.
enum CLIHarness {
    /// What a run printed and how it ended.
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The built `oel` binary, if there is one.
    static var binary: URL? {
        let candidates = [
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("oel"),
            TestSupport.root.appendingPathComponent(".build/debug/oel"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// Runs `oel` with `arguments` and `stdin`, from the repository root, without colours.
    static func run(_ arguments: [String], stdin: String = "") throws -> Run {
        guard let binary else {
            Issue.record("the oel binary is not built; run swift build first")
            return Run(status: -1, stdout: "", stderr: "")
        }
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = TestSupport.root
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let input = Pipe(), output = Pipe(), error = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = error
        try process.run()
        input.fileHandleForWriting.write(Data(stdin.utf8))
        try input.fileHandleForWriting.close()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
                   stderr: String(decoding: err, as: UTF8.self))
    }

    /// Compares `text` with the snapshot `name` (or records it).
    static func snapshot(_ name: String, _ text: String) throws {
        let url = TestSupport.root.appendingPathComponent("Tests/OktaELTests/Snapshots/\(name).txt")
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil {
            try text.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let recorded = try String(contentsOf: url, encoding: .utf8)
        #expect(text == recorded, "snapshot \(name) differs:\n\(text)")
    }
}
