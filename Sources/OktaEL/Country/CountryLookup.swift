/// Lookup of ISO 3166-1 countries by code or English name (the `parseCountryCode()` family).
///
/// Rules:
/// * alpha-2 / alpha-3 codes: ASCII letters, matched case-insensitively (`"us"`, `"USA"`).
/// * numeric codes: one to three ASCII digits, zero-padded to three (`"840"`, `"76"` → `"076"`,
///   `"8"` → `"008"`); signs, spaces and more than three digits are rejected.
/// * names (``byCodeOrName(_:)`` only): Java's English display name (`"United States"`,
///   `"South Korea"`), or the ISO 3166 short name where it differs (`"Korea, Republic of"`),
///   compared case-insensitively and exactly otherwise (no trimming); a typographic
///   apostrophe `’` and an ASCII `'` are treated as the same character.
enum CountryLookup {
    /// Every officially assigned country (249), sorted by alpha-2 code.
    static var all: [CountryCode] { ISO3166Table.countries }

    /// The countries keyed by one of their codes (each code is unique in the table).
    private static func index(_ code: KeyPath<CountryCode, String>) -> [String: CountryCode] {
        var d: [String: CountryCode] = [:]
        for c in ISO3166Table.countries { d[c[keyPath: code]] = c }
        return d
    }

    private static let byAlpha2 = index(\.alpha2)

    private static let byAlpha3 = index(\.alpha3)

    private static let byNumeric = index(\.numeric)

    private static let byName: [String: CountryCode] = {
        var d: [String: CountryCode] = [:]
        for (a2, alias) in ISO3166Table.isoNameAliases {
            if let c = byAlpha2[a2] { d[foldName(alias)] = c }
        }
        // Java display names win over aliases.
        for c in ISO3166Table.countries { d[foldName(c.name)] = c }
        return d
    }()

    private static func foldName(_ s: String) -> String {
        String(String.UnicodeScalarView(s.lowercased().unicodeScalars.map { $0 == "\u{2019}" ? "'" : $0 }))
    }

    /// Looks a country up by alpha-2 code, alpha-3 code (letters, case-insensitive) or numeric
    /// code (1–3 ASCII digits, zero-padded to three). Returns `nil` for anything else.
    static func byCode(_ s: String) -> CountryCode? {
        let u = Array(s.utf8)
        if u.count >= 1, u.count <= 3, u.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
            let padded = String(repeating: "0", count: 3 - u.count) + s
            return byNumeric[padded]
        }
        guard u.count == 2 || u.count == 3 else { return nil }
        var upper: [UInt8] = []
        upper.reserveCapacity(u.count)
        for b in u {
            switch b {
            case 0x41...0x5A: upper.append(b)
            case 0x61...0x7A: upper.append(b - 0x20)
            default: return nil
            }
        }
        let key = String(decoding: upper, as: UTF8.self)
        return u.count == 2 ? byAlpha2[key] : byAlpha3[key]
    }

    /// Like ``byCode(_:)``, and otherwise matches an English country name case-insensitively:
    /// `"United States"` → US, `"india"` → IN, `"Korea, Republic of"` → KR.
    static func byCodeOrName(_ s: String) -> CountryCode? {
        if let c = byCode(s) { return c }
        return byName[foldName(s)]
    }
}
