// Identity Engine ZonedDateTime methods: plus/minus, within, toZone.
//
// Decision (plus/minus): java.time semantics. plusDays/minusDays move the LOCAL date and keep the local
// time, re-resolving the offset (keeping the old offset when it is still valid in an overlap; skipping
// forward over a gap); plusHours/Minutes/Seconds are instant arithmetic. Overflow of n × unit, Int64.min
// negation, or a result outside years ±999,999,999 is a TimeError (Java: ArithmeticException /
// DateTimeException) — never a trap.
//
// Decision (withinX): `t.withinDays(n)` is true when |now − t| ≤ n days (n × 86,400 s exact durations, not
// calendar days), nanosecond precision, boundary INCLUSIVE. Absolute (not past-only) because the method name
// describes a window around now and Okta's doc examples (created 17h20m before now: withinDays(1) true,
// withinHours(100) true, withinMinutes(2) false, withinSeconds(100) false) are satisfied either way, while
// "past-only" would make every future date (e.g. an expiry timestamp) silently false. Inclusive so that
// `withinSeconds(0)` is true only for the exact same instant. Negative n → always false. Huge n never
// overflows (128-bit arithmetic).

extension ZonedDateTime {
    func plusDays(_ n: Int64) throws(TimeError) -> ZonedDateTime {
        if n == 0 { return self }
        let loc = local
        let (day, o) = loc.epochDay.addingReportingOverflow(n)
        guard !o else { throw TimeError("long overflow") }
        return try Self.fromLocal(epochDay: day, secondOfDay: loc.secondOfDay, nano: nano, zone: zone,
                                  preferredOffset: offsetSeconds)
    }

    func plusHours(_ n: Int64) throws(TimeError) -> ZonedDateTime { try plusSeconds(n, unit: 3600) }
    func plusMinutes(_ n: Int64) throws(TimeError) -> ZonedDateTime { try plusSeconds(n, unit: 60) }
    func plusSeconds(_ n: Int64) throws(TimeError) -> ZonedDateTime { try plusSeconds(n, unit: 1) }

    func minusDays(_ n: Int64) throws(TimeError) -> ZonedDateTime { try plusDays(Self.negate(n)) }
    func minusHours(_ n: Int64) throws(TimeError) -> ZonedDateTime { try plusHours(Self.negate(n)) }
    func minusMinutes(_ n: Int64) throws(TimeError) -> ZonedDateTime { try plusMinutes(Self.negate(n)) }
    func minusSeconds(_ n: Int64) throws(TimeError) -> ZonedDateTime { try plusSeconds(Self.negate(n)) }

    private static func negate(_ n: Int64) throws(TimeError) -> Int64 {
        guard n != Int64.min else { throw TimeError("long overflow") }
        return -n
    }

    private func plusSeconds(_ n: Int64, unit: Int64) throws(TimeError) -> ZonedDateTime {
        if n == 0 { return self }
        let (delta, o1) = n.multipliedReportingOverflow(by: unit)
        guard !o1 else { throw TimeError("long overflow") }
        let (s, o2) = epochSecond.addingReportingOverflow(delta)
        guard !o2 else { throw TimeError("long overflow") }
        let r = ZonedDateTime(epochSecond: s, nano: nano, zone: zone)
        guard r.isInSupportedRange, r.local.year >= TimeLimits.minYear, r.local.year <= TimeLimits.maxYear else {
            throw TimeError("Instant exceeds minimum or maximum instant")
        }
        return r
    }

    /// |now − self| ≤ seconds (inclusive); false for negative `seconds`.
    func within(seconds: Int64, of now: ZonedDateTime) -> Bool {
        within(nanos: Int128(seconds) * 1_000_000_000, of: now)
    }
    func withinDays(_ n: Int64, of now: ZonedDateTime) -> Bool { within(nanos: Int128(n) * 86_400_000_000_000, of: now) }
    func withinHours(_ n: Int64, of now: ZonedDateTime) -> Bool { within(nanos: Int128(n) * 3_600_000_000_000, of: now) }
    func withinMinutes(_ n: Int64, of now: ZonedDateTime) -> Bool { within(nanos: Int128(n) * 60_000_000_000, of: now) }
    func withinSeconds(_ n: Int64, of now: ZonedDateTime) -> Bool { within(nanos: Int128(n) * 1_000_000_000, of: now) }

    private func within(nanos limit: Int128, of now: ZonedDateTime) -> Bool {
        guard limit >= 0 else { return false }
        let a = Int128(epochSecond) * 1_000_000_000 + Int128(nano)
        let b = Int128(now.epochSecond) * 1_000_000_000 + Int128(now.nano)
        let d = a - b
        return (d < 0 ? -d : d) <= limit
    }

    /// Identity Engine `toZone(id)`: same instant, java.time zone ID rules.
    func toZone(_ id: String) throws(TimeError) -> ZonedDateTime {
        withZoneSameInstant(try TimeZoneResolver.java(id))
    }
}
