import Foundation
import Testing
@testable import OktaEL

/// Every example in grammar/ parses (`oel` blocks) or fails with its stated code (`oel-reject`).
@Suite struct GrammarExampleTests {
    struct Example: Sendable, CustomTestStringConvertible {
        var file: String
        var expression: String
        var expectedCode: String?
        var testDescription: String { "\(file): \(expression)" }
    }

    static let examples: [Example] = {
        let folder = TestSupport.root.appendingPathComponent("grammar")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        var examples: [Example] = []
        for name in names.sorted() where name.hasSuffix(".md") {
            guard let text = try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8) else { continue }
            var mode: String?
            for line in text.components(separatedBy: "\n") {
                if line.hasPrefix("```") {
                    let tag = line.dropFirst(3).trimmingCharacters(in: .whitespaces)
                    mode = mode == nil ? (tag.isEmpty ? "other" : tag) : nil
                    continue
                }
                guard let mode, !line.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
                if mode == "oel" {
                    examples.append(Example(file: name, expression: line, expectedCode: nil))
                } else if mode == "oel-reject", let arrow = line.range(of: "  →  ") {
                    examples.append(Example(file: name, expression: String(line[..<arrow.lowerBound]),
                                            expectedCode: String(line[arrow.upperBound...])))
                }
            }
        }
        return examples
    }()

    @Test func grammarHasExamples() {
        #expect(Self.examples.filter { $0.expectedCode == nil }.count >= 20)
        #expect(Self.examples.filter { $0.expectedCode != nil }.count >= 15)
    }

    @Test(arguments: examples)
    func example(_ example: Example) {
        let result = Parser.parse(example.expression)
        if let code = example.expectedCode {
            #expect(result.expression == nil)
            #expect(result.diagnostics.map(\.code.rawValue).contains(code), "\(result.diagnostics.map(\.code.rawValue))")
        } else {
            #expect(result.expression != nil, "\(result.diagnostics.map(\.message))")
        }
    }

    @Test func diagnosticsCatalogueIsDocumented() throws {
        let text = try String(contentsOf: TestSupport.root.appendingPathComponent("grammar/diagnostics.md"), encoding: .utf8)
        for entry in DiagnosticTable.rows {
            #expect(text.contains("`\(entry.code.rawValue)`"), "grammar/diagnostics.md lacks \(entry.code)")
        }
        let codes = DiagnosticTable.rows.map(\.code)
        #expect(Set(codes).count == codes.count)
    }
}
