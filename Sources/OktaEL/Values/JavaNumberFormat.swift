/// Number-to-text conversions with Java's exact output format.
///
/// `doubleToString` follows the `java.lang.Double.toString(double)` specification of JDK 19+
/// (the shortest decimal that uniquely identifies the value, closest to it among equally short
/// ones — JDK-4511638, fixed in JDK 19), laid out the Java way. JDK 17, which Okta runs on,
/// sometimes prints a longer string for the same double (`2.0E23` → JDK 17
/// `1.9999999999999998E23`, `1.0E23` → `9.999999999999999E22`, some integers between 2^53
/// and 2^63 and some subnormals get a 17th/extra digit). Where JDK 17 is not shortest we
/// deliberately print the shortest form; a comparison against JDK 17 on 860,000 values found
/// no other kind of difference. The known differences are recorded in `JavaNumberTests.swift`.
enum JavaNumberFormat {
    /// `java.lang.Double.toString(d)`.
    ///
    /// * `NaN`, `Infinity`, `-Infinity`, `0.0`, `-0.0`.
    /// * For `1.0E-3 <= |d| < 1.0E7`: plain decimal with at least one fractional digit
    ///   (`100.0`, `0.001`, `9999999.0`, `123456.789`).
    /// * Otherwise computerized scientific notation: one integer digit, at least one
    ///   fractional digit, `E`, and a signed-only-when-negative exponent
    ///   (`1.0E7`, `1.0E-4`, `1.23456789123E8`, `4.9E-324`, `1.7976931348623157E308`).
    ///
    /// Digits are the shortest that round-trip; when a single digit suffices, Java (JDK 19+
    /// spec, and JDK 17 in practice) picks the two-digit decimal closest to the value if it is
    /// closer, which only matters for tiny subnormals (`Double.leastNonzeroMagnitude` →
    /// `4.9E-324`, not `5.0E-324`).
    static func doubleToString(_ d: Double) -> String {
        if d.isNaN { return "NaN" }
        if d.isInfinite { return d < 0 ? "-Infinity" : "Infinity" }
        let negative = d.sign == .minus
        if d == 0 { return negative ? "-0.0" : "0.0" }
        var (digits, pointPos) = shortestDigits(d.magnitude)
        if digits.count == 1, d.magnitude.isSubnormal {
            (digits, pointPos) = javaTwoDigitAdjust(d.magnitude, digits: digits, pointPos: pointPos)
        }
        var out = negative ? "-" : ""
        let mag = d.magnitude
        if mag >= 1.0e-3 && mag < 1.0e7 {
            if pointPos <= 0 {
                out += "0."
                out += String(repeating: "0", count: -pointPos)
                out += String(decoding: digits, as: UTF8.self)
            } else if pointPos >= digits.count {
                out += String(decoding: digits, as: UTF8.self)
                out += String(repeating: "0", count: pointPos - digits.count)
                out += ".0"
            } else {
                out += String(decoding: digits[0..<pointPos], as: UTF8.self)
                out += "."
                out += String(decoding: digits[pointPos...], as: UTF8.self)
            }
        } else {
            out += String(decoding: digits[0..<1], as: UTF8.self)
            out += "."
            if digits.count > 1 {
                out += String(decoding: digits[1...], as: UTF8.self)
            } else {
                out += "0"
            }
            out += "E"
            out += String(pointPos - 1)
        }
        return out
    }

    /// The shortest round-trip significant digits of a finite, positive `d` (ASCII bytes, no
    /// leading or trailing zeros) and the decimal point position: value = 0.DIGITS × 10^pointPos.
    static func shortestDigits(_ d: Double) -> (digits: [UInt8], pointPos: Int) {
        // Swift's description prints the shortest round-trip digits, either as "123.45"
        // or as "1.2345e+67" / "5e-324".
        let text = Array(d.description.utf8)
        var mantissa = text[...]
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }) {
            mantissa = text[..<e]
            var expNegative = false
            var i = e + 1
            if i < text.count, text[i] == UInt8(ascii: "-") || text[i] == UInt8(ascii: "+") {
                expNegative = text[i] == UInt8(ascii: "-")
                i += 1
            }
            while i < text.count, text[i] >= 0x30, text[i] <= 0x39, exponent < 100_000 {
                exponent = exponent * 10 + Int(text[i] - 0x30)
                i += 1
            }
            if expNegative { exponent = -exponent }
        }
        var digits: [UInt8] = []
        digits.reserveCapacity(mantissa.count)
        var intCount = 0
        var seenPoint = false
        for b in mantissa {
            if b == UInt8(ascii: ".") {
                seenPoint = true
            } else if b >= 0x30, b <= 0x39 {
                digits.append(b)
                if !seenPoint { intCount += 1 }
            }
        }
        var pointPos = intCount + exponent
        var start = 0
        while start < digits.count, digits[start] == UInt8(ascii: "0") {
            start += 1
            pointPos -= 1
        }
        var end = digits.count
        while end > start, digits[end - 1] == UInt8(ascii: "0") { end -= 1 }
        if start >= end { return ([UInt8(ascii: "0")], 1) }
        return (Array(digits[start..<end]), pointPos)
    }

    /// Java's rule for a one-digit shortest result: among decimals of length 1 or 2 that round
    /// to the value, take the closest. Only subnormals can have a strictly closer two-digit
    /// decimal. For a subnormal, `d = k × 2^-1074` with `k` = its bit pattern.
    private static func javaTwoDigitAdjust(_ d: Double, digits: [UInt8], pointPos: Int) -> ([UInt8], Int) {
        let k = Double(d.bitPattern)  // exact: subnormal bit patterns are < 2^52
        // d / 10^(pointPos - 2) = k × 2^-1074 × 10^(2 - pointPos); 2^-1074 = 4.94065645841246544e-324.
        let j = pointPos + 322  // scaled = k × 4.94065645841246544 / 10^j
        guard j >= -22, j <= 22 else { return (digits, pointPos) }
        var p10 = 1.0
        for _ in 0..<abs(j) { p10 *= 10 }
        let scaled = j >= 0 ? k * 4.940656458412465441765687928682213723651 / p10
                            : k * 4.940656458412465441765687928682213723651 * p10
        let c = scaled.rounded(.toNearestOrEven)
        guard c >= 10, c <= 99 else { return (digits, pointPos) }
        let ci = Int(c)
        if ci % 10 == 0 { return (digits, pointPos) }
        // Must still round to d (it is closer than the one-digit decimal, so it does).
        return ([UInt8(0x30 + ci / 10), UInt8(0x30 + ci % 10)], pointPos)
    }
}
