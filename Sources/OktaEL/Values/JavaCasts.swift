/// Java's primitive narrowing casts, which never trap.
enum JavaCast {
    /// `(long) d`: NaN → 0, saturating at the Int64 bounds, truncation toward zero.
    static func toLong(_ d: Double) -> Int64 {
        if d.isNaN { return 0 }
        if d >= 9.223372036854775807e18 { return .max }
        if d <= -9.223372036854775808e18 { return .min }
        return Int64(d)
    }

    /// `(int) d`: NaN → 0, saturating at the Int32 bounds, truncation toward zero.
    static func toInt(_ d: Double) -> Int32 {
        if d.isNaN { return 0 }
        if d >= 2147483647.0 { return .max }
        if d <= -2147483648.0 { return .min }
        return Int32(d)
    }

    /// `(int) l`: keeps the low 32 bits.
    static func toInt(_ l: Int64) -> Int32 { Int32(truncatingIfNeeded: l) }
}
