import OktaEL

/// Reads the fields of one JSON object, logging a diagnostic for every missing required field,
/// wrong type and unknown enumeration value, and never failing: a bad field reads as absent.
/// JSON `null` counts as absent; unknown fields are ignored.
struct FieldReader {
    let object: ObjectValue
    let path: ObjectPath
    /// The object's id, reported with every diagnostic.
    let id: String?
    /// How messages name the object: `claim "dept" (id ocl1)`.
    let subject: String
    let log: DiagnosticLog

    private static let codes = ConfigDiagnosticCodes.standard

    /// A reader of `value` when it is an object; logs a wrong-type diagnostic otherwise.
    static func of(_ value: Value, path: ObjectPath, kind: String, log: DiagnosticLog, nameKey: String? = "name",
                   idKey: String? = "id") -> FieldReader? {
        guard case .object(let object) = value else {
            log.add(codes.wrongType, "\(kind.prefix(1).uppercased() + kind.dropFirst()) must be a JSON object, not \(jsonType(value))", at: path)
            return nil
        }
        let name = nameKey.flatMap { object[$0]?.stringValue }
        let id = idKey.flatMap { object[$0]?.stringValue }
        var subject = kind
        if let name { subject += " \"\(name)\"" }
        if let id { subject += " (id \(id))" }
        return FieldReader(object: object, path: path, id: id, subject: subject, log: log)
    }

    /// The JSON type's name as messages print it.
    static func jsonType(_ value: Value) -> String {
        switch value {
        case .null: return "null"
        case .bool: return "a Boolean"
        case .int, .long, .double: return "a number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        case .dateTime, .country: return value.typeName
        }
    }

    /// The value under `key`, nil when absent or null.
    func raw(_ key: String) -> Value? {
        guard let value = object[key], !value.isNull else { return nil }
        return value
    }

    func missing(_ key: String, hint: String? = nil) {
        log.add(FieldReader.codes.missingField, "The \(subject) has no '\(key)'", at: path.field(key), id: id, hint: hint)
    }

    func wrongType(_ key: String, expected: String, found: Value, at fieldPath: ObjectPath? = nil) {
        log.add(FieldReader.codes.wrongType, "'\(key)' of the \(subject) must be \(expected), not \(FieldReader.jsonType(found))",
                at: fieldPath ?? path.field(key), id: id)
    }

    // MARK: Scalars

    /// A string field.
    func string(_ key: String, required: Bool = false) -> String? {
        guard let value = raw(key) else {
            if required { missing(key) }
            return nil
        }
        guard case .string(let text) = value else {
            wrongType(key, expected: "a string", found: value)
            return nil
        }
        return text
    }

    /// A Boolean field; `defaultValue` when absent or wrong.
    func bool(_ key: String, default defaultValue: Bool) -> Bool {
        guard let value = raw(key) else { return defaultValue }
        guard case .bool(let flag) = value else {
            wrongType(key, expected: "a Boolean", found: value)
            return defaultValue
        }
        return flag
    }

    /// An optional Boolean field.
    func optionalBool(_ key: String) -> Bool? {
        guard raw(key) != nil else { return nil }
        return bool(key, default: false)
    }

    /// An integer field (a JSON number without fraction).
    func int(_ key: String, required: Bool = false) -> Int? {
        guard let value = raw(key) else {
            if required { missing(key) }
            return nil
        }
        switch value {
        case .int(let number): return Int(number)
        case .long(let number): return Int(number)
        case .double(let number) where number.rounded() == number && abs(number) < 1e15: return Int(number)
        default:
            wrongType(key, expected: "an integer", found: value)
            return nil
        }
    }

    /// A field holding one of `E`'s raw values.
    func enumValue<E: RawRepresentable & CaseIterable>(_ key: String, _ type: E.Type, required: Bool = false) -> E?
    where E.RawValue == String {
        guard let text = string(key, required: required) else { return nil }
        if let value = E(rawValue: text) { return value }
        let allowed = E.allCases.map { $0.rawValue }
        log.add(FieldReader.codes.unknownEnumValue,
                "'\(key)' of the \(subject) is \"\(text)\"; Okta accepts \(allowed.joined(separator: ", "))",
                at: path.field(key), id: id, hint: Spelling.closest(to: text, in: allowed).map { "did you mean \($0)?" })
        return nil
    }

    // MARK: Structures

    /// An array of strings; a non-string element is logged and skipped.
    func strings(_ key: String, required: Bool = false) -> [String]? {
        guard let value = raw(key) else {
            if required { missing(key) }
            return nil
        }
        guard case .array(let elements) = value else {
            wrongType(key, expected: "an array of strings", found: value)
            return nil
        }
        var result: [String] = []
        result.reserveCapacity(elements.count)
        for (index, element) in elements.enumerated() {
            if case .string(let text) = element {
                result.append(text)
            } else {
                wrongType(key, expected: "a string", found: element, at: path.field(key).index(index))
            }
        }
        return result
    }

    /// A nested object's reader (same subject and id, deeper path).
    func object(_ key: String, required: Bool = false) -> FieldReader? {
        guard let value = raw(key) else {
            if required { missing(key) }
            return nil
        }
        guard case .object(let nested) = value else {
            wrongType(key, expected: "an object", found: value)
            return nil
        }
        return FieldReader(object: nested, path: path.field(key), id: id, subject: subject, log: log)
    }

    /// A nested object's entries as an `ObjectValue` (empty when absent).
    func objectValue(_ key: String) -> ObjectValue {
        guard let value = raw(key) else { return ObjectValue() }
        guard case .object(let nested) = value else {
            wrongType(key, expected: "an object", found: value)
            return ObjectValue()
        }
        return nested
    }

    /// An array field's elements.
    func array(_ key: String, required: Bool = false) -> [Value]? {
        guard let value = raw(key) else {
            if required { missing(key) }
            return nil
        }
        guard case .array(let elements) = value else {
            wrongType(key, expected: "an array", found: value)
            return nil
        }
        return elements
    }
}

/// Suggestions for misspelt enumeration values.
enum Spelling {
    /// The allowed value closest to `text` (case-insensitive edit distance at most 3).
    static func closest(to text: String, in allowed: [String]) -> String? {
        let upper = Array(text.uppercased().utf8)
        var best: (String, Int)?
        for candidate in allowed {
            let distance = editDistance(upper, Array(candidate.uppercased().utf8))
            if distance <= 3, distance < (best?.1 ?? Int.max) { best = (candidate, distance) }
        }
        return best?.0
    }

    private static func editDistance(_ a: [UInt8], _ b: [UInt8]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
