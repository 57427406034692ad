/// Identity Engine string methods: `s.toUpperCase()`, `toLowerCase()`, `substring(start[, end])`,
/// `replace`, `replaceFirst`, `length()`, `removeSpaces()`, `contains`, `substringBefore`,
/// `substringAfter`, `versionGreaterThan`, `versionLessThan`, `toInteger()`, `toNumber()`.
///
/// Semantics (Okta's Identity Engine Expression Language reference, "String methods" and "Conversion methods";
/// pinned in corpus/oie/string-methods.json and
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
        method("toUpperCase", [], returns: .string, counterpart: "String.toUpperCase(x)", "The string in upper case.",
               [FunctionExample("'test'.toUpperCase()", #""TEST""#)]) { s, call throws(ValueError) in
            try call.result(JavaText.upperCased(s))
        },
        method("toLowerCase", [], returns: .string, counterpart: "String.toLowerCase(x)", "The string in lower case.",
               [FunctionExample("'TEST'.toLowerCase()", #""test""#)]) { s, call throws(ValueError) in
            try call.result(JavaText.lowerCased(s))
        },
        method("substring", [.init("start", .integer), .optional("end", .integer)], returns: .string,
               counterpart: "String.substring(x, start, end)",
               "The characters from start (inclusive) to end (exclusive) or the end; indices clamp, negative ones count from the end.",
               [FunctionExample("'test'.substring(1)", #""est""#),
                FunctionExample("user.profile.firstName.substring(1,3)", #""oh""#, context: #"{"user":{"profile":{"firstName":"John"}}}"#)]) { s, call throws(ValueError) in
            let start = try NullSafeText.index(call, 0, "start index")
            let end: Int? = call.argumentCount > 1 ? try NullSafeText.index(call, 1, "end index") : nil
            return try NullSafeText.result(NullSafeText.substring(s, start, end), call)
        },
        method("replace", [.init("match", .string), .init("replacement", .string)], returns: .string,
               counterpart: "String.replace(x, match, replacement)",
               "The string with every occurrence of match (literal text, not a regex) replaced.",
               [FunctionExample("'hello'.replace('l', 'p')", #""heppo""#)]) { s, call throws(ValueError) in
            try NullSafeText.result(NullSafeText.replace(s, call.string(0), call.string(1), all: true, maxBytes: call.limits.maxStringBytes), call)
        },
        method("replaceFirst", [.init("match", .string), .init("replacement", .string)], returns: .string,
               counterpart: "String.replaceFirst(x, match, replacement)",
               "The string with the first occurrence of match (literal text, not a regex) replaced.",
               [FunctionExample("'hello'.replaceFirst('l', 'p')", #""heplo""#)]) { s, call throws(ValueError) in
            try NullSafeText.result(NullSafeText.replace(s, call.string(0), call.string(1), all: false, maxBytes: call.limits.maxStringBytes), call)
        },
        method("length", [], returns: .integer, counterpart: "String.len(x)", "The number of UTF-16 characters.",
               [FunctionExample("'test'.length()", "4")]) { s, _ throws(ValueError) in
            .int(NullSafeText.length(s))
        },
        method("removeSpaces", [], returns: .string, counterpart: "String.removeSpaces(x)",
               "The string without its space characters (U+0020 only).",
               [FunctionExample("'This is a test'.removeSpaces()", #""Thisisatest""#)]) { s, call throws(ValueError) in
            try NullSafeText.result(NullSafeText.removeSpaces(s), call)
        },
        method("contains", [.init("search", .string)], returns: .boolean, counterpart: "String.stringContains(x, s)",
               "Whether search occurs in the string (case-sensitive); false for null.",
               [FunctionExample("'This is a test'.contains('test')", "true"),
                FunctionExample("'This is a test'.contains('Test')", "false")]) { s, call throws(ValueError) in
            .bool(NullSafeText.contains(s, call.string(0)))
        },
        method("substringBefore", [.init("search", .string)], returns: .string, counterpart: "String.substringBefore(x, s)",
               "The part before the first search; the whole string when search is absent.",
               [FunctionExample("'john.doe@okta.com'.substringBefore('@')", #""john.doe""#)]) { s, call throws(ValueError) in
            NullSafeText.value(NullSafeText.substringBefore(s, call.string(0)))
        },
        method("substringAfter", [.init("search", .string)], returns: .string, counterpart: "String.substringAfter(x, s)",
               "The part after the first search; \"\" when search is absent.",
               [FunctionExample("'john.doe@okta.com'.substringAfter('@')", #""okta.com""#),
                FunctionExample("'john.doe@okta.com'.substringAfter('.')", #""doe@okta.com""#)]) { s, call throws(ValueError) in
            NullSafeText.value(NullSafeText.substringAfter(s, call.string(0)))
        },
        method("versionGreaterThan", [.init("version", .string)], returns: .boolean,
               "Whether the string is a later version than version (numeric per dot-separated segment).",
               [FunctionExample("'14.10'.versionGreaterThan('14.2.1')", "true")]) { s, call throws(ValueError) in
            .bool(VersionComparison.compare(s, try version(call)) > 0)
        },
        method("versionLessThan", [.init("version", .string)], returns: .boolean,
               "Whether the string is an earlier version than version (numeric per dot-separated segment).",
               [FunctionExample("'9.9'.versionLessThan('9.43')", "true")]) { s, call throws(ValueError) in
            .bool(VersionComparison.compare(s, try version(call)) < 0)
        },
        method("toInteger", [], returns: .integer, counterpart: "Convert.toInt(x)",
               "The number in the string rounded half up to a 32-bit Integer (wraps); an error for non-numeric text.",
               [FunctionExample("'1.1'.toInteger()", "1"),
                FunctionExample("'-2147483649'.toInteger()", "2147483647"),
                FunctionExample("'john.doe@okta.com'.toInteger()", fails: .numberFormat)]) { s, _ throws(ValueError) in
            .int(try NumberConversion.toInteger(.string(s)))
        },
        method("toNumber", [], returns: .number, counterpart: "Convert.toNum(x)",
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

    private static func method(_ name: String, _ parameters: [FunctionParameter], returns result: DeclaredType,
                               counterpart: String? = nil, _ summary: String, _ examples: [FunctionExample],
                               _ body: @escaping @Sendable (String, inout Call) throws(ValueError) -> Value) -> BuiltinFunction {
        BuiltinFunction(.method(.string), name, dialects: [.identityEngine], parameters: parameters, returns: result,
                        counterpart: counterpart, summary: summary, examples: examples) { call throws(ValueError) in
            guard case .string(let s) = call.receiver else {
                throw ValueError(.invalidArgument, "\(name)() needs a String receiver, not a \(call.receiver.typeName)")
            }
            return try body(s, &call)
        }
    }
}
