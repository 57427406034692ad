/// Okta's documented structural limits that can be checked without a request (okta-authz §1.6,
/// S-LEG-OIDC "Limits"): one audience, an absolute URI when the audience has a colon, valid and
/// unique scope names, priorities from 1, and rule lifetimes in bounds. Each finding is a
/// diagnostic for `lint`; none stops a preview, which goes on as Okta would with what it has.
enum StructuralLimits {
    private static let codes = ConfigDiagnosticCodes.standard

    /// Access-token lifetime bounds, minutes.
    static let accessLifetime = 5...1440
    /// Refresh idle-window bounds, minutes (Okta's documented 10; Terraform accepts 5).
    static let refreshWindow = 10...2_628_000

    static func server(_ server: AuthorizationServer) -> [ConfigDiagnostic] {
        let path = ObjectPath("authorizationServer").field("audiences")
        var found: [ConfigDiagnostic] = []
        if server.audiences.isEmpty {
            found.append(ConfigDiagnostic(codes.missingField.diagnostic("The authorization server \"\(server.name)\" has no audience"),
                                          path: path, objectID: server.id))
        }
        if server.audiences.count > 1 {
            found.append(ConfigDiagnostic(codes.severalAudiences.diagnostic(
                "The authorization server \"\(server.name)\" has \(server.audiences.count) audiences; Okta supports one, and \"\(server.audience ?? "")\" is used"),
                path: path, objectID: server.id))
        }
        for (index, audience) in server.audiences.enumerated() where audience.contains(":") && !isAbsoluteURI(audience) {
            found.append(ConfigDiagnostic(codes.audienceNotAbsolute.diagnostic(
                "The audience \"\(audience)\" contains ':' but is not an absolute URI", hint: "for example api://orders or https://api.example.com/orders"),
                path: path.index(index), objectID: server.id))
        }
        return found
    }

    /// `scheme ":" rest`, scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ), rest non-empty, no
    /// spaces or control characters.
    static func isAbsoluteURI(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")), colon > 0, colon + 1 < bytes.count else { return false }
        guard bytes[0].isASCIILetter else { return false }
        for byte in bytes[1..<colon] where !(byte.isASCIILetter || byte.isASCIIDigit || byte == UInt8(ascii: "+")
                                              || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")) {
            return false
        }
        return !bytes.contains { $0 <= 0x20 || $0 == 0x7F }
    }

    /// Scope names Okta accepts: printable ASCII except space, `"` and `\`; not `*` or `okta`;
    /// not starting with `okta.` or `okta:`; not containing both `<` and `>`.
    static func scopeNameProblem(_ name: String) -> String? {
        if name.isEmpty { return "is empty" }
        if name == "*" || name == "okta" { return "is reserved" }
        if name.hasPrefix("okta.") || name.hasPrefix("okta:") { return "starts with a reserved prefix" }
        if name.utf8.contains(where: { $0 < 0x21 || $0 > 0x7E || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            return "contains a character other than printable ASCII (no space, '\"' or '\\')"
        }
        if name.contains("<"), name.contains(">") { return "contains both '<' and '>'" }
        return nil
    }

    static func scope(_ scope: Scope, path: ObjectPath) -> [ConfigDiagnostic] {
        guard !scope.system, let problem = scopeNameProblem(scope.name) else { return [] }
        return [ConfigDiagnostic(codes.invalidScopeName.diagnostic("The scope name \"\(scope.name)\" \(problem)"),
                                 path: path.field("name"), objectID: scope.id)]
    }

    static func priority(_ priority: Int, of what: String, path: ObjectPath, id: String) -> [ConfigDiagnostic] {
        guard priority < 1 else { return [] }
        return [ConfigDiagnostic(codes.priorityBelowOne.diagnostic("The \(what) has priority \(priority); priorities start at 1"),
                                 path: path.field("priority"), objectID: id)]
    }

    static func lifetimes(_ rule: PolicyRule, path: ObjectPath) -> [ConfigDiagnostic] {
        let token = rule.token
        let tokenPath = path.field("actions").field("token")
        var found: [ConfigDiagnostic] = []
        if !accessLifetime.contains(token.accessTokenLifetimeMinutes) {
            found.append(ConfigDiagnostic(codes.accessLifetimeOutOfRange.diagnostic(
                "The rule \"\(rule.name)\" gives access tokens \(token.accessTokenLifetimeMinutes) minutes; Okta accepts 5 to 1440"),
                path: tokenPath.field("accessTokenLifetimeMinutes"), objectID: rule.id))
        }
        if token.refreshTokenLifetimeMinutes != 0, token.refreshTokenLifetimeMinutes < token.accessTokenLifetimeMinutes {
            found.append(ConfigDiagnostic(codes.refreshLifetimeTooShort.diagnostic(
                "The rule \"\(rule.name)\" gives refresh tokens \(token.refreshTokenLifetimeMinutes) minutes, less than the access token's \(token.accessTokenLifetimeMinutes)",
                hint: "use 0 for unlimited"),
                path: tokenPath.field("refreshTokenLifetimeMinutes"), objectID: rule.id))
        }
        if !refreshWindow.contains(token.refreshTokenWindowMinutes) {
            found.append(ConfigDiagnostic(codes.refreshWindowOutOfRange.diagnostic(
                "The rule \"\(rule.name)\" has a refresh window of \(token.refreshTokenWindowMinutes) minutes; Okta documents 10 to 2,628,000"),
                path: tokenPath.field("refreshTokenWindowMinutes"), objectID: rule.id))
        }
        return found
    }
}

extension UInt8 {
    var isASCIILetter: Bool { (self >= 0x41 && self <= 0x5A) || (self >= 0x61 && self <= 0x7A) }
    var isASCIIDigit: Bool { self >= 0x30 && self <= 0x39 }
}
