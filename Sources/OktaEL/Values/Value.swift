/// A runtime value of the Okta Expression Language.
///
/// The numeric cases mirror Java's boxed types as SpEL sees them: `int` is a 32-bit
/// `Integer` (arithmetic wraps), `long` a 64-bit `Long`, `double` a `Double`.
/// Arrays are Java lists; objects are string-keyed maps that keep their insertion order
/// (user profiles, groups, inline maps).
///
/// The date-time and country payloads are boxed (`indirect`) so a `Value` stays two words
/// and a tag: copying one is then a single reference count, not a call through the type's
/// value witness table.
public enum Value: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int32)
    case long(Int64)
    case double(Double)
    case string(String)
    case array([Value])
    case object(ObjectValue)
    /// An Identity Engine `ZonedDateTime`.
    indirect case dateTime(ZonedDateTime)
    /// An Identity Engine `CountryCode` (the result of `parseCountryCode()`).
    indirect case country(CountryCode)
}

extension Value {
    /// The Java-style type name used in diagnostics (`String`, `Integer`, `ArrayList`, ...).
    public var typeName: String {
        switch self {
        case .null: return "null"
        case .bool: return "Boolean"
        case .int: return "Integer"
        case .long: return "Long"
        case .double: return "Double"
        case .string: return "String"
        case .array: return "Array"
        case .object: return "Map"
        case .dateTime: return "ZonedDateTime"
        case .country: return "CountryCode"
        }
    }

    /// True for `.null`.
    @inlinable public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// The string payload, if this is a string.
    @inlinable public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    /// The array payload, if this is an array.
    @inlinable public var arrayValue: [Value]? {
        if case .array(let a) = self { return a }
        return nil
    }

    /// The object payload, if this is an object.
    @inlinable public var objectValue: ObjectValue? {
        if case .object(let o) = self { return o }
        return nil
    }

    /// True for `.int`, `.long` and `.double`.
    @inlinable public var isNumber: Bool {
        switch self {
        case .int, .long, .double: return true
        default: return false
        }
    }
}
