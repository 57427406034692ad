// Decision (legacy IDs): classic `Time.now(tz)` applies Joda-Time's legacy-ID conversion table
// (the one `DateTimeZone.forTimeZone(java.util.TimeZone)` uses) BEFORE any other lookup. That is what
// makes `Time.now("EST")` print -04:00 in July (America/New_York), as the documentation's example shows,
// even though Okta's appendix lists EST as a fixed -05:00 zone. The pairs are exactly the old-style IDs
// and the new-style IDs they stand for, as the 2016-2018 Okta Expression Language reference listed them
// (https://developer.okta.com/docs/reference/okta-expression-language/, time zone appendix; see the
// Time section of grammar/decisions.md). java.time resolution (Identity Engine) never applies this table
// (ZoneId.of without SHORT_IDS), so `toZone('EST')` is an error there.

enum LegacyZoneIDs {
    static let map: [String: String] = [
        "GMT": "UTC", "WET": "WET", "CET": "CET", "MET": "CET", "ECT": "CET", "EET": "EET",
        "MIT": "Pacific/Apia", "HST": "Pacific/Honolulu", "AST": "America/Anchorage",
        "PST": "America/Los_Angeles", "MST": "America/Denver", "PNT": "America/Phoenix",
        "CST": "America/Chicago", "EST": "America/New_York", "IET": "America/Indiana/Indianapolis",
        "PRT": "America/Puerto_Rico", "CNT": "America/St_Johns", "AGT": "America/Argentina/Buenos_Aires",
        "BET": "America/Sao_Paulo", "ART": "Africa/Cairo", "CAT": "Africa/Harare", "EAT": "Africa/Addis_Ababa",
        "NET": "Asia/Yerevan", "PLT": "Asia/Karachi", "IST": "Asia/Kolkata", "BST": "Asia/Dhaka",
        "VST": "Asia/Ho_Chi_Minh", "CTT": "Asia/Shanghai", "JST": "Asia/Tokyo", "ACT": "Australia/Darwin",
        "AET": "Australia/Sydney", "SST": "Pacific/Guadalcanal", "NST": "Pacific/Auckland",
    ]
}
