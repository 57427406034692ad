extension Value {
    /// The Boolean SpEL sees where one is required (`&&`, `||`, `!`, `?:` conditions):
    /// a Boolean as is, a String through Spring's string-to-boolean converter
    /// (`true/on/yes/1`, `false/off/no/0`, case-insensitive, trimmed), a list through its first
    /// element (Spring's collection-to-object converter); anything else is an error.
    func requireBoolean() throws(ValueError) -> Bool {
        switch self {
        case .bool(let b):
            return b
        case .null:
            throw ValueError(.nullToBoolean, "Cannot convert null to a Boolean",
                             hint: "guard the value first, for example x != null && x")
        case .string(let s):
            let trimmed = s.trimmingJavaWhitespace()
            if trimmed.isEmpty {
                throw ValueError(.nullToBoolean, "Cannot convert the empty string to a Boolean")
            }
            switch trimmed.lowercased() {
            case "true", "on", "yes", "1": return true
            case "false", "off", "no", "0": return false
            default:
                throw ValueError(.notBoolean, "Cannot convert the String '\(s)' to a Boolean",
                                 hint: "compare it instead, for example x == 'yes'")
            }
        case .array(let items):
            // Spring's collection-to-object converter: the first element, converted; empty is null.
            // An error names the list, not the element (a group list in a condition is the usual case).
            guard let first = items.first else {
                throw ValueError(.nullToBoolean, "Cannot convert an empty list to a Boolean",
                                 hint: "test the list with Arrays.isEmpty(x) or Arrays.size(x) > 0")
            }
            do {
                return try first.requireBoolean()
            } catch {
                throw ValueError(error.code, "Cannot convert \(shortDescription) to a Boolean: a list converts by its first element, "
                                 + "and \(first.shortDescription) is not a Boolean",
                                 hint: "a list is not a condition: test it with !Arrays.isEmpty(x) (or x != null when the function may give null)")
            }
        default:
            throw ValueError(.notBoolean, "Cannot convert a value of type \(typeName) to a Boolean",
                             hint: "use a comparison such as x == 1 or x != null")
        }
    }
}

extension String {
    /// Java's `String.trim()`: strips characters up to U+0020 from both ends.
    func trimmingJavaWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { $0.value > 0x20 }) else { return "" }
        guard let last = scalars.lastIndex(where: { $0.value > 0x20 }) else { return "" }
        return String(scalars[first...last])
    }
}
