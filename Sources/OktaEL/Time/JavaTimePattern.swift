// java.time `DateTimeFormatter.ofPattern(p, Locale.ENGLISH)`, used by Identity Engine `toString(fmt)` and
// `parseStringTime(fmt)`.
//
// Decision (supported letters, formatting): G u y Y(week-based, Sunday/1 weeks as Locale.ENGLISH) Q q M L
// w W d D F E e c a h K k H m s S n N A VV z zzzz O OOOO X x Z, quotes ('' = '), optional sections [ ].
// Letter-count limits follow Java ("Too many pattern letters" etc.); B, v, g, p and any other letter, and
// the reserved '#', '{', '}' are TimeError. Zone names (z) come from Foundation/ICU (see ZoneNames).
// Parsing supports: G u y M L d D E a h K k H m s S n VV z (UTC/GMT/UT, EST/EDT, CST/CDT, MST/MDT,
// PST/PDT or a region ID) O X x Z, literals and optional sections; case-sensitive, strict widths, SMART
// resolution (Feb 30 → Feb 28, 24:00 → next day), whole input required. A date (year + month + day, or
// year + day-of-year) is required. Deviation from Java, documented: if NO time-of-day field is present
// the time defaults to 00:00 (Java would fail "Unable to obtain ZonedDateTime"). A parsed zone ID / offset
// becomes the value's zone; otherwise the value is UTC (`'17 June 2015 00:23:19'.parseStringTime(
// 'dd MMMM yyyy HH:mm:ss')` → 2015-06-17T00:23:19Z). `yy` parses into 2000-2099 (Java's base 2000).

enum JavaElement: Sendable {
    enum Field: Sendable {
        case era, year, yearOfEra, weekBasedYear, quarter, month, weekOfWeekBasedYear, weekOfMonth
        case dayOfMonth, dayOfYear, alignedDayOfWeekInMonth, dayOfWeek, localizedDayOfWeek, ampm
        case hourOfDay, clockHourOfDay, hourOfAmPm, clockHourOfAmPm, minute, second, nanoOfSecond, nanoOfDay, milliOfDay
    }
    enum Sign: Sendable { case normal, notNegative, exceedsPad }
    enum TextStyle: Sendable { case short, full, narrow }
    case literal(String)
    case value(Field, min: Int, max: Int, sign: Sign)
    case reduced(Field)                 // 2-digit, base 2000
    case text(Field, TextStyle)
    case fraction(Int)
    case offset(pattern: String, noOffset: String)   // "+HH", "+HHmm", "+HHMM", "+HH:MM", "+HHMMss", "+HH:MM:ss"
    case localizedOffset(full: Bool)
    case zoneID
    case zoneName(full: Bool)
    case optional([JavaElement])
}

enum JavaTimePattern {
    static func compile(_ pattern: String) throws(TimeError) -> [JavaElement] {
        let u = Array(pattern.utf8)
        var i = 0
        var stack: [[JavaElement]] = [[]]
        func add(_ e: JavaElement) { stack[stack.count - 1].append(e) }
        while i < u.count {
            let c = u[i]
            if PatternScanning.isLetter(c) {
                let j = PatternScanning.runEnd(u, from: i)
                let n = j - i
                i = j
                try letter(c, n, add)
            } else if c == 39 {
                var j = i + 1
                var buf: [UInt8] = []
                var closed = false
                while j < u.count {
                    if u[j] == 39 {
                        if j + 1 < u.count, u[j + 1] == 39 { buf.append(39); j += 2; continue }
                        closed = true; break
                    }
                    buf.append(u[j]); j += 1
                }
                guard closed else { throw TimeError("Pattern ends with an incomplete string literal: \(pattern.prefix(100))") }
                if j == i + 1 { add(.literal("'")) } else { add(.literal(String(decoding: buf, as: UTF8.self))) }
                i = j + 1
            } else if c == 91 {
                guard stack.count < 64 else { throw TimeError("Pattern nests optional sections too deeply") }
                stack.append([]); i += 1
            } else if c == 93 {
                guard stack.count > 1, let inner = stack.popLast() else { throw TimeError("Pattern invalid as it contains ] without previous [") }
                add(.optional(inner)); i += 1
            } else if c == 35 || c == 123 || c == 125 {
                throw TimeError("Pattern includes reserved character: '\(Character(Unicode.Scalar(c)))'")
            } else {
                var j = i
                while j < u.count, !PatternScanning.isLetter(u[j]), ![39, 91, 93, 35, 123, 125].contains(u[j]) { j += 1 }
                add(.literal(String(decoding: u[i..<j], as: UTF8.self)))
                i = j
            }
        }
        while stack.count > 1, let inner = stack.popLast() { add(.optional(inner)) }
        return stack[0]
    }

    private static func letter(_ c: UInt8, _ n: Int, _ add: (JavaElement) -> Void) throws(TimeError) {
        let ch = Character(Unicode.Scalar(c))
        func tooMany() -> TimeError { TimeError("Too many pattern letters: \(ch)") }
        func textStyle() throws(TimeError) -> JavaElement.TextStyle {
            switch n { case 1...3: return .short; case 4: return .full; case 5: return .narrow; default: throw tooMany() }
        }
        func simple(_ f: JavaElement.Field) throws(TimeError) {
            switch n {
            case 1: add(.value(f, min: 1, max: 19, sign: .normal))
            case 2: add(.value(f, min: 2, max: 2, sign: .notNegative))
            default: throw tooMany()
            }
        }
        switch ch {
        case "G": add(.text(.era, try textStyle()))
        case "u", "y", "Y":
            let f: JavaElement.Field = ch == "u" ? .year : ch == "y" ? .yearOfEra : .weekBasedYear
            guard n <= 19 else { throw TimeError("The minimum width must be from 1 to 19 inclusive but was \(n)") }
            if n == 2 { add(.reduced(f)) }
            else { add(.value(f, min: n, max: 19, sign: n < 4 ? .normal : .exceedsPad)) }
        case "Q", "q":
            switch n {
            case 1: add(.value(.quarter, min: 1, max: 19, sign: .normal))
            case 2: add(.value(.quarter, min: 2, max: 2, sign: .notNegative))
            default: add(.text(.quarter, try textStyle()))
            }
        case "M", "L":
            switch n {
            case 1: add(.value(.month, min: 1, max: 19, sign: .normal))
            case 2: add(.value(.month, min: 2, max: 2, sign: .notNegative))
            default: add(.text(.month, try textStyle()))
            }
        case "w": try simple(.weekOfWeekBasedYear)
        case "W": guard n == 1 else { throw tooMany() }; add(.value(.weekOfMonth, min: 1, max: 19, sign: .normal))
        case "d": try simple(.dayOfMonth)
        case "D":
            switch n {
            case 1: add(.value(.dayOfYear, min: 1, max: 19, sign: .normal))
            case 2: add(.value(.dayOfYear, min: 2, max: 3, sign: .notNegative))
            case 3: add(.value(.dayOfYear, min: 3, max: 3, sign: .notNegative))
            default: throw tooMany()
            }
        case "F": guard n == 1 else { throw tooMany() }; add(.value(.alignedDayOfWeekInMonth, min: 1, max: 19, sign: .normal))
        case "E": add(.text(.dayOfWeek, try textStyle()))
        case "e", "c":
            switch n {
            case 1: add(.value(.localizedDayOfWeek, min: 1, max: 19, sign: .normal))
            case 2:
                if ch == "c" { throw TimeError("Invalid pattern \"cc\"") }
                add(.value(.localizedDayOfWeek, min: 2, max: 2, sign: .notNegative))
            default: add(.text(.dayOfWeek, try textStyle()))
            }
        case "a": guard n == 1 else { throw tooMany() }; add(.text(.ampm, .short))
        case "h": try simple(.clockHourOfAmPm)
        case "K": try simple(.hourOfAmPm)
        case "k": try simple(.clockHourOfDay)
        case "H": try simple(.hourOfDay)
        case "m": try simple(.minute)
        case "s": try simple(.second)
        case "S":
            guard n <= 9 else { throw TimeError("Maximum width must be from 1 to 9 inclusive but was \(n)") }
            add(.fraction(n))
        case "n", "N", "A":
            guard n <= 19 else { throw tooMany() }
            let f: JavaElement.Field = ch == "n" ? .nanoOfSecond : ch == "N" ? .nanoOfDay : .milliOfDay
            add(.value(f, min: n, max: 19, sign: n == 1 ? .normal : .notNegative))
        case "V": guard n == 2 else { throw TimeError("Pattern letter count must be 2: V") }; add(.zoneID)
        case "z": guard n <= 4 else { throw tooMany() }; add(.zoneName(full: n == 4))
        case "O":
            guard n == 1 || n == 4 else { throw TimeError("Pattern letter count must be 1 or 4: O") }
            add(.localizedOffset(full: n == 4))
        case "X", "x":
            let pats = ["+HHmm", "+HHMM", "+HH:MM", "+HHMMss", "+HH:MM:ss"]
            guard n <= 5 else { throw tooMany() }
            let zero = ch == "X" ? "Z" : ["+00", "+0000", "+00:00", "+0000", "+00:00"][n - 1]
            add(.offset(pattern: pats[n - 1], noOffset: zero))
        case "Z":
            switch n {
            case 1...3: add(.offset(pattern: "+HHMM", noOffset: "+0000"))
            case 4: add(.localizedOffset(full: true))
            case 5: add(.offset(pattern: "+HH:MM:ss", noOffset: "Z"))
            default: throw tooMany()
            }
        case "p": throw TimeError("Pad letter 'p' is not supported")
        case "B", "v", "g":
            throw TimeError("Unsupported pattern letter: \(ch)")
        default:
            throw TimeError("Unknown pattern letter: \(ch)")
        }
    }

    // MARK: formatting

    struct Context {
        let t: ZonedDateTime
        let l: LocalDateTimeFields
        let off: Int32
    }

    static func format(_ t: ZonedDateTime, pattern: String) throws(TimeError) -> String {
        let elements = try compile(pattern)
        let off = t.offsetSeconds
        let ctx = Context(t: t, l: t.localDateTime(offset: off), off: off)
        var out = ""
        try emit(elements, ctx, &out)
        return out
    }

    static func fieldValue(_ f: JavaElement.Field, _ c: Context) -> Int64 {
        let l = c.l
        switch f {
        case .era: return l.year >= 1 ? 1 : 0
        case .year: return l.year
        case .yearOfEra: return l.year >= 1 ? l.year : 1 - l.year
        case .weekBasedYear: return l.weekFields(firstDay: 7, minDays: 1).weekBasedYear
        case .quarter: return Int64((l.month - 1) / 3 + 1)
        case .month: return Int64(l.month)
        case .weekOfWeekBasedYear: return Int64(l.weekFields(firstDay: 7, minDays: 1).week)
        case .weekOfMonth: return Int64(l.weekOfMonth(firstDay: 7, minDays: 1))
        case .dayOfMonth: return Int64(l.day)
        case .dayOfYear: return Int64(l.dayOfYear)
        case .alignedDayOfWeekInMonth: return Int64((l.day - 1) % 7 + 1)
        case .dayOfWeek: return Int64(l.isoDayOfWeek)
        case .localizedDayOfWeek: return Int64(l.isoDayOfWeek % 7 + 1)
        case .ampm: return l.hour < 12 ? 0 : 1
        case .hourOfDay: return Int64(l.hour)
        case .clockHourOfDay: return Int64(l.hour == 0 ? 24 : l.hour)
        case .hourOfAmPm: return Int64(l.hour % 12)
        case .clockHourOfAmPm: return Int64(l.hour % 12 == 0 ? 12 : l.hour % 12)
        case .minute: return Int64(l.minute)
        case .second: return Int64(l.second)
        case .nanoOfSecond: return Int64(l.nano)
        case .nanoOfDay: return Int64(l.secondOfDay) * 1_000_000_000 + Int64(l.nano)
        case .milliOfDay: return Int64(l.secondOfDay) * 1000 + Int64(l.nano / 1_000_000)
        }
    }

    private static func emit(_ elements: [JavaElement], _ c: Context, _ out: inout String) throws(TimeError) {
        for e in elements {
            switch e {
            case .literal(let s): out += s
            case .optional(let inner): try emit(inner, c, &out)
            case .value(let f, let mn, let mx, let sign):
                let v = fieldValue(f, c)
                let digits = String(v.magnitude)
                if digits.count > mx { throw TimeError("Field \(f) cannot be printed as the value \(v) exceeds the maximum print width of \(mx)") }
                switch sign {
                case .normal: if v < 0 { out += "-" }
                case .notNegative: if v < 0 { throw TimeError("Field \(f) cannot be printed as the value \(v) cannot be negative") }
                case .exceedsPad:
                    if v < 0 { out += "-" } else if mn < 19 && digits.count > mn { out += "+" }
                }
                if digits.count < mn { out += String(repeating: "0", count: mn - digits.count) }
                out += digits
            case .reduced(let f):
                out += TimeDigits.padded(timeFloorMod(fieldValue(f, c), 100), 2)
            case .text(let f, let style):
                out += text(f, style, c)
            case .fraction(let n):
                var v = Int64(c.l.nano)
                for _ in n..<9 { v /= 10 }
                out += TimeDigits.padded(v, n)
            case .offset(let pattern, let zero):
                out += formatOffset(c.off, pattern: pattern, zero: zero)
            case .localizedOffset(let full):
                out += localizedOffset(c.off, full: full)
            case .zoneID:
                out += c.t.zone.javaID
            case .zoneName(let full):
                switch c.t.zone {
                case .utc: out += "Z"
                case .fixed: out += c.t.zone.javaID
                case .region(let id):
                    if ZoneIDSyntax.prefixedOffset(id) != nil { out += id }
                    else if id == "UTC" || id == "GMT" || id == "UT" {
                        out += full ? (id == "GMT" ? "Greenwich Mean Time" : "Coordinated Universal Time") : id
                    } else { out += ZoneNames.name(region: id, epochSecond: c.t.epochSecond, long: full) }
                }
            }
        }
    }

    static func text(_ f: JavaElement.Field, _ style: JavaElement.TextStyle, _ c: Context) -> String {
        let l = c.l
        switch f {
        case .era:
            let ad = l.year >= 1
            switch style { case .short: return ad ? "AD" : "BC"; case .full: return ad ? "Anno Domini" : "Before Christ"; case .narrow: return ad ? "A" : "B" }
        case .quarter:
            let q = (l.month - 1) / 3 + 1
            switch style { case .short: return "Q\(q)"; case .full: return ["1st", "2nd", "3rd", "4th"][q - 1] + " quarter"; case .narrow: return "\(q)" }
        case .month:
            switch style { case .short: return TimeNames.monthsShort[l.month - 1]; case .full: return TimeNames.monthsLong[l.month - 1]; case .narrow: return String(TimeNames.monthsLong[l.month - 1].prefix(1)) }
        case .dayOfWeek:
            let d = l.isoDayOfWeek - 1
            switch style { case .short: return TimeNames.daysShort[d]; case .full: return TimeNames.daysLong[d]; case .narrow: return String(TimeNames.daysLong[d].prefix(1)) }
        case .ampm: return l.hour < 12 ? "AM" : "PM"
        default: return String(fieldValue(f, c))
        }
    }

    /// DateTimeFormatterBuilder.appendOffset patterns.
    static func formatOffset(_ off: Int32, pattern: String, zero: String) -> String {
        if off == 0 { return zero }
        let a = abs(Int(off))
        let h = a / 3600, m = (a / 60) % 60, s = a % 60
        let colon = pattern.contains(":")
        var out = (off < 0 ? "-" : "+") + ZoneIDSyntax.twoDigits(h)
        switch pattern {
        case "+HH": break
        case "+HHmm", "+HH:mm": if m != 0 || s != 0 { out += (colon ? ":" : "") + ZoneIDSyntax.twoDigits(m) }
        default:
            out += (colon ? ":" : "") + ZoneIDSyntax.twoDigits(m)
            if pattern.hasSuffix("ss") && s != 0 { out += (colon ? ":" : "") + ZoneIDSyntax.twoDigits(s) }
        }
        return out
    }

    static func localizedOffset(_ off: Int32, full: Bool) -> String {
        if off == 0 { return "GMT" }
        let a = abs(Int(off))
        let h = a / 3600, m = (a / 60) % 60, s = a % 60
        var out = "GMT" + (off < 0 ? "-" : "+")
        if full {
            out += ZoneIDSyntax.twoDigits(h) + ":" + ZoneIDSyntax.twoDigits(m)
            if s != 0 { out += ":" + ZoneIDSyntax.twoDigits(s) }
        } else {
            out += String(h)
            if m != 0 || s != 0 { out += ":" + ZoneIDSyntax.twoDigits(m); if s != 0 { out += ":" + ZoneIDSyntax.twoDigits(s) } }
        }
        return out
    }
}

extension ZonedDateTime {
    /// `DateTimeFormatter.ofPattern(p, Locale.ENGLISH).format(self)` (Identity Engine `toString(fmt)`).
    func format(javaPattern: String) throws(TimeError) -> String {
        try JavaTimePattern.format(self, pattern: javaPattern)
    }
}
