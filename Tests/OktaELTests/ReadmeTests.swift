import Foundation
import Testing
import OktaELTools

/// Every transcript in the README reproduces exactly, and its counts match the corpus, so no
/// figure in it can drift: `$ ...` lines in fenced blocks are commands, the lines after them their
/// whole output (stdout and stderr), `$ echo $?` the status of the command before. The commands
/// run as `tools/update-readme.py` runs them (which rewrites the README from a run); the
/// `python3 tools/...` lines need the SpEL oracle and are left to that script's `--oracle`.
@Suite(.serialized) struct ReadmeTests {
    struct Transcript: Sendable, CustomTestStringConvertible {
        /// The command, with `\necho $?` when the README shows its status.
        var command: String
        /// The lines shown after it.
        var output: [String]
        var testDescription: String { command }
    }

    static let readme: String = (try? String(contentsOf: TestSupport.root.appendingPathComponent("README.md"), encoding: .utf8)) ?? ""

    /// The README's transcripts, in order.
    static let transcripts: [Transcript] = {
        var result: [Transcript] = []
        var fenced = false
        var current: Transcript?
        for line in readme.components(separatedBy: "\n") {
            if line.hasPrefix("```") {
                if let done = current { result.append(done) }
                current = nil
                fenced.toggle()
            } else if fenced, line.hasPrefix("$ ") {
                let command = String(line.dropFirst(2))
                if command == "echo $?", current != nil {
                    current?.command += "\necho $?"
                    current?.output.append(line)
                    continue
                }
                if let done = current { result.append(done) }
                current = Transcript(command: command, output: [])
            } else if fenced {
                current?.output.append(line)
            }
        }
        return result
    }()

    /// The transcripts `swift test` runs (all but the SpEL oracle's).
    static let runnable = transcripts.filter { !$0.command.hasPrefix("python3 ") }

    @Test func readmeHasTranscripts() {
        #expect(Self.runnable.count >= 20)
        #expect(Self.runnable.contains { $0.command.hasPrefix("oel corpus corpus") })
        #expect(Self.runnable.contains { $0.command.hasSuffix("\necho $?") })
    }

    @Test(arguments: runnable)
    func transcript(_ transcript: Transcript) throws {
        let shown = try Self.run(transcript.command)
        #expect(shown == transcript.output,
                "README transcript differs (run python3 tools/update-readme.py to rewrite it from a run):\n\(shown.joined(separator: "\n"))")
    }

    /// The counts in the prose are those of the corpus.
    @Test func corpusCountsInTheProse() throws {
        let cases = TestSupport.corpus
        let checkCases = cases.filter { if case .check = $0.expectation { true } else { false } }.count
        let idioms = cases.filter { $0.id.contains("check/idioms/") }.count
        #expect(Self.readme.contains("\(checkCases) `oel check` cases"), "the corpus has \(checkCases) check cases")
        #expect(Self.readme.contains("\(idioms) documented idioms"), "the corpus has \(idioms) idioms")
        #expect(cases.count > 2_500, "the README says over 2,500 cases")
        #expect(Self.readme.components(separatedBy: "over 2,500 cases").count - 1 == 2)
    }

    /// Runs `command` as `tools/update-readme.py` does: `oel` is the built binary, the folder a
    /// scratch one that sees `examples/` and `corpus/`, stderr merged into stdout.
    static func run(_ command: String) throws -> [String] {
        guard let binary = CLIHarness.binary else {
            Issue.record("the oel binary is not built; run swift build first")
            return []
        }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("oel-readme-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        for name in ["examples", "corpus"] {
            try FileManager.default.createSymbolicLink(at: scratch.appendingPathComponent(name),
                                                       withDestinationURL: TestSupport.root.appendingPathComponent(name))
        }
        let status = command.hasSuffix("\necho $?")
        let body = status ? String(command.dropLast("\necho $?".count)) : command
        var script = "oel() { \"\(binary.path)\" \"$@\"; }\n{ \(body)\n} 2>&1"
        if status { script += "\nstatus=$?\necho '$ echo $?'\necho $status" }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script]
        process.currentDirectoryURL = scratch
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        var text = String(decoding: data, as: UTF8.self)
        while text.hasSuffix("\n") { text.removeLast() }
        return text.isEmpty ? [] : text.components(separatedBy: "\n")
    }
}
