/// How attribute reads that find nothing behave.
public enum MissingAttributePolicy: String, Sendable, Hashable {
    /// A missing attribute reads as null, as an unset Okta attribute does (default).
    case null
    /// A missing attribute is an error, like SpEL's `EL1008E` and Okta's "Invalid property".
    case error
}
