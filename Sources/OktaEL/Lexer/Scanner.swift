/// Splits an expression's UTF-8 bytes into payload-free tokens, following SpEL's tokenizer.
///
/// Names, strings and numbers stay in the source bytes until the parser needs them, so
/// scanning allocates nothing but the diagnostics it reports. The parser reads them through
/// `TokenStream`; `Lexer` collects them into an array.
struct Scanner {
    let bytes: [UInt8]
    private(set) var position = 0
    /// Diagnostics found while scanning.
    private(set) var diagnostics: [Diagnostic] = []

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    @inline(__always) private func peek(_ offset: Int = 0) -> UInt8? {
        let index = position &+ offset
        return index < bytes.count ? bytes[index] : nil
    }

    private mutating func report(_ code: DiagnosticCode, _ message: String, _ start: Int, _ end: Int, hint: String? = nil) {
        diagnostics.append(Diagnostic(code, message, at: SourceRange(start: start, end: end), hint: hint))
    }

    /// An operator of another language from `start` to the position, with its fix-it (OEL2011).
    private mutating func reportForeign(_ spelling: String, _ start: Int, hint: String, fixIt: String) {
        let range = SourceRange(start: start, end: position)
        diagnostics.append(Diagnostic(.foreignOperator, "'\(spelling)' is not an operator in Okta Expression Language", at: range,
                                      hint: hint, fixIt: FixIt(range: range, replacement: fixIt)))
    }

    @inline(__always) private func make(_ kind: TokenKind, from start: Int, bits: UInt64 = 0) -> Token {
        Token(kind: kind, range: SourceRange(start: start, end: position), bits: bits)
    }

    /// Scans the next token.
    mutating func next() -> Token {
        let source = bytes
        return source.withUnsafeBufferPointer { next(in: $0) }
    }

    /// Scans the next token; `buffer` holds `bytes`.
    @inline(__always) mutating func next(in buffer: UnsafeBufferPointer<UInt8>) -> Token {
        var index = position
        while index < buffer.count, Scanner.isSpace(buffer[index]) { index &+= 1 }
        position = index
        let start = index
        guard index < buffer.count else { return make(.endOfInput, from: start) }
        let byte = buffer[index]
        if Scanner.isIdentifierStart(byte) {
            // `$[` is the select-last operator, not an identifier.
            if byte == UInt8(ascii: "$"), index &+ 1 < buffer.count, buffer[index &+ 1] == UInt8(ascii: "[") {
                position += 2
                return make(.selectLast, from: start)
            }
            index &+= 1
            while index < buffer.count, Scanner.isIdentifierPart(buffer[index]) { index &+= 1 }
            position = index
            var token = make(.identifier, from: start)
            token.keyword = Keywords.match(buffer, start, index)
            return token
        }
        if Scanner.isDigit(byte) { return scanNumber(from: start) }
        position += 1
        switch byte {
        case UInt8(ascii: "'"), UInt8(ascii: "\""): return scanString(quote: byte, from: start, in: buffer)
        case UInt8(ascii: "+"):
            if peek() == UInt8(ascii: "+") { position += 1; return make(.plusPlus, from: start) }
            return make(.plus, from: start)
        case UInt8(ascii: "-"):
            if peek() == UInt8(ascii: "-") { position += 1; return make(.minusMinus, from: start) }
            return make(.minus, from: start)
        case UInt8(ascii: "*"): return make(.star, from: start)
        case UInt8(ascii: "/"): return make(.slash, from: start)
        case UInt8(ascii: "%"): return make(.percent, from: start)
        case UInt8(ascii: "^"):
            if peek() == UInt8(ascii: "[") { position += 1; return make(.selectFirst, from: start) }
            return make(.caret, from: start)
        case UInt8(ascii: "!"):
            if peek() == UInt8(ascii: "=") { position += 1; return make(.notEqual, from: start) }
            if peek() == UInt8(ascii: "[") { position += 1; return make(.project, from: start) }
            return make(.bang, from: start)
        case UInt8(ascii: "="):
            if peek() == UInt8(ascii: "=") { position += 1; return make(.equalEqual, from: start) }
            if peek() == UInt8(ascii: "~") {
                // Perl's and Ruby's regex match: reported, then read as `matches`.
                position += 1
                reportForeign("=~", start, hint: "write matches: x matches 'pattern' (=~ is Perl and Ruby)", fixIt: "matches")
                var token = make(.identifier, from: start)
                token.keyword = .matches
                return token
            }
            return make(.assign, from: start)
        case UInt8(ascii: "<"):
            if peek() == UInt8(ascii: "=") { position += 1; return make(.lessEqual, from: start) }
            return make(.less, from: start)
        case UInt8(ascii: ">"):
            if peek() == UInt8(ascii: "=") { position += 1; return make(.greaterEqual, from: start) }
            return make(.greater, from: start)
        case UInt8(ascii: "&"):
            if peek() == UInt8(ascii: "&") { position += 1; return make(.ampAmp, from: start) }
            return make(.amp, from: start)
        case UInt8(ascii: "|"):
            if peek() == UInt8(ascii: "|") { position += 1; return make(.barBar, from: start) }
            return make(.bar, from: start)
        case UInt8(ascii: "?"):
            if peek() == UInt8(ascii: ".") { position += 1; return make(.safeNavigation, from: start) }
            if peek() == UInt8(ascii: ":") { position += 1; return make(.elvis, from: start) }
            if peek() == UInt8(ascii: "[") { position += 1; return make(.select, from: start) }
            return make(.question, from: start)
        case UInt8(ascii: ":"): return make(.colon, from: start)
        case UInt8(ascii: ","): return make(.comma, from: start)
        case UInt8(ascii: "."): return make(.dot, from: start)
        case UInt8(ascii: "("): return make(.leftParen, from: start)
        case UInt8(ascii: ")"): return make(.rightParen, from: start)
        case UInt8(ascii: "["): return make(.leftBracket, from: start)
        case UInt8(ascii: "]"): return make(.rightBracket, from: start)
        case UInt8(ascii: "{"): return make(.leftBrace, from: start)
        case UInt8(ascii: "}"): return make(.rightBrace, from: start)
        case UInt8(ascii: "#"): return make(.hash, from: start)
        case UInt8(ascii: "@"): return make(.at, from: start)
        case UInt8(ascii: "\\"):
            report(.strayBackslash, "A backslash is only allowed inside a string literal", start, position,
                   hint: "Okta expression strings have no escape sequences; a backslash outside quotes is an error")
            return make(.invalid, from: start)
        default:
            return scanInvalid(from: start)
        }
    }

    // MARK: Identifiers

    /// Whether bit `byte` is set in the 128-bit set `low` (bytes 0-63), `high` (64-127).
    @inline(__always) private static func isIn(_ byte: UInt8, low: UInt64, high: UInt64) -> Bool {
        if byte < 64 { return (low >> UInt64(byte)) & 1 != 0 }
        if byte < 128 { return (high >> UInt64(byte &- 64)) & 1 != 0 }
        return false
    }

    /// Space, tab, line feed or carriage return.
    @inline(__always) static func isSpace(_ byte: UInt8) -> Bool {
        isIn(byte, low: 0x0000_0001_0000_2600, high: 0)
    }

    /// A letter, `_` or `$`.
    @inline(__always) static func isIdentifierStart(_ byte: UInt8) -> Bool {
        isIn(byte, low: 0x0000_0010_0000_0000, high: 0x07FF_FFFE_87FF_FFFE)
    }

    /// A letter, a digit, `_` or `$`.
    @inline(__always) static func isIdentifierPart(_ byte: UInt8) -> Bool {
        isIn(byte, low: 0x03FF_0010_0000_0000, high: 0x07FF_FFFE_87FF_FFFE)
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    static func isHexDigit(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte >= 0x41 && byte <= 0x46) || (byte >= 0x61 && byte <= 0x66)
    }

    // MARK: Strings

    private mutating func scanString(quote: UInt8, from start: Int, in buffer: UnsafeBufferPointer<UInt8>) -> Token {
        var doubled: UInt64 = 0
        while true {
            // Up to the next quote (or the end).
            var index = position
            while index < buffer.count, buffer[index] != quote { index &+= 1 }
            position = index
            guard let byte = peek() else {
                report(.unterminatedString, "The string literal is not closed", start, position,
                       hint: "add the closing \(quote == UInt8(ascii: "'") ? "'" : "\"") (a quote inside the string is written twice)")
                return make(.invalid, from: start)
            }
            position += 1
            if byte == quote {
                if peek() == quote {
                    doubled = 1
                    position += 1
                    continue
                }
                return make(.string, from: start, bits: doubled)
            }
        }
    }

    // MARK: Numbers

    private mutating func scanNumber(from start: Int) -> Token {
        if bytes[start] == UInt8(ascii: "0"), let x = peek(1), x == UInt8(ascii: "x") || x == UInt8(ascii: "X") {
            position += 2
            let digitsStart = position
            while let byte = peek(), Scanner.isHexDigit(byte) { position += 1 }
            let digitsEnd = position
            var isLong = false
            if let suffix = peek(), suffix == UInt8(ascii: "L") || suffix == UInt8(ascii: "l") {
                position += 1
                isLong = true
            }
            if digitsStart == digitsEnd {
                report(.malformedNumber, "A hexadecimal literal needs digits after 0x", start, position)
                return make(.invalid, from: start)
            }
            return integerToken(digitsStart, digitsEnd, radix: 16, isLong: isLong, from: start)
        }
        while let byte = peek(), Scanner.isDigit(byte) { position += 1 }
        var isReal = false
        if peek() == UInt8(ascii: "."), let after = peek(1), Scanner.isDigit(after) {
            isReal = true
            position += 1
            while let byte = peek(), Scanner.isDigit(byte) { position += 1 }
        }
        if let e = peek(), e == UInt8(ascii: "e") || e == UInt8(ascii: "E") {
            let mark = position
            position += 1
            if let sign = peek(), sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { position += 1 }
            let expStart = position
            while let byte = peek(), Scanner.isDigit(byte) { position += 1 }
            if position == expStart {
                position = max(position, mark + 1)
                report(.malformedNumber, "The exponent of this number has no digits", start, position)
                return make(.invalid, from: start)
            }
            isReal = true
        }
        let end = position
        if let suffix = peek() {
            switch suffix {
            case UInt8(ascii: "L"), UInt8(ascii: "l"):
                position += 1
                if isReal {
                    report(.malformedNumber, "A real number cannot have the long suffix L", start, position)
                    return make(.invalid, from: start)
                }
                return integerToken(start, end, radix: 10, isLong: true, from: start)
            case UInt8(ascii: "f"), UInt8(ascii: "F"), UInt8(ascii: "d"), UInt8(ascii: "D"):
                position += 1
                return realToken(start, end, from: start)
            default:
                break
            }
        }
        if isReal { return realToken(start, end, from: start) }
        return integerToken(start, end, radix: 10, isLong: false, from: start)
    }

    private func realToken(_ textStart: Int, _ textEnd: Int, from start: Int) -> Token {
        let value = Double(String(decoding: bytes[textStart..<textEnd], as: UTF8.self)) ?? .infinity
        return make(.real, from: start, bits: value.bitPattern)
    }

    /// The value of the digits `bytes[digitsStart..<digitsEnd]` in `radix`, nil past `limit`.
    private func integer(_ digitsStart: Int, _ digitsEnd: Int, radix: Int, limit: UInt64) -> UInt64? {
        var value: UInt64 = 0
        for byte in bytes[digitsStart..<digitsEnd] {
            let digit: UInt64
            switch byte {
            case 0x30...0x39: digit = UInt64(byte &- 0x30)
            case 0x41...0x46: digit = UInt64(byte &- 0x41 &+ 10)
            case 0x61...0x66: digit = UInt64(byte &- 0x61 &+ 10)
            default: return nil
            }
            let (shifted, overflow) = value.multipliedReportingOverflow(by: UInt64(radix))
            let (sum, carry) = shifted.addingReportingOverflow(digit)
            if overflow || carry || sum > limit { return nil }
            value = sum
        }
        return value
    }

    private mutating func integerToken(_ digitsStart: Int, _ digitsEnd: Int, radix: Int, isLong: Bool, from start: Int) -> Token {
        if isLong {
            guard let value = integer(digitsStart, digitsEnd, radix: radix, limit: UInt64(Int64.max)) else {
                let digits = String(decoding: bytes[digitsStart..<digitsEnd], as: UTF8.self)
                report(.longLiteralOutOfRange, "The value '\(digits)' cannot be parsed as a long", start, position,
                       hint: "a long literal must lie between -9223372036854775808 and 9223372036854775807")
                return make(.invalid, from: start)
            }
            return make(.long, from: start, bits: value)
        }
        guard let value = integer(digitsStart, digitsEnd, radix: radix, limit: UInt64(Int32.max)) else {
            let digits = String(decoding: bytes[digitsStart..<digitsEnd], as: UTF8.self)
            report(.intLiteralOutOfRange, "The value '\(digits)' cannot be parsed as an int", start, position,
                   hint: "an int literal must lie between -2147483648 and 2147483647; add L for a long (\(digits)L) or write a real (\(digits).0)")
            return make(.invalid, from: start)
        }
        return make(.int, from: start, bits: value)
    }

    // MARK: Invalid characters

    private mutating func scanInvalid(from start: Int) -> Token {
        // Consume the whole UTF-8 sequence so the range covers one character.
        position = start + 1
        while let byte = peek(), byte & 0xC0 == 0x80 { position += 1 }
        let character = String(decoding: bytes[start..<position], as: UTF8.self)
        let doubleQuotes: Set<String> = ["\u{201C}", "\u{201D}", "\u{201E}", "\u{00AB}", "\u{00BB}", "\u{2033}"]
        let singleQuotes: Set<String> = ["\u{2018}", "\u{2019}", "\u{201A}", "\u{2032}"]
        switch character {
        case _ where doubleQuotes.contains(character) || singleQuotes.contains(character):
            let family = doubleQuotes.contains(character) ? doubleQuotes : singleQuotes
            let straight = family == doubleQuotes ? "\"" : "'"
            // A curly-quoted string: report it once, as a whole, with the straight-quoted fix.
            if let (contentEnd, end) = curlyString(from: position, closers: family) {
                let content = String(decoding: bytes[position..<contentEnd], as: UTF8.self)
                let quote: Unicode.Scalar = family == doubleQuotes ? "\"" : "'"
                let fixed = straight + content.replacingAll(quote, with: straight + straight) + straight
                diagnostics.append(Diagnostic(
                    .smartQuote, "This string is written with curly quotes \(character)…, which are not string delimiters",
                    at: SourceRange(start: start, end: end),
                    hint: "use straight quotes: \(fixed) (curly quotes often come from copying out of a document or chat)",
                    fixIt: FixIt(range: SourceRange(start: start, end: end), replacement: fixed)))
                let lengths = UInt64(position - start) | UInt64(end - contentEnd) << 8
                position = end
                return make(.curlyString, from: start, bits: lengths)
            }
            report(.smartQuote, "'\(character)' is a curly quote, not a string delimiter", start, position,
                   hint: "use straight quotes: \(straight) (curly quotes often come from copying out of a document or chat)")
        case "\u{2260}", "\u{2264}", "\u{2265}":
            // Typographic comparison signs: reported, then read as the operator they show.
            let (kind, okta): (TokenKind, String) = character == "\u{2260}" ? (.notEqual, "!=")
                : character == "\u{2264}" ? (.lessEqual, "<=") : (.greaterEqual, ">=")
            reportForeign(character, start, hint: "write \(okta)", fixIt: okta)
            return make(kind, from: start)
        case "~" where peek() == UInt8(ascii: "="):
            position += 1
            reportForeign("~=", start, hint: "write != (~= is Lua)", fixIt: "!=")
            return make(.notEqual, from: start)
        case "~":
            report(.invalidCharacter, "The character '~' (U+007E) cannot appear here", start, position,
                   hint: "~ is not an operator: write matches for a regular expression, != for not equal, ! or NOT for not")
        default:
            let scalar = character.unicodeScalars.first.map { scalar -> String in
                let hex = String(scalar.value, radix: 16, uppercase: true)
                return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            } ?? "?"
            let shown = character.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value != 0x7F } ? "'\(character)' " : ""
            report(.invalidCharacter, "The character \(shown)(\(scalar)) cannot appear here", start, position,
                   hint: "names use ASCII letters, digits, _ and $; other text belongs inside quotes")
        }
        return make(.invalid, from: start)
    }

    /// Where the next closing curly quote of `closers` on the same line starts and ends.
    private func curlyString(from offset: Int, closers: Set<String>) -> (Int, Int)? {
        var index = offset
        while index < bytes.count, bytes[index] != 0x0A {
            if bytes[index] >= 0x80 {
                var end = index + 1
                while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
                if closers.contains(String(decoding: bytes[index..<end], as: UTF8.self)) {
                    return (index, end)
                }
                index = end
            } else {
                index += 1
            }
        }
        return nil
    }
}

extension String {
    /// Every occurrence of the one-scalar `target` replaced with `replacement`, by scalar (a
    /// quote followed by a combining mark is still a quote).
    func replacingAll(_ target: Unicode.Scalar, with replacement: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            if scalar == target { result.append(contentsOf: replacement.unicodeScalars) } else { result.append(scalar) }
        }
        return String(result)
    }
}
