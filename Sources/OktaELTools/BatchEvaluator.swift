public import OktaEL

/// The JSON Lines batch mode: one request object per line in, one result object per line out.
///
/// Input: `{"id"?, "expr", "context"?, "dialect"?, "now"?, "strict"?}`.
/// Output: `{"id"?, "value", "type"}` or `{"id"?, "error": {"code", "message", "start", "end"}}`.
/// A malformed line gives an error line; the batch never stops early.
public struct BatchEvaluator {
    private var cache: [String: Program] = [:]
    private let defaultDialect: Dialect
    private let defaultNow: String?

    /// A batch evaluator; `dialect` and `now` apply to lines that do not give their own.
    public init(dialect: Dialect = .classic, now: String? = nil) {
        self.defaultDialect = dialect
        self.defaultNow = now
    }

    /// The output line for one input line.
    public mutating func evaluate(line: String) -> String {
        var id: Value?
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
            guard let expression = object["expr"]?.stringValue else {
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
            let program = try compile(expression, dialect: dialect)
            let context = try ContextLoader.context(
                from: object["context"] ?? .null, dialect: dialect,
                now: object["now"]?.stringValue ?? defaultNow, missingAttributes: strict ? .error : .null)
            let value = try program.evaluate(context)
            var output = ObjectValue()
            if let id { output["id"] = id }
            output["value"] = value
            output["type"] = .string(value.typeName)
            return ValueOutput.json(.object(output))
        } catch let diagnostic as Diagnostic {
            return errorLine(id: id, diagnostic)
        } catch let failure as CompileFailure {
            return errorLine(id: id, failure.diagnostics.first { $0.severity == .error }
                             ?? Diagnostic(.unexpectedToken, "The expression does not compile", at: .at(0)))
        } catch {
            return errorLine(id: id, Diagnostic(.invalidRequest, "\(error)", at: .at(0)))
        }
    }

    private mutating func compile(_ expression: String, dialect: Dialect) throws(CompileFailure) -> Program {
        let key = "\(dialect.rawValue)\u{0}\(expression)"
        if let cached = cache[key] { return cached }
        let program = try Environment(dialect: dialect).compile(expression)
        if cache.count > 10_000 { cache.removeAll() }
        cache[key] = program
        return program
    }

    private func errorLine(id: Value?, _ diagnostic: Diagnostic) -> String {
        var error = ObjectValue()
        error["code"] = .string(diagnostic.code.rawValue)
        error["message"] = .string(diagnostic.message)
        error["start"] = .int(Int32(clamping: diagnostic.range.start))
        error["end"] = .int(Int32(clamping: diagnostic.range.end))
        if let hint = diagnostic.hint { error["hint"] = .string(hint) }
        var output = ObjectValue()
        if let id { output["id"] = id }
        output["error"] = .object(error)
        return ValueOutput.json(.object(output))
    }
}
