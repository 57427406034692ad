/// Where an expression is used in Okta. Each profile restricts the dialect, the roots, the
/// functions and the result type, as Okta's references describe (each restriction cites its source: the roots in `Context/ContextRoots.swift`, the functions in their rows).
public enum UsageProfile: String, Sendable, Hashable, CaseIterable, Codable {
    /// A custom authorization-server claim (classic; any JSON value; at most 1024 characters).
    case claim
    /// A group rule condition (classic; Boolean; no Convert, Time, app attributes or user.status).
    case groupRule = "group-rule"
    /// A profile mapping (classic; the target attribute's type).
    case mapping
    /// An app sign-in policy condition (Identity Engine; Boolean).
    case policy
    /// An IdP username transform (classic; String; idpuser.*).
    case idpTransform = "idp-transform"

    /// The profile named `name` (`claim`, `group-rule`, ...).
    public init?(name: String) { self.init(rawValue: name.lowercased()) }

    /// How the profile reads in messages.
    public var display: String {
        switch self {
        case .claim: return "a custom claim"
        case .groupRule: return "a group rule"
        case .mapping: return "a profile mapping"
        case .policy: return "a policy condition"
        case .idpTransform: return "an IdP username transform"
        }
    }

    /// The dialect expressions of this profile are written in.
    public var dialect: Dialect { self == .policy ? .identityEngine : .classic }

    /// The result type the profile requires, if any.
    public var requiredResult: StaticType? {
        switch self {
        case .groupRule, .policy: return .boolean
        case .idpTransform: return .string
        case .claim, .mapping: return nil
        }
    }

    /// The longest expression Okta accepts here, if it documents one.
    public var maxLength: Int? { self == .claim ? 1024 : nil }

    /// The roots Okta makes available; nil when any name may be a root (mappings allow
    /// explicit app references such as `zendesk.firstName`).
    public var allowedRoots: Set<String>? { ContextRoots.allowed(in: self) }
}
