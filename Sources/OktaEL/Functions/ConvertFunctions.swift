/// Classic `Convert.toInt` / `Convert.toNum`, and `NumberConversion`, which the Identity Engine
/// `toInteger()` / `toNumber()` methods share.
///
/// Semantics (Okta's Expression Language reference, "Conversion functions", and Okta's Identity Engine Expression Language reference,
/// "Conversion methods"; pinned in corpus/functions/convert.json and
/// corpus/oie/conversion-methods.json):
/// * To an Integer: `(int) Math.round(x)`: round half up (toward +∞: 2.5 → 3, -2.5 → -2, -1.6 → -2),
///   then keep the low 32 bits (wraps: `2147483647.7` → -2147483648, `'-2147483649'` → 2147483647,
///   both documented for the Identity Engine). NaN → 0.
///   - Integer → itself. Long → its low 32 bits (the same wrap, the model Okta documents; a guessed
///     Java implementation could throw "integer overflow" instead).
///   - Text → parsed as `new BigDecimal(text)` (`"12.5"` → 13, `"12.4"` → 12), then rounded as
///     above: no surrounding whitespace, no `NaN`/`Infinity`, no type suffix; anything else is
///     error OEL6013 (documented: `toInteger()` on a non-number "throws").
///   - Boolean, list, map → converted to text first (Spring), so usually OEL6013.
///   - null → error OEL6010 (Java cannot round a null; the Identity Engine methods fail on null too).
/// * To a Number (Double): numbers widen; text follows `Double.parseDouble` (surrounding whitespace
///   allowed, `1e3`, `NaN`, `Infinity`, `0x1p3`, a trailing `d`/`f`); anything else is OEL6013; null is OEL6010.
enum ConvertFunctions {
    /// Group rules refuse the Convert.* functions.
    static let restrictions = [ProfileRestriction([.groupRule], reason: "group rules do not support Convert.* functions",
                                                  source: "classic reference, Conditional expressions: Convert is not supported in conditions; fact sheet 5.3 (the rejected Convert.toInt(\"2018\") == user.yearJoined)")]

    static let functions: [BuiltinFunction] = [
        BuiltinFunction(
            .namespaced("Convert"), "toInt",
            parameters: [.init("value", .string, .number)], returns: .integer,
            counterpart: "x.toInteger()", restrictions: restrictions, check: ArgumentRules.booleanIsNotNumericText,
            summary: "value rounded half up to a 32-bit Integer (wraps beyond the int range); an error for non-numeric text.",
            examples: [
                FunctionExample("Convert.toInt('1234')", "1234"),
                FunctionExample("Convert.toInt(123.4)", "123"),
                FunctionExample("Convert.toInt(123.6)", "124"),
            ],
            direct: .unary { value, _ throws(ValueError) in
                .int(try NumberConversion.toInteger(value))
            }
        ),
        BuiltinFunction(
            .namespaced("Convert"), "toNum",
            parameters: [.init("value", .string)], returns: .number,
            counterpart: "x.toNumber()", restrictions: restrictions, check: ArgumentRules.booleanIsNotNumericText,
            summary: "value as a Number (double); an error for non-numeric text.",
            examples: [FunctionExample("Convert.toNum('3.141')", "3.141")],
            direct: .unary { value, _ throws(ValueError) in
                .double(try NumberConversion.toNumber(value))
            }
        ),
    ]
}

/// Okta's number conversions with Java's rounding and parsing rules.
enum NumberConversion {
    /// `(int) Math.round(value)`; text is parsed as a `BigDecimal` first.
    static func toInteger(_ value: Value) throws(ValueError) -> Int32 {
        switch value {
        case .null:
            throw ValueError(.invalidArgument, "Cannot convert null to an Integer", hint: "guard the value: x != null ? ... : ...")
        case .int(let i):
            return i
        case .long(let l):
            return Int32(truncatingIfNeeded: l)
        case .double(let d):
            return JavaNumberParsing.javaRoundToInt(d)
        case .string(let text):
            if let digits = plainDigits(text) { return Int32(truncatingIfNeeded: digits.negative ? -digits.magnitude : digits.magnitude) }
            return try textToInteger(text)
        default:
            return try NumberConversion.naming(value, "an Integer") { () throws(ValueError) in try textToInteger(value.convertedToString ?? "") }
        }
    }

    /// `body`, whose error about the text of a list (Spring's comma-joined conversion) is
    /// reworded to name the list: "Cannot convert the list {'5', 'x'} to an Integer".
    private static func naming<T>(_ value: Value, _ target: String, _ body: () throws(ValueError) -> T) throws(ValueError) -> T {
        do {
            return try body()
        } catch {
            guard case .array = value else { throw error }
            throw ValueError(error.code, "Cannot convert \(value.shortDescription) to \(target): a list converts as its elements joined with commas, "
                             + "'\(preview(value.convertedToString ?? ""))', which is not a number",
                             hint: "convert one element, for example Arrays.get(x, 0)")
        }
    }

    /// `toInteger` of text: parsed as a `BigDecimal`, then rounded.
    private static func textToInteger(_ text: String) throws(ValueError) -> Int32 {
        guard let d = JavaNumberParsing.parseBigDecimalAsDouble(text) else {
            throw ValueError(.numberFormat, "'\(preview(text))' is not a number", hint: "only decimal numbers such as 12 or 12.5 convert")
        }
        return JavaNumberParsing.javaRoundToInt(d)
    }

    /// The sign and magnitude of `text` when it is a short ASCII string of one to nine decimal
    /// digits with an optional sign (`"2016"`, `"00012345"`, `"-7"`): the number every parse
    /// the conversions use gives for it, exactly (at most 999,999,999); nil for any other
    /// text. Read from the small string's own bytes, without a parse.
    @inline(__always) static func plainDigits(_ text: String) -> (negative: Bool, magnitude: Int)? {
        guard SmallASCII.isAvailable, let small = SmallASCII.bytes(of: text), small.count > 0 else { return nil }
        return withUnsafeBytes(of: small.words) { bytes -> (negative: Bool, magnitude: Int)? in
            var position = 0
            let negative = bytes[0] == UInt8(ascii: "-")
            if negative || bytes[0] == UInt8(ascii: "+") { position = 1 }
            let digitCount = small.count &- position
            guard digitCount > 0, digitCount <= 9 else { return nil }
            var value = 0
            while position < small.count {
                let digit = Int(bytes[position]) &- 48
                guard digit >= 0, digit <= 9 else { return nil }
                value = value &* 10 &+ digit
                position &+= 1
            }
            return (negative, value)
        }
    }

    /// The value as a double; text follows `Double.parseDouble`.
    static func toNumber(_ value: Value) throws(ValueError) -> Double {
        switch value {
        case .null:
            throw ValueError(.invalidArgument, "Cannot convert null to a Number", hint: "guard the value: x != null ? ... : ...")
        case .int(let i):
            return Double(i)
        case .long(let l):
            return Double(l)
        case .double(let d):
            return d
        case .string(let text):
            // The sign applied to the magnitude, so "-0" is -0.0 as `Double.parseDouble` gives.
            if let digits = plainDigits(text) { return digits.negative ? -Double(digits.magnitude) : Double(digits.magnitude) }
            return try textToNumber(text)
        default:
            return try NumberConversion.naming(value, "a Number") { () throws(ValueError) in try textToNumber(value.convertedToString ?? "") }
        }
    }

    /// `toNumber` of text: `Double.parseDouble`.
    private static func textToNumber(_ text: String) throws(ValueError) -> Double {
        guard let d = JavaNumberParsing.parseDouble(text) else {
            throw ValueError(.numberFormat, "'\(preview(text))' is not a number", hint: "only numbers such as 3.141 or 1e3 convert")
        }
        return d
    }

    /// At most 40 characters of `text`, for messages.
    private static func preview(_ text: String) -> String {
        text.count > 40 ? String(text.prefix(40)) + "..." : text
    }
}
