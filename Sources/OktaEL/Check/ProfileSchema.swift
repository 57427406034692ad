/// The attributes of an Okta user type or app user: the JSON Okta's schema API returns
/// (`GET /api/v1/meta/schemas/user/default`), with `definitions.base.properties` and
/// `definitions.custom.properties`, each attribute with a `type` of `string`, `boolean`,
/// `integer`, `number` or `array` (with `items`).
public struct ProfileSchema: Sendable, Hashable {
    /// Attribute types by variable name.
    public var attributes: [String: StaticType]
    /// Attribute names as Okta shows them, for messages.
    public var name: String
    /// Attributes that always have a value (`"required": true` in the schema).
    public var required: Set<String>

    /// A schema from attribute types.
    public init(name: String, attributes: [String: StaticType], required: Set<String> = []) {
        self.name = name
        self.attributes = attributes
        self.required = required
    }

    /// Reads Okta's schema JSON. Also accepts a bare `{"properties": {...}}` object.
    public init(json: Value, name: String = "user profile") throws(Diagnostic) {
        guard case .object(let root) = json else {
            throw Diagnostic(.invalidContext, "A schema must be a JSON object", at: .at(0))
        }
        var attributes: [String: StaticType] = [:]
        var required: Set<String> = []
        var found = false
        func read(_ properties: Value?, requiredList: Value?) {
            guard case .object(let object)? = properties else { return }
            found = true
            for (key, definition) in object.entries {
                attributes[key] = ProfileSchema.type(of: definition)
                if case .object(let fields) = definition, case .bool(true)? = fields["required"] { required.insert(key) }
            }
            // JSON Schema style: "required": ["login", "email"] beside "properties".
            if case .array(let names)? = requiredList {
                for name in names { if let key = name.stringValue, attributes[key] != nil { required.insert(key) } }
            }
        }
        if case .object(let definitions)? = root["definitions"] {
            for section in ["base", "custom"] {
                if case .object(let part)? = definitions[section] { read(part["properties"], requiredList: part["required"]) }
            }
        }
        read(root["properties"], requiredList: root["required"])
        guard found else {
            throw Diagnostic(.invalidContext, "The schema has no definitions.base.properties, definitions.custom.properties or properties",
                             at: .at(0), hint: "pass the JSON of GET /api/v1/meta/schemas/user/default")
        }
        self.init(name: name, attributes: attributes, required: required)
    }

    static func type(of definition: Value) -> StaticType {
        guard case .object(let object) = definition, let type = object["type"]?.stringValue else { return .unknown }
        switch type {
        case "string": return .string
        case "boolean": return .boolean
        case "integer": return .int
        case "number": return .double
        case "array": return .array(object["items"].map(ProfileSchema.type(of:)) ?? .unknown)
        case "object": return .object(nil)
        default: return .unknown
        }
    }

    /// The object shape of this schema.
    var shape: ObjectShape { ObjectShape(name: name, fields: attributes, closed: true) }
}
