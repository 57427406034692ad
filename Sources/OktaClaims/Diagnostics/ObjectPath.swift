/// Where in a configuration a diagnostic points: objects by name (`claims["dept"]`), then
/// fields (`.conditions.scopes`). Rendered as `claims["dept"].value` or
/// `policies["HR portal"].rules["HR department"].conditions.scopes`; an object without a name
/// is named by its id (`claims[id: "ocl1"]`), and one with neither by its position (`claims[3]`).
public struct ObjectPath: Sendable, Hashable, CustomStringConvertible {
    /// The rendered path.
    public let description: String

    /// The empty path (the document itself).
    public static let root = ObjectPath(description: "")

    private init(description: String) { self.description = description }

    /// A root collection or object, `claims` or `authorizationServer`.
    public init(_ name: String) { description = name }

    /// A field: `.name`; a key that is not a plain name (a user id, a URI claim name) is
    /// written as a map key, `["00u1"]`.
    public func field(_ name: String) -> ObjectPath {
        guard ObjectPath.isPlainName(name) else { return key(name) }
        return ObjectPath(description: description.isEmpty ? name : description + "." + name)
    }

    /// Letters, digits and `_`, not starting with a digit.
    private static func isPlainName(_ name: String) -> Bool {
        guard let first = name.utf8.first, !first.isASCIIDigit else { return false }
        return name.utf8.allSatisfy { $0.isASCIILetter || $0.isASCIIDigit || $0 == UInt8(ascii: "_") }
    }

    /// An element by name, falling back to id, then position.
    public func element(name: String?, id: String?, index: Int) -> ObjectPath {
        if let name, !name.isEmpty { return ObjectPath(description: description + "[" + ObjectPath.quoted(name) + "]") }
        if let id, !id.isEmpty { return ObjectPath(description: description + "[id: " + ObjectPath.quoted(id) + "]") }
        return ObjectPath(description: description + "[\(index)]")
    }

    /// An element by position: `[3]`.
    public func index(_ index: Int) -> ObjectPath { ObjectPath(description: description + "[\(index)]") }

    /// A key of a map: `["00u1"]`.
    public func key(_ key: String) -> ObjectPath { ObjectPath(description: description + "[" + ObjectPath.quoted(key) + "]") }

    private static func quoted(_ text: String) -> String {
        var out = "\""
        for character in text {
            switch character {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            default: out.append(character)
            }
        }
        return out + "\""
    }
}
