/// Classic bare (un-namespaced) string functions that Okta deprecated but still documents:
/// `toUpperCase(x)`, `toLowerCase(x)`, `substringBefore(x, s)`, `substringAfter(x, s)`,
/// `substring(x, start, end)`.
///
/// Decisions (pinned in corpus/functions/deprecated.json):
/// * Each behaves exactly like its `String.*` namesake (same null and edge rules, see
///   StringFunctions.swift) and is marked `deprecated: true`.
/// * The 2016–2018 spellings `toUppercase` / `toLowercase` (lower-case `c`, fact sheet 5.1 and
///   open question 15) are accepted too, also deprecated, so old mappings keep evaluating.
///   They are exact-case names: `TOUPPERCASE(x)` stays unknown.
/// * Classic only: in the Identity Engine dialect they fail to compile with OEL5003.
enum DeprecatedFunctions {
    static let functions: [BuiltinFunction] = [
        upper("toUpperCase"),
        upper("toUppercase"),
        lower("toLowerCase"),
        lower("toLowercase"),
        BuiltinFunction(
            .global, "substringBefore", arity: 2...2,
            signature: "substringBefore(input: String, searchString: String) → String",
            summary: "Deprecated: use String.substringBefore. The part of input before the first searchString.",
            examples: [FunctionExample(#"substringBefore("alex@okta.com", '@')"#, #""alex""#)],
            deprecated: true
        ) { call throws(ValueError) in
            NullSafeText.value(NullSafeText.substringBefore(call.string(0), call.string(1)))
        },
        BuiltinFunction(
            .global, "substringAfter", arity: 2...2,
            signature: "substringAfter(input: String, searchString: String) → String",
            summary: "Deprecated: use String.substringAfter. The part of input after the first searchString.",
            examples: [FunctionExample(#"substringAfter("alex@okta.com", '@')"#, #""okta.com""#)],
            deprecated: true
        ) { call throws(ValueError) in
            NullSafeText.value(NullSafeText.substringAfter(call.string(0), call.string(1)))
        },
        BuiltinFunction(
            .global, "substring", arity: 3...3,
            signature: "substring(input: String, startIndex: Integer, endIndex: Integer) → String",
            summary: "Deprecated: use String.substring. The characters from startIndex (inclusive) to endIndex (exclusive).",
            examples: [FunctionExample(#"substring("Alexander", 1, 4)"#, #""lex""#)],
            deprecated: true
        ) { call throws(ValueError) in
            let start = try NullSafeText.index(call, 1, "start index")
            let end = try NullSafeText.index(call, 2, "end index")
            return try NullSafeText.result(NullSafeText.substring(call.string(0), start, end), call)
        },
    ]

    private static func upper(_ name: String) -> BuiltinFunction {
        BuiltinFunction(
            .global, name, arity: 1...1,
            signature: "\(name)(input: String) → String",
            summary: "Deprecated: use String.toUpperCase. input in upper case; null for null.",
            examples: [FunctionExample(#"\#(name)("Alexander")"#, #""ALEXANDER""#)],
            deprecated: true
        ) { call throws(ValueError) in
            try NullSafeText.result(call.string(0).map(JavaText.upperCased), call)
        }
    }

    private static func lower(_ name: String) -> BuiltinFunction {
        BuiltinFunction(
            .global, name, arity: 1...1,
            signature: "\(name)(input: String) → String",
            summary: "Deprecated: use String.toLowerCase. input in lower case; null for null.",
            examples: [FunctionExample(#"\#(name)("AlexANDER")"#, #""alexander""#)],
            deprecated: true
        ) { call throws(ValueError) in
            try NullSafeText.result(call.string(0).map(JavaText.lowerCased), call)
        }
    }
}
