import Foundation
import Testing

/// The README's `oel eval` transcripts that use the committed example contexts reproduce exactly.
@Suite(.serialized) struct ReadmeTests {
    struct Transcript: Sendable, CustomTestStringConvertible {
        var arguments: [String]
        var output: String
        var testDescription: String { arguments.joined(separator: " ") }
    }

    /// Pairs of `$ oel eval ...` lines (single-quoted or double-quoted expression) and the next output line.
    static let transcripts: [Transcript] = {
        guard let text = try? String(contentsOf: TestSupport.root.appendingPathComponent("README.md"), encoding: .utf8) else { return [] }
        let lines = text.components(separatedBy: "\n")
        var result: [Transcript] = []
        for (index, line) in lines.enumerated() where line.hasPrefix("$ oel eval ") && line.contains("examples/") {
            guard index + 1 < lines.count else { continue }
            var rest = Substring(line.dropFirst("$ oel ".count))
            var arguments: [String] = []
            while !rest.isEmpty {
                rest = rest.drop { $0 == " " }
                guard let first = rest.first else { break }
                if first == "'" || first == "\"" {
                    let body = rest.dropFirst()
                    guard let end = body.firstIndex(of: first) else { break }
                    arguments.append(String(body[..<end]))
                    rest = body[body.index(after: end)...]
                } else {
                    let end = rest.firstIndex(of: " ") ?? rest.endIndex
                    arguments.append(String(rest[..<end]))
                    rest = rest[end...]
                }
            }
            result.append(Transcript(arguments: arguments, output: lines[index + 1]))
        }
        return result
    }()

    @Test func readmeHasTranscripts() { #expect(Self.transcripts.count >= 5) }

    @Test(arguments: transcripts)
    func transcript(_ transcript: Transcript) throws {
        let run = try CLIHarness.run(transcript.arguments)
        let shown = run.status == 0 ? run.stdout : run.stderr
        #expect(shown.components(separatedBy: "\n").first == transcript.output, "\(shown)")
    }
}
