/// The JSON Lines batch mode: one request object per line in, one result object per line out.
///
/// Input: `{"id"?, "expr", "context"?, "dialect"?, "now"?, "strict"?}`.
/// Output: `{"id"?, "value", "type"}` or `{"id"?, "error": diagnostic}`, the diagnostic in the
/// shape of `DiagnosticJSON`. A malformed line gives an error line; the batch never stops early.
/// An error about the expression is placed in the expression; one about the request line (not
/// JSON, not an object, an invalid context) in the batch input (`BatchLine`).
/// Programs are compiled once per dialect and source through a `ProgramCache`; the evaluator
/// can be shared between threads.
public struct BatchEvaluator: Sendable {
    private let classic: ProgramCache
    private let identityEngine: ProgramCache
    private let defaultDialect: Dialect
    private let defaultNow: String?
    private let hints: (@Sendable (Diagnostic, SourceText) -> Diagnostic)?

    /// A batch evaluator; `dialect` and `now` apply to lines that do not give their own, and
    /// each dialect's cache keeps at most `cacheCapacity` programs compiled with `parseLimits`
    /// and evaluated with `evaluationLimits`. `hints`, when given, rewrites each diagnostic about
    /// an expression before it is written (the CLI names its flags in the limit hints).
    public init(dialect: Dialect = .classic, now: String? = nil, cacheCapacity: Int = 10_000,
                parseLimits: ParseLimits = .default, evaluationLimits: EvaluationLimits = .default,
                hints: (@Sendable (Diagnostic, SourceText) -> Diagnostic)? = nil) {
        self.defaultDialect = dialect
        self.defaultNow = now
        self.hints = hints
        self.classic = ProgramCache(environment: Environment(dialect: .classic, parseLimits: parseLimits, evaluationLimits: evaluationLimits),
                                    capacity: cacheCapacity)
        self.identityEngine = ProgramCache(
            environment: Environment(dialect: .identityEngine, parseLimits: parseLimits, evaluationLimits: evaluationLimits),
            capacity: cacheCapacity)
    }

    /// The output line for one input line given alone.
    public func evaluate(line: String) -> String {
        evaluate(BatchLine(line))
    }

    /// The output line for one line of the batch input; a diagnostic about the line itself
    /// (not JSON, not a request, an invalid context) is placed in the batch input.
    public func evaluate(_ batchLine: BatchLine) -> String {
        var id: Value?
        var expression: String?
        do {
            let object = try batchLine.request()
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
            return Self.valueLine(id: id, value)
        } catch let diagnostic as Diagnostic {
            // Evaluation errors are about the expression; the others about the request line.
            if let expression { return errorLine(id: id, diagnostic, in: SourceText(expression)) }
            return Self.errorLine(id: id, batchLine.json(diagnostic))
        } catch {
            return Self.errorLine(id: id, batchLine.json(Diagnostic(.invalidRequest, "\(error)", at: .at(0))))
        }
    }

    private func cache(for dialect: Dialect) -> ProgramCache {
        dialect == .classic ? classic : identityEngine
    }

    private func errorLine(id: Value?, _ diagnostic: Diagnostic, in source: SourceText) -> String {
        Self.errorLine(id: id, DiagnosticJSON.value(hints?(diagnostic, source) ?? diagnostic, in: source))
    }

    /// The output line of a value: `{"id"?, "value", "type"}` (also `oel eval --format json`).
    public static func valueLine(id: Value?, _ value: Value) -> String {
        var output = ObjectValue()
        if let id { output["id"] = id }
        output["value"] = value
        output["type"] = .string(value.typeName)
        return ValueOutput.json(.object(output))
    }

    /// The output line of an error: `{"id"?, "error": diagnostic}`, the diagnostic in the shape of
    /// `DiagnosticJSON` (also `oel eval --format json`).
    public static func errorLine(id: Value?, _ diagnostic: Value) -> String {
        var output = ObjectValue()
        if let id { output["id"] = id }
        output["error"] = diagnostic
        return ValueOutput.json(.object(output))
    }
}
