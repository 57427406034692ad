import OktaEL

/// One test scenario of preview-inputs §4: a configuration, a directory, a request, what Okta
/// should answer and why.
public struct Scenario: Sendable {
    /// Its id.
    public let id: String
    /// The configuration's path (resolved against the scenario file's folder).
    public let config: String
    /// The directory's path (default `directory.json` beside the scenario file).
    public let directory: String
    /// The request.
    public let request: TokenRequest
    /// What is expected.
    public let expect: Expectation
    /// The Okta rule it pins, shown when it fails.
    public let why: String?
    /// The file it came from.
    public let file: String?
}

/// A scenario's `expect`.
public enum Expectation: Sendable {
    /// The request fails with this `error` and internal code (and, when given, exactly this description).
    case error(error: String, internalCode: String, description: String?)
    /// Tokens are issued; every key is optional.
    case tokens(TokensExpectation)
}

/// `expect` for an issued response.
public struct TokensExpectation: Sendable {
    /// `matched`: the policy and rule ids.
    public var policy: String?, rule: String?
    /// `access_token`.
    public var accessToken: TokenExpectation?
    /// `id_token`.
    public var idToken: TokenExpectation?
    /// `scp`, compared as a set.
    public var scp: [String]?
    /// `access_token_lifetime_minutes`.
    public var accessTokenLifetimeMinutes: Int?
    /// `refresh_token`.
    public var refreshToken: Bool?
}

/// A token expectation: `{"issued", "present", "exists", "absent"}`.
public struct TokenExpectation: Sendable {
    /// Whether the token is returned (defaults to true).
    public var issued: Bool
    /// Claims with exactly these values (type-exact; arrays as multisets).
    public var present: [(String, Value)]
    /// Claims that must be there.
    public var exists: [String]
    /// Claims that must not be there.
    public var absent: [String]
}
