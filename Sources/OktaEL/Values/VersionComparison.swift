/// Version-string ordering for Okta's `versionGreaterThan` / `versionLessThan` (device OS
/// versions such as `"14.2.1"`, `"9.43"`, `"10.0.19045"`).
///
/// Rule:
/// 1. Both strings are split on `.` (empty segments are allowed and read as `""`).
///    The shorter list is padded with `"0"` segments, so `"14.2" == "14.2.0"` and
///    `"14" == "14.0.0"`.
/// 2. Segments are compared left to right; the first difference decides.
/// 3. Two segments are compared by their *leading ASCII digit runs* first, numerically: the
///    runs are stripped of leading zeros and compared by length, then lexically, so numbers
///    of any size compare correctly without overflow (`"007" == "7"`,
///    `"99999999999999999999" > "9"`). A segment with no leading digits has the numeric value
///    of an empty run, which sorts before every number including `0` (`"beta" < "0"`).
///    As a consequence, a padded `"0"` segment and an explicit `"0"` are equal, while
///    `"14.2" < "14.2.beta"` is false and `"14.2.0" > "14.2.beta"`.
/// 4. If the digit runs are equal, the remainders after them are compared lexically by
///    Unicode scalar values (`"1a" < "1b"`, `"2" < "2rc1"` because `""` < `"rc1"`).
///
/// `compare` returns -1, 0 or 1. It never traps.
enum VersionComparison {
    /// Compares two version strings: -1 if `a < b`, 0 if equal, 1 if `a > b` (rules in the
    /// file header).
    static func compare(_ a: String, _ b: String) -> Int {
        let sa = a.split(separator: ".", omittingEmptySubsequences: false)
        let sb = b.split(separator: ".", omittingEmptySubsequences: false)
        let n = max(sa.count, sb.count)
        for i in 0..<n {
            let x = i < sa.count ? sa[i] : "0"
            let y = i < sb.count ? sb[i] : "0"
            let c = compareSegment(x, y)
            if c != 0 { return c }
        }
        return 0
    }

    /// `compare(a, b) > 0`.
    static func greaterThan(_ a: String, _ b: String) -> Bool { compare(a, b) > 0 }

    /// `compare(a, b) < 0`.
    static func lessThan(_ a: String, _ b: String) -> Bool { compare(a, b) < 0 }

    private static func compareSegment(_ x: Substring, _ y: Substring) -> Int {
        let (dx, rx) = splitDigits(x)
        let (dy, ry) = splitDigits(y)
        // A segment without digits sorts before any numeric segment.
        if dx.isEmpty != dy.isEmpty { return dx.isEmpty ? -1 : 1 }
        let c = compareDigitRuns(dx, dy)
        if c != 0 { return c }
        return compareScalars(rx, ry)
    }

    private static func splitDigits(_ s: Substring) -> (digits: Substring.UnicodeScalarView, rest: Substring.UnicodeScalarView) {
        let u = s.unicodeScalars
        let end = u.firstIndex { !($0.value >= 0x30 && $0.value <= 0x39) } ?? u.endIndex
        return (u[u.startIndex..<end], u[end..<u.endIndex])
    }

    private static func compareDigitRuns(_ a: Substring.UnicodeScalarView, _ b: Substring.UnicodeScalarView) -> Int {
        let ta = a.drop { $0 == "0" }
        let tb = b.drop { $0 == "0" }
        let ca = ta.count, cb = tb.count
        if ca != cb { return ca < cb ? -1 : 1 }
        return compareScalars(ta, tb)
    }

    private static func compareScalars(_ a: Substring.UnicodeScalarView, _ b: Substring.UnicodeScalarView) -> Int {
        var ia = a.makeIterator(), ib = b.makeIterator()
        while true {
            switch (ia.next(), ib.next()) {
            case (nil, nil): return 0
            case (nil, _): return -1
            case (_, nil): return 1
            case let (x?, y?):
                if x.value != y.value { return x.value < y.value ? -1 : 1 }
            }
        }
    }
}
