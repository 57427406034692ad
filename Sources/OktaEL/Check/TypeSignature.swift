/// The parameter and result types of a builtin, read from its user-facing signature text
/// (`String.substring(input: String, startIndex: Integer, endIndex: Integer) → String`), so
/// the function table stays the single source of truth.
public struct TypeSignature: Sendable, Hashable {
    /// One parameter.
    public struct Parameter: Sendable, Hashable {
        /// Its name.
        public var name: String
        /// The types it accepts (a union such as `String | Number`).
        public var types: [StaticType]
        /// Whether null is documented as acceptable (`String?`).
        public var optional: Bool
        /// Whether it is variadic (`String...`).
        public var variadic: Bool
    }

    /// The parameters in order.
    public var parameters: [Parameter]
    /// The result type.
    public var result: StaticType
    /// Whether the result may be null (`Array<String>?`).
    public var resultOptional: Bool

    /// The signature of `signature` text; unknown types read as `Any`.
    public init(parsing signature: String) {
        var parameters: [Parameter] = []
        var result: StaticType = .unknown
        var resultOptional = false
        if let open = signature.firstIndex(of: "("), let close = signature.lastIndex(of: ")"), open < close {
            let inside = signature[signature.index(after: open)..<close]
            for piece in TypeSignature.splitTopLevel(String(inside)) where !piece.isEmpty {
                let parts = piece.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters() }
                let name = parts.first ?? ""
                var typeText = parts.count > 1 ? parts[1] : "Any"
                var variadic = false
                if typeText.hasSuffix("...") {
                    variadic = true
                    typeText = String(typeText.dropLast(3))
                }
                let (types, optional) = TypeSignature.types(typeText)
                parameters.append(Parameter(name: name, types: types, optional: optional, variadic: variadic))
            }
            if let arrow = signature.range(of: "→") {
                let (types, optional) = TypeSignature.types(String(signature[arrow.upperBound...]).trimmingCharacters())
                result = types.count == 1 ? types[0] : .unknown
                resultOptional = optional
            }
        }
        self.parameters = parameters
        self.result = result
        self.resultOptional = resultOptional
    }

    /// The parameter that argument `index` binds to.
    public func parameter(at index: Int) -> Parameter? {
        if index < parameters.count { return parameters[index] }
        if let last = parameters.last, last.variadic { return last }
        return nil
    }

    static func splitTopLevel(_ text: String) -> [String] {
        var pieces: [String] = []
        var depth = 0
        var current = ""
        for character in text {
            switch character {
            case "<", "(", "[": depth += 1
            case ">", ")", "]": depth -= 1
            case "," where depth == 0:
                pieces.append(current.trimmingCharacters())
                current = ""
                continue
            default: break
            }
            current.append(character)
        }
        pieces.append(current.trimmingCharacters())
        return pieces
    }

    static func types(_ text: String) -> ([StaticType], Bool) {
        var optional = false
        var types: [StaticType] = []
        for alternative in text.split(separator: "|") {
            var name = alternative.trimmingCharacters()
            if name.hasSuffix("?") {
                optional = true
                name = String(name.dropLast())
            }
            types.append(type(named: name))
        }
        return (types.isEmpty ? [.unknown] : types, optional)
    }

    static func type(named name: String) -> StaticType {
        if name.hasPrefix("\"") { return .string }
        if name.hasPrefix("Array<"), name.hasSuffix(">") {
            return .array(type(named: String(name.dropFirst(6).dropLast())))
        }
        switch name {
        case "String": return .string
        case "Integer", "int": return .int
        case "Long": return .long
        case "Number", "Double": return .double
        case "Boolean": return .boolean
        case "Array", "List": return .array(.unknown)
        case "Map", "Object", "User", "AppUser": return .object(nil)
        case "Group": return .group
        case "ZonedDateTime": return .dateTime
        case "CountryCode": return .country
        default: return .unknown
        }
    }
}

extension StringProtocol {
    /// Without leading and trailing spaces.
    func trimmingCharacters() -> String {
        var scalars = Substring(self)
        while scalars.first == " " { scalars = scalars.dropFirst() }
        while scalars.last == " " { scalars = scalars.dropLast() }
        return String(scalars)
    }
}
