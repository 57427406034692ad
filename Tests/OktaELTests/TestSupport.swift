import Foundation
import Testing
@testable import OktaEL
import OktaELTools

/// Paths and helpers shared by the tests.
enum TestSupport {
    /// The repository root (two levels above this file's folder).
    static let root: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Every corpus case, loaded once.
    static let corpus: [CorpusCase] = {
        let paths = CorpusLoader.files(in: [root.appendingPathComponent("corpus").path])
        var cases: [CorpusCase] = []
        for path in paths {
            let display = String(path.dropFirst(root.path.count + 1))
            if let file = try? CorpusLoader.load(path: path, displayPath: display) { cases += file.cases }
        }
        return cases
    }()

    /// Corpus files that fail to load, with the reason.
    static let corpusLoadErrors: [String] = {
        CorpusLoader.files(in: [root.appendingPathComponent("corpus").path]).compactMap { path -> String? in
            do {
                _ = try CorpusLoader.load(path: path)
                return nil
            } catch {
                return "\(error)"
            }
        }
    }()

    /// Evaluates `source` in `dialect` against a JSON context.
    static func evaluate(_ source: String, _ context: String = "{}", dialect: Dialect = .classic) throws -> Value {
        let program = try Environment(dialect: dialect).compile(source)
        return try program.evaluate(ContextLoader.context(fromJSON: context, dialect: dialect, now: ContextLoader.documentationNow))
    }

    /// The diagnostic codes of compiling `source`, or of evaluating it when it compiles.
    static func errorCode(_ source: String, _ context: String = "{}", dialect: Dialect = .classic) -> DiagnosticCode? {
        do {
            _ = try evaluate(source, context, dialect: dialect)
            return nil
        } catch let failure as CompileFailure {
            return failure.diagnostics.first?.code
        } catch let diagnostic as Diagnostic {
            return diagnostic.code
        } catch {
            return nil
        }
    }
}

extension CorpusCase: CustomTestStringConvertible {
    public var testDescription: String { id }
}
