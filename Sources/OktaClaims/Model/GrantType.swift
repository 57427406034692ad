/// An OAuth grant type. An open set: Okta adds grant types over time, so any text is kept
/// (an unknown one is a warning at load, not an error), and the known ones have names.
public struct GrantType: RawRepresentable, Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Okta's text, for example `authorization_code`.
    public let rawValue: String

    /// A grant type from its text.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// A grant type from its text.
    public init(_ rawValue: String) { self.rawValue = rawValue }

    /// The text.
    public var description: String { rawValue }
    /// Ordered by text.
    public static func < (lhs: GrantType, rhs: GrantType) -> Bool { lhs.rawValue < rhs.rawValue }

    /// `authorization_code`.
    public static let authorizationCode = GrantType("authorization_code")
    /// `implicit`.
    public static let implicit = GrantType("implicit")
    /// `password` (resource owner password).
    public static let password = GrantType("password")
    /// `client_credentials`: the client on its own behalf, no user.
    public static let clientCredentials = GrantType("client_credentials")
    /// `refresh_token`.
    public static let refreshToken = GrantType("refresh_token")
    /// `interaction_code` (Identity Engine).
    public static let interactionCode = GrantType("interaction_code")
    /// Device authorization.
    public static let deviceCode = GrantType("urn:ietf:params:oauth:grant-type:device_code")
    /// JWT bearer assertion.
    public static let jwtBearer = GrantType("urn:ietf:params:oauth:grant-type:jwt-bearer")
    /// SAML 2.0 bearer assertion.
    public static let saml2Bearer = GrantType("urn:ietf:params:oauth:grant-type:saml2-bearer")
    /// Token exchange.
    public static let tokenExchange = GrantType("urn:ietf:params:oauth:grant-type:token-exchange")
    /// Client-initiated backchannel authentication.
    public static let ciba = GrantType("urn:openid:params:grant-type:ciba")
    /// Okta one-time passcode.
    public static let otp = GrantType("urn:okta:params:oauth:grant-type:otp")
    /// Okta out-of-band.
    public static let oob = GrantType("urn:okta:params:oauth:grant-type:oob")
    /// Auth0-style MFA one-time passcode.
    public static let mfaOTP = GrantType("http://auth0.com/oauth/grant-type/mfa-otp")
    /// Auth0-style MFA out-of-band.
    public static let mfaOOB = GrantType("http://auth0.com/oauth/grant-type/mfa-oob")

    /// Every grant type of Okta's `GrantType` schema.
    public static let known: [GrantType] = [
        .authorizationCode, .implicit, .password, .clientCredentials, .refreshToken, .interactionCode,
        .deviceCode, .jwtBearer, .saml2Bearer, .tokenExchange, .ciba, .otp, .oob, .mfaOTP, .mfaOOB,
    ]

    /// Whether Okta's schema lists this grant type.
    public var isKnown: Bool { GrantType.known.contains(self) }

    /// Whether the grant acts for a user (everything but client credentials).
    public var hasUser: Bool { self != .clientCredentials }
}
