/// How values are written as JSON: results of the CLI, the batch mode and the corpus.
public enum ValueOutput {
    /// Compact JSON: ints stay ints, doubles print as Java prints them (`2.0`), a ZonedDateTime
    /// as Okta's Identity Engine reference prints results: ISO text with seconds and at least three
    /// fraction digits, `2015-08-01T23:58:32.000Z` (``dateTimeText(_:)``).
    public static func json(_ value: Value, sortedKeys: Bool = false) -> String {
        JSONWriter.write(value, sortedKeys: sortedKeys, dateTime: dateTimeText)
    }

    /// The text of a ZonedDateTime result, as the Identity Engine reference prints results
    /// (`user.created.plusDays(2)` → `2015-08-01T23:58:32.000Z`, a region zone as
    /// `2015-08-01T02:18:37.979+09:00[Asia/Tokyo]`). `toString()` in an expression keeps
    /// Java's form, which drops a zero fraction (`2015-07-30T23:58:32Z`).
    public static func dateTimeText(_ dateTime: ZonedDateTime) -> String { dateTime.documentedText() }

    /// A value with date-times and country codes replaced by their text, for comparisons with JSON.
    public static func plain(_ value: Value) -> Value {
        switch value {
        case .dateTime(let dateTime): return .string(dateTimeText(dateTime))
        case .country(let country): return .string(country.alpha2)
        case .array(let items): return .array(items.map(plain))
        case .object(let object): return .object(ObjectValue(object.entries.map { ($0.key, plain($0.value)) }))
        default: return value
        }
    }

    /// The Java type name the SpEL oracle reports for a value (`Integer`, `Long`, `Double`, ...).
    public static func javaType(_ value: Value) -> String { value.typeName }
}
