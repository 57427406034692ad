/// Whether Okta's Expression Language reference documents a function.
public enum Documentation: Sendable, Hashable {
    /// In Okta's reference.
    case documented
    /// Not in Okta's reference, provided for `reason` (`oel check` warns: it may not work in an org).
    case notInOktaReference(reason: String)
}

/// That Okta deprecated a function (it still evaluates), and what to call instead.
public struct Deprecation: Sendable, Hashable {
    /// The function to call instead, as written in an expression (`String.substringBefore`).
    public let replacement: String

    /// Deprecated in favour of `replacement`.
    public init(replacement: String) {
        self.replacement = replacement
    }
}

/// Usage profiles in which Okta does not accept a function, and why.
public struct ProfileRestriction: Sendable, Hashable {
    /// The profiles that refuse it.
    public let profiles: Set<UsageProfile>
    /// Why, as `oel check` gives it in its hint; nil when the message says enough.
    public let reason: String?

    /// A restriction to keep out of `profiles`.
    public init(_ profiles: Set<UsageProfile>, reason: String?) {
        self.profiles = profiles
        self.reason = reason
    }
}
