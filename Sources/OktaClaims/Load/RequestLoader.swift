import OktaEL

/// Loads a token request (preview-inputs §3) from JSON.
public enum RequestLoader {
    /// A request from bytes.
    public static func load(bytes: [UInt8], name: String? = nil) -> LoadResult<TokenRequest> {
        let log = DiagnosticLog(file: name)
        guard let document = log.parse(bytes, what: name ?? "The request") else { return LoadResult(value: nil, diagnostics: log.items) }
        let request = read(document, path: .root, log: log)
        return LoadResult(value: request, diagnostics: log.items)
    }

    /// A request from an already parsed JSON value (a scenario's `request`).
    public static func read(_ value: Value, path: ObjectPath = ObjectPath("request")) -> LoadResult<TokenRequest> {
        let log = DiagnosticLog()
        let request = read(value, path: path, log: log)
        return LoadResult(value: request, diagnostics: log.items)
    }

    static func read(_ value: Value, path: ObjectPath, log: DiagnosticLog) -> TokenRequest? {
        guard let fields = FieldReader.of(value, path: path, kind: "request", log: log, nameKey: nil, idKey: nil) else { return nil }
        let client = fields.string("client_id", required: true)
        let grant = fields.string("grant_type", required: true)
        let scope = fields.string("scope")
        guard let client, let grant else { return nil }
        let grantType = APIObjectReader.grantType(grant, fields: fields, key: "grant_type")
        return TokenRequest(clientID: client, grantType: grantType, user: fields.string("user"),
                            scopes: scope.map { $0.split(separator: " ").map(String.init) },
                            responseType: fields.string("response_type"), nonce: fields.string("nonce"))
    }
}
