/// Compact JSON output for ``Value``s.
///
/// * `int`/`long` as decimal integers; `double` as Java's `Double.toString`
///   (`1000.0`, `1.0E10`, `3.5`); non-finite doubles as the JSON strings `"NaN"`,
///   `"Infinity"`, `"-Infinity"`.
/// * `dateTime` as a JSON string produced by the `dateTime` closure (the default,
///   ``defaultDateTime(_:)``, renders the instant in UTC with at least three fraction digits;
///   the engine passes its own zone-aware formatter, ``ValueOutput/dateTimeText(_:)``).
/// * `country` as its alpha-2 code string (`"US"`).
/// * Object keys in insertion order, or with `sortedKeys` in Java `String.compareTo` order
///   (UTF-16 code units).
/// * Iterative: arbitrarily deep values cannot overflow the call stack here.
public enum JSONWriter {
    /// Serializes `value` as compact JSON (no whitespace).
    public static func write(
        _ value: Value,
        sortedKeys: Bool = false,
        dateTime: (ZonedDateTime) -> String = JSONWriter.defaultDateTime
    ) -> String {
        var out = ""
        enum Frame {
            case array([Value], Int)
            case object([(key: String, value: Value)], Int)
        }
        var stack: [Frame] = []
        var pending: Value? = value
        while true {
            if let v = pending {
                pending = nil
                switch v {
                case .null: out += "null"
                case .bool(let x): out += x ? "true" : "false"
                case .int(let x): out += String(x)
                case .long(let x): out += String(x)
                case .double(let x):
                    if x.isFinite {
                        out += JavaNumberFormat.doubleToString(x)
                    } else {
                        out += "\"" + JavaNumberFormat.doubleToString(x) + "\""
                    }
                case .string(let s): out += quote(s)
                case .dateTime(let t): out += quote(dateTime(t))
                case .country(let c): out += quote(c.alpha2)
                case .array(let items):
                    out += "["
                    stack.append(.array(items, 0))
                case .object(let obj):
                    out += "{"
                    var entries = obj.entries
                    if sortedKeys {
                        entries.sort { $0.key.utf16.lexicographicallyPrecedes($1.key.utf16) }
                    }
                    stack.append(.object(entries, 0))
                }
            }
            guard let top = stack.popLast() else { return out }
            switch top {
            case .array(let items, let index):
                if index < items.count {
                    if index > 0 { out += "," }
                    stack.append(.array(items, index + 1))
                    pending = items[index]
                } else {
                    out += "]"
                }
            case .object(let entries, let index):
                if index < entries.count {
                    if index > 0 { out += "," }
                    out += quote(entries[index].key)
                    out += ":"
                    stack.append(.object(entries, index + 1))
                    pending = entries[index].value
                } else {
                    out += "}"
                }
            }
        }
    }

    /// A JSON string literal for `s`: `"` and `\` are escaped, control characters U+0000–U+001F
    /// become `\b \f \n \r \t` or `\u00XX`; everything else (including non-ASCII) is left as is.
    public static func quote(_ s: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count + 2)
        out.append(0x22)
        let hex = Array("0123456789abcdef".utf8)
        for c in s.utf8 {
            switch c {
            case 0x22: out.append(0x5C); out.append(0x22)
            case 0x5C: out.append(0x5C); out.append(0x5C)
            case 0x08: out.append(0x5C); out.append(UInt8(ascii: "b"))
            case 0x0C: out.append(0x5C); out.append(UInt8(ascii: "f"))
            case 0x0A: out.append(0x5C); out.append(UInt8(ascii: "n"))
            case 0x0D: out.append(0x5C); out.append(UInt8(ascii: "r"))
            case 0x09: out.append(0x5C); out.append(UInt8(ascii: "t"))
            case 0..<0x20:
                out.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30])
                out.append(hex[Int(c >> 4)])
                out.append(hex[Int(c & 0xF)])
            default:
                out.append(c)
            }
        }
        out.append(0x22)
        return String(decoding: out, as: UTF8.self)
    }

    /// The default `dateTime` rendering: the instant in UTC as Okta's Identity Engine reference
    /// prints results, `2024-01-02T03:04:05.000Z`: always `.SSS`, or `.SSSSSS` / `.SSSSSSSSS`
    /// when there are finer digits, and a `+` before years above 9999. The zone is not shown
    /// (``ValueOutput/json(_:sortedKeys:)`` shows it).
    public static func defaultDateTime(_ t: ZonedDateTime) -> String {
        let secs = t.epochSecond
        var days = secs / 86_400
        var rem = secs % 86_400
        if rem < 0 { rem += 86_400; days -= 1 }
        // Howard Hinnant's civil_from_days; |days| <= 1.1e14, no overflow in Int64.
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)

        func pad(_ v: Int64, _ width: Int) -> String {
            let s = String(v)
            return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
        }
        var out = ""
        if y > 9999 {
            out += "+" + String(y)
        } else if y < 0 {
            out += "-" + pad(-y, 4)
        } else {
            out += pad(y, 4)
        }
        out += "-" + pad(m, 2) + "-" + pad(d, 2)
        out += "T" + pad(rem / 3600, 2) + ":" + pad(rem % 3600 / 60, 2) + ":" + pad(rem % 60, 2)
        return out + "." + JavaFormatting.fractionDigits(t.nano) + "Z"
    }
}
