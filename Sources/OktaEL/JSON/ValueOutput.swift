/// How values are written as JSON: results of the CLI, the batch mode and the corpus.
public enum ValueOutput {
    /// Compact JSON: ints stay ints, doubles print as Java prints them (`2.0`),
    /// a ZonedDateTime as its ISO text (Java's `ZonedDateTime.toString()`).
    public static func json(_ value: Value, sortedKeys: Bool = false) -> String {
        JSONWriter.write(value, sortedKeys: sortedKeys, dateTime: { $0.javaToString() })
    }

    /// A value with date-times and country codes replaced by their text, for comparisons with JSON.
    public static func plain(_ value: Value) -> Value {
        switch value {
        case .dateTime(let dateTime): return .string(dateTime.javaToString())
        case .country(let country): return .string(country.alpha2)
        case .array(let items): return .array(items.map(plain))
        case .object(let object): return .object(ObjectValue(object.entries.map { ($0.key, plain($0.value)) }))
        default: return value
        }
    }

    /// The Java type name the SpEL oracle reports for a value (`Integer`, `Long`, `Double`, ...).
    public static func javaType(_ value: Value) -> String { value.typeName }
}
