import OktaEL

/// The folder form: the raw API responses saved one file per endpoint, `authorizationServer.json`
/// (or `server.json`), `scopes.json`, `claims.json`, `policies.json` and `rules-<policyId>.json`.
/// Works on file names and bytes, so it needs no file system; `ConfigurationLoader.loadFolder(atPath:)`
/// reads a real folder.
enum FolderLoader {
    static let serverFiles = ["authorizationServer.json", "server.json"]

    /// Whether a set of files looks like the folder form.
    static func recognises(_ files: [String: [UInt8]]) -> Bool { serverFiles.contains { files[$0] != nil } }

    static func read(_ files: [String: [UInt8]], folder: String?, log: DiagnosticLog) -> Configuration? {
        let codes = ConfigDiagnosticCodes.standard
        func document(_ name: String, what: String) -> Value? {
            guard let bytes = files[name] else { return nil }
            log.file = qualified(name, in: folder)
            return log.parse(bytes, what: what)
        }
        func missing(_ name: String, _ message: String) {
            log.file = qualified(name, in: folder)
            log.add(codes.missingFile, message, at: .root)
        }
        guard let serverName = serverFiles.first(where: { files[$0] != nil }) else {
            missing("authorizationServer.json", "The folder has no authorizationServer.json (or server.json)")
            log.file = nil
            return nil
        }
        guard let serverValue = document(serverName, what: serverName),
              let server = APIObjectReader.server(serverValue, path: ObjectPath("authorizationServer"), log: log) else {
            log.file = nil
            return nil
        }
        var lists: [String: Value] = [:]
        for name in ["scopes", "claims", "policies"] {
            let file = name + ".json"
            if files[file] == nil {
                missing(file, "The folder has no \(file)")
            } else if let value = document(file, what: file) {
                lists[name] = value
            }
        }
        log.file = qualified("scopes.json", in: folder)
        let scopes = APICollections.scopes(lists["scopes"], log: log)
        log.file = qualified("claims.json", in: folder)
        let claims = APICollections.claims(lists["claims"], log: log)
        log.file = qualified("policies.json", in: folder)
        var policies = APICollections.policies(lists["policies"], nestedRules: false, log: log)
        for index in policies.indices {
            let policy = policies[index]
            let file = "rules-\(policy.id).json"
            guard files[file] != nil else {
                missing(file, "The folder has no \(file) for the policy \"\(policy.name)\" (id \(policy.id)); it has no rules")
                continue
            }
            guard let value = document(file, what: file) else { continue }
            let path = ObjectPath("policies").element(name: policy.name, id: policy.id, index: index).field("rules")
            policies[index].rules = APICollections.rules(value, path: path, log: log)
        }
        let known = Set(policies.map { "rules-\($0.id).json" })
        for name in files.keys.sorted() where name.hasPrefix("rules-") && name.hasSuffix(".json") && !known.contains(name) {
            log.file = qualified(name, in: folder)
            log.add(codes.danglingReference, "\(name) names no policy of policies.json", at: .root)
        }
        log.file = nil
        return Configuration(server: server, scopes: scopes, claims: claims, policies: policies, format: .folder)
    }

    private static func qualified(_ name: String, in folder: String?) -> String {
        guard let folder, !folder.isEmpty else { return name }
        return folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
