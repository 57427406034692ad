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
            2 errors (or an unreadable schema); 64 usage error. With --jsonl, reads {"id"?, "expr", "dialect"?, "profile"?} \
            lines and writes {"id"?, "valid", "type", "diagnostics"} lines, or {"id"?, "valid": false, "error"} for a \
            line that is not a valid request; the exit status covers all lines (an invalid request counts as an error).
            """
    )

    @Option(help: "Expression dialect: classic or oie (default: the profile's, else classic).")
    var dialect: Dialect?

    @Option(help: "Where the expression is used: claim, group-rule, mapping, policy, idp-transform.")
    var profile: UsageProfile?

    @Option(help: "User profile schema: the JSON of Okta's schema API for the user type.")
    var schema: String?

    @Option(help: "App user schema, in the same format.")
    var appSchema: String?

    @Option(help: "Output: text or json.")
    var format: OutputFormat = .text

    @Flag(help: "Exit with status 1 when there are warnings.")
    var strict = false

    @Flag(help: "Batch mode: JSON Lines in, JSON Lines out.")
    var jsonl = false

    @Argument(help: "The expression (with --jsonl: the input file, default standard input).")
    var expression: String?

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    func run() throws {
        var options = CheckOptions(dialect: dialect, profile: profile)
        do {
            options.userSchema = try schema.map { try loadSchema($0, name: "user profile") }
            options.appUserSchema = try appSchema.map { try loadSchema($0, name: "app user") }
        } catch let diagnostic as Diagnostic {
            Terminal.writeError("error[\(diagnostic.code)]: \(diagnostic.message)" + (diagnostic.hint.map { "\n  hint: \($0)" } ?? ""))
            throw ExitCode(ExitStatus.validationError)
        }
        if jsonl { return try runBatch(options) }
        guard let expression else { throw ValidationError("Missing the expression to check.") }
        let result = Checker.check(expression, options: options)
        switch format {
        case .json:
            print(ValueOutput.json(Self.json(result, id: nil)))
        case .text:
            if result.diagnostics.isEmpty {
                print("ok: \(result.resultType.map { "\($0)" } ?? "unknown type")")
            } else {
                Terminal.writeError(DiagnosticRenderer(colors: Terminal.stderrColors).render(result.diagnostics, in: result.source))
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

    private func loadSchema(_ path: String, name: String) throws -> ProfileSchema {
        let text = try Terminal.read(path)
        let json: Value
        do {
            json = try JSONReader.parse(text)
        } catch {
            throw Diagnostic(.invalidContext, "The schema \(path) is not valid JSON: \(error.message)", at: .at(error.offset))
        }
        return try ProfileSchema(json: json, name: name)
    }

    static func json(_ result: CheckResult, id: Value?) -> Value {
        var object = ObjectValue()
        if let id { object["id"] = id }
        object["valid"] = .bool(!result.hasErrors)
        object["type"] = result.resultType.map { .string($0.description) } ?? .null
        object["diagnostics"] = DiagnosticJSON.array(result.diagnostics, in: result.source)
        return .object(object)
    }

    private func runBatch(_ base: CheckOptions) throws {
        let path = expression ?? "-"
        let text = try Terminal.read(path)
        var results: [CheckResult] = []
        var invalidRequests = 0
        func reject(_ id: Value?, _ message: String) {
            var error = ObjectValue()
            if let id { error["id"] = id }
            error["valid"] = .bool(false)
            error["error"] = .object(ObjectValue([("code", "OEL7002"), ("message", .string(message))]))
            print(ValueOutput.json(.object(error)))
            invalidRequests += 1
        }
        for line in text.split(separator: "\n") where !line.allSatisfy(\.isWhitespace) {
            var options = base
            guard case .object(let request)? = try? JSONReader.parse(String(line)) else {
                reject(nil, "The line is not a JSON object")
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
