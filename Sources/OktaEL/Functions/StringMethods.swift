/// Identity Engine string methods: `s.toUpperCase()`, `toLowerCase()`, `substring(start[, end])`,
/// `replace`, `replaceFirst`, `length()`, `removeSpaces()`, `contains`, `substringBefore`,
/// `substringAfter`, `versionGreaterThan`, `versionLessThan`, `toInteger()`, `toNumber()`.
///
/// Semantics (fact sheet 7.1 and 7.3; pinned in corpus/oie/string-methods.json and
/// corpus/oie/conversion-methods.json):
/// * Same rules as the classic `String.*` functions (StringFunctions.swift, `NullSafeText`), so the
///   two dialects never disagree: UTF-16 lengths and indices, case-sensitive, `substring` clamps and
///   counts negative indices from the end (Java's own `String.substring` would throw — decision),
///   `replace`/`replaceFirst` are literal in both (Java's `String.replaceFirst` is regex-based —
///   decision), `substringBefore` of an absent separator is the whole string, `substringAfter` of an
///   absent separator is "", `removeSpaces()` removes U+0020 only.
/// * Arguments are converted to text as Spring does (`'a1'.contains(1)` is true). A null argument:
///   `contains(null)` → false; `substringBefore(null)` → the string; `substringAfter(null)` → "";
///   `replace(null, x)` / `replace(x, null)` → the string unchanged; a null index → OEL6010;
///   a null version → OEL6010.
/// * Calling any method on null is OEL6002 (the evaluator's rule; use `?.`).
/// * There is no CSV⇄array conversion for receivers: a string receiver has string methods only
///   (`'a,b'.size()` fails with OEL5005).
/// * `versionGreaterThan` / `versionLessThan` use `VersionComparison` (dot-separated segments,
///   numeric runs compared as numbers, missing segments are 0: "14.2" equals "14.2.0").
/// * `toInteger()` / `toNumber()`: `NumberConversion` (ConvertFunctions.swift): BigDecimal text,
///   `(int) Math.round`, 32-bit wrap; `Double.parseDouble`; non-numeric text → OEL6013.
enum StringMethods {
    static let functions: [BuiltinFunction] = [
        method("toUpperCase", 0...0, "String.toUpperCase() → String", "The string in upper case.",
               [FunctionExample("'test'.toUpperCase()", #""TEST""#)]) { s, call throws(ValueError) in
            try call.result(JavaText.upperCased(s))
        },
        method("toLowerCase", 0...0, "String.toLowerCase() → String", "The string in lower case.",
               [FunctionExample("'TEST'.toLowerCase()", #""test""#)]) { s, call throws(ValueError) in
            try call.result(JavaText.lowerCased(s))
        },
        method("substring", 1...2, "String.substring(start: Integer, end: Integer?) → String",
               "The characters from start (inclusive) to end (exclusive) or the end; indices clamp, negative ones count from the end.",
               [FunctionExample("'test'.substring(1)", #""est""#),
                FunctionExample("user.profile.firstName.substring(1,3)", #""oh""#, context: #"{"user":{"profile":{"firstName":"John"}}}"#)]) { s, call throws(ValueError) in
            let start = try NullSafeText.index(call, 0, "start index")
            let end: Int? = call.argumentCount > 1 ? try NullSafeText.index(call, 1, "end index") : nil
            return try NullSafeText.result(NullSafeText.substring(s, start, end), call)
        },
        method("replace", 2...2, "String.replace(match: String, replacement: String) → String",
               "The string with every occurrence of match (literal text, not a regex) replaced.",
               [FunctionExample("'hello'.replace('l', 'p')", #""heppo""#)]) { s, call throws(ValueError) in
            try NullSafeText.result(NullSafeText.replace(s, call.string(0), call.string(1), all: true, maxBytes: call.limits.maxStringBytes), call)
        },
        method("replaceFirst", 2...2, "String.replaceFirst(match: String, replacement: String) → String",
               "The string with the first occurrence of match (literal text, not a regex) replaced.",
               [FunctionExample("'hello'.replaceFirst('l', 'p')", #""heplo""#)]) { s, call throws(ValueError) in
            try NullSafeText.result(NullSafeText.replace(s, call.string(0), call.string(1), all: false, maxBytes: call.limits.maxStringBytes), call)
        },
        method("length", 0...0, "String.length() → Integer", "The number of UTF-16 characters.",
               [FunctionExample("'test'.length()", "4")]) { s, _ throws(ValueError) in
            .int(NullSafeText.length(s))
        },
        method("removeSpaces", 0...0, "String.removeSpaces() → String", "The string without its space characters (U+0020 only).",
               [FunctionExample("'This is a test'.removeSpaces()", #""Thisisatest""#)]) { s, call throws(ValueError) in
            try NullSafeText.result(NullSafeText.removeSpaces(s), call)
        },
        method("contains", 1...1, "String.contains(search: String) → Boolean",
               "Whether search occurs in the string (case-sensitive); false for null.",
               [FunctionExample("'This is a test'.contains('test')", "true"),
                FunctionExample("'This is a test'.contains('Test')", "false")]) { s, call throws(ValueError) in
            .bool(NullSafeText.contains(s, call.string(0)))
        },
        method("substringBefore", 1...1, "String.substringBefore(search: String) → String",
               "The part before the first search; the whole string when search is absent.",
               [FunctionExample("'john.doe@okta.com'.substringBefore('@')", #""john.doe""#)]) { s, call throws(ValueError) in
            NullSafeText.value(NullSafeText.substringBefore(s, call.string(0)))
        },
        method("substringAfter", 1...1, "String.substringAfter(search: String) → String",
               "The part after the first search; \"\" when search is absent.",
               [FunctionExample("'john.doe@okta.com'.substringAfter('@')", #""okta.com""#),
                FunctionExample("'john.doe@okta.com'.substringAfter('.')", #""doe@okta.com""#)]) { s, call throws(ValueError) in
            NullSafeText.value(NullSafeText.substringAfter(s, call.string(0)))
        },
        method("versionGreaterThan", 1...1, "String.versionGreaterThan(version: String) → Boolean",
               "Whether the string is a later version than version (numeric per dot-separated segment).",
               [FunctionExample("'14.10'.versionGreaterThan('14.2.1')", "true")]) { s, call throws(ValueError) in
            .bool(VersionComparison.compare(s, try version(call)) > 0)
        },
        method("versionLessThan", 1...1, "String.versionLessThan(version: String) → Boolean",
               "Whether the string is an earlier version than version (numeric per dot-separated segment).",
               [FunctionExample("'9.9'.versionLessThan('9.43')", "true")]) { s, call throws(ValueError) in
            .bool(VersionComparison.compare(s, try version(call)) < 0)
        },
        method("toInteger", 0...0, "String.toInteger() → Integer",
               "The number in the string rounded half up to a 32-bit Integer (wraps); an error for non-numeric text.",
               [FunctionExample("'1.1'.toInteger()", "1"),
                FunctionExample("'-2147483649'.toInteger()", "2147483647"),
                FunctionExample("'john.doe@okta.com'.toInteger()", fails: .numberFormat)]) { s, _ throws(ValueError) in
            .int(try NumberConversion.toInteger(.string(s)))
        },
        method("toNumber", 0...0, "String.toNumber() → Number",
               "The number in the string as a Number (double); an error for non-numeric text.",
               [FunctionExample("'1.7'.toNumber()", "1.7"),
                FunctionExample("'123This is a test'.toNumber()", fails: .numberFormat)]) { s, _ throws(ValueError) in
            .double(try NumberConversion.toNumber(.string(s)))
        },
    ]

    private static func version(_ call: Call) throws(ValueError) -> String {
        guard let version = call.string(0) else {
            throw ValueError(.invalidArgument, "The version to compare with is null")
        }
        return version
    }

    private static func method(_ name: String, _ arity: ClosedRange<Int>, _ signature: String, _ summary: String,
                               _ examples: [FunctionExample],
                               _ body: @escaping @Sendable (String, inout Call) throws(ValueError) -> Value) -> BuiltinFunction {
        BuiltinFunction(.method(.string), name, dialects: [.identityEngine], arity: arity,
                        signature: signature, summary: summary, examples: examples) { call throws(ValueError) in
            guard case .string(let s) = call.receiver else {
                throw ValueError(.invalidArgument, "\(name)() needs a String receiver, not a \(call.receiver.typeName)")
            }
            return try body(s, &call)
        }
    }
}
