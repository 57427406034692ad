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

/// Usage profiles in which Okta does not accept a function (or is not known to), why, and the
/// statement that says so. `grammar/profiles.md` lists every restriction with its source.
public struct ProfileRestriction: Sendable, Hashable {
    /// The profiles that refuse it.
    public let profiles: Set<UsageProfile>
    /// Why, as `oel check` gives it in its hint; nil when the message says enough.
    public let reason: String?
    /// The documented statement or accepted configuration the restriction rests on (a section of
    /// Okta's references or the inference it is), for `grammar/profiles.md` and reviews.
    public let source: String
    /// Whether a source states the restriction (`oel check` reports an error), or Okta is silent
    /// and this engine only doubts the function works there (a warning, OEL8011).
    public let confirmed: Bool

    /// A restriction a documented statement makes: an error in `profiles`.
    public init(_ profiles: Set<UsageProfile>, reason: String?, source: String) {
        self.init(profiles, reason: reason, source: source, confirmed: true)
    }

    /// A restriction no source states: a warning in `profiles` that it is unverified.
    public static func unverified(_ profiles: Set<UsageProfile>, reason: String?, source: String) -> ProfileRestriction {
        ProfileRestriction(profiles, reason: reason, source: source, confirmed: false)
    }

    private init(_ profiles: Set<UsageProfile>, reason: String?, source: String, confirmed: Bool) {
        self.profiles = profiles
        self.reason = reason
        self.source = source
        self.confirmed = confirmed
    }
}
