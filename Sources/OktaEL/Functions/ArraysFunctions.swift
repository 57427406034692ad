/// Classic `Arrays.*` functions, and `ArrayOps`, the list helpers the Identity Engine array
/// methods share.
///
/// Semantics (Okta's Expression Language reference, "Array functions", and grammar/decisions.md, "Arrays and conversions";
/// pinned in corpus/functions/arrays.json):
/// * Every array parameter also accepts a CSV string (documented for all `Arrays*` functions):
///   Spring's string-to-collection conversion splits on "," and trims each piece, "" is the
///   empty list, and the pieces stay strings (`Arrays.contains("10, 20", 10)` is false,
///   `Arrays.contains("10, 20", "10")` is true). Any other non-null scalar is a one-element list.
/// * Every function returns a new list; nothing is mutated.
/// * A null array reads as the empty list (`CollectionUtils.size/isEmpty` null-safety, documented
///   `Arrays.size(NULL)` 0 and `Arrays.isEmpty(NULL)` true): `add(null, v)` → `{v}`, `remove(null, v)`
///   and `clear(null)` → `{}`, `contains(null, v)` → false — except where stated below.
/// * Equality is Java `equals`, type-strict (`Arrays.contains({1,2,3}, 2L)` is false, as in real SpEL);
///   strings compare exactly and case-sensitively, whole elements only.
/// * `remove(array, value)` removes by value (documented `Arrays.remove({10, 20, 30}, 20)` → `{10, 30}`),
///   only the **first** occurrence (Java `List.remove(Object)`); a missing value leaves the list as is.
/// * `get(array, position)`: 0-based; an index outside the list, a negative one, or a null array
///   is an error OEL6007 (`List.get` / `CollectionUtils.get` throw `IndexOutOfBoundsException`);
///   a null position is OEL6010.
/// * `flatten(values...)`: one level deep: each list argument contributes its elements, each string
///   argument its CSV pieces (documented `Arrays.flatten('10, 20, 30, 40')` — the pieces are strings),
///   any other value itself; nested lists inside a list argument stay lists. No arguments give `{}`
///   (Java varargs). A null argument is an error OEL6010 (documented: "fails to evaluate if any
///   argument is null"). A single list argument is the varargs array itself (SpEL converts a lone
///   List argument to the varargs array; the SpEL oracle's `isMemberOfAnyGroup({...})` shows it):
///   `Arrays.flatten({{1}, {2, 3}})` is `{1, 2, 3}`, like the documented `{{1}, {2, 3}}.flatten()`,
///   and so the "array of arrays" of Okta's support article on `Arrays.flatten(String.replace(...))`
///   comes out flat. Its string elements are kept whole (a group name with a comma survives), its
///   null elements kept.
/// * `toCsvString(array)`: `StringUtils.join(list, ",")`: no spaces, no trimming, a null element is ""
///   (real SpEL gives `"a,1,true,"`), other elements as Java's `toString` prints them; a null array gives null.
enum ArraysFunctions {
    static let functions: [BuiltinFunction] = [
        BuiltinFunction(
            .namespaced("Arrays"), "add",
            parameters: [.init("array", .array(nil)), .init("value", .any)], returns: .array(nil),
            counterpart: "a.add(v)",
            summary: "A new array: array with value appended (a null array reads as {}).",
            examples: [FunctionExample("Arrays.add({10, 20, 30}, 40)", "[10, 20, 30, 40]")]
        ) { call throws(ValueError) in
            try call.charge(1 + (call.array(0)?.count ?? 0) / 64)
            return try call.result(ArrayOps.adding(call.array(0) ?? [], call[1]))
        },
        BuiltinFunction(
            .namespaced("Arrays"), "remove",
            parameters: [.init("array", .array(nil)), .init("value", .any)], returns: .array(nil),
            counterpart: "a.remove(v)",
            summary: "A new array: array without the first element equal to value.",
            examples: [FunctionExample("Arrays.remove({10, 20, 30}, 20)", "[10, 30]")]
        ) { call throws(ValueError) in
            let items = call.array(0) ?? []
            try call.charge(1 + items.count / 16)
            return try call.result(ArrayOps.removingFirst(items, call[1]))
        },
        BuiltinFunction(
            .namespaced("Arrays"), "clear",
            parameters: [.init("array", .array(nil))], returns: .array(nil),
            summary: "An empty array.",
            examples: [FunctionExample("Arrays.clear({10, 20, 30})", "[]")]
        ) { _ throws(ValueError) in
            .array([])
        },
        BuiltinFunction(
            .namespaced("Arrays"), "get",
            parameters: [.init("array", .array(nil)), .init("position", .integer)], returns: .any,
            check: ArgumentRules.nonNegativeIndex(1),
            summary: "The element at the 0-based position; an error outside the array.",
            examples: [FunctionExample("Arrays.get({0, 1, 2}, 0)", "0")]
        ) { call throws(ValueError) in
            guard let position = try call.int(1, "position") else {
                throw ValueError(.invalidArgument, "The position is null", hint: "guard the value: x != null ? ... : ...")
            }
            let items = call.array(0) ?? []
            guard position >= 0, Int(position) < items.count else {
                throw ValueError(.indexOutOfBounds, "Index \(position) is out of bounds for an array of \(items.count) elements",
                                 hint: "check the size first: Arrays.size(a) > \(position) ? Arrays.get(a, \(position)) : null")
            }
            return items[Int(position)]
        },
        BuiltinFunction(
            .namespaced("Arrays"), "flatten",
            parameters: [.repeated("values", .any)], returns: .array(nil),
            counterpart: "a.flatten()",
            summary: "One array of the values, with array (and CSV string) arguments expanded one level; fails on a null argument.",
            examples: [
                FunctionExample("Arrays.flatten(10, {20, 30}, 40)", "[10, 20, 30, 40]"),
                FunctionExample("Arrays.flatten('10, 20, 30, 40')", #"["10", "20", "30", "40"]"#),
            ]
        ) { call throws(ValueError) in
            if call.argumentCount == 1, case .array(let items) = call[0] {
                // One list argument is the varargs array itself, as SpEL converts it (as for
                // String.join): its list elements are expanded, the others kept as they are.
                return try call.result(ArrayOps.flattenedOneLevel(items, call))
            }
            var out: [Value] = []
            for (offset, argument) in call.arguments.enumerated() {
                switch argument {
                case .null:
                    throw ValueError(.invalidArgument, "Argument \(offset + 1) of Arrays.flatten is null",
                                     hint: "guard each argument: x != null ? x : {}")
                case .array, .string:
                    let items = Call.asArray(argument) ?? []
                    try call.charge(1 + items.count / 16)
                    out.append(contentsOf: items)
                default:
                    out.append(argument)
                }
                if out.count > call.limits.maxArrayCount { break }
            }
            return try call.result(out)
        },
        BuiltinFunction(
            .namespaced("Arrays"), "contains",
            parameters: [.init("array", .array(nil)), .init("value", .any)], returns: .boolean,
            counterpart: "a.contains(v)",
            summary: "Whether an element equals value (exact, type-strict, case-sensitive); false for a null array.",
            examples: [
                FunctionExample("Arrays.contains({10, 20, 30}, 10)", "true"),
                FunctionExample("Arrays.contains({10, 20, 30}, 50)", "false"),
            ],
            direct: .binary { list, value, e throws(ValueError) in
                try ArgumentBinding.list(list) { items throws(ValueError) in
                    guard let items else {
                        try e.charge(1)
                        return .bool(false)
                    }
                    try e.charge(1 + items.count / 16)
                    return .bool(ArrayOps.contains(items, value))
                }
            }
        ),
        BuiltinFunction(
            .namespaced("Arrays"), "size",
            parameters: [.init("array", .array(nil))], returns: .integer,
            counterpart: "a.size()",
            summary: "The number of elements; 0 for null.",
            examples: [
                FunctionExample("Arrays.size({10, 20, 30})", "3"),
                FunctionExample("Arrays.size(NULL)", "0"),
            ],
            direct: .unary { list, _ throws(ValueError) in
                try ArgumentBinding.list(list) { .int(Int32(clamping: $0?.count ?? 0)) }
            }
        ),
        BuiltinFunction(
            .namespaced("Arrays"), "isEmpty",
            parameters: [.init("array", .array(nil))], returns: .boolean,
            counterpart: "a.isEmpty()",
            summary: "Whether the array has no elements; true for null.",
            examples: [
                FunctionExample("Arrays.isEmpty({10, 20})", "false"),
                FunctionExample("Arrays.isEmpty(NULL)", "true"),
            ],
            direct: .unary { list, _ throws(ValueError) in
                try ArgumentBinding.list(list) { .bool($0?.isEmpty ?? true) }
            }
        ),
        BuiltinFunction(
            .namespaced("Arrays"), "toCsvString",
            parameters: [.init("array", .array(nil))], returns: .string,
            summary: "The elements joined with \",\" (no spaces, no trimming; null elements as \"\"); null for null.",
            examples: [FunctionExample(#"Arrays.toCsvString({"This", "is", " a ", "test"})"#, #""This,is, a ,test""#)],
            direct: .unary { list, e throws(ValueError) in
                try ArgumentBinding.list(list) { items throws(ValueError) in
                    guard let items else { return .null }
                    return try csvString(items, &e)
                }
            }
        ),
    ]

    /// `Arrays.toCsvString` of `items`.
    private static func csvString(_ items: [Value], _ e: inout Evaluation) throws(ValueError) -> Value {
        try e.charge(1 + items.count / 16)
        guard let text = TextJoin.joined(count: items.count, separator: ",", maxBytes: e.limits.maxStringBytes, {
            ArrayOps.joinText(items[$0])
        }) else {
            throw NullSafeText.tooLong(e.limits)
        }
        return .string(text)
    }
}

/// List helpers with Java `List` semantics, shared by `Arrays.*` and the Identity Engine array methods.
enum ArrayOps {
    /// `items` with each list element expanded one level, charged per expanded list and cut
    /// past the array limit (which `call.result` then reports).
    static func flattenedOneLevel(_ items: [Value], _ call: borrowing Call) throws(ValueError) -> [Value] {
        var out: [Value] = []
        for item in items {
            if case .array(let inner) = item {
                try call.charge(1 + inner.count / 16)
                out.append(contentsOf: inner)
            } else {
                out.append(item)
            }
            if out.count > call.limits.maxArrayCount { break }
        }
        return out
    }

    /// `items` with `value` appended.
    static func adding(_ items: [Value], _ value: Value) -> [Value] {
        var copy = items
        copy.append(value)
        return copy
    }

    /// `items` without the first element Java-equal to `value` (`List.remove(Object)`).
    static func removingFirst(_ items: [Value], _ value: Value) -> [Value] {
        guard let position = items.firstIndex(where: { Comparison.javaEquals($0, value) }) else { return items }
        var copy = items
        copy.remove(at: position)
        return copy
    }

    /// Whether an element is Java-equal to `value` (`List.contains`).
    static func contains(_ items: [Value], _ value: Value) -> Bool {
        // A string (the usual case: a scope, a role) equals only a string with the same
        // bytes; compared in place, without copying each element out for the general rule.
        if case .string(let wanted) = value {
            for index in items.indices {
                if case .string(let text) = items[index], PropertyKey.bytesEqual(text, wanted) { return true }
            }
            return false
        }
        return items.contains { Comparison.javaEquals($0, value) }
    }

    /// An element as `StringUtils.join` prints it: `String.valueOf`, with null as "".
    static func joinText(_ value: Value) -> String {
        value.isNull ? "" : value.javaToString
    }
}
