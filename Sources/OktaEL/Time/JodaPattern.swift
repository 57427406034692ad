// Joda-Time `DateTimeFormat.forPattern(p)` (Locale.ENGLISH), used by classic `Time.*` formats.
//
// Decision (supported letters): G era (AD/BC) · C century of era · Y year of era · y year · x weekyear (ISO)
// · w week of weekyear · e ISO day-of-week number (Mon=1) · E day name (E..EEE "Fri", EEEE+ "Friday") ·
// M month (M/MM number, MMM "Jul", MMMM+ "July") · d day · D day of year · a AM/PM · h 1-12 · H 0-23 ·
// k 1-24 · K 0-11 · m · s · S fraction (millisecond precision, like Joda) · z short zone name (zzzz+ long;
// names from Foundation/ICU, see ZoneNames) · Z -0800 · ZZ -08:00 · ZZZ zone ID · quotes ('' = ').
// Every other ASCII letter is a TimeError ("Illegal pattern component"), as in Joda; other characters are
// literals. `zzzz` cannot be parsed (Joda: parsing not supported). Patterns of any length work (a run of
// 10,000 `y` prints a 10,000-digit zero-padded year); parsing rejects numeric runs longer than 18 digits.
//
// Decision (2-digit years): `yy`/`YY`/`xx` print year % 100. Parsing follows Joda/SimpleDateFormat: a pivot
// of (current year − 30), i.e. the 100-year window [now − 80, now + 19] (e.g. in 2025: "85" → 1985,
// "15" → 2015); lenient: when the next pattern token is not numeric, a value with other than 2 digits
// (or a sign) is taken as a full year ("01/02/2015" with dd/MM/yy → 2015). Parsing is case-insensitive for
// text and literals, needs the whole input, validates ranges strictly (Feb 30 → TimeError), defaults
// missing fields from 1970-01-01T00:00:00.000, and a parsed zone/offset sets the instant (no zone → UTC).

enum JodaElement: Sendable {
    case literal(String)
    case era
    case century(min: Int)
    case year(min: Int, max: Int)
    case yearOfEra(min: Int, max: Int)
    case weekyear(min: Int, max: Int)
    case twoDigitYear(lenient: Bool)
    case twoDigitWeekyear(lenient: Bool)
    case monthNumber(min: Int)
    case monthText(long: Bool)
    case dayOfMonth(min: Int)
    case dayOfYear(min: Int)
    case weekOfWeekyear(min: Int)
    case dayOfWeekNumber(min: Int)
    case dayOfWeekText(long: Bool)
    case halfday
    case clockhourOfHalfday(min: Int)   // h
    case hourOfDay(min: Int)            // H
    case clockhourOfDay(min: Int)       // k
    case hourOfHalfday(min: Int)        // K
    case minute(min: Int)
    case second(min: Int)
    case fraction(digits: Int)
    case offset(colon: Bool)
    case zoneID
    case zoneShortName
    case zoneLongName

    var isNumeric: Bool {
        switch self {
        case .century, .year, .yearOfEra, .weekyear, .twoDigitYear, .twoDigitWeekyear, .monthNumber, .dayOfMonth,
             .dayOfYear, .weekOfWeekyear, .dayOfWeekNumber, .clockhourOfHalfday, .hourOfDay, .clockhourOfDay,
             .hourOfHalfday, .minute, .second, .fraction:
            return true
        default: return false
        }
    }
}

enum TimeNames {
    static let monthsLong = ["January", "February", "March", "April", "May", "June", "July", "August",
                             "September", "October", "November", "December"]
    static let monthsShort = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    /// Index 0 = Monday.
    static let daysLong = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    static let daysShort = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
}

enum JodaPattern {
    private enum RawToken { case letters(UInt8, Int), text(String) }

    private static func tokenize(_ pattern: String) -> [RawToken] {
        let u = Array(pattern.utf8)
        var out: [RawToken] = []
        var i = 0
        let isLetter = PatternScanning.isLetter
        while i < u.count {
            let c = u[i]
            if isLetter(c) {
                let j = PatternScanning.runEnd(u, from: i)
                out.append(.letters(c, j - i))
                i = j
            } else {
                var buf: [UInt8] = []
                var inLiteral = false
                while i < u.count {
                    let ch = u[i]
                    if ch == 39 {
                        if i + 1 < u.count, u[i + 1] == 39 { buf.append(39); i += 2; continue }
                        inLiteral.toggle()
                    } else if !inLiteral && isLetter(ch) {
                        break
                    } else {
                        buf.append(ch)
                    }
                    i += 1
                }
                out.append(.text(String(decoding: buf, as: UTF8.self)))
            }
        }
        return out
    }

    private static func isNumericLetter(_ c: UInt8, _ n: Int) -> Bool {
        switch c {
        case UInt8(ascii: "M"): return n <= 2
        case UInt8(ascii: "c"), UInt8(ascii: "C"), UInt8(ascii: "x"), UInt8(ascii: "y"), UInt8(ascii: "Y"),
             UInt8(ascii: "d"), UInt8(ascii: "h"), UInt8(ascii: "H"), UInt8(ascii: "m"), UInt8(ascii: "s"),
             UInt8(ascii: "S"), UInt8(ascii: "e"), UInt8(ascii: "D"), UInt8(ascii: "F"), UInt8(ascii: "W"),
             UInt8(ascii: "k"), UInt8(ascii: "K"), UInt8(ascii: "w"):
            return true
        default: return false
        }
    }

    /// Compiles a Joda pattern.
    static func compile(_ pattern: String) throws(TimeError) -> [JodaElement] {
        let toks = tokenize(pattern)
        var out: [JodaElement] = []
        out.reserveCapacity(toks.count)
        for (idx, t) in toks.enumerated() {
            switch t {
            case .text(let s): out.append(.literal(s))
            case .letters(let c, let n):
                var nextNumeric = false
                if idx + 1 < toks.count, case .letters(let c2, let n2) = toks[idx + 1] { nextNumeric = isNumericLetter(c2, n2) }
                switch Character(Unicode.Scalar(c)) {
                case "G": out.append(.era)
                case "C": out.append(.century(min: n))
                case "x", "y", "Y":
                    if n == 2 {
                        out.append(c == UInt8(ascii: "x") ? .twoDigitWeekyear(lenient: !nextNumeric) : .twoDigitYear(lenient: !nextNumeric))
                    } else {
                        let maxD = max(n, nextNumeric ? n : 9)
                        switch c {
                        case UInt8(ascii: "x"): out.append(.weekyear(min: n, max: maxD))
                        case UInt8(ascii: "y"): out.append(.year(min: n, max: maxD))
                        default: out.append(.yearOfEra(min: n, max: maxD))
                        }
                    }
                case "M": out.append(n >= 4 ? .monthText(long: true) : n == 3 ? .monthText(long: false) : .monthNumber(min: n))
                case "d": out.append(.dayOfMonth(min: n))
                case "a": out.append(.halfday)
                case "h": out.append(.clockhourOfHalfday(min: n))
                case "H": out.append(.hourOfDay(min: n))
                case "k": out.append(.clockhourOfDay(min: n))
                case "K": out.append(.hourOfHalfday(min: n))
                case "m": out.append(.minute(min: n))
                case "s": out.append(.second(min: n))
                case "S": out.append(.fraction(digits: n))
                case "e": out.append(.dayOfWeekNumber(min: n))
                case "E": out.append(.dayOfWeekText(long: n >= 4))
                case "D": out.append(.dayOfYear(min: n))
                case "w": out.append(.weekOfWeekyear(min: n))
                case "z": out.append(n >= 4 ? .zoneLongName : .zoneShortName)
                case "Z": out.append(n == 1 ? .offset(colon: false) : n == 2 ? .offset(colon: true) : .zoneID)
                default:
                    throw TimeError("Illegal pattern component: \(String(repeating: Character(Unicode.Scalar(c)), count: min(n, 20)))")
                }
            }
        }
        return out
    }

    // MARK: formatting

    static func format(_ t: ZonedDateTime, pattern: String) throws(TimeError) -> String {
        let elements = try compile(pattern)
        // Joda works in milliseconds.
        let v = ZonedDateTime(epochSecond: t.epochSecond, nano: t.nano - t.nano % 1_000_000, zone: t.zone)
        let off = v.offsetSeconds
        let l = v.localDateTime(offset: off)
        var out = ""
        func num(_ x: Int64, _ minD: Int) { out += TimeDigits.signedPadded(x, minD) }
        for e in elements {
            switch e {
            case .literal(let s): out += s
            case .era: out += l.year <= 0 ? "BC" : "AD"
            case .century(let m): num((l.year <= 0 ? 1 - l.year : l.year) / 100, m)
            case .year(let m, _): num(l.year, m)
            case .yearOfEra(let m, _): num(l.year <= 0 ? 1 - l.year : l.year, m)
            case .weekyear(let m, _): num(l.weekFields(firstDay: 1, minDays: 4).weekBasedYear, m)
            case .twoDigitYear: num(abs(l.year) % 100, 2)
            case .twoDigitWeekyear: num(abs(l.weekFields(firstDay: 1, minDays: 4).weekBasedYear) % 100, 2)
            case .monthNumber(let m): num(Int64(l.month), m)
            case .monthText(let long): out += (long ? TimeNames.monthsLong : TimeNames.monthsShort)[l.month - 1]
            case .dayOfMonth(let m): num(Int64(l.day), m)
            case .dayOfYear(let m): num(Int64(l.dayOfYear), m)
            case .weekOfWeekyear(let m): num(Int64(l.weekFields(firstDay: 1, minDays: 4).week), m)
            case .dayOfWeekNumber(let m): num(Int64(l.isoDayOfWeek), m)
            case .dayOfWeekText(let long): out += (long ? TimeNames.daysLong : TimeNames.daysShort)[l.isoDayOfWeek - 1]
            case .halfday: out += l.hour < 12 ? "AM" : "PM"
            case .clockhourOfHalfday(let m): num(Int64(l.hour % 12 == 0 ? 12 : l.hour % 12), m)
            case .hourOfDay(let m): num(Int64(l.hour), m)
            case .clockhourOfDay(let m): num(Int64(l.hour == 0 ? 24 : l.hour), m)
            case .hourOfHalfday(let m): num(Int64(l.hour % 12), m)
            case .minute(let m): num(Int64(l.minute), m)
            case .second(let m): num(Int64(l.second), m)
            case .fraction(let n):
                let millis = Int64(l.nano / 1_000_000)
                if n <= 3 {
                    var d = millis
                    for _ in n..<3 { d /= 10 }
                    out += TimeDigits.padded(d, n)
                } else {
                    out += TimeDigits.padded(millis, 3) + String(repeating: "0", count: n - 3)
                }
            case .offset(let colon):
                let a = abs(Int(off))
                out += (off < 0 ? "-" : "+") + ZoneIDSyntax.twoDigits(a / 3600) + (colon ? ":" : "") + ZoneIDSyntax.twoDigits((a / 60) % 60)
            case .zoneID: out += v.zone.jodaID
            case .zoneShortName, .zoneLongName:
                let long: Bool
                if case .zoneLongName = e { long = true } else { long = false }
                switch v.zone {
                case .utc: out += long ? "Coordinated Universal Time" : "UTC"
                case .fixed: out += v.zone.jodaID
                case .region(let id): out += ZoneNames.name(region: id, epochSecond: v.epochSecond, long: long)
                }
            }
        }
        return out
    }

    // MARK: parsing

    private struct Parsed {
        var era: Int64?, century: Int64?, year: Int64?, yearOfEra: Int64?, weekyear: Int64?, week: Int64?
        var month: Int64?, day: Int64?, dayOfYear: Int64?, dayOfWeek: Int64?
        var halfday: Int64?, hourOfDay: Int64?, clockhourOfDay: Int64?, hourOfHalfday: Int64?, clockhourOfHalfday: Int64?
        var minute: Int64?, second: Int64?, millis: Int64?
        var offset: Int32?, zone: TimeZoneRef?
    }

    static func parse(_ text: String, pattern: String, pivotYear: Int64) throws(TimeError) -> ZonedDateTime {
        let elements = try compile(pattern)
        var c = TimeTextCursor(text)
        var p = Parsed()
        func fail() -> TimeError { TimeError("Invalid format: \"\(text.prefix(100))\" is malformed at \"\(String(decoding: c.u[min(c.i, c.u.count)...].prefix(40), as: UTF8.self))\"") }
        func number(_ maxD: Int, signed: Bool) throws(TimeError) -> Int64 {
            guard maxD <= 18 else { throw TimeError("Pattern field too wide to parse") }
            var neg = false
            let save = c.i
            if signed, let s = c.peek, s == 45 || s == 43 { neg = s == 45; c.i += 1 }
            guard let d = c.digits(min: 1, max: maxD) else { c.i = save; throw fail() }
            return neg ? -d.value : d.value
        }
        func matchText(_ options: [String]) -> Int? {
            var best: (Int, Int)? = nil
            for (k, o) in options.enumerated() {
                let ou = Array(o.utf8)
                guard c.i + ou.count <= c.u.count else { continue }
                var ok = true
                for (j, ch) in ou.enumerated() where c.u[c.i + j] | 0x20 != ch | 0x20 { ok = false; break }
                if ok, ou.count > (best?.1 ?? 0) { best = (k, ou.count) }
            }
            guard let b = best else { return nil }
            c.i += b.1
            return b.0
        }
        for e in elements {
            switch e {
            case .literal(let s):
                guard matchText([s]) != nil || s.isEmpty else { throw fail() }
            case .era:
                guard let k = matchText(["AD", "BC"]) else { throw fail() }
                p.era = k == 0 ? 1 : 0
            case .century: p.century = try number(3, signed: false)
            case .year(_, let mx): p.year = try number(mx, signed: true)
            case .yearOfEra(_, let mx): p.yearOfEra = try number(mx, signed: false)
            case .weekyear(_, let mx): p.weekyear = try number(mx, signed: true)
            case .twoDigitYear(let lenient), .twoDigitWeekyear(let lenient):
                let save = c.i
                var value: Int64
                if lenient {
                    let v = try number(9, signed: true)
                    let consumed = c.i - save
                    if consumed == 2, c.u[save] != 45, c.u[save] != 43 {
                        value = twoDigit(v, pivot: pivotYear)
                    } else { value = v }
                } else {
                    guard let d = c.digits(min: 2, max: 2) else { throw fail() }
                    value = twoDigit(d.value, pivot: pivotYear)
                }
                if case .twoDigitYear = e { p.year = value } else { p.weekyear = value }
            case .monthNumber(let m): p.month = try number(max(2, m), signed: false)
            case .monthText:
                guard let k = matchText(TimeNames.monthsLong + TimeNames.monthsShort) else { throw fail() }
                p.month = Int64(k % 12 + 1)
            case .dayOfMonth(let m): p.day = try number(max(2, m), signed: false)
            case .dayOfYear(let m): p.dayOfYear = try number(max(3, m), signed: false)
            case .weekOfWeekyear(let m): p.week = try number(max(2, m), signed: false)
            case .dayOfWeekNumber(let m): p.dayOfWeek = try number(max(1, m), signed: false)
            case .dayOfWeekText:
                guard let k = matchText(TimeNames.daysLong + TimeNames.daysShort) else { throw fail() }
                p.dayOfWeek = Int64(k % 7 + 1)
            case .halfday:
                guard let k = matchText(["AM", "PM"]) else { throw fail() }
                p.halfday = Int64(k)
            case .clockhourOfHalfday(let m): p.clockhourOfHalfday = try number(max(2, m), signed: false)
            case .hourOfDay(let m): p.hourOfDay = try number(max(2, m), signed: false)
            case .clockhourOfDay(let m): p.clockhourOfDay = try number(max(2, m), signed: false)
            case .hourOfHalfday(let m): p.hourOfHalfday = try number(max(2, m), signed: false)
            case .minute(let m): p.minute = try number(max(2, m), signed: false)
            case .second(let m): p.second = try number(max(2, m), signed: false)
            case .fraction(let n):
                guard n <= 18, let d = c.digits(min: 1, max: n) else { throw fail() }
                var v = d.value
                if d.count > 3 { for _ in 3..<d.count { v /= 10 } } else { for _ in d.count..<3 { v *= 10 } }
                p.millis = v
            case .offset:
                if matchText(["Z"]) != nil { p.offset = 0; break }
                guard let s = c.peek, s == 43 || s == 45 else { throw fail() }
                c.i += 1
                guard let h = c.digits(min: 2, max: 2), h.value <= 23 else { throw fail() }
                var m: Int64 = 0
                let colon = c.eat(58)
                if colon || TimeTextCursor.isDigit(c.peek) {
                    guard let mm = c.digits(min: 2, max: 2), mm.value <= 59 else { throw fail() }
                    m = mm.value
                }
                let o = Int32(h.value * 3600 + m * 60)
                p.offset = s == 45 ? -o : o
            case .zoneID:
                let start = c.i
                var end = start
                while end < c.u.count, end - start < 64, TimeZoneResolver.isRegionIDByte(c.u[end]) || c.u[end] == 58 { end += 1 }
                var found: TimeZoneRef? = nil
                var k = end
                while k > start {
                    let id = String(decoding: c.u[start..<k], as: UTF8.self)
                    if let z = try? TimeZoneResolver.classic(id) { found = z; break }
                    k -= 1
                }
                guard let z = found else { throw fail() }
                c.i = k
                p.zone = z
            case .zoneShortName:
                let names = ["UTC", "UT", "GMT", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT"]
                guard let k = matchText(names) else { throw fail() }
                switch k {
                case 0, 1, 2: p.zone = .utc
                case 3, 4: p.zone = .region("America/New_York")
                case 5, 6: p.zone = .region("America/Chicago")
                case 7, 8: p.zone = .region("America/Denver")
                default: p.zone = .region("America/Los_Angeles")
                }
            case .zoneLongName:
                throw TimeError("Parsing of long time-zone names (zzzz) is not supported")
            }
        }
        guard c.atEnd else { throw fail() }
        return try resolve(p, text)
    }

    static func twoDigit(_ v: Int64, pivot: Int64) -> Int64 {
        let low = pivot - 50
        let t = low >= 0 ? low % 100 : 99 + ((low + 1) % 100)
        return v + low + (v < t ? 100 : 0) - t
    }

    private static func resolve(_ p: Parsed, _ text: String) throws(TimeError) -> ZonedDateTime {
        func bad(_ what: String) -> TimeError { TimeError("Cannot parse \"\(text.prefix(100))\": Value for \(what) out of range") }
        var year: Int64 = p.year ?? 1970
        if p.year == nil, let yoe = p.yearOfEra {
            guard yoe >= 1 else { throw bad("yearOfEra") }
            year = (p.era ?? 1) == 0 ? 1 - yoe : yoe
        }
        if let cen = p.century { year = cen * 100 + timeFloorMod(year, 100) }
        guard year >= TimeLimits.minYear, year <= TimeLimits.maxYear else { throw bad("year") }
        var epochDay: Int64
        if p.weekyear != nil || p.week != nil, p.month == nil, p.day == nil {
            let wy = p.weekyear ?? year
            guard wy >= TimeLimits.minYear, wy <= TimeLimits.maxYear else { throw bad("weekyear") }
            let w = p.week ?? 1
            let dow = p.dayOfWeek ?? 1
            guard w >= 1, w <= Int64(ISOParsing.weeksInISOYear(wy)) else { throw bad("weekOfWeekyear") }
            guard (1...7).contains(dow) else { throw bad("dayOfWeek") }
            epochDay = ISOParsing.isoWeekStart(wy) + (w - 1) * 7 + (dow - 1)
        } else {
            if let doy = p.dayOfYear, p.month == nil, p.day == nil {
                guard doy >= 1, doy <= (CivilCalendar.isLeap(year) ? 366 : 365) else { throw bad("dayOfYear") }
                epochDay = CivilCalendar.epochDay(year: year, month: 1, day: 1) + doy - 1
            } else {
                let month = p.month ?? 1
                let day = p.day ?? 1
                guard (1...12).contains(month) else { throw bad("monthOfYear") }
                guard day >= 1, day <= Int64(CivilCalendar.monthLength(year, Int(month))) else { throw bad("dayOfMonth") }
                epochDay = CivilCalendar.epochDay(year: year, month: Int(month), day: Int(day))
            }
            if let dow = p.dayOfWeek {
                guard (1...7).contains(dow) else { throw bad("dayOfWeek") }
                epochDay += dow - Int64(CivilCalendar.isoDayOfWeek(epochDay: epochDay))
            }
        }
        var hour: Int64 = (p.halfday ?? 0) * 12
        if let h = p.hourOfDay { guard (0...23).contains(h) else { throw bad("hourOfDay") }; hour = h }
        if let k = p.clockhourOfDay { guard (1...24).contains(k) else { throw bad("clockhourOfDay") }; hour = k % 24 }
        if let k = p.hourOfHalfday { guard (0...11).contains(k) else { throw bad("hourOfHalfday") }; hour = (hour / 12) * 12 + k }
        if let h = p.clockhourOfHalfday { guard (1...12).contains(h) else { throw bad("clockhourOfHalfday") }; hour = (hour / 12) * 12 + h % 12 }
        let minute = p.minute ?? 0
        let second = p.second ?? 0
        guard (0...59).contains(minute) else { throw bad("minuteOfHour") }
        guard (0...59).contains(second) else { throw bad("secondOfMinute") }
        let sod = Int(hour * 3600 + minute * 60 + second)
        let nano = Int32(p.millis ?? 0) * 1_000_000
        let zone: TimeZoneRef = p.zone ?? p.offset.map { $0 == 0 ? .utc : .fixed(offsetSeconds: $0) } ?? .utc
        return try ZonedDateTime.fromLocal(epochDay: epochDay, secondOfDay: sod, nano: nano, zone: zone)
    }
}

extension TimeZoneResolver {
    static func isRegionIDByte(_ c: UInt8) -> Bool {
        (65...90).contains(c) || (97...122).contains(c) || (48...57).contains(c)
            || c == 126 || c == 47 || c == 46 || c == 95 || c == 43 || c == 45
    }
}

extension ZonedDateTime {
    /// Joda-Time pattern formatting (classic), Locale.ENGLISH, millisecond precision.
    func format(jodaPattern: String) throws(TimeError) -> String {
        try JodaPattern.format(self, pattern: jodaPattern)
    }
}
