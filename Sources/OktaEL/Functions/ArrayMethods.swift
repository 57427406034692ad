/// Identity Engine array methods: `a.contains(x)`, `size()`, `isEmpty()`, `add(x)`, `remove(x)`,
/// `flatten()`.
///
/// Semantics (Okta's Identity Engine Expression Language reference, "Array methods"; pinned in corpus/oie/array-methods.json):
/// * The same list rules as classic `Arrays.*` (`ArrayOps` in ArraysFunctions.swift): Java `equals`,
///   type-strict (`{1, 2, 3}.contains('one')` and `{1, 2}.contains(1L)` are false), case-sensitive;
///   `add` and `remove` return a new array (documented: `{'one', 'two'}.add('two')` →
///   `{"one", "two", "two"}`); `remove(x)` removes by value (documented `{1, 2, 3}.remove(1)` →
///   `{2, 3}`, `{2, 3}.remove(1)` → `{2, 3}`), first occurrence only.
/// * `flatten()` expands the receiver's list elements one level (`{{1}, {2, 3}}.flatten()` →
///   `{1, 2, 3}`; `{1, {2, {3}}}.flatten()` → `{1, 2, {3}}`); other elements, null included, stay as
///   they are. Unlike classic `Arrays.flatten`, string elements are not split as CSV.
/// * The receiver must be an array: no CSV conversion of string receivers (`'a,b'.size()` is
///   OEL5005); a null receiver is OEL6002 (use `?.`).
/// * Null arguments are ordinary values: `a.contains(null)` is true only when a holds a null,
///   `a.add(null)` appends null, `a.remove(null)` removes the first null.
enum ArrayMethods {
    static let functions: [BuiltinFunction] = [
        method("contains", [.init("value", .any)], returns: .boolean,
               "Whether an element equals value (exact, type-strict, case-sensitive).",
               [FunctionExample("{1, 2, 3}.contains(3)", "true"),
                FunctionExample("{1, 2, 3}.contains('one')", "false")]) { items, call throws(ValueError) in
            try call.charge(1 + items.count / 16)
            return .bool(ArrayOps.contains(items, call[0]))
        },
        method("size", [], returns: .integer, "The number of elements.",
               [FunctionExample("{'one', 'two'}.size()", "2")]) { items, _ throws(ValueError) in
            .int(Int32(clamping: items.count))
        },
        method("isEmpty", [], returns: .boolean, "Whether the array has no elements.",
               [FunctionExample("{}.isEmpty()", "true")]) { items, _ throws(ValueError) in
            .bool(items.isEmpty)
        },
        method("add", [.init("value", .any)], returns: .array(nil), "A new array: the array with value appended.",
               [FunctionExample("{'one', 'two'}.add('zero')", #"["one", "two", "zero"]"#),
                FunctionExample("{'one', 'two'}.add('two')", #"["one", "two", "two"]"#)]) { items, call throws(ValueError) in
            try call.charge(1 + items.count / 64)
            return try call.result(ArrayOps.adding(items, call[0]))
        },
        method("remove", [.init("value", .any)], returns: .array(nil), "A new array: the array without the first element equal to value.",
               [FunctionExample("{1, 2, 3}.remove(1)", "[2, 3]"),
                FunctionExample("{2, 3}.remove(1)", "[2, 3]")]) { items, call throws(ValueError) in
            try call.charge(1 + items.count / 16)
            return try call.result(ArrayOps.removingFirst(items, call[0]))
        },
        method("flatten", [], returns: .array(nil), "The elements, with list elements expanded one level.",
               [FunctionExample("{{1}, {2, 3}}.flatten()", "[1, 2, 3]"),
                FunctionExample("{1, 2, 3}.flatten()", "[1, 2, 3]")]) { items, call throws(ValueError) in
            try call.result(ArrayOps.flattenedOneLevel(items, call))
        },
    ]

    private static func method(_ name: String, _ parameters: [FunctionParameter], returns result: DeclaredType,
                               _ summary: String, _ examples: [FunctionExample],
                               _ body: @escaping @Sendable ([Value], inout Call) throws(ValueError) -> Value) -> BuiltinFunction {
        BuiltinFunction(.method(.array), name, dialects: [.identityEngine], parameters: parameters, returns: result,
                        summary: summary, examples: examples) { call throws(ValueError) in
            guard case .array(let items) = call.receiver else {
                throw ValueError(.invalidArgument, "\(name)() needs an Array receiver, not a \(call.receiver.typeName)")
            }
            return try body(items, &call)
        }
    }
}
