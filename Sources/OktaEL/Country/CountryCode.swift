/// An ISO 3166-1 country: the value `parseCountryCode()` returns in the Identity Engine dialect.
public struct CountryCode: Sendable, Hashable {
    /// Two-letter code, for example `US`.
    public let alpha2: String
    /// Three-letter code, for example `USA`.
    public let alpha3: String
    /// Three-digit numeric code as a string, for example `840`.
    public let numeric: String
    /// The English short name, for example `United States`.
    public let name: String

    /// A country from its four codes.
    public init(alpha2: String, alpha3: String, numeric: String, name: String) {
        self.alpha2 = alpha2
        self.alpha3 = alpha3
        self.numeric = numeric
        self.name = name
    }
}
