/// The type of an expression as the checker knows it before evaluation.
public indirect enum StaticType: Sendable, Hashable, CustomStringConvertible {
    /// Nothing is known (a context value without a schema, `Any` results).
    case unknown
    /// The literal `null`.
    case null
    case string
    case int
    case long
    case double
    case boolean
    /// A list whose elements have this type.
    case array(StaticType)
    /// A map; `fields` are known attribute types when a schema describes it, nil when open.
    case object(ObjectShape?)
    /// A group of the user (elements of `user.getGroups(...)`, `group` in group expressions).
    case group
    case dateTime
    case country

    /// How the type reads in messages: `String`, `Integer`, `Array<String>`.
    public var description: String {
        switch self {
        case .unknown: return "Any"
        case .null: return "null"
        case .string: return "String"
        case .int: return "Integer"
        case .long: return "Long"
        case .double: return "Number"
        case .boolean: return "Boolean"
        case .array(let element): return element == .unknown ? "Array" : "Array<\(element)>"
        case .object: return "Object"
        case .group: return "Group"
        case .dateTime: return "ZonedDateTime"
        case .country: return "CountryCode"
        }
    }

    /// The type name with its indefinite article: "an Integer", "a String".
    public var withArticle: String {
        let name = description
        return (["A", "E", "I", "O", "U"].contains(name.prefix(1)) ? "an " : "a ") + name
    }

    /// Int, long or double.
    public var isNumeric: Bool {
        switch self {
        case .int, .long, .double: return true
        default: return false
        }
    }

    /// The smallest type covering both (`unknown` when they differ in kind).
    public func joined(with other: StaticType) -> StaticType {
        if self == other { return self }
        switch (self, other) {
        case (.null, let t), (let t, .null): return t
        case (.array(let a), .array(let b)): return .array(a.joined(with: b))
        case (.int, .long), (.long, .int): return .long
        case (.int, .double), (.double, .int), (.long, .double), (.double, .long): return .double
        case (.object, .object): return .object(nil)
        default: return .unknown
        }
    }
}

/// The known attributes of an object: from an Okta schema, or a fixed Okta object.
public struct ObjectShape: Sendable, Hashable {
    /// Attribute types by name.
    public var fields: [String: StaticType]
    /// What the object is, for messages (`user profile`, `app user`).
    public var name: String
    /// Whether attributes outside `fields` are errors (a schema was given) or unknown.
    public var closed: Bool

    /// A shape.
    public init(name: String, fields: [String: StaticType], closed: Bool) {
        self.name = name
        self.fields = fields
        self.closed = closed
    }
}

extension StaticType {
    /// The static type of a runtime value (for literals).
    init(of value: Value) {
        switch value {
        case .null: self = .null
        case .bool: self = .boolean
        case .int: self = .int
        case .long: self = .long
        case .double: self = .double
        case .string: self = .string
        case .array(let items):
            let element = items.map(StaticType.init(of:)).reduce(StaticType.null) { $0.joined(with: $1) }
            self = .array(element == .null ? .unknown : element)
        case .object: self = .object(nil)
        case .dateTime: self = .dateTime
        case .country: self = .country
        }
    }
}
