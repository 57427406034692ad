import OktaEL

/// Reads scenario files: one scenario object, an array of them, or JSON Lines (`.jsonl`, one
/// per line). Paths are resolved against `folder`; `directory` defaults to `directory.json`.
/// Faults are diagnostics naming the scenario (`scenarios["id"].expect.error`), never a crash.
public enum ScenarioLoader {
    /// The scenarios of a file's bytes.
    public static func load(bytes: [UInt8], name: String, folder: String) -> LoadResult<[Scenario]> {
        let log = DiagnosticLog(file: name)
        var values: [Value] = []
        if name.hasSuffix(".jsonl") {
            for line in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true) {
                if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                if let value = log.parse(Array(line), what: name) { values.append(value) }
            }
        } else if let document = log.parse(bytes, what: name) {
            if case .array(let items) = document { values = items } else { values = [document] }
        }
        var scenarios: [Scenario] = []
        for (index, value) in values.enumerated() {
            if let scenario = read(value, index: index, file: name, folder: folder, log: log) { scenarios.append(scenario) }
        }
        return LoadResult(value: scenarios, diagnostics: log.items)
    }

    static func read(_ value: Value, index: Int, file: String, folder: String, log: DiagnosticLog) -> Scenario? {
        let id = value.objectValue?["id"]?.stringValue
        let path = ObjectPath("scenarios").element(name: id, id: nil, index: index)
        guard let fields = FieldReader.of(value, path: path, kind: "scenario", log: log, nameKey: "id", idKey: nil) else { return nil }
        let config = fields.string("config", required: true)
        let directory = fields.string("directory") ?? "directory.json"
        let why = fields.string("why")
        guard let requestValue = fields.raw("request") else { fields.missing("request"); return nil }
        let request = RequestLoader.read(requestValue, path: path.field("request"), log: log)
        guard let expectFields = fields.object("expect", required: true) else { return nil }
        guard let config, let request, let expect = expectation(expectFields) else { return nil }
        return Scenario(id: id ?? "#\(index + 1)", config: resolve(config, in: folder), directory: resolve(directory, in: folder),
                        request: request, expect: expect, why: why, file: file)
    }

    static func expectation(_ fields: FieldReader) -> Expectation? {
        if fields.raw("error") != nil || fields.raw("internal") != nil {
            guard let error = fields.string("error", required: true), let internalCode = fields.string("internal", required: true) else { return nil }
            return .error(error: error, internalCode: internalCode, description: fields.string("error_description"))
        }
        var tokens = TokensExpectation()
        if let matched = fields.object("matched") {
            tokens.policy = matched.string("policy")
            tokens.rule = matched.string("rule")
        }
        tokens.accessToken = fields.object("access_token").map(token)
        tokens.idToken = fields.object("id_token").map(token)
        tokens.scp = fields.strings("scp")
        tokens.accessTokenLifetimeMinutes = fields.int("access_token_lifetime_minutes")
        tokens.refreshToken = fields.optionalBool("refresh_token")
        return .tokens(tokens)
    }

    static func token(_ fields: FieldReader) -> TokenExpectation {
        TokenExpectation(issued: fields.optionalBool("issued") ?? true,
                         present: fields.objectValue("present").entries.map { ($0.key, $0.value) },
                         exists: fields.strings("exists") ?? [], absent: fields.strings("absent") ?? [])
    }

    /// `path` relative to `folder` unless absolute.
    static func resolve(_ path: String, in folder: String) -> String {
        if path.hasPrefix("/") || folder.isEmpty { return path }
        return folder.hasSuffix("/") ? folder + path : folder + "/" + path
    }
}
