extension Value {
    /// The text Spring's conversion service gives this value when a String is needed:
    /// numbers and booleans as Java prints them, a list as its elements joined with ","
    /// (Spring's collection-to-string converter), null as nil.
    @inline(__always) public var convertedToString: String? {
        // Strings, by far the most common argument, without a call.
        if case .string(let s) = self { return s }
        return convertedNonStringToString
    }

    @inline(never) private var convertedNonStringToString: String? {
        switch self {
        case .null: return nil
        case .string(let s): return s
        case .array(let items):
            var text = ""
            for (offset, item) in items.enumerated() {
                if offset > 0 { text += "," }
                text += item.convertedToString ?? "null"
            }
            return text
        default: return javaToString
        }
    }

    /// Java's `String.valueOf(value)`: what `toString()` prints (`[1, 2]` for a list,
    /// `{a=1}` for a map, `null` for null).
    @inline(__always) public var javaToString: String {
        if case .string(let s) = self { return s }
        return nonStringJavaToString
    }

    @inline(never) private var nonStringJavaToString: String {
        switch self {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .long(let l): return String(l)
        case .double(let d): return JavaNumberFormat.doubleToString(d)
        case .string(let s): return s
        case .array(let items): return "[" + items.map(\.javaToString).joined(separator: ", ") + "]"
        case .object(let object):
            return "{" + object.entries.map { "\($0.key)=\($0.value.javaToString)" }.joined(separator: ", ") + "}"
        case .dateTime(let dateTime): return dateTime.javaToString()
        case .country(let country): return country.alpha2
        }
    }

    /// The string used by `+` concatenation: Spring's conversion, and `"null"` for null.
    /// Spring's collection-to-String converter has no converter for a map element, so a
    /// list holding a map (at any depth) cannot be concatenated (SpEL `EL1001E`).
    func concatenationText() throws(ValueError) -> String {
        if case .array(let items) = self, items.contains(where: \.holdsMap) {
            throw ValueError(.operatorNotSupported, "A list holding a map cannot be converted to a String for '+'",
                             hint: "project the maps to text first, for example groups.![name]")
        }
        return convertedToString ?? "null"
    }

    /// The value converted to a `String` target the way Spring's conversion service does
    /// it (for `matches`): nil for null; a map, or a list holding a map, cannot be
    /// converted (SpEL `EL1001E`).
    func convertedToStringTarget(for what: String) throws(ValueError) -> String? {
        if holdsMap {
            throw ValueError(.operatorNotSupported, "A value of type \(typeName) cannot be converted to a String for \(what)",
                             hint: "compare a property of the map instead")
        }
        return convertedToString
    }

    /// A map, or a list holding a map at any depth.
    private var holdsMap: Bool {
        switch self {
        case .object: return true
        case .array(let items): return items.contains(where: \.holdsMap)
        default: return false
        }
    }
}
