import ArgumentParser
import Foundation
import OktaEL

/// `oel check`: validate an expression before it is saved.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check an expression without evaluating it: syntax, functions, attributes, types and where it is used.",
        discussion: """
            Exit status: 0 no errors (warnings allowed unless --strict); 1 warnings only, with --strict; \
            2 errors (or an invalid schema, or an input file that cannot be read); 64 usage error. The expression is the \
            argument, - (read from standard input) or --file PATH. With --jsonl, reads {"id"?, "expr", "dialect"?, "profile"?} \
            lines and writes {"id"?, "valid", "type", "diagnostics"} lines, or {"id"?, "valid": false, "error"} for a \
            line that is not a valid request (placed at its line and column of the batch input); the exit status covers all \
            lines (an invalid request counts as an error).
            """
    )

    @OptionGroup var usage: UsageOptions
    @OptionGroup var output: FormatOption

    @Flag(help: "Exit with status 1 when there are warnings.")
    var strict = false

    @OptionGroup var parseLimits: ParseLimitOptions
    @OptionGroup var input: ExpressionInput

    func validate() throws {
        try StandardInput.check([(input.standardInputUse, input.readsStandardInput),
                                 ("--schema -", usage.schema == "-"), ("--app-schema -", usage.appSchema == "-")])
    }

    func run() throws {
        var options = try usage.checkOptions()
        options.parseLimits = parseLimits.limits
        if input.jsonl { return try runBatch(options) }
        guard let expression = try input.source.text() else { throw ExpressionSource.missing("check") }
        let result = Checker.check(expression, options: options)
        switch output.format {
        case .json:
            print(ValueOutput.json(Self.json(result, id: nil)))
        case .text:
            if result.diagnostics.isEmpty {
                print("ok: \(result.resultType.map { "\($0)" } ?? "unknown type")")
            } else {
                Terminal.report(result.diagnostics, in: result.source)
                let errors = result.diagnostics.filter { $0.severity == .error }.count
                let warnings = result.diagnostics.filter { $0.severity == .warning }.count
                Terminal.writeError("\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")")
            }
        }
        try exit(for: [result])
    }

    private func exit(for results: [CheckResult]) throws {
        if results.contains(where: \.hasErrors) { throw ExitCode(ExitStatus.validationError) }
        if strict, results.contains(where: \.hasWarnings) { throw ExitCode(ExitStatus.evaluationError) }
    }

    static func json(_ result: CheckResult, id: Value?) -> Value {
        var object = ObjectValue()
        if let id { object["id"] = id }
        object["valid"] = .bool(!result.hasErrors)
        object["type"] = result.resultType.map { .string($0.description) } ?? .null
        object["diagnostics"] = DiagnosticJSON.array(LimitHints.naming(result.diagnostics, in: result.source), in: result.source)
        return .object(object)
    }

    private func runBatch(_ base: CheckOptions) throws {
        var lines = try input.batch.lines()
        var results: [CheckResult] = []
        var invalidRequests = 0
        while let text = try lines.next() {
            if text.allSatisfy(\.isWhitespace) { continue }
            let line = BatchLine(text, number: lines.lineNumber, offset: lines.lineOffset)
            func reject(_ id: Value?, _ diagnostic: Diagnostic) {
                var error = ObjectValue()
                if let id { error["id"] = id }
                error["valid"] = .bool(false)
                error["error"] = line.json(diagnostic)
                print(ValueOutput.json(.object(error)))
                invalidRequests += 1
            }
            func reject(_ id: Value?, _ message: String) { reject(id, Diagnostic(.invalidRequest, message, at: .at(0))) }
            var options = base
            let request: ObjectValue
            do {
                request = try line.request()
            } catch {
                reject(nil, error)
                continue
            }
            let id = request["id"]
            if let dialectValue = request["dialect"], dialectValue != .null {
                guard let name = dialectValue.stringValue, let chosen = Dialect(name: name) else {
                    reject(id, "Unknown dialect \(ValueOutput.json(dialectValue)): use classic or oie")
                    continue
                }
                options.dialect = chosen
            }
            if let profileValue = request["profile"], profileValue != .null {
                guard let name = profileValue.stringValue, let chosen = UsageProfile(name: name) else {
                    reject(id, "Unknown profile \(ValueOutput.json(profileValue)): use " + UsageProfile.allCases.map(\.rawValue).joined(separator: ", "))
                    continue
                }
                options.profile = chosen
            }
            guard let source = request["expr"]?.stringValue else {
                reject(id, "The request has no \"expr\" string")
                continue
            }
            let result = Checker.check(source, options: options)
            results.append(result)
            print(ValueOutput.json(Self.json(result, id: id)))
        }
        if invalidRequests > 0 { throw ExitCode(ExitStatus.validationError) }
        try exit(for: results)
    }
}

extension UsageProfile: ExpressibleByArgument {
    public init?(argument: String) { self.init(name: argument) }
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}
