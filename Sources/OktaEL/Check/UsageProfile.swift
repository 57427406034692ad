/// Where an expression is used in Okta. Each profile restricts the dialect, the roots, the
/// functions and the result type, as Okta's references describe. Every restriction cites its
/// source: the roots in `Context/ContextRoots.swift`, the functions in their rows, and all of
/// them in `grammar/profiles.md`.
public enum UsageProfile: String, Sendable, Hashable, CaseIterable, Codable {
    /// A custom claim of a custom authorization server (classic; any JSON value; at most 1024
    /// characters: token claims guide).
    case claim
    /// A federated claim of an app, OIDC claim or SAML attribute (Identity Engine; any JSON value):
    /// the Identity Engine reference ("federated claims", `appuser.entitlements.*`,
    /// `device.profile.*`, `session.*`) and the support article on `user.getGroups` groups claims
    /// with the unified claims feature.
    case federatedClaim = "federated-claim"
    /// A group rule condition (classic; Boolean; no Convert, Time, app attributes or user.status).
    case groupRule = "group-rule"
    /// A profile mapping (classic; the target attribute's type).
    case mapping
    /// An app sign-in policy condition (Identity Engine; Boolean).
    case policy
    /// An IdP username transform (classic; String; idpuser.*).
    case idpTransform = "idp-transform"

    /// Other names a profile answers to: `app-claim` for a federated claim.
    static let aliases: [String: UsageProfile] = ["app-claim": .federatedClaim]

    /// The profile named `name` (`claim`, `group-rule`, ...; `app-claim` is `federated-claim`).
    public init?(name: String) {
        let lowered = name.lowercased()
        guard let profile = UsageProfile(rawValue: lowered) ?? Self.aliases[lowered] else { return nil }
        self = profile
    }

    /// How the profile reads in messages.
    public var display: String {
        switch self {
        case .claim: return "a custom claim"
        case .federatedClaim: return "an app's federated claim"
        case .groupRule: return "a group rule"
        case .mapping: return "a profile mapping"
        case .policy: return "a policy condition"
        case .idpTransform: return "an IdP username transform"
        }
    }

    /// The dialect expressions of this profile are written in.
    public var dialect: Dialect {
        switch self {
        case .policy, .federatedClaim: return .identityEngine
        case .claim, .groupRule, .mapping, .idpTransform: return .classic
        }
    }

    /// The profile of the same kind of place in the other dialect, if Okta has one: an
    /// authorization-server claim (classic) and an app's federated claim (Identity Engine).
    public var otherDialectCounterpart: UsageProfile? {
        switch self {
        case .claim: return .federatedClaim
        case .federatedClaim: return .claim
        default: return nil
        }
    }

    /// The result type the profile requires, if any.
    public var requiredResult: StaticType? {
        switch self {
        case .groupRule, .policy: return .boolean
        case .idpTransform: return .string
        case .claim, .federatedClaim, .mapping: return nil
        }
    }

    /// The longest expression Okta accepts here, if it documents one.
    public var maxLength: Int? { self == .claim ? 1024 : nil }

    /// The roots Okta makes available; nil when any name may be a root (mappings allow
    /// explicit app references such as `zendesk.firstName`).
    public var allowedRoots: Set<String>? { ContextRoots.allowed(in: self) }
}
