import OktaEL

/// The values of Okta's SYSTEM (OIDC standard) claims from the user profile, one row per
/// claim (okta-authz §3.3; the choices where Okta is silent are D27). A nil or null value
/// means the claim is not emitted.
enum SystemClaimValues {
    static func value(of name: String, user: User) -> Value? {
        guard let source = source(of: name) else { return nil }
        return value(source, user: user)
    }

    /// How a claim's value is read from the user.
    typealias Source = @Sendable (User) -> Value?

    /// The source of the claim `name`, nil when Okta has no base attribute for it.
    static func source(of name: String) -> Source? { sources[name] }

    /// The value `source` reads from `user`; nil when null.
    static func value(_ source: Source, user: User) -> Value? {
        let value = source(user)
        if case .null? = value { return nil }
        return value
    }

    private static func attribute(_ key: String) -> @Sendable (User) -> Value? { { $0.profile[key] } }

    private static let sources: [String: @Sendable (User) -> Value?] = [
        "name": { user in
            let parts = [user.profile["firstName"]?.stringValue, user.profile["lastName"]?.stringValue].compactMap { $0 }
            return parts.isEmpty ? nil : .string(parts.joined(separator: " "))
        },
        "given_name": attribute("firstName"),
        "family_name": attribute("lastName"),
        "middle_name": attribute("middleName"),
        "nickname": attribute("nickName"),
        "preferred_username": { user in user.login.map(Value.string) ?? user.profile["login"] },
        "profile": attribute("profileUrl"),
        "zoneinfo": attribute("timezone"),
        "locale": attribute("locale"),
        "email": attribute("email"),
        "email_verified": { user in user.primaryEmailVerified.map(Value.bool) },
        "phone_number": { user in user.profile["mobilePhone"] ?? user.profile["primaryPhone"] },
        "address": { user in
            let members: [(String, String)] = [("street_address", "streetAddress"), ("locality", "city"), ("region", "state"),
                                               ("postal_code", "zipCode"), ("country", "countryCode")]
            let pairs = members.compactMap { claim, key -> (String, Value)? in
                guard let value = user.profile[key], !value.isNull else { return nil }
                return (claim, value)
            }
            return pairs.isEmpty ? nil : .object(ObjectValue(pairs))
        },
        "updated_at": { user in
            guard let text = user.lastUpdated, let instant = Clock.parse(text) else { return nil }
            return .long(instant.epochSecond)
        },
        // picture, website, gender, birthdate: no Okta base attribute (D27).
    ]
}

/// ISO-8601 instants through OktaEL's context loader.
public enum Clock {
    /// The instant of an ISO-8601 text such as `2015-07-31T17:18:37.979Z`; nil when it is not one.
    public static func parse(_ text: String) -> ZonedDateTime? {
        try? ContextLoader.context(from: .null, dialect: .classic, now: text).now
    }

    /// The instant of Okta's documentation examples, the scenarios' fixed clock.
    public static var documentation: ZonedDateTime {
        parse(ContextLoader.documentationNow) ?? ZonedDateTime(epochSecond: 1_438_363_117, nano: 979_000_000, zone: .utc)
    }
}
