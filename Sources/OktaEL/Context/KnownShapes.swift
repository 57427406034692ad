/// The types of the objects Okta puts in scope, as far as Okta documents them. Root shapes are
/// the rows of `ContextRoots`; the pages cited are listed at the top of ContextRoots.swift.
enum KnownShapes {
    /// Base attributes Okta requires on every user profile (never null): Okta's default user
    /// profile requires `login`, `email`, `firstName` and `lastName` (Users API,
    /// https://developer.okta.com/docs/api/openapi/okta-management/management/tag/User/).
    static let requiredUserAttributes: Set<String> = ["login", "email", "firstName", "lastName"]

    /// Attributes of other roots that Okta always sets (never null in a concatenation): `app.id`
    /// and `app.clientId` (token claims guide), `org.name` and `org.subDomain` (classic reference,
    /// "Organization properties"), `user.id`, `user.status`, `session.id` and `login.identifier`
    /// (Identity Engine reference).
    static let alwaysSet: Set<String> = [
        "app.id", "app.clientId", "org.name", "org.subDomain", "user.id", "user.status", "session.id", "login.identifier",
    ]

    /// Top-level fields of `user` in the Identity Engine dialect, beside `profile`: `id`, `status`,
    /// and the date-times `created`, `lastUpdated`, `passwordChanged`, `lastLogin` (Identity Engine
    /// reference), `activated` and `statusChanged` (the other date-times of Okta's user object,
    /// Users API), and `realmId` (the user's realm, in the Identity Governance policy examples
    /// on help.okta.com).
    static let identityEngineUserFields: [String: StaticType] = [
        "id": .string, "status": .string, "created": .dateTime, "lastUpdated": .dateTime,
        "passwordChanged": .dateTime, "lastLogin": .dateTime, "activated": .dateTime, "statusChanged": .dateTime,
        "realmId": .string,
    ]

    /// The Identity Engine user fields that are date-times: the checker types them as
    /// `ZonedDateTime` and the context loader turns their ISO-8601 text into such values.
    static let identityEngineDateFields: [String] = identityEngineUserFields.filter { $0.value == .dateTime }.map(\.key).sorted()

    /// Fields of a group (elements of `user.getGroups(...)`, `group` in group expressions): Okta's
    /// group object as the groups claim guide and the Identity Engine reference's projections use it.
    static let groupFields: [String: StaticType] = [
        "id": .string, "name": .string, "type": .string, "status": .string, "description": .string,
        "objectClass": .array(.string), "created": .unknown, "lastUpdated": .unknown, "lastMembershipUpdated": .unknown,
        "profile": .object(ObjectShape(name: "group profile", fields: ["name": .string, "description": .string], closed: false)),
        "source": .object(ObjectShape(name: "group source", fields: ["id": .string], closed: false)),
    ]

    /// Names that are roots of some Okta context (inside a projection over groups, a name
    /// that is neither a group field nor one of these is an unknown group attribute).
    static var rootNames: Set<String> { ContextRoots.names }

    /// The shape of a root other than `user` and `appuser` (an open object for a name that is
    /// no known root: in a mapping any app name may be one).
    static func root(_ name: String) -> StaticType {
        ContextRoots.named[name]?.shape ?? .object(nil)
    }
}
