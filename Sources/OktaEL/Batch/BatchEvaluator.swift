/// The JSON Lines batch mode: one request object per line in, one result object per line out.
///
/// Input: `{"id"?, "expr", "context"?, "dialect"?, "now"?, "strict"?}`.
/// Output: `{"id"?, "value", "type"}` or `{"id"?, "error": diagnostic}`, the diagnostic in the
/// shape of `DiagnosticJSON`. A malformed line gives an error line; the batch never stops early.
/// Programs are compiled once per dialect and source through a `ProgramCache`; the evaluator
/// can be shared between threads.
public struct BatchEvaluator: Sendable {
    private let classic: ProgramCache
    private let identityEngine: ProgramCache
    private let defaultDialect: Dialect
    private let defaultNow: String?

    /// A batch evaluator; `dialect` and `now` apply to lines that do not give their own, and
    /// each dialect's cache keeps at most `cacheCapacity` programs.
    public init(dialect: Dialect = .classic, now: String? = nil, cacheCapacity: Int = 10_000) {
        self.defaultDialect = dialect
        self.defaultNow = now
        self.classic = ProgramCache(environment: Environment(dialect: .classic), capacity: cacheCapacity)
        self.identityEngine = ProgramCache(environment: Environment(dialect: .identityEngine), capacity: cacheCapacity)
    }

    /// The output line for one input line.
    public func evaluate(line: String) -> String {
        var id: Value?
        var expression: String?
        do {
            let request: Value
            do {
                request = try JSONReader.parse(line)
            } catch {
                throw Diagnostic(.invalidRequest, "The line is not valid JSON: \(error.message)", at: .at(error.offset))
            }
            guard case .object(let object) = request else {
                throw Diagnostic(.invalidRequest, "Each line must be a JSON object", at: .at(0))
            }
            id = object["id"]
            guard let source = object["expr"]?.stringValue else {
                throw Diagnostic(.invalidRequest, "The request has no \"expr\" string", at: .at(0))
            }
            var dialect = defaultDialect
            if let name = object["dialect"]?.stringValue {
                guard let chosen = Dialect(name: name) else {
                    throw Diagnostic(.invalidRequest, "Unknown dialect '\(name)'; use classic or oie", at: .at(0))
                }
                dialect = chosen
            }
            var strict = false
            if case .bool(let b) = object["strict"] ?? .null { strict = b }
            let program: Program
            do {
                program = try cache(for: dialect).program(for: source)
            } catch {
                return errorLine(id: id, error.diagnostics.first { $0.severity == .error }
                                 ?? Diagnostic(.unexpectedToken, "The expression does not compile", at: .at(0)),
                                 in: error.source)
            }
            let context = try ContextLoader.context(
                from: object["context"] ?? .null, dialect: dialect,
                now: object["now"]?.stringValue ?? defaultNow, missingAttributes: strict ? .error : .null)
            expression = source
            let value = try program.evaluate(context)
            var output = ObjectValue()
            if let id { output["id"] = id }
            output["value"] = value
            output["type"] = .string(value.typeName)
            return ValueOutput.json(.object(output))
        } catch let diagnostic as Diagnostic {
            // Evaluation errors are about the expression; the others about the request line.
            return errorLine(id: id, diagnostic, in: SourceText(expression ?? line))
        } catch {
            return errorLine(id: id, Diagnostic(.invalidRequest, "\(error)", at: .at(0)), in: SourceText(line))
        }
    }

    private func cache(for dialect: Dialect) -> ProgramCache {
        dialect == .classic ? classic : identityEngine
    }

    private func errorLine(id: Value?, _ diagnostic: Diagnostic, in source: SourceText) -> String {
        var output = ObjectValue()
        if let id { output["id"] = id }
        output["error"] = DiagnosticJSON.value(diagnostic, in: source)
        return ValueOutput.json(.object(output))
    }
}
