/// Classic `String.*` functions. Their text rules are `NullSafeText`'s (NullSafeText.swift), which
/// the deprecated bare functions and the Identity Engine string methods share.
///
/// Semantics (grammar/decisions.md, "Strings": Okta's documented edge cases all match Apache
/// Commons Lang `StringUtils`, so the undocumented ones follow it too; every line is pinned by a corpus case
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
///   match, or a null replacement, leaves the input unchanged. A list input is replaced element by
///   element and stays a list (nested lists stay nested, null elements stay null), so a group named
///   `SSO-Sales, EMEA` survives `Arrays.flatten(String.replace(getFilteredGroups(...), "SSO-", ""))`
///   (Okta's support article "flattening filtered groups and replacing string segments"; ListReplacement).
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
                try ArgumentBinding.text(a, b) { input, suffix throws(ValueError) in
                    guard let input else { return .null }
                    return try Call.result(input + (suffix ?? ""), e.limits)
                }
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
                try ArgumentBinding.text(a) { .int(NullSafeText.length($0)) }
            }
        ),
        BuiltinFunction(
            .namespaced("String"), "removeSpaces",
            parameters: [.init("input", .string)], returns: .string,
            counterpart: "x.removeSpaces()",
            summary: "input without its space characters (U+0020 only); null for null.",
            examples: [FunctionExample(#"String.removeSpaces("This is a test")"#, #""Thisisatest""#)],
            direct: .unary { a, e throws(ValueError) in
                try NullSafeText.result(ArgumentBinding.text(a) { NullSafeText.removeSpaces($0) }, e.limits)
            }
        ),
        BuiltinFunction(
            .namespaced("String"), "replace",
            parameters: [.init("input", .string), .init("match", .string), .init("replacement", .string)], returns: .string,
            counterpart: "x.replace(match, replacement)",
            summary: "input with every occurrence of match (literal text, not a regex) replaced; null for null; a list input is replaced element by element.",
            examples: [
                FunctionExample(#"String.replace("This is a test", "is", "at")"#, #""That at a test""#),
            ],
            direct: .ternary { a, b, c, e throws(ValueError) in
                if case .array(let items) = a { return try ListReplacement.each(items, b, c, all: true, &e) }
                return try ArgumentBinding.text(a, b, c) { text, match, replacement throws(ValueError) in
                    try NullSafeText.result(NullSafeText.replace(text, match, replacement, all: true, maxBytes: e.limits.maxStringBytes), e.limits)
                }
            }
        ),
        BuiltinFunction(
            .namespaced("String"), "replaceFirst",
            parameters: [.init("input", .string), .init("match", .string), .init("replacement", .string)], returns: .string,
            counterpart: "x.replaceFirst(match, replacement)",
            summary: "input with the first occurrence of match (literal text, not a regex) replaced; null for null; a list input is replaced element by element.",
            examples: [
                FunctionExample(#"String.replaceFirst("This is a test", "is", "at")"#, #""That is a test""#),
                FunctionExample(#"String.replaceFirst("This list includes chores", "is", "at")"#, #""That list includes chores""#),
            ],
            direct: .ternary { a, b, c, e throws(ValueError) in
                // Converted, not bound: bound as `replace` binds them, the two bodies would differ
                // only in `all`, and the optimizer merges such closures into one function behind a
                // thunk that costs `replace` about 15 instructions a call.
                if case .array(let items) = a { return try ListReplacement.each(items, b, c, all: false, &e) }
                return try NullSafeText.result(NullSafeText.replace(a.convertedToString, b.convertedToString, c.convertedToString, all: false,
                                                             maxBytes: e.limits.maxStringBytes), e.limits)
            }
        ),
        BuiltinFunction(
            .namespaced("String"), "startsWith",
            parameters: [.init("input", .string), .init("starts", .string)], returns: .boolean,
            summary: "Whether input begins with starts (case-sensitive); false when either is null.",
            examples: [FunctionExample(#"String.startsWith("Kiss", "K")"#, "true")],
            direct: .binary { a, b, _ throws(ValueError) in
                try ArgumentBinding.text(a, b) { .bool(NullSafeText.startsWith($0, $1)) }
            }
        ),
        BuiltinFunction(
            .namespaced("String"), "endsWith",
            parameters: [.init("input", .string), .init("suffix", .string)], returns: .boolean,
            documentation: .notInOktaReference(reason: "provided because common tooling and the shared workload use it"),
            summary: "Whether input ends with suffix (case-sensitive).",
            examples: [FunctionExample(#"String.endsWith("user@example.com", "example.com")"#, "true")],
            direct: .binary { a, b, _ throws(ValueError) in
                try ArgumentBinding.text(a, b) { .bool(NullSafeText.endsWith($0, $1)) }
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
                try ArgumentBinding.text(a, b) { .bool(NullSafeText.contains($0, $1)) }
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
                return try NullSafeText.result(ArgumentBinding.text(a) { NullSafeText.substring($0, start, end) }, e.limits)
            }
        ),
        BuiltinFunction(
            .namespaced("String"), "substringAfter",
            parameters: [.init("input", .string), .init("searchString", .string)], returns: .string,
            counterpart: "x.substringAfter(s)",
            summary: "The part of input after the first searchString; \"\" when searchString is absent; null for null.",
            examples: [FunctionExample(#"String.substringAfter("abc@okta.com", "@")"#, #""okta.com""#)],
            direct: .binary { a, b, _ throws(ValueError) in
                try ArgumentBinding.text(a, b) { NullSafeText.value(NullSafeText.substringAfter($0, $1)) }
            }
        ),
        BuiltinFunction(
            .namespaced("String"), "substringBefore",
            parameters: [.init("input", .string), .init("searchString", .string)], returns: .string,
            counterpart: "x.substringBefore(s)",
            summary: "The part of input before the first searchString; all of input when it is absent; null for null.",
            examples: [FunctionExample(#"String.substringBefore("abc@okta.com", "@")"#, #""abc""#)],
            direct: .binary { a, b, _ throws(ValueError) in
                try ArgumentBinding.text(a, b) { NullSafeText.value(NullSafeText.substringBefore($0, $1)) }
            }
        ),
        BuiltinFunction(
            .namespaced("String"), "toUpperCase",
            parameters: [.init("input", .string)], returns: .string,
            counterpart: "x.toUpperCase()",
            summary: "input in upper case; null for null.",
            examples: [FunctionExample(#"String.toUpperCase("This")"#, #""THIS""#)],
            direct: .unary { a, e throws(ValueError) in
                try ArgumentBinding.text(a) { text throws(ValueError) in
                    guard let text else { return .null }
                    return try Call.result(JavaText.upperCased(text), e.limits)
                }
            }
        ),
        BuiltinFunction(
            .namespaced("String"), "toLowerCase",
            parameters: [.init("input", .string)], returns: .string,
            counterpart: "x.toLowerCase()",
            summary: "input in lower case; null for null.",
            examples: [FunctionExample(#"String.toLowerCase("ThiS")"#, #""this""#)],
            direct: .unary { a, e throws(ValueError) in
                try ArgumentBinding.text(a) { text throws(ValueError) in
                    guard let text else { return .null }
                    return try Call.result(JavaText.lowerCased(text), e.limits)
                }
            }
        ),
    ]

}

/// `String.replace` / `replaceFirst` of a list: each element replaced on its own. Okta's support
/// article on `Arrays.flatten(String.replace(getFilteredGroups(...), "SSO-", ""))` says the
/// replacement "removes any occurrence of SSO- in the group names" and that its result may be
/// "an array of arrays" for `Arrays.flatten` to flatten: a list result, not the comma-joined text
/// Spring's conversion would give (which `flatten` would split again, cutting a name with a comma).
enum ListReplacement {
    /// The list with `match` replaced by `replacement` in each element (all occurrences or the first).
    static func each(_ items: [Value], _ match: Value, _ replacement: Value, all: Bool,
                     _ e: inout Evaluation) throws(ValueError) -> Value {
        let matchText = match.convertedToString, replacementText = replacement.convertedToString
        var out: [Value] = []
        out.reserveCapacity(items.count)
        for item in items {
            try e.charge(1)
            switch item {
            case .null: out.append(.null)
            case .array(let inner): out.append(try each(inner, match, replacement, all: all, &e))
            default:
                let text = try NullSafeText.replace(item.convertedToString, matchText, replacementText, all: all, maxBytes: e.limits.maxStringBytes)
                out.append(try NullSafeText.result(text, e.limits))
            }
        }
        return .array(out)
    }
}
