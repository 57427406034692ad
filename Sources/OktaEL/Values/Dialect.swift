/// The two expression dialects Okta runs.
public enum Dialect: String, Sendable, Hashable, CaseIterable, Codable {
    /// Classic OEL: `String.len(user.email)`, flat `user` profile.
    case classic
    /// OEL in Identity Engine: `user.profile.email.length()`, methods on values.
    case identityEngine = "oie"

    /// The dialect named `text` (`classic`, `oie`, `identity-engine`), if any.
    public init?(name text: String) {
        switch text.lowercased() {
        case "classic": self = .classic
        case "oie", "identity-engine", "identityengine", "ie": self = .identityEngine
        default: return nil
        }
    }
}
