#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Classic `String.*` functions, and `NullSafeText`, the Commons-Lang-style text helpers that
/// the classic functions, the deprecated bare functions and the Identity Engine string methods
/// share.
///
/// Semantics (grammar/decisions.md, "Strings": Okta's documented edge cases all match Apache Commons Lang
/// `StringUtils`, so the undocumented ones follow it too; every line is pinned by a corpus case
/// in corpus/functions/string.json or string-nulls.json):
/// * Arguments are converted as Spring does (`call.string`): numbers and booleans as Java prints
///   them (`String.len(user.age)` is 2), a list joined with "," (`String.stringContains({"a","b"}, "a")`).
/// * Lengths and indices are UTF-16 code units, like Java (`String.len("😀")` is 2). Substrings
///   that would split a surrogate pair get U+FFFD for the lone half (a Swift String cannot hold it).
/// * Text comparison is by UTF-16 code units, never Unicode canonical equivalence, and is case-sensitive.
/// * `len(null)` → 0 (`StringUtils.length`, documented idiom `String.len(x) == 0`).
/// * String-returning functions give null for a null input (`toUpperCase`, `toLowerCase`,
///   `substring*`, `replace*`, `removeSpaces`, `append`), like `StringUtils.upperCase(null)`;
///   real SpEL gives null for `String.toUpperCase(null)` too.
/// * `append(input, suffix)`: null input → null; null suffix reads as "" (`StringUtils.defaultString`).
/// * `substringBefore`: separator absent → whole input; empty separator → ""; null separator → whole input.
///   `substringAfter`: separator absent → "" (documented by Okta's KB); empty separator → whole input;
///   null separator → "". Both search for the first occurrence (`StringUtils.substringBefore/After`).
/// * `substring(input, start, end)`: `StringUtils.substring`: negative indices count from the end,
///   out-of-range indices clamp, start ≥ end gives "". A null index is an error (OEL6010: Java
///   cannot pass null as an `int`). Real Java `String.substring` would throw; the `StringUtils`
///   rule wins (a decision, grammar/decisions.md).
/// * `replace`/`replaceFirst`: literal, not regex (`StringUtils.replace`/`replaceOnce`); an empty or null
///   match, or a null replacement, leaves the input unchanged.
/// * `startsWith(null, x)` and `stringContains(null, x)` are false; so are `startsWith(x, null)` and
///   `stringContains(x, null)`; `startsWith(null, null)` is true (`StringUtils.startsWith` treats two nulls as equal).
///   An empty prefix / search string is found in every non-null string.
/// * `removeSpaces` removes only U+0020 spaces (the function's name and its only example; tabs and
///   newlines are kept). `StringUtils.deleteWhitespace` would remove all whitespace; we do not guess
///   beyond the name because a mapping that silently drops newlines is harder to notice than one that keeps them.
/// * `join(separator, strings...)`: `StringUtils.join`: null elements and a null separator read as "".
///   When exactly one string argument is given and it is a list, its elements are joined (SpEL
///   converts a single List argument into the `String...` varargs array, as real SpEL does); with several
///   arguments each is converted to a String on its own (a list becomes its CSV text).
///   No strings at all gives "".
/// * `stringSwitch(input, default, key1, value1, ...)`: keys are tried in argument order; the value of
///   the first key that occurs in input as a substring wins, else default. A trailing key without a
///   value is ignored. A null input gives default. A null key never matches; an empty key always
///   matches (it is a substring of everything). A null value or default is returned as null.
enum StringFunctions {
    static let functions: [BuiltinFunction] = [
        BuiltinFunction(
            .namespaced("String"), "append",
            parameters: [.init("str", .string), .init("suffix", .string)], returns: .string,
            summary: "str followed by suffix; null when str is null, a null suffix adds nothing.",
            examples: [FunctionExample(#"String.append("This is", " a test")"#, #""This is a test""#)],
            direct: .binary { a, b, e throws(ValueError) in
                guard let input = a.convertedToString else { return .null }
                return try Call.result(input + (b.convertedToString ?? ""), e.limits)
            }
        ),
        BuiltinFunction(
            .namespaced("String"), "join",
            parameters: [.init("separator", .string), .repeated("strings", .string)], returns: .string,
            summary: "The strings joined with separator; null strings read as \"\"; a single list argument joins its elements.",
            examples: [
                FunctionExample(#"String.join(",", "This", "is", "a", "test")"#, #""This,is,a,test""#),
                FunctionExample(#"String.join("", "This", "is", "a", "test")"#, #""Thisisatest""#),
            ]
        ) { call throws(ValueError) in
            let separator = call.stringOrEmpty(0)
            let joined: String?
            if call.argumentCount == 2, case .array(let items) = call[1] {
                try call.charge(items.count)
                joined = TextJoin.joined(count: items.count, separator: separator, maxBytes: call.limits.maxStringBytes) {
                    items[$0].convertedToString ?? ""
                }
            } else {
                let count = max(0, call.argumentCount &- 1)
                try call.charge(count)
                joined = TextJoin.joined(count: count, separator: separator, maxBytes: call.limits.maxStringBytes) {
                    call[$0 &+ 1].convertedToString ?? ""
                }
            }
            guard let joined else { throw NullSafeText.tooLong(call) }
            return .string(joined)
        },
        BuiltinFunction(
            .namespaced("String"), "len",
            parameters: [.init("input", .string)], returns: .integer,
            counterpart: "x.length()",
            summary: "The number of UTF-16 characters of input; 0 for null.",
            examples: [FunctionExample(#"String.len("This")"#, "4")],
            direct: .unary { a, _ throws(ValueError) in
                if case .string(let text) = a { return .int(NullSafeText.length(text)) }
                return .int(NullSafeText.length(a.convertedToString))
            }
        ),
        BuiltinFunction(
            .namespaced("String"), "removeSpaces",
            parameters: [.init("input", .string)], returns: .string,
            counterpart: "x.removeSpaces()",
            summary: "input without its space characters (U+0020 only); null for null.",
            examples: [FunctionExample(#"String.removeSpaces("This is a test")"#, #""Thisisatest""#)],
            direct: .unary { a, e throws(ValueError) in
                if case .string(let text) = a { return try NullSafeText.result(NullSafeText.removeSpaces(text), e.limits) }
                return try NullSafeText.result(NullSafeText.removeSpaces(a.convertedToString), e.limits)
            }
        ),
        BuiltinFunction(
            .namespaced("String"), "replace",
            parameters: [.init("input", .string), .init("match", .string), .init("replacement", .string)], returns: .string,
            counterpart: "x.replace(match, replacement)",
            summary: "input with every occurrence of match (literal text, not a regex) replaced; null for null.",
            examples: [
                FunctionExample(#"String.replace("This is a test", "is", "at")"#, #""That at a test""#),
            ],
            direct: .ternary { a, b, c, e throws(ValueError) in
                if case .string(let text) = a, case .string(let match) = b, case .string(let replacement) = c {
                    return try NullSafeText.result(NullSafeText.replace(text, match, replacement, all: true, maxBytes: e.limits.maxStringBytes),
                                                   e.limits)
                }
                return try NullSafeText.result(NullSafeText.replace(a.convertedToString, b.convertedToString, c.convertedToString, all: true,
                                                                    maxBytes: e.limits.maxStringBytes), e.limits)
            }
        ),
        BuiltinFunction(
            .namespaced("String"), "replaceFirst",
            parameters: [.init("input", .string), .init("match", .string), .init("replacement", .string)], returns: .string,
            counterpart: "x.replaceFirst(match, replacement)",
            summary: "input with the first occurrence of match (literal text, not a regex) replaced; null for null.",
            examples: [
                FunctionExample(#"String.replaceFirst("This is a test", "is", "at")"#, #""That is a test""#),
                FunctionExample(#"String.replaceFirst("This list includes chores", "is", "at")"#, #""That list includes chores""#),
            ],
            direct: .ternary { a, b, c, e throws(ValueError) in
                try NullSafeText.result(NullSafeText.replace(a.convertedToString, b.convertedToString, c.convertedToString, all: false,
                                                             maxBytes: e.limits.maxStringBytes), e.limits)
            }
        ),
        BuiltinFunction(
            .namespaced("String"), "startsWith",
            parameters: [.init("input", .string), .init("starts", .string)], returns: .boolean,
            summary: "Whether input begins with starts (case-sensitive); false when either is null.",
            examples: [FunctionExample(#"String.startsWith("Kiss", "K")"#, "true")],
            direct: .binary { a, b, _ throws(ValueError) in
                if case .string(let text) = a, case .string(let prefix) = b { return .bool(NullSafeText.startsWith(text, prefix)) }
                return .bool(NullSafeText.startsWith(a.convertedToString, b.convertedToString))
            }
        ),
        BuiltinFunction(
            .namespaced("String"), "endsWith",
            parameters: [.init("input", .string), .init("suffix", .string)], returns: .boolean,
            documentation: .notInOktaReference(reason: "provided because common tooling and the shared workload use it"),
            summary: "Whether input ends with suffix (case-sensitive).",
            examples: [FunctionExample(#"String.endsWith("user@example.com", "example.com")"#, "true")],
            direct: .binary { a, b, _ throws(ValueError) in
                if case .string(let text) = a, case .string(let suffix) = b { return .bool(NullSafeText.endsWith(text, suffix)) }
                return .bool(NullSafeText.endsWith(a.convertedToString, b.convertedToString))
            }
        ),
        BuiltinFunction(
            .namespaced("String"), "stringContains",
            parameters: [.init("input", .string), .init("searchString", .string)], returns: .boolean,
            counterpart: "x.contains(s)",
            summary: "Whether searchString occurs in input (case-sensitive); false when either is null.",
            examples: [
                FunctionExample(#"String.stringContains("This is a test", "test")"#, "true"),
                FunctionExample(#"String.stringContains("This is a test", "doesn'tExist")"#, "false"),
            ],
            direct: .binary { a, b, _ throws(ValueError) in
                if case .string(let text) = a, case .string(let part) = b { return .bool(NullSafeText.contains(text, part)) }
                return .bool(NullSafeText.contains(a.convertedToString, b.convertedToString))
            }
        ),
        BuiltinFunction(
            .namespaced("String"), "stringSwitch",
            parameters: [.init("input", .string), .init("defaultString", .string), .repeated("keyValuePairs", .string)], returns: .string,
            summary: "The value of the first key (in argument order) that occurs in input, else defaultString.",
            examples: [
                FunctionExample(#"String.stringSwitch("This is a test", "default", "key1", "value1")"#, #""default""#),
                FunctionExample(#"String.stringSwitch("This is a test", "default", "test", "value1")"#, #""value1""#),
                FunctionExample(#"String.stringSwitch("First match wins", "default", "absent", "value1", "wins", "value2", "match", "value3")"#, #""value2""#),
                FunctionExample(#"String.stringSwitch("Substrings count", "default", "ring", "value1")"#, #""value1""#),
            ]
        ) { call throws(ValueError) in
            let fallback = call.string(1).map(Value.string) ?? .null
            guard let input = call.string(0) else { return fallback }
            var index = 2
            while index + 1 < call.argumentCount {
                try call.charge(1 + input.utf8.count / 64)
                if let key = call.string(index), NullSafeText.contains(input, key) {
                    return call.string(index + 1).map(Value.string) ?? .null
                }
                index += 2
            }
            return fallback
        },
        BuiltinFunction(
            .namespaced("String"), "substring",
            parameters: [.init("input", .string), .init("startIndex", .integer), .init("endIndex", .integer)], returns: .string,
            counterpart: "x.substring(start, end)",
            summary: "The characters from startIndex (inclusive) to endIndex (exclusive); indices clamp, negative ones count from the end.",
            examples: [FunctionExample(#"String.substring("This is a test", 2, 9)"#, #""is is a""#)],
            direct: .ternary { a, b, c, e throws(ValueError) in
                let start = try NullSafeText.index(b, "start index")
                let end = try NullSafeText.index(c, "end index")
                if case .string(let text) = a { return try NullSafeText.result(NullSafeText.substring(text, start, end), e.limits) }
                return try NullSafeText.result(NullSafeText.substring(a.convertedToString, start, end), e.limits)
            }
        ),
        BuiltinFunction(
            .namespaced("String"), "substringAfter",
            parameters: [.init("input", .string), .init("searchString", .string)], returns: .string,
            counterpart: "x.substringAfter(s)",
            summary: "The part of input after the first searchString; \"\" when searchString is absent; null for null.",
            examples: [FunctionExample(#"String.substringAfter("abc@okta.com", "@")"#, #""okta.com""#)],
            direct: .binary { a, b, _ throws(ValueError) in
                if case .string(let text) = a, case .string(let separator) = b {
                    return .string(NullSafeText.substringAfter(text, separator))
                }
                return NullSafeText.value(NullSafeText.substringAfter(a.convertedToString, b.convertedToString))
            }
        ),
        BuiltinFunction(
            .namespaced("String"), "substringBefore",
            parameters: [.init("input", .string), .init("searchString", .string)], returns: .string,
            counterpart: "x.substringBefore(s)",
            summary: "The part of input before the first searchString; all of input when it is absent; null for null.",
            examples: [FunctionExample(#"String.substringBefore("abc@okta.com", "@")"#, #""abc""#)],
            direct: .binary { a, b, _ throws(ValueError) in
                // Two strings (the usual call) are read where they are, not converted to copies.
                if case .string(let text) = a, case .string(let separator) = b {
                    return .string(NullSafeText.substringBefore(text, separator))
                }
                return NullSafeText.value(NullSafeText.substringBefore(a.convertedToString, b.convertedToString))
            }
        ),
        BuiltinFunction(
            .namespaced("String"), "toUpperCase",
            parameters: [.init("input", .string)], returns: .string,
            counterpart: "x.toUpperCase()",
            summary: "input in upper case; null for null.",
            examples: [FunctionExample(#"String.toUpperCase("This")"#, #""THIS""#)],
            direct: .unary { a, e throws(ValueError) in
                if case .string(let text) = a { return try Call.result(JavaText.upperCased(text), e.limits) }
                guard let text = a.convertedToString else { return .null }
                return try Call.result(JavaText.upperCased(text), e.limits)
            }
        ),
        BuiltinFunction(
            .namespaced("String"), "toLowerCase",
            parameters: [.init("input", .string)], returns: .string,
            counterpart: "x.toLowerCase()",
            summary: "input in lower case; null for null.",
            examples: [FunctionExample(#"String.toLowerCase("ThiS")"#, #""this""#)],
            direct: .unary { a, e throws(ValueError) in
                if case .string(let text) = a { return try Call.result(JavaText.lowerCased(text), e.limits) }
                guard let text = a.convertedToString else { return .null }
                return try Call.result(JavaText.lowerCased(text), e.limits)
            }
        ),
    ]
}

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

    /// `StringUtils.substringBefore` of two strings.
    static func substringBefore(_ s: String, _ separator: String) -> String {
        if s.isEmpty { return s }
        if separator.isEmpty { return "" }
        guard let range = firstByteRange(of: separator, in: s) else { return s }
        return slice(s, 0..<range.lowerBound)
    }

    /// `StringUtils.substringAfter` of two strings.
    static func substringAfter(_ s: String, _ separator: String) -> String {
        if s.isEmpty { return s }
        guard let range = firstByteRange(of: separator, in: s) else { return "" }
        return slice(s, range.upperBound..<s.utf8.count)
    }

    /// `StringUtils.substringBefore`.
    static func substringBefore(_ s: String?, _ separator: String?) -> String? {
        guard let s else { return nil }
        guard let separator, !s.isEmpty else { return s }
        if separator.isEmpty { return "" }
        guard let range = firstByteRange(of: separator, in: s) else { return s }
        return slice(s, 0..<range.lowerBound)
    }

    /// `StringUtils.substringAfter`.
    static func substringAfter(_ s: String?, _ separator: String?) -> String? {
        guard let s else { return nil }
        if s.isEmpty { return s }
        guard let separator else { return "" }
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
    static func value(_ s: String?) -> Value {
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
