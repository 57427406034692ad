import OktaEL

/// The bundle form (preview-inputs §1): one JSON object with `authorizationServer`, `scopes`,
/// `claims` and `policies`, each policy's rules nested under `rules`.
enum BundleLoader {
    /// Whether a parsed document looks like a bundle.
    static func recognises(_ document: ObjectValue) -> Bool { document["authorizationServer"] != nil }

    static func read(_ document: ObjectValue, log: DiagnosticLog) -> Configuration? {
        let codes = ConfigDiagnosticCodes.standard
        guard let serverValue = document["authorizationServer"], !serverValue.isNull else {
            log.add(codes.missingField, "The bundle has no 'authorizationServer'", at: ObjectPath("authorizationServer"))
            return nil
        }
        guard let server = APIObjectReader.server(serverValue, path: ObjectPath("authorizationServer"), log: log) else { return nil }
        for key in ["scopes", "claims", "policies"] where document[key] == nil || document[key] == .null {
            log.add(codes.missingField, "The bundle has no '\(key)'", at: ObjectPath(key))
        }
        return Configuration(
            server: server,
            scopes: APICollections.scopes(document["scopes"], log: log),
            claims: APICollections.claims(document["claims"], log: log),
            policies: APICollections.policies(document["policies"], nestedRules: true, log: log),
            format: .bundle)
    }
}
