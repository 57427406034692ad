/// A strict RFC 8259 JSON parser producing ``Value``s.
///
/// Decisions:
/// * Input must be valid UTF-8 (overlong forms, encoded surrogates, code points above
///   U+10FFFF and truncated sequences are errors). One leading byte-order mark is skipped.
/// * Any JSON value may appear at the top level; only whitespace (space, tab, LF, CR) may
///   surround it.
/// * Numbers: an integer literal (no fraction, no exponent) becomes `.int` when it fits
///   `Int32`, else `.long` when it fits `Int64`, else `.double`. `-0` is an integer: `.int(0)`
///   (as Jackson reads it); `-0.0` is `.double(-0.0)`. A literal with a fraction or exponent
///   is `.double`, correctly rounded. A literal whose magnitude overflows to infinity (`1e400`)
///   is an error ("number out of range"); underflow gives `0.0`.
/// * Strings: `\uXXXX` surrogate pairs are combined; a lone or mis-ordered surrogate escape
///   (`"\uD800"`, `"\uDC00"`, `"\uD800\u0041"`) is an **error** — a Swift `String` cannot hold
///   it and silently substituting U+FFFD would change data. `\u0000` is allowed.
/// * Objects keep the first position of each key; a duplicate key keeps the last value
///   (Jackson / `LinkedHashMap` behaviour).
/// * Nesting deeper than ``JSONLimits/maxDepth`` is an error reported at the offending
///   bracket. The parser is iterative (an explicit stack), so no input can overflow the call
///   stack; keep `maxDepth` moderate (the default 512 is ample) because deeply nested
///   `Value`s are themselves compared and destroyed recursively.
public enum JSONReader {
    /// Parses JSON text into a ``Value``.
    public static func parse(_ text: String, limits: JSONLimits = .default) throws(JSONError) -> Value {
        var text = text
        let result: Result<Value, JSONError> = text.withUTF8 { buf in
            var p = JSONByteParser(buf, limits: limits)
            do throws(JSONError) {
                return .success(try p.parseDocument())
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    /// Parses UTF-8 encoded JSON bytes into a ``Value``.
    public static func parse(bytes: some Collection<UInt8>, limits: JSONLimits = .default) throws(JSONError) -> Value {
        if bytes.count > limits.maxBytes {
            throw JSONError(message: "input larger than \(limits.maxBytes) bytes", offset: max(0, limits.maxBytes))
        }
        let result: Result<Value, JSONError>? = bytes.withContiguousStorageIfAvailable { buf in
            var p = JSONByteParser(buf, limits: limits)
            do throws(JSONError) {
                return .success(try p.parseDocument())
            } catch {
                return .failure(error)
            }
        }
        if let result { return try result.get() }
        let array = Array(bytes)
        let r2: Result<Value, JSONError> = array.withUnsafeBufferPointer { buf in
            var p = JSONByteParser(buf, limits: limits)
            do throws(JSONError) {
                return .success(try p.parseDocument())
            } catch {
                return .failure(error)
            }
        }
        return try r2.get()
    }
}

private struct JSONByteParser {
    let b: UnsafeBufferPointer<UInt8>
    let limits: JSONLimits
    var i = 0

    init(_ b: UnsafeBufferPointer<UInt8>, limits: JSONLimits) {
        self.b = b
        self.limits = limits
    }

    func fail(_ message: String, at offset: Int) -> JSONError {
        JSONError(message: message, offset: offset)
    }

    func describe(_ c: UInt8) -> String {
        if c >= 0x21, c <= 0x7E { return "'\(Character(Unicode.Scalar(c)))'" }
        let hex = String(c, radix: 16, uppercase: true)
        return "byte 0x" + (hex.count < 2 ? "0" + hex : hex)
    }

    mutating func skipWhitespace() {
        while i < b.count {
            let c = b[i]
            if c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 { i += 1 } else { return }
        }
    }

    mutating func parseDocument() throws(JSONError) -> Value {
        if b.count > limits.maxBytes {
            throw fail("input larger than \(limits.maxBytes) bytes", at: max(0, limits.maxBytes))
        }
        if b.count >= 3, b[0] == 0xEF, b[1] == 0xBB, b[2] == 0xBF { i = 3 }
        let v = try parseValue()
        skipWhitespace()
        if i < b.count {
            throw fail("unexpected \(describe(b[i])) after the JSON value", at: i)
        }
        return v
    }

    /// Iterative value parser with an explicit container stack. Containers under construction
    /// live in `arrays` / `objects` (mutated in place, so appends are amortized O(1));
    /// `kinds` records the nesting order.
    mutating func parseValue() throws(JSONError) -> Value {
        var kinds: [Bool] = []          // true = array, false = object
        var arrays: [[Value]] = []
        var objects: [ObjectValue] = []
        var keys: [String] = []
        while true {
            // Parse one value start (scalar or open container).
            skipWhitespace()
            guard i < b.count else {
                throw fail(kinds.isEmpty ? "empty input, expected a JSON value" : "unexpected end of input, expected a value", at: i)
            }
            var value: Value
            let c = b[i]
            switch c {
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                if kinds.count >= limits.maxDepth {
                    throw fail("nesting deeper than \(limits.maxDepth) levels", at: i)
                }
                let isArray = c == UInt8(ascii: "[")
                i += 1
                skipWhitespace()
                if isArray {
                    if i < b.count, b[i] == UInt8(ascii: "]") {
                        i += 1
                        value = .array([])
                    } else {
                        kinds.append(true)
                        arrays.append([])
                        continue
                    }
                } else {
                    if i < b.count, b[i] == UInt8(ascii: "}") {
                        i += 1
                        value = .object(ObjectValue())
                    } else {
                        let key = try parseKey(afterComma: false)
                        kinds.append(false)
                        objects.append(ObjectValue())
                        keys.append(key)
                        continue
                    }
                }
            case UInt8(ascii: "\""):
                value = .string(try parseString())
            case UInt8(ascii: "t"):
                try expectLiteral("true")
                value = .bool(true)
            case UInt8(ascii: "f"):
                try expectLiteral("false")
                value = .bool(false)
            case UInt8(ascii: "n"):
                try expectLiteral("null")
                value = .null
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                value = try parseNumber()
            default:
                throw fail("unexpected \(describe(c)), expected a JSON value", at: i)
            }

            // Attach the value to enclosing containers, closing as many as possible.
            while true {
                guard let isArray = kinds.last else { return value }
                skipWhitespace()
                if isArray {
                    let top = arrays.count - 1
                    arrays[top].append(value)
                    guard i < b.count else { throw fail("unexpected end of input, expected ',' or ']'", at: i) }
                    if b[i] == UInt8(ascii: ",") {
                        i += 1
                        skipWhitespace()
                        if i < b.count, b[i] == UInt8(ascii: "]") {
                            throw fail("trailing comma before ']'", at: i)
                        }
                    } else if b[i] == UInt8(ascii: "]") {
                        i += 1
                        kinds.removeLast()
                        value = .array(arrays.removeLast())
                        continue
                    } else {
                        throw fail("unexpected \(describe(b[i])), expected ',' or ']' after array element", at: i)
                    }
                } else {
                    let top = objects.count - 1
                    objects[top][keys.removeLast()] = value
                    guard i < b.count else { throw fail("unexpected end of input, expected ',' or '}'", at: i) }
                    if b[i] == UInt8(ascii: ",") {
                        i += 1
                        skipWhitespace()
                        keys.append(try parseKey(afterComma: true))
                    } else if b[i] == UInt8(ascii: "}") {
                        i += 1
                        kinds.removeLast()
                        value = .object(objects.removeLast())
                        continue
                    } else {
                        throw fail("unexpected \(describe(b[i])), expected ',' or '}' after object member", at: i)
                    }
                }
                break
            }
        }
    }

    /// Parses `"key"` and the following `:`; whitespace before the key is already skipped.
    mutating func parseKey(afterComma: Bool) throws(JSONError) -> String {
        guard i < b.count else { throw fail("unexpected end of input, expected an object key", at: i) }
        if b[i] != UInt8(ascii: "\"") {
            if afterComma, b[i] == UInt8(ascii: "}") { throw fail("trailing comma before '}'", at: i) }
            throw fail("unexpected \(describe(b[i])), expected a string object key", at: i)
        }
        let key = try parseString()
        skipWhitespace()
        guard i < b.count else { throw fail("unexpected end of input, expected ':'", at: i) }
        guard b[i] == UInt8(ascii: ":") else {
            throw fail("unexpected \(describe(b[i])), expected ':' after object key", at: i)
        }
        i += 1
        return key
    }

    mutating func expectLiteral(_ word: StaticString) throws(JSONError) {
        let start = i
        let n = word.utf8CodeUnitCount
        var k = 0
        while k < n {
            let expected = word.utf8Start[k]
            guard i < b.count, b[i] == expected else {
                throw fail("invalid literal, expected '\(word)'", at: start)
            }
            i += 1
            k += 1
        }
    }

    mutating func parseNumber() throws(JSONError) -> Value {
        let start = i
        var negative = false
        if b[i] == UInt8(ascii: "-") {
            negative = true
            i += 1
        }
        guard i < b.count, b[i] >= 0x30, b[i] <= 0x39 else {
            throw fail("invalid number: expected a digit after '-'", at: i)
        }
        let intStart = i
        if b[i] == UInt8(ascii: "0") {
            i += 1
            if i < b.count, b[i] >= 0x30, b[i] <= 0x39 {
                throw fail("invalid number: leading zero", at: intStart)
            }
        } else {
            while i < b.count, b[i] >= 0x30, b[i] <= 0x39 { i += 1 }
        }
        let intEnd = i
        var isInteger = true
        if i < b.count, b[i] == UInt8(ascii: ".") {
            isInteger = false
            i += 1
            guard i < b.count, b[i] >= 0x30, b[i] <= 0x39 else {
                throw fail("invalid number: expected a digit after '.'", at: i)
            }
            while i < b.count, b[i] >= 0x30, b[i] <= 0x39 { i += 1 }
        }
        if i < b.count, b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E") {
            isInteger = false
            i += 1
            if i < b.count, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") { i += 1 }
            guard i < b.count, b[i] >= 0x30, b[i] <= 0x39 else {
                throw fail("invalid number: expected a digit in the exponent", at: i)
            }
            while i < b.count, b[i] >= 0x30, b[i] <= 0x39 { i += 1 }
        }
        if isInteger {
            // Accumulate negatively so Int64.min fits.
            var acc: Int64 = 0
            var overflow = false
            for k in intStart..<intEnd {
                let (m, o1) = acc.multipliedReportingOverflow(by: 10)
                let (s, o2) = m.subtractingReportingOverflow(Int64(b[k] - 0x30))
                if o1 || o2 { overflow = true; break }
                acc = s
            }
            if !overflow {
                if negative {
                    if let v = Int32(exactly: acc) { return .int(v) }
                    return .long(acc)
                }
                if acc != Int64.min {
                    let v = -acc
                    if let s = Int32(exactly: v) { return .int(s) }
                    return .long(v)
                }
            }
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self)
        guard let d = Double(text) else { throw fail("invalid number", at: start) }
        if d.isInfinite { throw fail("number out of range", at: start) }
        return .double(d)
    }

    func hexValue(_ c: UInt8) -> UInt32? {
        switch c {
        case 0x30...0x39: return UInt32(c - 0x30)
        case 0x41...0x46: return UInt32(c - 0x41 + 10)
        case 0x61...0x66: return UInt32(c - 0x61 + 10)
        default: return nil
        }
    }

    mutating func read4Hex() throws(JSONError) -> UInt32 {
        // i points just after "\u".
        var v: UInt32 = 0
        for k in 0..<4 {
            guard i + k < b.count else { throw fail("unexpected end of input in \\u escape", at: i + k) }
            guard let h = hexValue(b[i + k]) else {
                throw fail("invalid \\u escape: \(describe(b[i + k])) is not a hex digit", at: i + k)
            }
            v = v << 4 | h
        }
        i += 4
        return v
    }

    /// Parses a string starting at the opening quote.
    mutating func parseString() throws(JSONError) -> String {
        let open = i
        i += 1
        var out: [UInt8] = []
        var runStart = i
        while true {
            guard i < b.count else { throw fail("unterminated string", at: open) }
            let c = b[i]
            if c == UInt8(ascii: "\"") {
                if out.isEmpty {
                    let s = String(decoding: UnsafeBufferPointer(rebasing: b[runStart..<i]), as: UTF8.self)
                    i += 1
                    return s
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: b[runStart..<i]))
                i += 1
                return String(decoding: out, as: UTF8.self)
            }
            if c == UInt8(ascii: "\\") {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: b[runStart..<i]))
                let escStart = i
                i += 1
                guard i < b.count else { throw fail("unterminated string", at: open) }
                let e = b[i]
                i += 1
                switch e {
                case UInt8(ascii: "\""): out.append(0x22)
                case UInt8(ascii: "\\"): out.append(0x5C)
                case UInt8(ascii: "/"): out.append(0x2F)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    var scalar = try read4Hex()
                    if scalar >= 0xDC00, scalar <= 0xDFFF {
                        throw fail("lone low surrogate in \\u escape", at: escStart)
                    }
                    if scalar >= 0xD800, scalar <= 0xDBFF {
                        guard i + 1 < b.count, b[i] == UInt8(ascii: "\\"), b[i + 1] == UInt8(ascii: "u") else {
                            throw fail("lone high surrogate in \\u escape", at: escStart)
                        }
                        let lowStart = i
                        i += 2
                        let low = try read4Hex()
                        guard low >= 0xDC00, low <= 0xDFFF else {
                            throw fail("high surrogate not followed by a low surrogate", at: lowStart)
                        }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    }
                    appendUTF8(scalar, to: &out)
                default:
                    throw fail("invalid escape \\\(describe(e))", at: escStart)
                }
                runStart = i
                continue
            }
            if c < 0x20 {
                throw fail("unescaped control character \(describe(c)) in string", at: i)
            }
            if c < 0x80 {
                i += 1
                continue
            }
            try validateUTF8Sequence()
        }
    }

    /// Validates one multi-byte UTF-8 sequence at `i` and advances past it.
    mutating func validateUTF8Sequence() throws(JSONError) {
        let c = b[i]
        let need: Int
        var lo: UInt8 = 0x80, hi: UInt8 = 0xBF
        switch c {
        case 0xC2...0xDF: need = 1
        case 0xE0: need = 2; lo = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: need = 2
        case 0xED: need = 2; hi = 0x9F
        case 0xF0: need = 3; lo = 0x90
        case 0xF1...0xF3: need = 3
        case 0xF4: need = 3; hi = 0x8F
        default: throw fail("invalid UTF-8 byte 0x\(String(c, radix: 16, uppercase: true))", at: i)
        }
        for k in 1...need {
            guard i + k < b.count else { throw fail("truncated UTF-8 sequence", at: i) }
            let cc = b[i + k]
            let (l, h) = k == 1 ? (lo, hi) : (UInt8(0x80), UInt8(0xBF))
            guard cc >= l, cc <= h else { throw fail("invalid UTF-8 sequence", at: i) }
        }
        i += need + 1
    }

    func appendUTF8(_ v: UInt32, to out: inout [UInt8]) {
        switch v {
        case 0..<0x80:
            out.append(UInt8(v))
        case 0x80..<0x800:
            out.append(UInt8(0xC0 | (v >> 6)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        case 0x800..<0x10000:
            out.append(UInt8(0xE0 | (v >> 12)))
            out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        default:
            out.append(UInt8(0xF0 | ((v >> 18) & 0x07)))
            out.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        }
    }
}
