/// The types of the objects Okta puts in scope, as far as Okta documents them.
enum KnownShapes {
    /// Base attributes Okta requires on every user profile (never null).
    static let requiredUserAttributes: Set<String> = ["login", "email", "firstName", "lastName"]

    /// Attributes of other roots that Okta always sets (never null in a concatenation).
    static let alwaysSet: Set<String> = [
        "app.id", "app.clientId", "org.name", "org.subDomain", "user.id", "user.status", "session.id", "login.identifier",
    ]

    /// Top-level fields of `user` in the Identity Engine dialect.
    static let identityEngineUserFields: [String: StaticType] = [
        "id": .string, "status": .string, "created": .dateTime, "lastUpdated": .dateTime,
        "passwordChanged": .dateTime, "lastLogin": .dateTime, "activated": .dateTime, "statusChanged": .dateTime,
        "realmId": .string,
    ]

    /// Fields of a group (elements of `user.getGroups(...)`, `group` in group expressions).
    static let groupFields: [String: StaticType] = [
        "id": .string, "name": .string, "type": .string, "status": .string, "description": .string,
        "objectClass": .array(.string), "created": .unknown, "lastUpdated": .unknown, "lastMembershipUpdated": .unknown,
        "profile": .object(ObjectShape(name: "group profile", fields: ["name": .string, "description": .string], closed: false)),
        "source": .object(ObjectShape(name: "group source", fields: ["id": .string], closed: false)),
    ]

    /// Names that are roots of some Okta context (inside a projection over groups, a name
    /// that is neither a group field nor one of these is an unknown group attribute).
    static let rootNames: Set<String> = [
        "user", "appuser", "appUser", "app", "org", "access", "session", "security", "device", "login",
        "accessRequest", "idpuser", "source", "group", "groups",
    ]

    /// The shape of a root other than `user` and `appuser`.
    static func root(_ name: String) -> StaticType {
        switch name {
        case "access": return .object(ObjectShape(name: "access", fields: ["scope": .array(.string)], closed: false))
        case "session": return .object(ObjectShape(name: "session", fields: ["amr": .array(.string), "id": .string], closed: false))
        case "security":
            return .object(ObjectShape(name: "security", fields: [
                "risk": .object(ObjectShape(name: "security.risk", fields: ["level": .string], closed: false)),
                "behaviors": .array(.string),
            ], closed: false))
        case "login": return .object(ObjectShape(name: "login", fields: ["identifier": .string], closed: false))
        case "groups": return .array(.group)
        default: return .object(nil)
        }
    }
}
