/// Java's primitive narrowing casts, which never trap: the one implementation of `(long)` and
/// `(int)` that arithmetic, conversions and `Math.round` (``JavaNumberParsing/javaMathRound(_:)``) use.
enum JavaCast {
    /// `(long) d`: truncation toward zero, `NaN` → 0, saturating at `Long.MIN_VALUE` /
    /// `Long.MAX_VALUE` (including ±Infinity).
    static func toLong(_ d: Double) -> Int64 {
        if d.isNaN { return 0 }
        if d >= 9223372036854775808.0 { return .max }
        if d <= -9223372036854775808.0 { return .min }
        return Int64(d)
    }

    /// `(int) d`: truncation toward zero, `NaN` → 0, saturating at `Integer.MIN_VALUE` /
    /// `Integer.MAX_VALUE` (including ±Infinity).
    static func toInt(_ d: Double) -> Int32 {
        if d.isNaN { return 0 }
        if d >= 2147483647.0 { return .max }
        if d <= -2147483648.0 { return .min }
        return Int32(d)
    }

    /// `(int) l`: keeps the low 32 bits (`(int) 2147483648L == -2147483648`).
    static func toInt(_ l: Int64) -> Int32 { Int32(truncatingIfNeeded: l) }
}
