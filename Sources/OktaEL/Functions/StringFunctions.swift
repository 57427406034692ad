/// Classic `String.*` functions.
enum StringFunctions {
    static let functions: [BuiltinFunction] = [
        BuiltinFunction(
            .namespaced("String"), "len", arity: 1...1,
            signature: "String.len(input: String) → Integer",
            summary: "The number of UTF-16 characters of input; 0 for null.",
            examples: [FunctionExample(#"String.len("This")"#, "4")]
        ) { call in
            .int(Int32(clamping: call.string(0)?.utf16.count ?? 0))
        },
    ]
}
