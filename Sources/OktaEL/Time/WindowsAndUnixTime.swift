// Unix-millisecond and Windows FILETIME (100-ns ticks since 1601-01-01T00:00Z) conversions.
//
// Decision (numeric input): parsed like Java's Long.parseLong — optional single leading '+' or '-', then
// 1+ ASCII digits, nothing else (no whitespace, no decimal point, no exponent). Empty strings, garbage and
// values overflowing Int64 are TimeError. Negative values are accepted (instants before 1970 / 1601 are
// valid Java instants). Results outside years ±999,999,999 are TimeError. Never a trap.
// Output: toUnix = floor(epoch ms) as a decimal string; toWindows = exact 100-ns tick count (128-bit
// arithmetic, so even extreme instants print exactly rather than overflowing).

enum NumericTimeText {
    /// Java Long.parseLong rules.
    static func parseLong(_ s: String, what: String) throws(TimeError) -> Int64 {
        let u = Array(s.utf8)
        guard !u.isEmpty else { throw TimeError("Invalid \(what): empty string") }
        var i = 0
        var neg = false
        if u[0] == 43 || u[0] == 45 { neg = u[0] == 45; i = 1 }
        guard i < u.count, u.count - i <= 64 else { throw TimeError("Invalid \(what): \"\(s.prefix(64))\"") }
        var v: Int64 = 0
        while i < u.count {
            let c = u[i]
            guard c >= 48, c <= 57 else { throw TimeError("Invalid \(what): \"\(s.prefix(64))\"") }
            let (m, o1) = v.multipliedReportingOverflow(by: 10)
            let (a, o2) = neg ? m.subtractingReportingOverflow(Int64(c - 48)) : m.addingReportingOverflow(Int64(c - 48))
            guard !o1, !o2 else { throw TimeError("Invalid \(what) (out of range): \"\(s.prefix(64))\"") }
            v = a
            i += 1
        }
        return v
    }
}

/// Seconds between 1601-01-01T00:00Z and 1970-01-01T00:00Z.
let windowsEpochOffsetSeconds: Int64 = 11_644_473_600

extension ZonedDateTime {
    /// From Windows ticks (UTC).
    static func fromWindowsTicks(_ ticks: Int64) throws(TimeError) -> ZonedDateTime {
        let s = timeFloorDiv(ticks, 10_000_000) - windowsEpochOffsetSeconds
        let r = ZonedDateTime(epochSecond: s, nano: Int32(timeFloorMod(ticks, 10_000_000)) * 100, zone: .utc)
        guard r.isInSupportedRange else { throw TimeError("Windows time out of range: \(ticks)") }
        return r
    }

    /// From Unix milliseconds (UTC).
    static func fromUnixMillis(_ ms: Int64) throws(TimeError) -> ZonedDateTime {
        let r = ZonedDateTime(epochMillis: ms, zone: .utc)
        guard r.isInSupportedRange else { throw TimeError("Unix time out of range: \(ms)") }
        return r
    }

    /// Unix milliseconds as a decimal string (`toUnix()`), e.g. "1438363117979".
    func toUnixMillisString() -> String {
        let ms = Int128(epochSecond) * 1000 + Int128(timeFloorDiv(Int64(nano), 1_000_000))
        return String(ms)
    }

    /// Windows FILETIME ticks as a decimal string (`toWindows()`), e.g. "130827743120000000".
    func toWindowsTicksString() -> String {
        let ticks = (Int128(epochSecond) + Int128(windowsEpochOffsetSeconds)) * 10_000_000 + Int128(nano / 100)
        return String(ticks)
    }
}
