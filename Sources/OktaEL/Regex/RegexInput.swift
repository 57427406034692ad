// Input view (Unicode scalars) and zero-width assertion semantics shared by both matchers.

struct RegexInput {
    let scalars: [UInt32]
    /// hasBase[i]: for `\b`, scalar i is a letter/digit or a non-spacing mark attached to one.
    let hasBase: [Bool]

    init(_ text: String, needsWordBoundary: Bool) {
        var s: [UInt32] = []
        s.reserveCapacity(text.utf8.count)
        for u in text.unicodeScalars { s.append(u.value) }
        scalars = s
        if needsWordBoundary {
            var b = [Bool](repeating: false, count: s.count)
            var i = 0
            while i < s.count {
                let c = s[i]
                if CharProperty.isJavaLetterOrDigit(c) {
                    b[i] = true
                } else if CharProperty.isNonSpacingMark(c) {
                    b[i] = i > 0 ? b[i - 1] : false
                }
                i += 1
            }
            hasBase = b
        } else {
            hasBase = []
        }
    }

    var count: Int { scalars.count }

    @inline(__always)
    static func isLineTerminator(_ c: UInt32) -> Bool {
        c == 0x0A || c == 0x0D || c == 0x85 || c == 0x2028 || c == 0x2029
    }

    @inline(__always)
    func dotMatches(_ c: UInt32, unixLines: Bool) -> Bool {
        unixLines ? c != 0x0A : !RegexInput.isLineTerminator(c)
    }

    private func isWord(at i: Int, unicodeWord: Bool) -> Bool {
        let c = scalars[i]
        if unicodeWord { return CharProperty.unicodeWord.contains(c) }
        if c == 0x5F || CharProperty.isJavaLetterOrDigit(c) { return true }
        if CharProperty.isNonSpacingMark(c), i < hasBase.count { return hasBase[i] }
        return false
    }

    /// Evaluates a zero-width assertion at position `i` (0...count), following java.util.regex.
    func check(_ anchor: RegexAnchor, at i: Int) -> Bool {
        let n = scalars.count
        switch anchor {
        case .begin:
            return i == 0
        case .end:
            return i == n
        case .lineStart(let unixLines):
            if i == n { return false } // Perl/Java: ^ never matches at end of input in MULTILINE
            if i > 0 {
                let ch = scalars[i - 1]
                if unixLines { return ch == 0x0A }
                if !RegexInput.isLineTerminator(ch) { return false }
                if ch == 0x0D && scalars[i] == 0x0A { return false }
            }
            return true
        case .dollar(let multiline, let unixLines):
            if unixLines {
                if i < n {
                    if scalars[i] == 0x0A {
                        if !multiline && i != n - 1 { return false }
                        return true
                    }
                    return false
                }
                return true
            }
            if !multiline {
                if i < n - 2 { return false }
                if i == n - 2 {
                    if scalars[i] != 0x0D || scalars[i + 1] != 0x0A { return false }
                }
            }
            if i < n {
                let ch = scalars[i]
                if ch == 0x0A {
                    if i > 0 && scalars[i - 1] == 0x0D { return false }
                    return true
                } else if ch == 0x0D || ch == 0x85 || ch == 0x2028 || ch == 0x2029 {
                    return true
                }
                return false
            }
            return true
        case .wordBoundary(let negated, let unicodeWord):
            let left = i > 0 && isWord(at: i - 1, unicodeWord: unicodeWord)
            let right = i < n && isWord(at: i, unicodeWord: unicodeWord)
            return (left != right) != negated
        }
    }
}
