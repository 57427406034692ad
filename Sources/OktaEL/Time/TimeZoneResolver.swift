// Decision (zone resolution):
// * classic (Joda-Time `DateTimeZone.forID` as Okta's classic `Time.*` uses it): "UTC" → UTC; then the
//   legacy 3-letter table (LegacyZoneIDs: EST → America/New_York, GMT → UTC, ...); then offsets
//   "+05:30", "-08", "+0530", "+05:30:15" (zero → UTC); then every canonical ID and alias of Okta's table
//   (aliases resolve to the canonical ID, as Joda reports `US/Pacific` as America/Los_Angeles; this also
//   rescues `US/Pacific-New`, which modern tzdata dropped); then any other tzdata region ID (contains no
//   "GMT+5"-style suffix). Case-sensitive like Joda: "utc", "Z", "GMT+5", "UT" are TimeError.
// * java (java.time `ZoneId.of`, Identity Engine): "Z" and offsets ±H, ±HH, ±HH:MM, ±HHMM, ±HH:MM:SS
//   (≤ 18h; zero → UTC/`Z`); "UTC", "GMT", "UT" stay region IDs (printed `Z[UTC]` by toString, like Java);
//   "UTC+01:00"/"GMT-5"/"UT+3" become normalised prefixed regions ("GMT-05:00"); other IDs must be tzdata
//   region IDs. SHORT_IDS are not applied: "EST", "MST", "HST" and other 3-letter IDs are TimeError
//   (java.time's tzdb omits EST/MST/HST), but aliases such as "US/Pacific" keep their own name.
// Empty or whitespace-padded IDs are TimeError in both.

enum TimeZoneResolver {
    /// Classic (Joda-Time) zone ID resolution, used by `Time.now(tz)`.
    static func classic(_ id: String) throws(TimeError) -> TimeZoneRef {
        if id == "UTC" { return .utc }
        if let legacy = LegacyZoneIDs.map[id] {
            return legacy == "UTC" ? .utc : .region(legacy)
        }
        if let f = id.utf8.first, f == 43 || f == 45 {
            guard let o = ZoneIDSyntax.jodaOffset(id) else { throw TimeError("The datetime zone id '\(id)' is not recognised") }
            return o == 0 ? .utc : .fixed(offsetSeconds: o)
        }
        if let canonical = ZoneTable.canonicalByID[id] {
            return canonical == "UTC" ? .utc : .region(canonical)
        }
        if isPlausibleRegionID(id), ZoneIDSyntax.prefixedOffset(id) == nil, TimeZoneCache.shared.zone(id) != nil {
            return .region(id)
        }
        throw TimeError("The datetime zone id '\(id)' is not recognised")
    }

    /// java.time `ZoneId.of` resolution, used by Identity Engine `toZone(id)`.
    static func java(_ id: String) throws(TimeError) -> TimeZoneRef {
        if id == "Z" { return .utc }
        if let f = id.utf8.first, f == 43 || f == 45 {
            guard let o = ZoneIDSyntax.javaOffset(id) else { throw TimeError("Invalid ID for ZoneOffset, invalid format: \(id)") }
            return o == 0 ? .utc : .fixed(offsetSeconds: o)
        }
        if id == "UTC" || id == "GMT" || id == "UT" { return .region(id) }
        for prefix in ["UTC", "GMT", "UT"] where id.hasPrefix(prefix) {
            let rest = String(id.dropFirst(prefix.count))
            guard let f = rest.utf8.first, f == 43 || f == 45 else { continue }
            guard let o = ZoneIDSyntax.javaOffset(rest) else { throw TimeError("Invalid ID for offset-based ZoneId: \(id)") }
            return o == 0 ? .region(prefix) : .region(prefix + ZoneIDSyntax.offsetID(o, zeroAsZ: true))
        }
        guard isPlausibleRegionID(id) else { throw TimeError("Invalid ID for region-based ZoneId, invalid format: \(id)") }
        if ["EST", "MST", "HST"].contains(id) || LegacyZoneIDs.map[id] != nil && !["WET", "CET", "MET", "EET"].contains(id) {
            throw TimeError("Unknown time-zone ID: \(id)")
        }
        if TimeZoneCache.shared.zone(id) != nil { return .region(id) }
        if let canonical = ZoneTable.canonicalByID[id] { return .region(canonical) }
        throw TimeError("Unknown time-zone ID: \(id)")
    }

    /// java.time region-ID syntax: [A-Za-z][A-Za-z0-9~/._+-]+ (we also cap the length).
    static func isPlausibleRegionID(_ id: String) -> Bool {
        let u = id.utf8
        guard u.count >= 2, u.count <= 64, let f = u.first, (65...90).contains(f) || (97...122).contains(f) else { return false }
        return u.allSatisfy { c in
            (65...90).contains(c) || (97...122).contains(c) || (48...57).contains(c)
                || c == 126 || c == 47 || c == 46 || c == 95 || c == 43 || c == 45
        }
    }
}
