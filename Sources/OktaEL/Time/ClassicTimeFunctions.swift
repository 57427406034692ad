import Foundation

// Classic `Time.*` (strings in, strings out) and the Identity Engine string constructors.
//
// Decision (empty / null-ish input): an empty string is never "now" or "UTC" — `Time.now("")`,
// `Time.now("UTC", "")`, `Time.fromUnixToIso8601("")` etc. are TimeError (Joda rejects empty zone IDs and
// pattern specifications; Long.parseLong rejects ""). Passing `nil` for Time.now's optional arguments means
// "argument omitted" (UTC, ISO output).
// Decision (output): ISO results use Joda ISODateTimeFormat.dateTime() — always `.SSS`, `Z` for UTC.
// fromWindowsToIso8601 / fromUnixToIso8601 / fromStringToIso8601 answer in UTC. fromIso8601ToString keeps
// the offset written in its input (Joda `DateTime.parse`, offset parsed) and formats in it; input without an
// offset is UTC. Classic ISO input accepts Joda's ISODateTimeFormat.dateTimeParser() forms (date only,
// ordinal and week dates, 'T' time with optional fraction, Z/±HH[:mm]).
// Decision (2-digit years): pivot = year of `now` − 30 (Joda's rule); `now` defaults to the system clock.

enum ClassicTime {
    /// `Time.now()`, `Time.now(tz)`, `Time.now(tz, fmt)` with the current instant injected.
    static func now(_ now: ZonedDateTime, zoneID: String?, format: String?) throws(TimeError) -> String {
        var zone: TimeZoneRef = .utc
        if let id = zoneID {
            guard !id.isEmpty else { throw TimeError("The datetime zone id '' is not recognised") }
            zone = try TimeZoneResolver.classic(id)
        }
        let t = now.withZoneSameInstant(zone)
        guard let f = format else { return t.jodaISOString() }
        guard !f.isEmpty else { throw TimeError("Invalid pattern specification") }
        return try t.format(jodaPattern: f)
    }

    static func fromWindowsToIso8601(_ s: String) throws(TimeError) -> String {
        try ZonedDateTime.fromWindowsTicks(NumericTimeText.parseLong(s, what: "Windows time")).jodaISOString()
    }

    static func fromUnixToIso8601(_ s: String) throws(TimeError) -> String {
        try ZonedDateTime.fromUnixMillis(NumericTimeText.parseLong(s, what: "Unix time")).jodaISOString()
    }

    /// Parses `s` with a Joda pattern; answers ISO 8601 in UTC.
    static func fromStringToIso8601(_ s: String, format: String, now: ZonedDateTime? = nil) throws(TimeError) -> String {
        guard !format.isEmpty else { throw TimeError("Invalid pattern specification") }
        let t = try JodaPattern.parse(s, pattern: format, pivotYear: pivotYear(now))
        return t.withZoneSameInstant(.utc).jodaISOString()
    }

    static func fromIso8601ToWindows(_ s: String) throws(TimeError) -> String {
        try ISOParsing.jodaDateTime(s).toWindowsTicksString()
    }

    static func fromIso8601ToUnix(_ s: String) throws(TimeError) -> String {
        try ISOParsing.jodaDateTime(s).toUnixMillisString()
    }

    /// Formats an ISO 8601 instant with a Joda pattern, in the offset written in the input.
    static func fromIso8601ToString(_ s: String, format: String) throws(TimeError) -> String {
        guard !format.isEmpty else { throw TimeError("Invalid pattern specification") }
        return try ISOParsing.jodaDateTime(s).format(jodaPattern: format)
    }

    static func pivotYear(_ now: ZonedDateTime?) -> Int64 {
        let n = now ?? ZonedDateTime(epochSecond: Int64(Date().timeIntervalSince1970), nano: 0, zone: .utc)
        return n.withZoneSameInstant(.utc).local.year - 30
    }
}

enum OIETime {
    /// `'130828367179790000'.parseWindowsTime()` → UTC.
    static func parseWindowsTime(_ s: String) throws(TimeError) -> ZonedDateTime {
        try ZonedDateTime.fromWindowsTicks(NumericTimeText.parseLong(s, what: "Windows time"))
    }

    /// `'1438377580979'.parseUnixTime()` (milliseconds) → UTC.
    static func parseUnixTime(_ s: String) throws(TimeError) -> ZonedDateTime {
        try ZonedDateTime.fromUnixMillis(NumericTimeText.parseLong(s, what: "Unix time"))
    }

    /// `'2015-06-17T00:23:19.676Z'.parseStringTime()`: java.time ZonedDateTime.parse (offset required,
    /// optional `[Region/ID]`).
    static func parseStringTime(_ s: String) throws(TimeError) -> ZonedDateTime {
        try ISOParsing.javaZoned(s)
    }

    /// `'17 June 2015 00:23:19'.parseStringTime('dd MMMM yyyy HH:mm:ss')`: DateTimeFormatter pattern; no zone
    /// in the pattern → UTC.
    static func parseStringTime(_ s: String, pattern: String) throws(TimeError) -> ZonedDateTime {
        guard !pattern.isEmpty else { throw TimeError("Invalid pattern specification") }
        return try JavaTimePattern.parse(s, pattern: pattern)
    }
}
