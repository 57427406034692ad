/// Identity Engine `Number.toInteger()` (`1.1.toInteger()` → 1).
///
/// Semantics (Okta's Identity Engine Expression Language reference, "Conversion methods";
/// pinned in corpus/oie/conversion-methods.json): `(int) Math.round(x)` via
/// `NumberConversion.toInteger` (ConvertFunctions.swift): round half up toward +∞
/// (`(2.5).toInteger()` → 3, `(-2.5).toInteger()` → -2), then keep the low 32 bits
/// (`2147483647.7.toInteger()` → -2147483648, documented). A Long keeps its low 32 bits; an
/// Integer is itself. Note that `-1.6.toInteger()` parses as `-(1.6.toInteger())` (unary minus
/// binds looser than a method call, as in SpEL), which gives the documented -2 either way but makes
/// `-2.5.toInteger()` -3, not -2.
enum ConversionMethods {
    static let functions: [BuiltinFunction] = [
        BuiltinFunction(
            .method(.number), "toInteger", dialects: [.identityEngine],
            parameters: [], returns: .integer,
            counterpart: "Convert.toInt(x)",
            summary: "The number rounded half up to a 32-bit Integer (wraps beyond the int range).",
            examples: [
                FunctionExample("1.1.toInteger()", "1"),
                FunctionExample("-1.6.toInteger()", "-2"),
                FunctionExample("2147483647.7.toInteger()", "-2147483648"),
            ]
        ) { call throws(ValueError) in
            .int(try NumberConversion.toInteger(call.receiver))
        },
    ]
}
