#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Null-safe text helpers with the semantics of Apache Commons Lang `StringUtils`, on UTF-16
/// code units like Java. Shared by the classic `String.*` functions, the deprecated bare
/// functions and the Identity Engine string methods.
enum NullSafeText {
    /// `StringUtils.length`: UTF-16 length, 0 for null.
    static func length(_ s: String?) -> Int32 {
        Int32(clamping: s?.utf16.count ?? 0)
    }

    /// A String from UTF-16 code units (a lone surrogate becomes U+FFFD).
    static func text<C: Collection>(_ units: C) -> String where C.Element == UInt16 {
        String(decoding: units, as: UTF16.self)
    }

    /// The byte range of the first occurrence of `needle` in `haystack` at or after byte
    /// `from`, searching UTF-8 bytes (for valid strings the first occurrence is the same as
    /// in UTF-16, and the match starts and ends on character boundaries). Short needles use a
    /// direct scan (at most 16 × length steps); long ones Knuth–Morris–Pratt (linear).
    static func firstByteRange(of needle: String, in haystack: String, from: Int = 0) -> Range<Int>? {
        withBytes(haystack) { h in withBytes(needle) { n in search(n, in: h, from: from) } }
    }

    /// `body` over the UTF-8 bytes of `text`: lent in place by native and small strings,
    /// from a contiguous copy for any other.
    @inline(__always) private static func withBytes<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = text
        copy.makeContiguousUTF8()
        return copy.utf8.withContiguousStorageIfAvailable(body) ?? Array(copy.utf8).withUnsafeBufferPointer(body)
    }

    private static func search(_ needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>, from: Int) -> Range<Int>? {
        let start = max(0, from)
        if needle.isEmpty { return start <= haystack.count ? start..<start : nil }
        guard haystack.count >= needle.count, start <= haystack.count - needle.count else { return nil }
        if needle.count <= 16, let base = haystack.baseAddress {
            // Candidates by `memchr` on the first byte (vectorised in the C library), then
            // the rest compared in place.
            let first = Int32(needle[0])
            var i = start
            let last = haystack.count - needle.count
            while i <= last {
                guard let hit = memchr(base + i, first, last &- i &+ 1) else { return nil }
                i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                var k = 1
                while k < needle.count, haystack[i + k] == needle[k] { k += 1 }
                if k == needle.count { return i..<(i + needle.count) }
                i += 1
            }
            return nil
        }
        var failure = [Int](repeating: 0, count: needle.count)
        var k = 0
        for i in 1..<needle.count {
            while k > 0, needle[i] != needle[k] { k = failure[k - 1] }
            if needle[i] == needle[k] { k += 1 }
            failure[i] = k
        }
        var matched = 0
        for j in start..<haystack.count {
            while matched > 0, haystack[j] != needle[matched] { matched = failure[matched - 1] }
            if haystack[j] == needle[matched] { matched += 1 }
            if matched == needle.count { return (j - needle.count + 1)..<(j + 1) }
        }
        return nil
    }

    /// Whether every byte of `s` is ASCII (so UTF-16 positions are byte positions).
    static func isASCII(_ s: String) -> Bool {
        // A small ASCII string says so in its flags.
        if SmallASCII.isAvailable, SmallASCII.bytes(of: s) != nil { return true }
        if let result = s.utf8.withContiguousStorageIfAvailable({ bytes -> Bool in
            for byte in bytes where byte >= 0x80 { return false }
            return true
        }) {
            return result
        }
        return s.utf8.allSatisfy { $0 < 0x80 }
    }

    /// The text of bytes `range` of `s` (a range on character boundaries).
    static func slice(_ s: String, _ range: Range<Int>) -> String {
        if let text = s.utf8.withContiguousStorageIfAvailable({ bytes -> String? in
            guard range.lowerBound >= 0, range.upperBound <= bytes.count else { return nil }
            return SmallASCII.decode(UnsafeBufferPointer(rebasing: bytes[range]))
        }), let text {
            return text
        }
        let utf8 = s.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let upper = utf8.index(lower, offsetBy: range.count)
        return String(s[lower..<upper])
    }

    /// `StringUtils.contains`: false when either is null.
    static func contains(_ s: String?, _ search: String?) -> Bool {
        guard let s, let search else { return false }
        return firstByteRange(of: search, in: s) != nil
    }

    /// `StringUtils.startsWith`: two nulls are equal; one null is false.
    static func startsWith(_ s: String?, _ prefix: String?) -> Bool {
        guard let s, let prefix else { return s == nil && prefix == nil }
        return bytesMatch(prefix, in: s, atEnd: false)
    }

    /// `StringUtils.endsWith`: null-safe, case-sensitive.
    static func endsWith(_ s: String?, _ suffix: String?) -> Bool {
        guard let s, let suffix else { return s == nil && suffix == nil }
        return bytesMatch(suffix, in: s, atEnd: true)
    }

    /// Whether `part`'s bytes begin (or end, `atEnd`) `text`'s, compared with `memcmp`.
    private static func bytesMatch(_ part: String, in text: String, atEnd: Bool) -> Bool {
        withBytes(text) { whole in
            withBytes(part) { piece -> Bool in
                guard piece.count <= whole.count else { return false }
                guard let wholeBase = whole.baseAddress, let pieceBase = piece.baseAddress else { return true }
                return memcmp(wholeBase + (atEnd ? whole.count - piece.count : 0), pieceBase, piece.count) == 0
            }
        }
    }

    /// `StringUtils.substringBefore`: null for a null `s`, all of `s` for a null separator. The
    /// null cases are decided inline, so two strings go straight to the search.
    @inline(__always) static func substringBefore(_ s: String?, _ separator: String?) -> String? {
        guard let s else { return nil }
        guard let separator else { return s }
        return substringBefore(s, separator)
    }

    /// `StringUtils.substringAfter`: null for a null `s`; "" for a null separator unless `s` is
    /// empty. The null cases are decided inline, so two strings go straight to the search.
    @inline(__always) static func substringAfter(_ s: String?, _ separator: String?) -> String? {
        guard let s else { return nil }
        guard let separator else { return s.isEmpty ? s : "" }
        return substringAfter(s, separator)
    }

    /// `StringUtils.substringBefore` of two strings.
    private static func substringBefore(_ s: String, _ separator: String) -> String {
        if s.isEmpty { return s }
        if separator.isEmpty { return "" }
        guard let range = firstByteRange(of: separator, in: s) else { return s }
        return slice(s, 0..<range.lowerBound)
    }

    /// `StringUtils.substringAfter` of two strings.
    private static func substringAfter(_ s: String, _ separator: String) -> String {
        if s.isEmpty { return s }
        guard let range = firstByteRange(of: separator, in: s) else { return "" }
        return slice(s, range.upperBound..<s.utf8.count)
    }

    /// `StringUtils.substring(str, start)` / `StringUtils.substring(str, start, end)`.
    static func substring(_ s: String?, _ start: Int, _ end: Int? = nil) -> String? {
        guard let s else { return nil }
        if isASCII(s) {
            // One UTF-16 unit per byte: slice the bytes, no conversion.
            guard let range = substringRange(length: s.utf8.count, start, end) else { return "" }
            return slice(s, range)
        }
        let units = Array(s.utf16)
        guard let range = substringRange(length: units.count, start, end) else { return "" }
        return text(units[range])
    }

    /// `StringUtils.substring`'s positions in a text of `length` units: negative ones count
    /// from the end, both are clamped; nil when start passes end (the result is "").
    private static func substringRange(length: Int, _ start: Int, _ end: Int?) -> Range<Int>? {
        var from = start < 0 ? length + start : start
        var to = end.map { $0 < 0 ? length + $0 : $0 } ?? length
        if to > length { to = length }
        if from > to { return nil }
        if from < 0 { from = 0 }
        if to < 0 { to = 0 }
        return from..<to
    }

    /// `replace` of one byte by one byte (`" "` by `"."`): the text copied once and the bytes
    /// swapped in place, from `first` (the first match) on. A one-byte string is ASCII, and
    /// ASCII bytes never occur inside a multi-byte UTF-8 sequence, so the result is valid.
    private static func replacingByte(_ text: UnsafeBufferPointer<UInt8>, from first: Int, _ byte: UInt8, with substitute: UInt8,
                                      all: Bool) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, text.count)) { out -> String in
            _ = out.initialize(from: text)
            out[first] = substitute
            if all {
                var position = first &+ 1
                while position < text.count {
                    if out[position] == byte { out[position] = substitute }
                    position &+= 1
                }
            }
            return SmallASCII.decode(UnsafeBufferPointer(rebasing: out[0..<text.count]))
        }
    }

    /// `StringUtils.replace` (all) / `StringUtils.replaceOnce` (first): literal text.
    /// Throws `stringTooLong` before building a result longer than `maxBytes`.
    static func replace(_ s: String?, _ match: String?, _ replacement: String?, all: Bool, maxBytes: Int) throws(ValueError) -> String? {
        guard let s, let match, let replacement, !s.isEmpty, !match.isEmpty else { return s }
        // The result is written once: into room of the input's size when the replacement is
        // not longer than the match (one pass), else of the size the matches need (counted
        // first); made into a String at the end (in place when short ASCII).
        var tooLong = false
        let result = withBytes(s) { text in
            withBytes(match) { pattern in
                withBytes(replacement) { substitute -> String? in
                    guard let first = search(pattern, in: text, from: 0) else { return nil }
                    if pattern.count == 1, substitute.count == 1 {
                        return replacingByte(text, from: first.lowerBound, pattern[0], with: substitute[0], all: all)
                    }
                    var size = text.count
                    if substitute.count > pattern.count {
                        var matches = 0
                        var position = 0
                        while let found = search(pattern, in: text, from: position) {
                            matches &+= 1
                            position = found.upperBound
                            if !all { break }
                        }
                        // Checked before anything is allocated: a short text and a long replacement
                        // can ask for far more memory than the result may have.
                        let (growth, overflow) = matches.multipliedReportingOverflow(by: substitute.count &- pattern.count)
                        guard !overflow, growth <= maxBytes &- text.count else {
                            tooLong = true
                            return nil
                        }
                        size = text.count &+ growth
                    }
                    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, size)) { out -> String in
                        var written = 0
                        func copy(_ bytes: UnsafeBufferPointer<UInt8>) {
                            let count = min(bytes.count, out.count &- written)
                            if count > 0, let source = bytes.baseAddress, let target = out.baseAddress {
                                (target + written).update(from: source, count: count)
                            }
                            written &+= max(0, count)
                        }
                        var position = 0
                        var next: Range<Int>? = first
                        while let found = next {
                            copy(UnsafeBufferPointer(rebasing: text[position..<found.lowerBound]))
                            copy(substitute)
                            position = found.upperBound
                            next = all ? search(pattern, in: text, from: position) : nil
                        }
                        copy(UnsafeBufferPointer(rebasing: text[position...]))
                        return SmallASCII.decode(UnsafeBufferPointer(rebasing: out[0..<written]))
                    }
                }
            }
        }
        if tooLong { throw ValueError(.stringTooLong, "The string result is longer than the limit of \(maxBytes) bytes") }
        return result ?? s
    }

    /// Removes U+0020 spaces; null for null.
    static func removeSpaces(_ s: String?) -> String? {
        guard let s else { return nil }
        // Dropping an ASCII byte keeps the rest valid UTF-8: the kept bytes are gathered on
        // the stack and made into a String once (in place when short ASCII).
        let removed = withBytes(s) { bytes -> String? in
            guard let base = bytes.baseAddress, memchr(base, 0x20, bytes.count) != nil else { return nil }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { out -> String in
                var written = 0
                for byte in bytes where byte != 0x20 {
                    out[written] = byte
                    written &+= 1
                }
                return SmallASCII.decode(UnsafeBufferPointer(rebasing: out[0..<written]))
            }
        }
        return removed ?? s   // nil: no space
    }

    /// The error for a string result over the limit.
    static func tooLong(_ call: Call) -> ValueError { tooLong(call.limits) }

    static func tooLong(_ limits: EvaluationLimits) -> ValueError {
        ValueError(.stringTooLong, "The string result is longer than the limit of \(limits.maxStringBytes) bytes")
    }

    /// A String? as a value.
    @inline(__always) static func value(_ s: String?) -> Value {
        s.map(Value.string) ?? .null
    }

    /// A String? as a value, checked against the string limit.
    static func result(_ s: String?, _ call: Call) throws(ValueError) -> Value {
        try result(s, call.limits)
    }

    /// A String? as a value, checked against `limits`.
    static func result(_ s: String?, _ limits: EvaluationLimits) throws(ValueError) -> Value {
        guard let s else { return .null }
        return try Call.result(s, limits)
    }

    /// Argument `index` as a Java int index; null is an error (Java cannot pass null as an `int`).
    static func index(_ call: Call, _ index: Int, _ what: String) throws(ValueError) -> Int {
        try self.index(call[index], what)
    }

    /// A value as a Java int index; null is an error (Java cannot pass null as an `int`).
    static func index(_ argument: Value, _ what: String) throws(ValueError) -> Int {
        guard let value = try Call.int(argument, what) else {
            throw ValueError(.invalidArgument, "The \(what) is null", hint: "guard the value: x != null ? ... : ...")
        }
        return Int(value)
    }
}
