import OktaEL

/// The fuzz targets and their oracles, shared by the libFuzzer driver (`OktaELFuzz`) and the
/// tests that replay the seed corpus. The rule for every target: the input ends in a value or
/// in diagnostics whose codes are in the catalogue; a trap, a crash, a hang or an unknown
/// code is a bug.
public enum FuzzTarget: String, Sendable, CaseIterable {
    /// Lexer, parser and printer, with the round-trip oracle (parse → print → parse).
    case parse
    /// The checker under a usage profile chosen by the first byte, with a schema.
    case check
    /// Compilation and evaluation against a fixed rich context, in the dialect the first byte chooses.
    case eval
    /// The JSON reader (with a write → read round trip) and the context loader.
    case json
}

/// One fuzz iteration.
public enum FuzzOne {
    /// Runs `target` on `bytes`; returns a description of the bug found, or nil.
    public static func run(_ target: FuzzTarget, _ bytes: [UInt8]) -> String? {
        switch target {
        case .parse: return parse(bytes)
        case .check: return check(bytes)
        case .eval: return evaluate(bytes)
        case .json: return json(bytes)
        }
    }

    private static func unknownCodes(_ diagnostics: [Diagnostic]) -> String? {
        for diagnostic in diagnostics where DiagnosticTable.row(for: diagnostic.code) == nil {
            return "unknown diagnostic code \(diagnostic.code): \(diagnostic.message)"
        }
        for diagnostic in diagnostics where diagnostic.range.start < 0 || diagnostic.range.end < diagnostic.range.start {
            return "bad range \(diagnostic.range) for \(diagnostic.code)"
        }
        return nil
    }

    static func parse(_ bytes: [UInt8]) -> String? {
        let source = String(decoding: bytes, as: UTF8.self)
        let result = Parser.parse(source)
        if let problem = unknownCodes(result.diagnostics) { return problem }
        for diagnostic in result.diagnostics where diagnostic.range.end > source.utf8.count {
            return "range \(diagnostic.range) beyond the source (\(source.utf8.count) bytes)"
        }
        guard let tree = result.expression else { return nil }
        let printed = Printer.print(tree)
        let reparsed = Parser.parse(printed)
        guard let again = reparsed.expression else {
            return "canonical form does not parse: \(printed) — \(reparsed.diagnostics.map(\.code.rawValue))"
        }
        if again != tree { return "round trip changed the tree: \(source) → \(printed)" }
        if Printer.print(again) != printed { return "printer is not idempotent: \(printed)" }
        return nil
    }

    static let schema = ProfileSchema(name: "user profile", attributes: [
        "login": .string, "email": .string, "firstName": .string, "lastName": .string, "department": .string,
        "groupCode": .int, "isContractor": .boolean, "roles": .array(.string), "score": .double,
    ], required: ["login", "email", "firstName", "lastName"])

    static func check(_ bytes: [UInt8]) -> String? {
        guard let selector = bytes.first else { return nil }
        let profiles: [UsageProfile?] = [nil] + UsageProfile.allCases.map { Optional($0) }
        let profile = profiles[Int(selector) % profiles.count]
        let source = String(decoding: bytes.dropFirst(), as: UTF8.self)
        let result = Checker.check(source, options: CheckOptions(profile: profile, userSchema: selector & 0x80 == 0 ? schema : nil))
        return unknownCodes(result.diagnostics)
    }

    /// A context with every kind of value, in both shapes.
    static let context: Value = {
        let text = #"""
        {"user": {"login": "ann@example.com", "email": "ann@example.com", "firstName": "Ann", "lastName": "Lee",
                  "age": 34, "big": 2147483647, "long": 3000000000, "score": 2.5, "nothing": null, "isContractor": false,
                  "tags": ["a", "b", ""], "nums": [1, 2, 3], "created": "2015-07-30T23:58:32.000Z", "id": "00u1", "status": "ACTIVE",
                  "profile": {"email": "ann@example.com", "firstName": "Ann", "roles": ["x"]}},
         "groups": [{"id": "00g1", "name": "Admins", "type": "OKTA_GROUP", "profile": {"name": "Admins"}},
                    {"id": "00g2", "name": "Everyone", "type": "BUILT_IN", "profile": {"name": "Everyone"}},
                    {"id": "00g3", "name": "Eng", "type": "APP_GROUP", "source": {"id": "0oa1", "app": "active_directory"}, "objectClass": ["okta:windows_security_principal"], "profile": {"name": "Eng", "windowsDomainQualifiedName": "CORP\\Eng"}}],
         "access": {"scope": ["openid", "groups"]}, "app": {"id": "0oa9", "profile": {"label": "X"}}, "org": {"subdomain": "example"},
         "appuser": {"username": "ann"}, "session": {"amr": ["pwd", "mfa"]}, "security": {"risk": {"level": "LOW"}, "behaviors": ["New IP"]},
         "device": {"profile": {"osVersion": "14.2.1", "managed": true}}, "login": {"identifier": "ann@example.com"},
         "linkedObjects": {"manager": {"firstName": "Bob"}}, "assignments": {"active_directory": [{"managerUpn": "bob@example.com"}]},
         "now": "2015-07-31T17:18:37.979Z"}
        """#
        return (try? JSONReader.parse(text)) ?? .null
    }()

    static let limits = EvaluationLimits(maxSteps: 200_000, maxStringBytes: 1 << 16, maxArrayCount: 10_000, regexBacktrackingSteps: 100_000)

    static func evaluate(_ bytes: [UInt8]) -> String? {
        guard let selector = bytes.first else { return nil }
        let dialect: Dialect = selector & 1 == 0 ? .classic : .identityEngine
        let source = String(decoding: bytes.dropFirst(), as: UTF8.self)
        let environment = Environment(dialect: dialect, evaluationLimits: limits)
        let program: Program
        do {
            program = try environment.compile(source)
        } catch {
            return unknownCodes(error.diagnostics)
        }
        do {
            let evaluationContext = try ContextLoader.context(from: context, dialect: dialect,
                                                              missingAttributes: selector & 2 == 0 ? .null : .error)
            let value = try program.evaluate(evaluationContext)
            _ = ValueOutput.json(value)
        } catch {
            return unknownCodes([error])
        }
        return nil
    }

    static func json(_ bytes: [UInt8]) -> String? {
        let value: Value
        do {
            value = try JSONReader.parse(bytes: bytes, limits: JSONLimits(maxDepth: 256, maxBytes: 1 << 20))
        } catch {
            if error.offset < 0 || error.offset > bytes.count { return "JSON error offset \(error.offset) outside the input" }
            return nil
        }
        let written = JSONWriter.write(value, dateTime: { $0.javaToString() })
        guard let again = try? JSONReader.parse(written) else { return "written JSON does not parse: \(written.prefix(200))" }
        if !again.isJavaEqual(to: value), !containsNaN(value) { return "JSON round trip changed the value: \(written.prefix(200))" }
        do {
            _ = try ContextLoader.context(from: value, dialect: .identityEngine)
        } catch {
            return unknownCodes([error])
        }
        return nil
    }

    private static func containsNaN(_ value: Value) -> Bool {
        switch value {
        case .double(let d): return !d.isFinite
        case .array(let items): return items.contains(where: containsNaN)
        case .object(let object): return object.entries.contains { containsNaN($0.value) }
        default: return false
        }
    }
}
