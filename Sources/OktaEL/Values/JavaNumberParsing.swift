/// Text-to-number conversions with the exact acceptance rules of the Java methods Okta's
/// functions call (`Integer.parseInt`, `Long.parseLong`, `Double.parseDouble`,
/// `new BigDecimal(String)`), plus `Math.round` (narrowed by ``JavaCast``, the one home of
/// Java's `(int)` and `(long)` casts).
///
/// Every function returns `nil` where Java throws `NumberFormatException`; none can trap.
enum JavaNumberParsing {
    /// The common case of both parsers: an optional sign and 1 to 15 ASCII digits, nothing
    /// else (no spaces, point, exponent or suffix). Such a number is exact in a double, so
    /// this is what either full parser returns for it (`"-0"` is -0.0, as in Java); nil for
    /// anything else, which the full parsers then handle.
    static func plainInteger(_ s: String) -> Double? {
        let parsed = s.utf8.withContiguousStorageIfAvailable { bytes -> Double? in
            var index = 0
            var negative = false
            if let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
                negative = first == UInt8(ascii: "-")
                index = 1
            }
            let digits = bytes.count &- index
            guard digits >= 1, digits <= 15 else { return nil }
            var magnitude: Int64 = 0
            while index < bytes.count {
                let digit = bytes[index] &- UInt8(ascii: "0")
                guard digit < 10 else { return nil }
                magnitude = magnitude &* 10 &+ Int64(digit)
                index &+= 1
            }
            let value = Double(magnitude)
            return negative ? -value : value
        }
        return parsed ?? nil
    }

    // MARK: - Integers

    /// `Integer.parseInt(s, radix)`: an optional `+`/`-` then at least one digit of `radix`
    /// (2...36; anything else returns `nil`). No whitespace, no underscores, no `0x` prefix.
    /// Like Java's `Character.digit`, Unicode decimal digits (`"١٢٣"`) and full-width Latin
    /// letters are accepted as digits. Out-of-range values return `nil`.
    static func parseInt(_ s: String, radix: Int = 10) -> Int32? {
        guard let v = parseInteger(s, radix: radix, min: Int64(Int32.min), max: Int64(Int32.max)) else { return nil }
        return Int32(exactly: v)
    }

    /// `Long.parseLong(s, radix)`: same grammar as ``parseInt(_:radix:)``, 64-bit range.
    static func parseLong(_ s: String, radix: Int = 10) -> Int64? {
        parseInteger(s, radix: radix, min: Int64.min, max: Int64.max)
    }

    /// The value of `Character.digit(c, radix)` for one scalar, or `nil`.
    static func javaDigit(_ c: Unicode.Scalar, radix: Int) -> Int? {
        let v = c.value
        var d: Int
        switch v {
        case 0x30...0x39: d = Int(v - 0x30)
        case 0x41...0x5A: d = Int(v - 0x41) + 10
        case 0x61...0x7A: d = Int(v - 0x61) + 10
        case 0xFF21...0xFF3A: d = Int(v - 0xFF21) + 10
        case 0xFF41...0xFF5A: d = Int(v - 0xFF41) + 10
        default:
            guard v >= 0x80, c.properties.numericType == .decimal,
                  let n = c.properties.numericValue, n >= 0, n <= 9 else { return nil }
            d = Int(n)
        }
        return d < radix ? d : nil
    }

    private static func parseInteger(_ s: String, radix: Int, min: Int64, max: Int64) -> Int64? {
        guard radix >= 2, radix <= 36 else { return nil }
        var scalars = s.unicodeScalars[...]
        var negative = false
        if let first = scalars.first, first == "-" || first == "+" {
            negative = first == "-"
            scalars = scalars.dropFirst()
        }
        guard !scalars.isEmpty else { return nil }
        // Accumulate negatively so that Int64.min is representable.
        var acc: Int64 = 0
        let limit = negative ? min : -max
        let r = Int64(radix)
        for c in scalars {
            guard let d = javaDigit(c, radix: radix) else { return nil }
            let (m, o1) = acc.multipliedReportingOverflow(by: r)
            if o1 { return nil }
            let (n, o2) = m.subtractingReportingOverflow(Int64(d))
            if o2 || n < limit { return nil }
            acc = n
        }
        if negative { return acc }
        let (p, o) = Int64(0).subtractingReportingOverflow(acc)
        return o ? nil : p
    }

    // MARK: - Floating point

    /// `Double.parseDouble(s)`.
    ///
    /// Leading and trailing characters `<= U+0020` are trimmed (Java's `String.trim`). Then:
    /// optional sign, and one of `NaN`, `Infinity`, a decimal literal (`1`, `1.`, `.5`,
    /// `1.5e-3`, at least one digit in the significand) or a hexadecimal literal
    /// (`0x1p3`, `0X1.8P-1`, binary exponent required). Decimal and hex literals may end with
    /// one of `f F d D` (the value is still parsed as a double). Everything else — `""`,
    /// `"1.5.5"`, `"abc"`, `"1e"`, `"inf"`, `"0x10"` — returns `nil`. Results are
    /// correctly rounded; huge exponents give ±Infinity or ±0.0 like Java.
    static func parseDouble(_ s: String) -> Double? {
        if let plain = plainInteger(s) { return plain }
        var b = Array(s.utf8)[...]
        while let f = b.first, f <= 0x20 { b = b.dropFirst() }
        while let l = b.last, l <= 0x20 { b = b.dropLast() }
        guard !b.isEmpty else { return nil }
        var negative = false
        if let f = b.first, f == UInt8(ascii: "+") || f == UInt8(ascii: "-") {
            negative = f == UInt8(ascii: "-")
            b = b.dropFirst()
        }
        if b.elementsEqual("NaN".utf8) { return .nan }
        if b.elementsEqual("Infinity".utf8) { return negative ? -.infinity : .infinity }
        if let l = b.last, l == UInt8(ascii: "f") || l == UInt8(ascii: "F") || l == UInt8(ascii: "d") || l == UInt8(ascii: "D") {
            b = b.dropLast()
        }
        let text: String
        if b.count >= 2, b[b.startIndex] == UInt8(ascii: "0"),
           b[b.startIndex + 1] == UInt8(ascii: "x") || b[b.startIndex + 1] == UInt8(ascii: "X") {
            guard isHexFloat(b.dropFirst(2)) else { return nil }
            text = String(decoding: b, as: UTF8.self)
        } else {
            guard isDecimalFloat(b, requireNoSuffix: true) else { return nil }
            text = String(decoding: b, as: UTF8.self)
        }
        guard let v = Double(text) else { return nil }
        return negative ? -v : v
    }

    /// `new BigDecimal(s).doubleValue()`, or `nil` where the constructor throws.
    ///
    /// Grammar: optional `+`/`-`; significand `digits`, `digits.`, `digits.digits` or `.digits`;
    /// optional exponent `e`/`E`, optional sign, digits (must fit a 32-bit int, as must the
    /// resulting scale). No whitespace; `-0` gives `0.0` (BigDecimal has no negative zero), no `NaN`/`Infinity`, no type suffix. Like Java, Unicode
    /// decimal digits are accepted. The result is the correctly rounded double (±Infinity when
    /// the magnitude exceeds `Double.MAX_VALUE`, as `BigDecimal.doubleValue` does).
    static func parseBigDecimalAsDouble(_ s: String) -> Double? {
        if let plain = plainInteger(s) { return plain == 0 ? 0 : plain }  // BigDecimal has no -0

        var ascii: [UInt8] = []
        ascii.reserveCapacity(s.utf8.count)
        for c in s.unicodeScalars {
            if c.isASCII {
                ascii.append(UInt8(c.value))
            } else if let d = javaDigit(c, radix: 10), c.properties.numericType == .decimal {
                ascii.append(UInt8(0x30 + d))
            } else {
                return nil
            }
        }
        var b = ascii[...]
        var negative = false
        if let f = b.first, f == UInt8(ascii: "+") || f == UInt8(ascii: "-") {
            negative = f == UInt8(ascii: "-")
            b = b.dropFirst()
        }
        guard isDecimalFloat(b, requireNoSuffix: true) else { return nil }
        // Check exponent and scale against Java's int range.
        var fractionDigits: Int64 = 0
        var i = b.startIndex
        var seenPoint = false
        while i < b.endIndex, b[i] != UInt8(ascii: "e"), b[i] != UInt8(ascii: "E") {
            if b[i] == UInt8(ascii: ".") { seenPoint = true } else if seenPoint { fractionDigits += 1 }
            i += 1
        }
        if i < b.endIndex {
            var j = i + 1
            var expNegative = false
            if j < b.endIndex, b[j] == UInt8(ascii: "-") || b[j] == UInt8(ascii: "+") {
                expNegative = b[j] == UInt8(ascii: "-")
                j += 1
            }
            var exp: Int64 = 0
            while j < b.endIndex {
                exp = exp * 10 + Int64(b[j] - 0x30)
                if exp > Int64(Int32.max) + 1 { return nil }
                j += 1
            }
            if expNegative { exp = -exp }
            guard exp >= Int64(Int32.min), exp <= Int64(Int32.max) else { return nil }
            let scale = fractionDigits - exp
            guard scale >= Int64(Int32.min), scale <= Int64(Int32.max) else { return nil }
        } else {
            guard fractionDigits <= Int64(Int32.max) else { return nil }
        }
        guard let v = Double(String(decoding: b, as: UTF8.self)) else { return nil }
        // BigDecimal has no negative zero: "-0.0" is 0.0.
        if v == 0 { return 0.0 }
        return negative ? -v : v
    }

    /// Unsigned hex float body after `0x`: hexdigits [. hexdigits] p [+-] digits, at least
    /// one hex digit.
    private static func isHexFloat(_ b: ArraySlice<UInt8>) -> Bool {
        var i = b.startIndex
        var mantDigits = 0
        func isHex(_ c: UInt8) -> Bool {
            (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66)
        }
        while i < b.endIndex, isHex(b[i]) { i += 1; mantDigits += 1 }
        if i < b.endIndex, b[i] == UInt8(ascii: ".") {
            i += 1
            while i < b.endIndex, isHex(b[i]) { i += 1; mantDigits += 1 }
        }
        guard mantDigits > 0, i < b.endIndex, b[i] == UInt8(ascii: "p") || b[i] == UInt8(ascii: "P") else { return false }
        i += 1
        if i < b.endIndex, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") { i += 1 }
        var expDigits = 0
        while i < b.endIndex, b[i] >= 0x30, b[i] <= 0x39 { i += 1; expDigits += 1 }
        return expDigits > 0 && i == b.endIndex
    }

    /// Unsigned decimal: digits [. digits] [eE [+-] digits], at least one significand digit.
    private static func isDecimalFloat(_ b: ArraySlice<UInt8>, requireNoSuffix: Bool) -> Bool {
        var i = b.startIndex
        var mantDigits = 0
        while i < b.endIndex, b[i] >= 0x30, b[i] <= 0x39 { i += 1; mantDigits += 1 }
        if i < b.endIndex, b[i] == UInt8(ascii: ".") {
            i += 1
            while i < b.endIndex, b[i] >= 0x30, b[i] <= 0x39 { i += 1; mantDigits += 1 }
        }
        guard mantDigits > 0 else { return false }
        if i < b.endIndex, b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E") {
            i += 1
            if i < b.endIndex, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") { i += 1 }
            var expDigits = 0
            while i < b.endIndex, b[i] >= 0x30, b[i] <= 0x39 { i += 1; expDigits += 1 }
            guard expDigits > 0 else { return false }
        }
        return i == b.endIndex
    }

    // MARK: - Rounding

    /// `Math.round(double)` (Java 7+): the closest `long`, ties toward positive infinity,
    /// computed exactly (`Math.round(0.49999999999999994) == 0`, `Math.round(-2.5) == -2`).
    /// `NaN` → 0; values beyond the `long` range saturate to `Long.MIN_VALUE`/`MAX_VALUE`.
    static func javaMathRound(_ d: Double) -> Int64 {
        let f = d.rounded(.down)
        // d - f is exact (both are in the same binade or f is 0/-1-adjacent).
        let r = (d - f) >= 0.5 ? f + 1 : f
        return JavaCast.toLong(r)
    }

    /// `(int) Math.round(d)`: ``javaMathRound(_:)`` then Java's `long`→`int` narrowing,
    /// which keeps the low 32 bits (`(int) 2147483648L == -2147483648`).
    static func javaRoundToInt(_ d: Double) -> Int32 {
        JavaCast.toInt(javaMathRound(d))
    }
}
