/// The enumerations of Okta's authorization-server objects, each with Okta's spelling as its
/// raw value. Loading maps the JSON text through `rawValue`; an unknown text is a diagnostic
/// that lists `allCases`.

/// `status` of a server, claim, policy or rule.
public enum Status: String, Sendable, Hashable, CaseIterable {
    /// Evaluated and emitted.
    case active = "ACTIVE"
    /// Skipped: not evaluated, not emitted.
    case inactive = "INACTIVE"
}

/// `issuerMode` of an authorization server.
public enum IssuerMode: String, Sendable, Hashable, CaseIterable {
    /// The org's Okta domain.
    case orgURL = "ORG_URL"
    /// The org's custom domain.
    case customURL = "CUSTOM_URL"
    /// The domain the request came in on.
    case dynamic = "DYNAMIC"
}

/// `consent` of a scope.
public enum Consent: String, Sendable, Hashable, CaseIterable {
    /// The user is asked.
    case required = "REQUIRED"
    /// Never asked (the API default).
    case implicit = "IMPLICIT"
    /// Asked when the app asks for consent; granted without it for client credentials.
    case flexible = "FLEXIBLE"
}

/// `metadataPublish` of a scope.
public enum MetadataPublish: String, Sendable, Hashable, CaseIterable {
    /// Listed in `scopes_supported`.
    case allClients = "ALL_CLIENTS"
    /// Not listed (the API default).
    case noClients = "NO_CLIENTS"
}

/// `claimType`: which token a claim goes into.
public enum ClaimType: String, Sendable, Hashable, CaseIterable {
    /// The access token.
    case resource = "RESOURCE"
    /// The ID token.
    case identity = "IDENTITY"
}

/// `valueType`: how a claim's value is made.
public enum ClaimValueType: String, Sendable, Hashable, CaseIterable {
    /// `value` is an Okta expression.
    case expression = "EXPRESSION"
    /// `value` is a literal matched against the user's group names by `group_filter_type`.
    case groups = "GROUPS"
    /// An OIDC claim Okta fills itself (no `value`).
    case system = "SYSTEM"
}

/// `group_filter_type` of a `GROUPS` claim (snake_case in the API).
public enum GroupFilterType: String, Sendable, Hashable, CaseIterable {
    /// The group name begins with the value (case-insensitive).
    case startsWith = "STARTS_WITH"
    /// The group name equals the value (case-insensitive).
    case equals = "EQUALS"
    /// The group name contains the value (case-insensitive).
    case contains = "CONTAINS"
    /// The group name matches the regular expression (case-sensitive).
    case regex = "REGEX"
}

/// `type` of an Okta group.
public enum GroupType: String, Sendable, Hashable, CaseIterable {
    /// Mastered by Okta.
    case oktaGroup = "OKTA_GROUP"
    /// Imported from an app (Active Directory, LDAP, ...).
    case appGroup = "APP_GROUP"
    /// Okta's own (`Everyone`).
    case builtIn = "BUILT_IN"
}

/// `scope` of an app user: assigned directly or through a group.
public enum AppUserScope: String, Sendable, Hashable, CaseIterable {
    /// Assigned directly.
    case user = "USER"
    /// Assigned through a group.
    case group = "GROUP"
}

/// `settings.oauthClient.application_type` of an OAuth client app.
public enum ApplicationType: String, Sendable, Hashable, CaseIterable {
    /// A server-side web app.
    case web
    /// A single-page app.
    case browser
    /// A native app.
    case native
    /// A machine-to-machine client.
    case service
}
