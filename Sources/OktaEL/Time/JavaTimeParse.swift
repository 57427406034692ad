// Parsing with java.time patterns (Identity Engine `parseStringTime(fmt)`); see JavaTimePattern.swift for the
// decisions.

extension JavaTimePattern {
    struct Parsed {
        var fields: [JavaElement.Field: Int64] = [:]
        var offset: Int32?
        var zone: TimeZoneRef?
    }

    static func parse(_ text: String, pattern: String) throws(TimeError) -> ZonedDateTime {
        let elements = try compile(pattern)
        var c = TimeTextCursor(text)
        var p = Parsed()
        guard parseList(elements, &c, &p), c.atEnd else {
            throw TimeError("Text '\(text.prefix(100))' could not be parsed at index \(min(c.i, c.u.count))")
        }
        return try resolve(p, text)
    }

    private static func set(_ p: inout Parsed, _ f: JavaElement.Field, _ v: Int64) -> Bool {
        if let old = p.fields[f], old != v { return false }
        p.fields[f] = v
        return true
    }

    private static func parseList(_ elements: [JavaElement], _ c: inout TimeTextCursor, _ p: inout Parsed) -> Bool {
        for (k, e) in elements.enumerated() {
            switch e {
            case .literal(let s):
                let su = Array(s.utf8)
                guard c.i + su.count <= c.u.count, Array(c.u[c.i..<(c.i + su.count)]) == su else { return false }
                c.i += su.count
            case .optional(let inner):
                let saveC = c.i, saveP = p
                if !parseList(inner, &c, &p) { c.i = saveC; p = saveP }
            case .value(let f, let mn, let mx, let sign):
                var reserved = 0
                var j = k + 1
                while j < elements.count {
                    if case .value(_, let a, let b, _) = elements[j], a == b { reserved += a; j += 1 }
                    else if case .reduced = elements[j] { reserved += 2; j += 1 }
                    else { break }
                }
                var neg = false
                if sign != .notNegative, let s = c.peek, s == 45 || s == 43 { neg = s == 45; c.i += 1 }
                var avail = 0
                while c.i + avail < c.u.count, TimeTextCursor.isDigit(c.u[c.i + avail]) { avail += 1 }
                let take = min(mx, 18, avail - (mn == mx ? 0 : reserved))
                guard take >= mn, let d = c.digits(min: take, max: take) else { return false }
                guard set(&p, f, neg ? -d.value : d.value) else { return false }
            case .reduced(let f):
                guard let d = c.digits(min: 2, max: 2) else { return false }
                guard set(&p, f, 2000 + d.value) else { return false }
            case .text(let f, let style):
                let options: [String]
                switch (f, style) {
                case (.era, .short): options = ["BC", "AD"]
                case (.era, .full): options = ["Before Christ", "Anno Domini"]
                case (.era, .narrow): options = ["B", "A"]
                case (.month, .short): options = TimeNames.monthsShort
                case (.month, .full): options = TimeNames.monthsLong
                case (.dayOfWeek, .short): options = TimeNames.daysShort
                case (.dayOfWeek, .full): options = TimeNames.daysLong
                case (.ampm, _): options = ["AM", "PM"]
                case (.quarter, .short): options = ["Q1", "Q2", "Q3", "Q4"]
                case (.quarter, .full): options = ["1st quarter", "2nd quarter", "3rd quarter", "4th quarter"]
                default: return false
                }
                var matched: Int? = nil
                for (idx, o) in options.enumerated() {
                    let ou = Array(o.utf8)
                    if c.i + ou.count <= c.u.count, Array(c.u[c.i..<(c.i + ou.count)]) == ou { matched = idx; c.i += ou.count; break }
                }
                guard let m = matched else { return false }
                let v: Int64 = (f == .month || f == .dayOfWeek || f == .quarter) ? Int64(m + 1) : Int64(m)
                guard set(&p, f, v) else { return false }
            case .fraction(let n):
                guard let d = c.digits(min: n, max: n) else { return false }
                var v = d.value
                for _ in n..<9 { v *= 10 }
                guard set(&p, .nanoOfSecond, v) else { return false }
            case .offset(let pattern, let zero):
                do {
                    let zu = Array(zero.utf8)
                    if c.i + zu.count <= c.u.count, Array(c.u[c.i..<(c.i + zu.count)]) == zu {
                        // "+00:00"-style zero text may also be the start of a real offset; accept it as zero.
                        c.i += zu.count; p.offset = 0; continue
                    }
                }
                guard let s = c.peek, s == 43 || s == 45 else { return false }
                c.i += 1
                guard let h = c.digits(min: 2, max: 2), h.value <= 18 else { return false }
                var total = h.value * 3600
                let colon = pattern.contains(":")
                let minutesOptional = pattern == "+HH" || pattern.hasSuffix("mm")
                if pattern != "+HH" {
                    let save = c.i
                    if (!colon || c.eat(58)), let m = c.digits(min: 2, max: 2), m.value <= 59 { total += m.value * 60 }
                    else if minutesOptional { c.i = save }
                    else { return false }
                    if pattern.hasSuffix("ss") {
                        let save2 = c.i
                        if (!colon || c.eat(58)), let sx = c.digits(min: 2, max: 2), sx.value <= 59 { total += sx.value }
                        else { c.i = save2 }
                    }
                }
                p.offset = Int32(s == 45 ? -total : total)
            case .localizedOffset:
                guard c.i + 3 <= c.u.count, Array(c.u[c.i..<(c.i + 3)]) == Array("GMT".utf8) else { return false }
                c.i += 3
                guard let s = c.peek, s == 43 || s == 45 else { p.offset = 0; continue }
                c.i += 1
                guard let h = c.digits(min: 1, max: 2), h.value <= 18 else { return false }
                var total = h.value * 3600
                if c.eat(58) {
                    guard let m = c.digits(min: 2, max: 2), m.value <= 59 else { return false }
                    total += m.value * 60
                }
                p.offset = Int32(s == 45 ? -total : total)
            case .zoneID, .zoneName:
                let names: [(String, TimeZoneRef)] = [
                    ("EST", .region("America/New_York")), ("EDT", .region("America/New_York")),
                    ("CST", .region("America/Chicago")), ("CDT", .region("America/Chicago")),
                    ("MST", .region("America/Denver")), ("MDT", .region("America/Denver")),
                    ("PST", .region("America/Los_Angeles")), ("PDT", .region("America/Los_Angeles")),
                ]
                if case .zoneName = e {
                    var hit = false
                    for (n, z) in names {
                        let nu = Array(n.utf8)
                        if c.i + nu.count <= c.u.count, Array(c.u[c.i..<(c.i + nu.count)]) == nu,
                           !(c.i + nu.count < c.u.count && TimeZoneResolver.isRegionIDByte(c.u[c.i + nu.count]) && c.u[c.i + nu.count] != 45 && c.u[c.i + nu.count] != 43) {
                            c.i += nu.count; p.zone = z; hit = true; break
                        }
                    }
                    if hit { continue }
                }
                let start = c.i
                var end = start
                while end < c.u.count, end - start < 64, TimeZoneResolver.isRegionIDByte(c.u[end]) || c.u[end] == 58 { end += 1 }
                var k2 = end
                var found: TimeZoneRef? = nil
                while k2 > start {
                    let id = String(decoding: c.u[start..<k2], as: UTF8.self)
                    if let z = try? TimeZoneResolver.java(id) { found = z; break }
                    k2 -= 1
                }
                guard let z = found else { return false }
                c.i = k2
                p.zone = z
            }
        }
        return true
    }

    private static func resolve(_ p: Parsed, _ text: String) throws(TimeError) -> ZonedDateTime {
        let f = p.fields
        func bad(_ m: String) -> TimeError { TimeError("Text '\(text.prefix(100))' could not be parsed: \(m)") }
        for unsupported: JavaElement.Field in [.weekBasedYear, .weekOfWeekBasedYear, .weekOfMonth, .alignedDayOfWeekInMonth,
                                              .localizedDayOfWeek, .nanoOfDay, .milliOfDay, .quarter] where f[unsupported] != nil {
            throw bad("parsing field \(unsupported) is not supported")
        }
        var year: Int64
        if let y = f[.year] {
            year = y
            if let yoe = f[.yearOfEra] {
                let era = f[.era] ?? (y >= 1 ? 1 : 0)
                guard (era == 1 ? yoe : 1 - yoe) == y else { throw bad("Conflict found: year") }
            }
        } else if let yoe = f[.yearOfEra] {
            guard yoe >= 1 else { throw bad("Invalid value for YearOfEra: \(yoe)") }
            year = (f[.era] ?? 1) == 1 ? yoe : 1 - yoe
        } else {
            throw bad("Unable to obtain ZonedDateTime: no year")
        }
        guard year >= TimeLimits.minYear, year <= TimeLimits.maxYear else { throw bad("Invalid value for Year") }
        var epochDay: Int64
        if let m = f[.month] {
            guard (1...12).contains(m) else { throw bad("Invalid value for MonthOfYear: \(m)") }
            guard let d = f[.dayOfMonth] else { throw bad("Unable to obtain ZonedDateTime: no day-of-month") }
            guard (1...31).contains(d) else { throw bad("Invalid value for DayOfMonth: \(d)") }
            let day = min(Int(d), CivilCalendar.monthLength(year, Int(m)))   // SMART
            epochDay = CivilCalendar.epochDay(year: year, month: Int(m), day: day)
            if let doy = f[.dayOfYear], doy != Int64(epochDay - CivilCalendar.epochDay(year: year, month: 1, day: 1) + 1) {
                throw bad("Conflict found: DayOfYear")
            }
        } else if let doy = f[.dayOfYear] {
            guard doy >= 1, doy <= (CivilCalendar.isLeap(year) ? 366 : 365) else { throw bad("Invalid value for DayOfYear: \(doy)") }
            epochDay = CivilCalendar.epochDay(year: year, month: 1, day: 1) + doy - 1
        } else {
            throw bad("Unable to obtain ZonedDateTime: no month/day")
        }
        // time
        var hour: Int64 = 0
        var extraDay: Int64 = 0
        let minute = f[.minute] ?? 0, second = f[.second] ?? 0, nano = f[.nanoOfSecond] ?? 0
        guard (0...59).contains(minute) else { throw bad("Invalid value for MinuteOfHour: \(minute)") }
        guard (0...59).contains(second) else { throw bad("Invalid value for SecondOfMinute: \(second)") }
        guard (0...999_999_999).contains(nano) else { throw bad("Invalid value for NanoOfSecond") }
        if let k = f[.clockHourOfDay] {
            guard (1...24).contains(k) else { throw bad("Invalid value for ClockHourOfDay: \(k)") }
            hour = k == 24 ? 0 : k
        }
        if let h = f[.hourOfDay] {
            guard (0...24).contains(h) else { throw bad("Invalid value for HourOfDay: \(h)") }
            if h == 24 {
                guard minute == 0, second == 0, nano == 0 else { throw bad("Invalid value for HourOfDay: 24") }
                hour = 0; extraDay = 1
            } else { hour = h }
        }
        let hasHourOfDay = f[.hourOfDay] != nil || f[.clockHourOfDay] != nil
        var hap: Int64? = nil
        if let h = f[.clockHourOfAmPm] { guard (1...12).contains(h) else { throw bad("Invalid value for ClockHourOfAmPm: \(h)") }; hap = h % 12 }
        if let h = f[.hourOfAmPm] { guard (0...11).contains(h) else { throw bad("Invalid value for HourOfAmPm: \(h)") }; hap = h }
        if let ap = f[.ampm] {
            if let h = hap {
                let hh = ap * 12 + h
                if hasHourOfDay, hh != hour { throw bad("Conflict found: HourOfDay") }
                hour = hh
            } else if hasHourOfDay, (hour >= 12 ? 1 : 0) != ap, extraDay == 0 {
                throw bad("Conflict found: AmPmOfDay")
            }
        } else if hap != nil, !hasHourOfDay {
            throw bad("Unable to obtain ZonedDateTime: hour-of-am-pm without AM/PM")
        }
        epochDay += extraDay
        if let dow = f[.dayOfWeek], dow != Int64(CivilCalendar.isoDayOfWeek(epochDay: epochDay - extraDay)) {
            throw bad("Conflict found: Field DayOfWeek \(dow) differs from the date's day of week")
        }
        let sod = Int(hour * 3600 + minute * 60 + second)
        if let o = p.offset {
            let zone: TimeZoneRef = p.zone ?? (o == 0 ? .utc : .fixed(offsetSeconds: o))
            guard epochDay >= TimeLimits.minEpochDay, epochDay <= TimeLimits.maxEpochDay else { throw bad("out of range") }
            return ZonedDateTime(epochSecond: epochDay * 86_400 + Int64(sod) - Int64(o), nano: Int32(nano), zone: zone)
        }
        return try ZonedDateTime.fromLocal(epochDay: epochDay, secondOfDay: sod, nano: Int32(nano), zone: p.zone ?? .utc)
    }
}
