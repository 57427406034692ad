/// Classic bare (un-namespaced) string functions that Okta deprecated but still documents:
/// `toUpperCase(x)`, `toLowerCase(x)`, `substringBefore(x, s)`, `substringAfter(x, s)`,
/// `substring(x, start, end)`.
///
/// Decisions (pinned in corpus/functions/deprecated.json):
/// * Each behaves exactly like its `String.*` namesake (same null and edge rules, see
///   StringFunctions.swift) and carries a `Deprecation` naming that namesake.
/// * The 2016–2018 spellings `toUppercase` / `toLowercase` (lower-case `c`, as Okta's
///   reference spelled them then) are accepted too, also deprecated, so old mappings keep evaluating.
///   They are exact-case names: `TOUPPERCASE(x)` stays unknown.
/// * Classic only: in the Identity Engine dialect they fail to compile with OEL5003, whose
///   hint gives the method that dialect writes (`x.toUpperCase()`, its `counterpart`).
enum DeprecatedFunctions {
    static let functions: [BuiltinFunction] = [
        upper("toUpperCase"),
        upper("toUppercase"),
        lower("toLowerCase"),
        lower("toLowercase"),
        BuiltinFunction(
            .global, "substringBefore",
            parameters: [.init("input", .string), .init("searchString", .string)], returns: .string,
            deprecation: Deprecation(replacement: "String.substringBefore"), counterpart: "x.substringBefore(s)",
            summary: "The part of input before the first searchString.",
            examples: [FunctionExample(#"substringBefore("alex@okta.com", '@')"#, #""alex""#)]
        ) { call throws(ValueError) in
            NullSafeText.value(NullSafeText.substringBefore(call.string(0), call.string(1)))
        },
        BuiltinFunction(
            .global, "substringAfter",
            parameters: [.init("input", .string), .init("searchString", .string)], returns: .string,
            deprecation: Deprecation(replacement: "String.substringAfter"), counterpart: "x.substringAfter(s)",
            summary: "The part of input after the first searchString.",
            examples: [FunctionExample(#"substringAfter("alex@okta.com", '@')"#, #""okta.com""#)]
        ) { call throws(ValueError) in
            NullSafeText.value(NullSafeText.substringAfter(call.string(0), call.string(1)))
        },
        BuiltinFunction(
            .global, "substring",
            parameters: [.init("input", .string), .init("startIndex", .integer), .init("endIndex", .integer)], returns: .string,
            deprecation: Deprecation(replacement: "String.substring"), counterpart: "x.substring(start, end)",
            summary: "The characters from startIndex (inclusive) to endIndex (exclusive).",
            examples: [FunctionExample(#"substring("Alexander", 1, 4)"#, #""lex""#)]
        ) { call throws(ValueError) in
            let start = try NullSafeText.index(call, 1, "start index")
            let end = try NullSafeText.index(call, 2, "end index")
            return try NullSafeText.result(NullSafeText.substring(call.string(0), start, end), call)
        },
    ]

    private static func upper(_ name: String) -> BuiltinFunction {
        BuiltinFunction(
            .global, name,
            parameters: [.init("input", .string)], returns: .string,
            deprecation: Deprecation(replacement: "String.toUpperCase"), counterpart: "x.toUpperCase()",
            summary: "input in upper case; null for null.",
            examples: [FunctionExample(#"\#(name)("Alexander")"#, #""ALEXANDER""#)]
        ) { call throws(ValueError) in
            try NullSafeText.result(call.string(0).map(JavaText.upperCased), call)
        }
    }

    private static func lower(_ name: String) -> BuiltinFunction {
        BuiltinFunction(
            .global, name,
            parameters: [.init("input", .string)], returns: .string,
            deprecation: Deprecation(replacement: "String.toLowerCase"), counterpart: "x.toLowerCase()",
            summary: "input in lower case; null for null.",
            examples: [FunctionExample(#"\#(name)("AlexANDER")"#, #""alexander""#)]
        ) { call throws(ValueError) in
            try NullSafeText.result(call.string(0).map(JavaText.lowerCased), call)
        }
    }
}
