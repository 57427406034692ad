/// A type as the function table declares it for a parameter or a result: what `oel functions`
/// prints and what `oel check` compares arguments with. A misspelt type does not compile.
public indirect enum DeclaredType: Sendable, Hashable {
    /// `String`.
    case string
    /// One constant String (`"active_directory"`); alternatives are listed as a union.
    case constant(String)
    /// `Integer` (a Java int).
    case integer
    /// `Long`.
    case long
    /// `Number` (a double).
    case number
    /// `Boolean`.
    case boolean
    /// `Array<Element>`, or `Array` when the elements may be anything.
    case array(DeclaredType?)
    /// `Map` (a criteria map such as `{'group.id': '00g...'}`).
    case map
    /// `User`: an Okta user profile.
    case user
    /// `AppUser`: an app user profile.
    case appUser
    /// `Group`: a group object.
    case group
    /// `ZonedDateTime`.
    case dateTime
    /// `CountryCode`.
    case country
    /// `Any`: every value.
    case any

    /// How the type reads in a signature.
    public var display: String {
        switch self {
        case .string: return "String"
        case .constant(let text): return "\"\(text)\""
        case .integer: return "Integer"
        case .long: return "Long"
        case .number: return "Number"
        case .boolean: return "Boolean"
        case .array(let element?): return "Array<\(element.display)>"
        case .array(nil): return "Array"
        case .map: return "Map"
        case .user: return "User"
        case .appUser: return "AppUser"
        case .group: return "Group"
        case .dateTime: return "ZonedDateTime"
        case .country: return "CountryCode"
        case .any: return "Any"
        }
    }

    /// The static type the checker gives it.
    public var staticType: StaticType {
        switch self {
        case .string, .constant: return .string
        case .integer: return .int
        case .long: return .long
        case .number: return .double
        case .boolean: return .boolean
        case .array(let element): return .array(element?.staticType ?? .unknown)
        case .map, .user, .appUser: return .object(nil)
        case .group: return .group
        case .dateTime: return .dateTime
        case .country: return .country
        case .any: return .unknown
        }
    }
}

/// How many arguments a parameter takes.
public enum Occurrence: Sendable, Hashable {
    /// Exactly one.
    case once
    /// One or none: a trailing parameter that may be left out (printed `T?`).
    case optional
    /// Any number of at least `minimum`: the last parameter (printed `T...`).
    case repeated(minimum: Int)
}

/// One parameter of a builtin.
public struct FunctionParameter: Sendable, Hashable {
    /// Its name, as signatures and checker messages show it.
    public let name: String
    /// The types it accepts: one, or a union such as `String | Number`.
    public let types: [DeclaredType]
    /// How many arguments it takes.
    public let occurrence: Occurrence

    /// A parameter that takes one argument of one of `types`.
    public init(_ name: String, _ types: DeclaredType..., occurrence: Occurrence = .once) {
        self.name = name
        self.types = types
        self.occurrence = occurrence
    }

    /// A trailing parameter that may be left out.
    public static func optional(_ name: String, _ types: DeclaredType...) -> FunctionParameter {
        FunctionParameter(name, types, .optional)
    }

    /// The last parameter, taking any number of arguments, at least `minimum`.
    public static func repeated(_ name: String, _ types: DeclaredType..., minimum: Int = 0) -> FunctionParameter {
        FunctionParameter(name, types, .repeated(minimum: minimum))
    }

    private init(_ name: String, _ types: [DeclaredType], _ occurrence: Occurrence) {
        self.name = name
        self.types = types
        self.occurrence = occurrence
    }

    /// How the parameter reads in a signature: `input: String`, `end: Integer?`, `strings: String...`.
    public var display: String {
        let types = self.types.map(\.display).joined(separator: " | ")
        switch occurrence {
        case .once: return "\(name): \(types)"
        case .optional: return "\(name): \(types)?"
        case .repeated: return "\(name): \(types)..."
        }
    }
}

/// The argument counts a parameter list takes: each `once` parameter one, each `optional`
/// one none or one, a `repeated` one its minimum or more.
struct Arity: Sendable, Hashable {
    /// Fewest arguments.
    let minimum: Int
    /// Most arguments; nil when the last parameter repeats.
    let maximum: Int?

    init(_ parameters: [FunctionParameter]) {
        var minimum = 0, maximum: Int? = 0
        for parameter in parameters {
            switch parameter.occurrence {
            case .once:
                minimum += 1
                maximum = maximum.map { $0 + 1 }
            case .optional:
                maximum = maximum.map { $0 + 1 }
            case .repeated(let least):
                minimum += least
                maximum = nil
            }
        }
        self.minimum = minimum
        self.maximum = maximum
    }
}
