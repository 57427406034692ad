// Proleptic Gregorian calendar arithmetic (the calendar of java.time's ISO chronology and Joda's
// ISOChronology), on Int64 epoch days. Pure integer math: no Foundation Calendar, no allocation.

/// Supported range, the same as java.time's LocalDateTime (years -999,999,999 ... 999,999,999).
enum TimeLimits {
    static let minYear: Int64 = -999_999_999
    static let maxYear: Int64 = 999_999_999
    /// Epoch day of -999999999-01-01 and +999999999-12-31.
    static let minEpochDay: Int64 = -365_243_219_162
    static let maxEpochDay: Int64 = 365_241_780_471
    /// Loose instant bounds (local range widened by 18h of offset).
    static let minEpochSecond: Int64 = minEpochDay * 86_400 - 64_800
    static let maxEpochSecond: Int64 = maxEpochDay * 86_400 + 86_399 + 64_800
}

@inline(__always) func timeFloorDiv(_ a: Int64, _ b: Int64) -> Int64 {
    let q = a / b
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q
}
@inline(__always) func timeFloorMod(_ a: Int64, _ b: Int64) -> Int64 {
    let m = a % b
    return (m != 0 && ((m < 0) != (b < 0))) ? m + b : m
}

enum CivilCalendar {
    /// Epoch day (days since 1970-01-01) of a proleptic Gregorian date. Month 1...12, any year in range.
    static func epochDay(year: Int64, month: Int, day: Int) -> Int64 {
        let m = Int64(month)
        let y = m <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = m > 2 ? m - 3 : m + 9
        let doy = (153 * mp + 2) / 5 + Int64(day) - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// (year, month, day) of an epoch day.
    static func date(epochDay: Int64) -> (year: Int64, month: Int, day: Int) {
        let z = epochDay + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), Int(m), Int(d))
    }

    static func isLeap(_ y: Int64) -> Bool { y % 4 == 0 && (y % 100 != 0 || y % 400 == 0) }

    static func monthLength(_ y: Int64, _ m: Int) -> Int {
        switch m {
        case 2: return isLeap(y) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// ISO day of week, Monday = 1 ... Sunday = 7.
    static func isoDayOfWeek(epochDay: Int64) -> Int { Int(timeFloorMod(epochDay + 3, 7)) + 1 }
}

/// A local date-time (no zone), the fields every formatter prints.
struct LocalDateTimeFields: Sendable, Equatable {
    var epochDay: Int64
    var secondOfDay: Int          // 0 ..< 86400
    var nano: Int32
    var year: Int64
    var month: Int
    var day: Int

    init(epochDay: Int64, secondOfDay: Int, nano: Int32) {
        self.epochDay = epochDay
        self.secondOfDay = secondOfDay
        self.nano = nano
        let d = CivilCalendar.date(epochDay: epochDay)
        year = d.year; month = d.month; day = d.day
    }

    var hour: Int { secondOfDay / 3600 }
    var minute: Int { (secondOfDay / 60) % 60 }
    var second: Int { secondOfDay % 60 }
    var isoDayOfWeek: Int { CivilCalendar.isoDayOfWeek(epochDay: epochDay) }
    var dayOfYear: Int { Int(epochDay - CivilCalendar.epochDay(year: year, month: 1, day: 1)) + 1 }
    var yearLength: Int { CivilCalendar.isLeap(year) ? 366 : 365 }
    /// Seconds since 1970-01-01T00:00 local.
    var localEpochSecond: Int64 { epochDay * 86_400 + Int64(secondOfDay) }

    /// Week-based fields under a week definition (first day of week as ISO number, minimal days in week 1).
    /// ISO/Joda: (1, 4); java.time Locale.ENGLISH: (7, 1). Port of java.time.temporal.WeekFields.
    func weekFields(firstDay: Int, minDays: Int) -> (weekBasedYear: Int64, week: Int, localizedDayOfWeek: Int) {
        let ldow = Int(timeFloorMod(Int64(isoDayOfWeek - firstDay), 7)) + 1
        return weekOf(epochDay: epochDay, year: year, doy: dayOfYear, yearLength: yearLength,
                      ldow: ldow, minDays: minDays, firstDay: firstDay)
    }

    private func weekOf(epochDay: Int64, year: Int64, doy: Int, yearLength: Int, ldow: Int, minDays: Int,
                        firstDay: Int) -> (Int64, Int, Int) {
        let offset = Self.startOfWeekOffset(doy, ldow, minDays)
        let week = Self.computeWeek(offset, doy)
        if week == 0 {
            // Belongs to the last week of the previous year.
            let prevYear = year - 1
            let prevLen = CivilCalendar.isLeap(prevYear) ? 366 : 365
            let prevDoy = doy + prevLen
            let o2 = Self.startOfWeekOffset(prevDoy, ldow, minDays)
            return (prevYear, Self.computeWeek(o2, prevDoy), ldow)
        }
        let newYearWeek = Self.computeWeek(offset, yearLength + minDays)
        if week >= newYearWeek { return (year + 1, week - newYearWeek + 1, ldow) }
        return (year, week, ldow)
    }

    static func startOfWeekOffset(_ day: Int, _ dow: Int, _ minDays: Int) -> Int {
        let weekStart = Int(timeFloorMod(Int64(day - dow), 7))
        var offset = -weekStart
        if weekStart + 1 > minDays { offset = 7 - weekStart }
        return offset
    }
    static func computeWeek(_ offset: Int, _ day: Int) -> Int { (7 + offset + (day - 1)) / 7 }

    /// java.time WeekFields.weekOfMonth for the given definition.
    func weekOfMonth(firstDay: Int, minDays: Int) -> Int {
        let ldow = Int(timeFloorMod(Int64(isoDayOfWeek - firstDay), 7)) + 1
        return Self.computeWeek(Self.startOfWeekOffset(day, ldow, minDays), day)
    }
}
