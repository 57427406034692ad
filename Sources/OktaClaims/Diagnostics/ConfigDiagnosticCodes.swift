import OktaEL

/// One row of the claims engine's diagnostic table: what a configuration code means.
public struct ConfigDiagnosticRow: Sendable, Hashable {
    /// The code, for example `OEL9002`.
    public let code: DiagnosticCode
    /// The severity of a diagnostic of this code.
    public let severity: Severity
    /// A short title, lower case, no final stop.
    public let title: String
    /// What the code reports and why.
    public let description: String

    init(_ code: String, _ severity: Severity, _ title: String, _ description: String) {
        self.code = DiagnosticCode(code)
        self.severity = severity
        self.title = title
        self.description = description
    }
}

/// The codes of configuration diagnostics (OEL9xxx, a range the core table does not use):
/// OEL90xx reading, OEL91xx compiling claims, OEL92xx Okta's structural limits. Expression
/// findings inside a claim keep the core's own codes (OEL1xxx–OEL8xxx). Codes are stable;
/// wording may change.
public struct ConfigDiagnosticCodes: Sendable {
    /// The table.
    public static let standard = ConfigDiagnosticCodes()

    /// Every row, in table order.
    public static let rows: [ConfigDiagnosticRow] = Mirror(reflecting: standard).children.compactMap { $0.value as? ConfigDiagnosticRow }

    /// The row of `code`, if it is one of this table's.
    public static func row(for code: DiagnosticCode) -> ConfigDiagnosticRow? { byCode[code] }

    private static let byCode: [DiagnosticCode: ConfigDiagnosticRow] = Dictionary(
        rows.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })

    // MARK: Reading (OEL90xx)

    /// Not valid JSON.
    public let invalidJSON = ConfigDiagnosticRow(
        "OEL9001", .error, "input is not valid JSON",
        "A configuration, directory or request file is not valid JSON; the diagnostic carries the line and column of the first error.")
    /// A required field is absent.
    public let missingField = ConfigDiagnosticRow(
        "OEL9002", .error, "missing required field",
        "A field the Management API always returns, or that the engine needs, is absent or null.")
    /// A field has the wrong JSON type.
    public let wrongType = ConfigDiagnosticRow(
        "OEL9003", .error, "field of the wrong type",
        "A field holds a JSON value of another type than Okta's schema gives it (a number where a string is expected).")
    /// A value outside an enumeration.
    public let unknownEnumValue = ConfigDiagnosticRow(
        "OEL9004", .error, "unknown enumeration value",
        "A field that takes one of a fixed set of values (status, claimType, valueType, group_filter_type, consent, ...) holds another text.")
    /// A grant type Okta's schema does not list.
    public let unknownGrantType = ConfigDiagnosticRow(
        "OEL9005", .warning, "unknown grant type",
        "Grant types are an open set, so an unlisted one is kept, but it is often a typo; no request of a known grant type matches it.")
    /// A file of the folder form is missing.
    public let missingFile = ConfigDiagnosticRow(
        "OEL9006", .error, "missing file",
        "The folder form needs authorizationServer.json (or server.json), scopes.json, claims.json and policies.json; a policy without rules-<policyId>.json has no rules.")
    /// The input is none of the known forms.
    public let unrecognizedFormat = ConfigDiagnosticRow(
        "OEL9007", .error, "unrecognised configuration format",
        "The JSON is neither a bundle (`authorizationServer`, `scopes`, `claims`, `policies`) nor the output of `terraform show -json`.")
    /// A reference to an object that is not there.
    public let danglingReference = ConfigDiagnosticRow(
        "OEL9008", .error, "reference to a missing object",
        "A Terraform rule's policy_id or a resource's auth_server_id names no resource of the configuration, or a rules file names no policy.")
    /// Two objects share an id.
    public let duplicateID = ConfigDiagnosticRow(
        "OEL9009", .error, "duplicate id",
        "Two policies, or two rules of one policy, have the same id; the first is kept.")
    /// More than one server in a Terraform file.
    public let severalServers = ConfigDiagnosticRow(
        "OEL9010", .error, "several authorization servers",
        "A Terraform state or plan holds more than one okta_auth_server; the first (by resource address) is read, the others are ignored.")

    // MARK: Compiling (OEL91xx)

    /// A claim expression that does not compile.
    public let claimDoesNotCompile = ConfigDiagnosticRow(
        "OEL9101", .error, "claim expression does not compile",
        "An EXPRESSION claim's value is not a valid Okta expression; the checker's findings follow with their own codes. Okta saves it anyway and fails the token request with user_claim_evaluation_failure when the claim is evaluated.")
    /// A REGEX groups filter that is not a valid regular expression.
    public let invalidGroupRegex = ConfigDiagnosticRow(
        "OEL9102", .error, "invalid REGEX groups filter",
        "A GROUPS claim with group_filter_type REGEX whose value is not a valid Java regular expression (or uses a construct the engine does not support).")
    /// `group_filter_type` on a claim that is not GROUPS.
    public let filterTypeIgnored = ConfigDiagnosticRow(
        "OEL9103", .warning, "group_filter_type ignored",
        "group_filter_type is only read for valueType GROUPS; on another claim it has no effect.")
    /// A SYSTEM claim Okta does not create.
    public let unknownSystemClaim = ConfigDiagnosticRow(
        "OEL9104", .warning, "unknown SYSTEM claim",
        "valueType SYSTEM is Okta's own for the OIDC standard claims; a SYSTEM claim of another name produces no value.")
    /// No `sub` claim: the default expression is used.
    public let defaultSubClaim = ConfigDiagnosticRow(
        "OEL9105", .note, "system sub claim absent",
        "Okta creates the sub claim with every server and it cannot be deleted; where the configuration lacks it, its default expression `(appuser != null) ? appuser.userName : app.clientId` is used.")

    /// A custom claim named like a claim Okta reserves for that token.
    public let reservedClaimName = ConfigDiagnosticRow(
        "OEL9106", .warning, "reserved claim name",
        "A custom claim whose name Okta reserves for its token type (the token's own base claims, Okta's reserved-claim list, the OIDC standard claims in an ID token). The claim is never evaluated or emitted; the preview's trace shows it as reserved.")

    // MARK: Okta's limits (OEL92xx)

    /// More than one audience.
    public let severalAudiences = ConfigDiagnosticRow(
        "OEL9201", .error, "more than one audience",
        "Okta supports one resource (audience) per authorization server; the first is used as `aud`.")
    /// An audience with a colon that is not an absolute URI.
    public let audienceNotAbsolute = ConfigDiagnosticRow(
        "OEL9202", .error, "audience is not an absolute URI",
        "An audience containing ':' must be a valid absolute URI (scheme:rest).")
    /// Two scopes of the same name.
    public let duplicateScope = ConfigDiagnosticRow(
        "OEL9203", .error, "duplicate scope name",
        "Scope names are unique per server; the first is kept.")
    /// Access-token lifetime outside 5...1440 minutes.
    public let accessLifetimeOutOfRange = ConfigDiagnosticRow(
        "OEL9204", .error, "access token lifetime out of range",
        "accessTokenLifetimeMinutes must lie between 5 minutes and 1 day (1440).")
    /// Refresh-token lifetime below the access-token lifetime.
    public let refreshLifetimeTooShort = ConfigDiagnosticRow(
        "OEL9205", .error, "refresh token lifetime shorter than the access token's",
        "refreshTokenLifetimeMinutes is 0 (unlimited) or at least accessTokenLifetimeMinutes.")
    /// Refresh window outside 10...2,628,000 minutes.
    public let refreshWindowOutOfRange = ConfigDiagnosticRow(
        "OEL9206", .error, "refresh token window out of range",
        "refreshTokenWindowMinutes must lie between 10 minutes and 5 years (2,628,000), as Okta documents (the Terraform provider accepts 5).")
    /// Two policies, or two rules of a policy, with the same priority.
    public let priorityTie = ConfigDiagnosticRow(
        "OEL9207", .warning, "priority shared",
        "Two policies, or two rules of one policy, have the same priority; the engine orders them by created time, then id.")
    /// A scope name Okta refuses.
    public let invalidScopeName = ConfigDiagnosticRow(
        "OEL9208", .error, "invalid scope name",
        "Scope names are printable ASCII without space, '\"' or '\\', not `*` or `okta`, and do not start with `okta.` or `okta:`.")
    /// A priority below 1.
    public let priorityBelowOne = ConfigDiagnosticRow(
        "OEL9209", .error, "priority below 1",
        "Priorities start at 1 (evaluated first).")

    // MARK: Lint (OEL93xx): findings only `oel lint` looks for

    /// Two claims of one token type with the same name.
    public let duplicateClaimName = ConfigDiagnosticRow(
        "OEL9301", .warning, "duplicate claim name",
        "Two ACTIVE claims of the same token type (RESOURCE or IDENTITY) share a name; a token has one member of that name, so one of them is lost (the engine keeps the first by id).")
    /// A scope named by a claim or a rule that the server does not define.
    public let unknownScopeReference = ConfigDiagnosticRow(
        "OEL9302", .warning, "reference to an undefined scope",
        "A claim's conditions.scopes or a rule's conditions.scopes names a scope the server does not define (the OIDC scopes always exist); the claim can never be included for it, the rule never allows it.")
    /// A rule an earlier rule of its policy always matches first.
    public let shadowedRule = ConfigDiagnosticRow(
        "OEL9303", .warning, "rule can never match",
        "An earlier ACTIVE rule of the same policy matches every request this ACTIVE rule matches (its grant types, people and scopes include this rule's), so this rule is never reached.")
    /// A policy naming a client the directory does not have.
    public let unknownClient = ConfigDiagnosticRow(
        "OEL9304", .warning, "policy names an unknown client",
        "conditions.clients.include lists a client id no app of the directory has (checked only when a directory is given).")
    /// A GROUPS claim that would exceed 100 groups for a user.
    public let tooManyGroups = ConfigDiagnosticRow(
        "OEL9305", .warning, "groups claim over 100 groups",
        "For some user of the directory, the GROUPS claim's filter matches more than 100 groups: Okta fails that user's request with too_many_groups_in_groups_claim.")
    /// A `Groups.*` result that can be null.
    public let nullableGroupsResult = ConfigDiagnosticRow(
        "OEL9306", .warning, "Groups.* result without ?: {}",
        "Groups.startsWith, Groups.endsWith and Groups.contains return null, not an empty list, when no group matches; without `?: {}` the claim is left out of the token instead of being [] (the fact sheet's null-result pattern).")
}

extension ConfigDiagnosticRow {
    /// A diagnostic of this row's code and severity, with no source position.
    func diagnostic(_ message: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(code, message, at: .at(0), hint: hint, severity: severity)
    }
}
