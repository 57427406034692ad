extension Value {
    /// The value as an error message names it, kept short: `the String 'A_Readers'`,
    /// `the Integer 3`, `null`, a list as `the list {'A_Readers', 'B_Readers', … (5 elements)}` in
    /// expression syntax (at most three elements shown, each itself short), a map as `a Map`.
    var shortDescription: String {
        switch self {
        case .null: return "null"
        case .string: return "the String " + quotedShort
        case .array(let items): return "the list " + listText(items)
        case .object: return "a Map"
        default: return "the \(typeName) " + quotedShort
        }
    }

    /// The value as an element of a short list.
    private var quotedShort: String {
        switch self {
        case .string(let text):
            let cut = text.count > 40 ? String(text.prefix(40)) + "…" : text
            return "'" + cut.replacingOccurrences(of: "'", with: "''") + "'"
        case .array(let items): return listText(items)
        case .object: return "{…}"
        default: return javaToString
        }
    }

    private func listText(_ items: [Value]) -> String {
        let shown = items.prefix(3).map(\.quotedShort)
        let more = items.count > 3 ? ", … (\(items.count) elements)" : ""
        return "{" + shown.joined(separator: ", ") + more + "}"
    }
}
