/// ISO 3166-1 country codes: classic `Iso3166Convert.*`, the Identity Engine
/// `String.parseCountryCode()` method, and the `CountryCode` methods `toAlpha2()`, `toAlpha3()`,
/// `toNumeric()`, `toName()`.
///
/// Semantics (Okta's Expression Language reference, "Country code conversion functions", and
/// the country-code methods of Okta's Identity Engine Expression Language reference; pinned in corpus/functions/country.json and
/// corpus/oie/country-methods.json):
/// * Lookup is `CountryLookup`: alpha-2 and alpha-3 codes case-insensitively, numeric codes of one to
///   three digits (zero-padded: "76" is Brazil's "076"), no trimming.
/// * Classic `Iso3166Convert.*` take a code (alpha-2, alpha-3 or numeric, detected; Okta's reference:
///   "Input may be alpha-2, alpha-3 or numeric") — not a country name. A number argument is read as
///   its text (`840` → "840"). An unknown code, "" or null gives null (decision: classic string
///   functions are null-safe, and a mapping to null leaves the attribute empty rather than failing).
/// * `toNumeric` returns the three-digit code as a String ("840"), as documented.
/// * `toName` returns Java's English display name ("United States", "India"), as the Identity
///   Engine page documents for `toName()`.
/// * `parseCountryCode()` additionally accepts English names, case-insensitively ("United States").
///   Unparseable text is an error OEL6010 (decision: it must return a CountryCode object, and the
///   Identity Engine's conversion methods throw on bad input, like `toInteger()`). On null it fails
///   like every method call on null (OEL6002).
enum CountryFunctions {
    /// Group rules may refuse the Iso3166Convert.* functions: unverified (a warning).
    static let restrictions = [ProfileRestriction.unverified(
        [.groupRule], reason: "Okta's conditions refuse \"Convert\" functions, and its classic reference files Iso3166Convert under Conversion Functions; no example either way",
        source: "classic reference, Conditional expressions (Convert, Array, Time not supported) read with its Conversion Functions heading, which holds Country Code Conversion Functions; unverified")]

    static let functions: [BuiltinFunction] = [
        classic("toAlpha2", "alpha-2 code", example: (#""IND""#, #""IN""#)) { $0.alpha2 },
        classic("toAlpha3", "alpha-3 code", example: (#""840""#, #""USA""#)) { $0.alpha3 },
        classic("toNumeric", "numeric code (a String)", example: (#""USA""#, #""840""#)) { $0.numeric },
        classic("toName", "English name", example: (#""IN""#, #""India""#)) { $0.name },
        BuiltinFunction(
            .method(.string), "parseCountryCode", dialects: [.identityEngine],
            parameters: [], returns: .country,
            counterpart: "Iso3166Convert.toAlpha2(x)",
            summary: "The country whose alpha-2, alpha-3 or numeric code or English name is the string; an error otherwise.",
            examples: [FunctionExample("'USA'.parseCountryCode().toAlpha2()", #""US""#)]
        ) { call throws(ValueError) in
            let text = call.receiver.convertedToString ?? ""
            guard let country = CountryLookup.byCodeOrName(text) else {
                throw ValueError(.invalidArgument, "'\(text)' is not an ISO 3166 country code or name",
                                 hint: "use an alpha-2 (US), alpha-3 (USA) or numeric (840) code, or an English name (United States)")
            }
            return .country(country)
        },
        method("toAlpha2", "alpha-2 code", example: ("'USA'", #""US""#)) { $0.alpha2 },
        method("toAlpha3", "alpha-3 code", example: ("'840'", #""USA""#)) { $0.alpha3 },
        method("toNumeric", "numeric code (a String)", example: ("'United States'", #""840""#)) { $0.numeric },
        method("toName", "English name", example: ("'US'", #""United States""#)) { $0.name },
    ]

    private static func classic(_ name: String, _ what: String, example: (String, String),
                                _ pick: @escaping @Sendable (CountryCode) -> String) -> BuiltinFunction {
        BuiltinFunction(
            .namespaced("Iso3166Convert"), name,
            parameters: [.init("code", .string)], returns: .string,
            counterpart: "x.parseCountryCode().\(name)()", restrictions: restrictions,
            summary: "The \(what) of the country whose alpha-2, alpha-3 or numeric code is given; null when unknown.",
            examples: [FunctionExample("Iso3166Convert.\(name)(\(example.0))", example.1)]
        ) { call throws(ValueError) in
            guard let code = call.string(0), let country = CountryLookup.byCode(code) else { return .null }
            return .string(pick(country))
        }
    }

    private static func method(_ name: String, _ what: String, example: (String, String),
                               _ pick: @escaping @Sendable (CountryCode) -> String) -> BuiltinFunction {
        BuiltinFunction(
            .method(.country), name, dialects: [.identityEngine],
            parameters: [], returns: .string,
            summary: "The country's \(what).",
            examples: [FunctionExample("\(example.0).parseCountryCode().\(name)()", example.1)]
        ) { call throws(ValueError) in
            guard case .country(let country) = call.receiver else {
                throw ValueError(.invalidArgument, "\(name)() needs a CountryCode; use parseCountryCode() first")
            }
            return .string(pick(country))
        }
    }
}
