// ISO-8601 printing and parsing in the two flavours OEL exposes.
//
// Decision (classic output): every classic `Time.*` function that returns ISO text uses Joda's
// ISODateTimeFormat.dateTime(): always three fraction digits (millis, truncated), `Z` for a zero offset,
// otherwise ±HH:MM (±HH:MM:SS when the offset has seconds), years padded to 4 digits, no `+` for >9999.
// Conversions from Unix/Windows/arbitrary text produce UTC, so they always end in `Z`
// (`Time.fromUnixToIso8601("1663632000000")` → "2022-09-20T00:00:00.000Z").
// Identity Engine `toString()` is java.time's ZonedDateTime.toString(): seconds omitted when second and
// nano are both zero ("2015-07-30T23:58Z"), fraction as 3/6/9 digits, `Z` or ±HH:MM, and `[Region/ID]`
// appended for region zones (including `Z[UTC]` for the region "UTC"). A ZonedDateTime *result* prints
// as the Identity Engine reference shows results (`documentedText()`): the same, with seconds and at
// least three fraction digits always shown ("2015-08-01T23:58:32.000Z").

extension ZonedDateTime {
    /// java.time `ZonedDateTime.toString()`.
    package func javaToString() -> String {
        let off = offsetSeconds
        let l = localDateTime(offset: off)
        var s = ""
        s.reserveCapacity(40)
        JavaFormatting.appendISODate(&s, l)
        s += "T"
        s += ZoneIDSyntax.twoDigits(l.hour) + ":" + ZoneIDSyntax.twoDigits(l.minute)
        if l.second != 0 || l.nano != 0 {
            s += ":" + ZoneIDSyntax.twoDigits(l.second)
            if l.nano != 0 { s += "." + JavaFormatting.fractionDigits(l.nano) }
        }
        s += ZoneIDSyntax.offsetID(off, zeroAsZ: true)
        if case .region(let id) = zone { s += "[" + id + "]" }
        return s
    }

    /// How Okta's Identity Engine reference prints a ZonedDateTime result
    /// (`user.created.plusDays(2)` → `2015-08-01T23:58:32.000Z`, `Time.now().toZone('Asia/Tokyo')`
    /// → `2015-08-01T02:18:37.979+09:00[Asia/Tokyo]`): `toString()`'s form, but seconds always
    /// shown and at least three fraction digits (six or nine when the value has finer digits).
    /// Values printed by `eval`, the batch mode and JSON output use it; `toString()` and string
    /// concatenation keep Java's `ZonedDateTime.toString()` (`javaToString()`), as the reference
    /// shows for `user.created.toString()`.
    package func documentedText() -> String {
        let off = offsetSeconds
        let l = localDateTime(offset: off)
        var s = ""
        s.reserveCapacity(40)
        JavaFormatting.appendISODate(&s, l)
        s += "T" + ZoneIDSyntax.twoDigits(l.hour) + ":" + ZoneIDSyntax.twoDigits(l.minute) + ":" + ZoneIDSyntax.twoDigits(l.second)
        s += "." + JavaFormatting.fractionDigits(l.nano)
        s += ZoneIDSyntax.offsetID(off, zeroAsZ: true)
        if case .region(let id) = zone { s += "[" + id + "]" }
        return s
    }

    /// Joda `ISODateTimeFormat.dateTime()` printing (classic `Time.*` output).
    func jodaISOString() -> String {
        let off = offsetSeconds
        let l = localDateTime(offset: off)
        var s = ""
        s.reserveCapacity(32)
        s += TimeDigits.signedPadded(l.year, 4)
        s += "-" + ZoneIDSyntax.twoDigits(l.month) + "-" + ZoneIDSyntax.twoDigits(l.day)
        s += "T" + ZoneIDSyntax.twoDigits(l.hour) + ":" + ZoneIDSyntax.twoDigits(l.minute) + ":" + ZoneIDSyntax.twoDigits(l.second)
        s += "." + TimeDigits.padded(Int64(l.nano / 1_000_000), 3)
        s += ZoneIDSyntax.offsetID(off, zeroAsZ: true)
        return s
    }
}

enum TimeDigits {
    /// Non-negative value padded with zeros to `width`.
    static func padded(_ v: Int64, _ width: Int) -> String {
        let d = String(v.magnitude)
        let pad = width - d.count
        return pad > 0 ? String(repeating: "0", count: pad) + d : d
    }
    /// Signed value: "-" then magnitude padded to width.
    static func signedPadded(_ v: Int64, _ width: Int) -> String {
        v < 0 ? "-" + padded(v, width) : padded(v, width)
    }
}

enum JavaFormatting {
    /// A fraction of a second as java.time prints it: 3, 6 or 9 digits, the fewest that hold it.
    static func fractionDigits(_ nano: Int32) -> String {
        let n = Int64(max(0, min(999_999_999, nano)))
        if n % 1_000_000 == 0 { return TimeDigits.padded(n / 1_000_000, 3) }
        if n % 1000 == 0 { return TimeDigits.padded(n / 1000, 6) }
        return TimeDigits.padded(n, 9)
    }

    /// LocalDate.toString(): yyyy-MM-dd, with sign rules for |year| ≥ 10000 or < 0.
    static func appendISODate(_ s: inout String, _ l: LocalDateTimeFields) {
        let y = l.year
        if y > 9999 { s += "+" + String(y) }
        else { s += TimeDigits.signedPadded(y, 4) }
        s += "-" + ZoneIDSyntax.twoDigits(l.month) + "-" + ZoneIDSyntax.twoDigits(l.day)
    }
}

/// A cursor over UTF-8 bytes.
struct TimeTextCursor {
    let u: [UInt8]
    var i = 0
    init(_ s: String) { u = Array(s.utf8) }
    var atEnd: Bool { i >= u.count }
    var peek: UInt8? { i < u.count ? u[i] : nil }
    mutating func eat(_ c: UInt8) -> Bool {
        if i < u.count, u[i] == c { i += 1; return true }
        return false
    }
    mutating func eatCaseInsensitive(_ c: UInt8) -> Bool {
        if i < u.count, u[i] | 0x20 == c | 0x20 { i += 1; return true }
        return false
    }
    /// Up to `max` digits (at least `min`); nil if fewer than `min` are present.
    mutating func digits(min: Int, max: Int) -> (value: Int64, count: Int)? {
        var v: Int64 = 0
        var n = 0
        while n < max, i < u.count, u[i] >= 48, u[i] <= 57 {
            v = v &* 10 &+ Int64(u[i] - 48)
            i += 1; n += 1
        }
        return n >= min ? (v, n) : nil
    }
    static func isDigit(_ c: UInt8?) -> Bool { c.map { $0 >= 48 && $0 <= 57 } ?? false }
}

enum ISOParsing {
    static func fail(_ s: String) -> TimeError { TimeError("Text '\(s.prefix(100))' could not be parsed") }

    static func validate(year: Int64, month: Int, day: Int, _ s: String) throws(TimeError) {
        guard year >= TimeLimits.minYear, year <= TimeLimits.maxYear, (1...12).contains(month),
              day >= 1, day <= CivilCalendar.monthLength(year, month) else { throw fail(s) }
    }

    /// java.time `ZonedDateTime.parse(s)` (ISO_ZONED_DATE_TIME): date 'T' HH:mm[:ss[.f{0,9}]] offset ['[' zone ']'].
    static func javaZoned(_ s: String) throws(TimeError) -> ZonedDateTime {
        var c = TimeTextCursor(s)
        // year: 4 digits, or a sign and 4-9 digits (we cap at the supported range).
        var neg = false
        var signed = false
        if c.eat(43) { signed = true } else if c.eat(45) { signed = true; neg = true }
        guard let y = c.digits(min: 4, max: 10), signed || y.count == 4 else { throw fail(s) }
        if signed && !neg && y.count == 4 { throw fail(s) }   // "+2015" needs > 4 digits in strict ISO
        let year = neg ? -y.value : y.value
        guard c.eat(45), let mo = c.digits(min: 2, max: 2), c.eat(45), let d = c.digits(min: 2, max: 2) else { throw fail(s) }
        guard c.eatCaseInsensitive(84), let h = c.digits(min: 2, max: 2), c.eat(58), let mi = c.digits(min: 2, max: 2) else { throw fail(s) }
        var sec: Int64 = 0
        var nano: Int64 = 0
        if c.eat(58) {
            guard let ss = c.digits(min: 2, max: 2) else { throw fail(s) }
            sec = ss.value
            if c.eat(46) {
                let f = c.digits(min: 0, max: 9) ?? (0, 0)
                nano = f.value
                for _ in f.count..<9 { nano *= 10 }
                if TimeTextCursor.isDigit(c.peek) { throw fail(s) }
            }
        }
        try validate(year: year, month: Int(mo.value), day: Int(d.value), s)
        guard h.value <= 23, mi.value <= 59, sec <= 59 else { throw fail(s) }
        // offset
        var offset: Int64
        if c.eatCaseInsensitive(90) { offset = 0 } else {
            guard let sign = c.peek, sign == 43 || sign == 45 else { throw fail(s) }
            c.i += 1
            guard let oh = c.digits(min: 2, max: 2) else { throw fail(s) }
            var om: Int64 = 0, os: Int64 = 0
            if c.eat(58) {
                guard let m = c.digits(min: 2, max: 2) else { throw fail(s) }
                om = m.value
                if c.eat(58) { guard let x = c.digits(min: 2, max: 2) else { throw fail(s) }; os = x.value }
            }
            guard oh.value <= 18, om <= 59, os <= 59 else { throw fail(s) }
            offset = oh.value * 3600 + om * 60 + os
            guard offset <= 18 * 3600 else { throw fail(s) }
            if sign == 45 { offset = -offset }
        }
        var zone: TimeZoneRef = offset == 0 ? .utc : .fixed(offsetSeconds: Int32(offset))
        if c.eat(91) {
            let start = c.i
            while let ch = c.peek, ch != 93 { c.i += 1 }
            guard c.eat(93) else { throw fail(s) }
            let id = String(decoding: c.u[start..<(c.i - 1)], as: UTF8.self)
            zone = try TimeZoneResolver.java(id)
        }
        guard c.atEnd else { throw fail(s) }
        let day = CivilCalendar.epochDay(year: year, month: Int(mo.value), day: Int(d.value))
        let local = day * 86_400 + h.value * 3600 + mi.value * 60 + sec
        return ZonedDateTime(epochSecond: local - offset, nano: Int32(nano), zone: zone)
    }

    /// Joda `DateTime.parse(s)` (ISODateTimeFormat.dateTimeParser().withOffsetParsed()), default zone UTC.
    /// Accepts yyyy[-MM[-dd]], yyyy-DDD, xxxx-Www[-e], optional 'T' time HH[:mm[:ss]] with a '.'/','
    /// fraction on the last element, offset Z / ±HH[[:]mm]; or 'T' time alone (date 1970-01-01).
    static func jodaDateTime(_ s: String) throws(TimeError) -> ZonedDateTime {
        var c = TimeTextCursor(s)
        var epochDay: Int64 = 0
        if !(c.peek == 84 || c.peek == 116) {
            var neg = false
            if c.eat(45) { neg = true } else { _ = c.eat(43) }
            guard let y = c.digits(min: 1, max: 9) else { throw fail(s) }
            let year = neg ? -y.value : y.value
            var month = 1, day = 1
            if c.eat(45) {
                if c.eatCaseInsensitive(87) {
                    guard let w = c.digits(min: 1, max: 2) else { throw fail(s) }
                    var dow: Int64 = 1
                    if c.eat(45) { guard let e = c.digits(min: 1, max: 1) else { throw fail(s) }; dow = e.value }
                    guard (1...7).contains(dow), w.value >= 1, w.value <= Int64(weeksInISOYear(year)) else { throw fail(s) }
                    epochDay = isoWeekStart(year) + (w.value - 1) * 7 + (dow - 1)
                } else {
                    let save = c.i
                    if let dd = c.digits(min: 3, max: 3), !TimeTextCursor.isDigit(c.peek) {
                        guard dd.value >= 1, dd.value <= (CivilCalendar.isLeap(year) ? 366 : 365) else { throw fail(s) }
                        epochDay = CivilCalendar.epochDay(year: year, month: 1, day: 1) + dd.value - 1
                        month = 0
                    } else {
                        c.i = save
                        guard let m = c.digits(min: 1, max: 2) else { throw fail(s) }
                        month = Int(m.value)
                        if c.eat(45) { guard let d = c.digits(min: 1, max: 2) else { throw fail(s) }; day = Int(d.value) }
                        try validate(year: year, month: month, day: day, s)
                        epochDay = CivilCalendar.epochDay(year: year, month: month, day: day)
                    }
                }
            } else {
                guard year >= TimeLimits.minYear, year <= TimeLimits.maxYear else { throw fail(s) }
                epochDay = CivilCalendar.epochDay(year: year, month: 1, day: 1)
            }
            if c.atEnd { return ZonedDateTime(epochSecond: epochDay * 86_400, nano: 0, zone: .utc) }
        }
        guard c.eatCaseInsensitive(84) else { throw fail(s) }
        var nanosOfDay: Int64 = 0
        if TimeTextCursor.isDigit(c.peek) {
            guard let h = c.digits(min: 1, max: 2), h.value <= 23 else { throw fail(s) }
            nanosOfDay = h.value * 3_600_000_000_000
            var unit: Int64 = 3_600_000_000_000
            if c.eat(58) {
                guard let m = c.digits(min: 1, max: 2), m.value <= 59 else { throw fail(s) }
                nanosOfDay += m.value * 60_000_000_000
                unit = 60_000_000_000
                if c.eat(58) {
                    guard let sec = c.digits(min: 1, max: 2), sec.value <= 59 else { throw fail(s) }
                    nanosOfDay += sec.value * 1_000_000_000
                    unit = 1_000_000_000
                }
            }
            if c.eat(46) || c.eat(44) {
                guard let f = c.digits(min: 1, max: 9) else { throw fail(s) }
                while TimeTextCursor.isDigit(c.peek) { c.i += 1 }   // extra digits ignored
                var scaled = f.value
                for _ in f.count..<9 { scaled *= 10 }
                // fraction of `unit`, truncated to milliseconds like Joda
                let frac = Int64((Int128(scaled) * Int128(unit)) / 1_000_000_000)
                nanosOfDay += frac - frac % 1_000_000
            }
        }
        var offset: Int64 = 0
        var zone: TimeZoneRef = .utc
        if c.eatCaseInsensitive(90) {
            zone = .utc
        } else if let sign = c.peek, sign == 43 || sign == 45 {
            c.i += 1
            guard let oh = c.digits(min: 2, max: 2), oh.value <= 23 else { throw fail(s) }
            var om: Int64 = 0
            let colon = c.eat(58)
            if colon || TimeTextCursor.isDigit(c.peek) {
                guard let m = c.digits(min: 2, max: 2), m.value <= 59 else { throw fail(s) }
                om = m.value
            }
            offset = oh.value * 3600 + om * 60
            if sign == 45 { offset = -offset }
            zone = offset == 0 ? .utc : .fixed(offsetSeconds: Int32(offset))
        }
        guard c.atEnd else { throw fail(s) }
        let local = epochDay * 86_400 + nanosOfDay / 1_000_000_000
        return ZonedDateTime(epochSecond: local - offset, nano: Int32(nanosOfDay % 1_000_000_000), zone: zone)
    }

    /// Epoch day of Monday of ISO week 1 of `year`.
    static func isoWeekStart(_ year: Int64) -> Int64 {
        let jan4 = CivilCalendar.epochDay(year: year, month: 1, day: 4)
        return jan4 - Int64(CivilCalendar.isoDayOfWeek(epochDay: jan4) - 1)
    }
    static func weeksInISOYear(_ year: Int64) -> Int { Int((isoWeekStart(year + 1) - isoWeekStart(year)) / 7) }
}
