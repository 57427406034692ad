/// Diagnostics as JSON values, the one shape used everywhere (`oel check --format json`, the
/// error objects of `oel eval --jsonl` and `oel check --jsonl`, admin UIs, pre-save hooks, the
/// HTTP server): `{"code", "severity", "message", "start", "end", "line", "column", "endLine",
/// "endColumn", "hint"?, "fixIt"?}`. For a diagnostic about input that is not an expression (a
/// batch line), `source` is that input.
/// Offsets are UTF-8 bytes; lines and columns are 1-based, columns counted in characters.
public enum DiagnosticJSON {
    /// One diagnostic as a JSON object value.
    public static func value(_ diagnostic: Diagnostic, in source: SourceText) -> Value {
        let start = source.location(of: diagnostic.range.start)
        let end = source.location(of: diagnostic.range.end)
        var object = ObjectValue()
        object["code"] = .string(diagnostic.code.rawValue)
        object["severity"] = .string(diagnostic.severity.rawValue)
        object["message"] = .string(diagnostic.message)
        object["start"] = .int(Int32(clamping: diagnostic.range.start))
        object["end"] = .int(Int32(clamping: diagnostic.range.end))
        object["line"] = .int(Int32(clamping: start.line))
        object["column"] = .int(Int32(clamping: start.column))
        object["endLine"] = .int(Int32(clamping: end.line))
        object["endColumn"] = .int(Int32(clamping: end.column))
        if let hint = diagnostic.hint { object["hint"] = .string(hint) }
        if let fixIt = diagnostic.fixIt {
            object["fixIt"] = .object(ObjectValue([
                ("start", .int(Int32(clamping: fixIt.range.start))),
                ("end", .int(Int32(clamping: fixIt.range.end))),
                ("replacement", .string(fixIt.replacement)),
            ]))
        }
        return .object(object)
    }

    /// A list of diagnostics as a JSON array value.
    public static func array(_ diagnostics: [Diagnostic], in source: SourceText) -> Value {
        .array(diagnostics.map { value($0, in: source) })
    }
}
