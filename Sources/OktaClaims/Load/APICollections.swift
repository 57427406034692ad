import OktaEL

/// Reads the list responses (`…/scopes`, `…/claims`, `…/policies`, `…/rules`) element by
/// element, naming each element in the path by its name (else id, else position).
enum APICollections {
    /// The path of element `index` of `collection`.
    static func elementPath(_ collection: ObjectPath, _ value: Value, _ index: Int,
                            name: (ObjectValue) -> String? = { $0["name"]?.stringValue }) -> ObjectPath {
        let object = value.objectValue
        return collection.element(name: object.flatMap(name), id: object?["id"]?.stringValue, index: index)
    }

    /// Every element of an array value read by `read`; a non-array is a wrong-type diagnostic.
    /// `name` picks the field that names an element in paths (`name` unless told otherwise).
    static func elements<Element>(_ value: Value?, path: ObjectPath, what: String, log: DiagnosticLog,
                                  name: (ObjectValue) -> String? = { $0["name"]?.stringValue },
                                  _ read: (Value, ObjectPath) -> Element?) -> [Element] {
        guard let value else { return [] }
        guard case .array(let items) = value else {
            log.add(ConfigDiagnosticCodes.standard.wrongType, "\(what) must be a JSON array, not \(FieldReader.jsonType(value))", at: path)
            return []
        }
        return items.enumerated().compactMap { index, item in read(item, elementPath(path, item, index, name: name)) }
    }

    static func scopes(_ value: Value?, path: ObjectPath = ObjectPath("scopes"), log: DiagnosticLog) -> [Scope] {
        elements(value, path: path, what: "The scopes", log: log) { APIObjectReader.scope($0, path: $1, log: log) }
    }

    static func claims(_ value: Value?, path: ObjectPath = ObjectPath("claims"), log: DiagnosticLog) -> [Claim] {
        elements(value, path: path, what: "The claims", log: log) { APIObjectReader.claim($0, path: $1, log: log) }
    }

    /// Policies with the rules nested under `rules` (bundle) or none (folder: read apart).
    static func policies(_ value: Value?, path: ObjectPath = ObjectPath("policies"), nestedRules: Bool,
                         log: DiagnosticLog) -> [Policy] {
        elements(value, path: path, what: "The policies", log: log) { item, itemPath in
            guard var policy = APIObjectReader.policy(item, path: itemPath, log: log) else { return nil }
            if nestedRules {
                let rules = item.objectValue?["rules"]
                if rules == nil || rules == .null {
                    log.add(ConfigDiagnosticCodes.standard.missingField,
                            "The policy \"\(policy.name)\" (id \(policy.id)) has no 'rules' (the bundle nests each policy's rules under it)",
                            at: itemPath.field("rules"), id: policy.id)
                }
                policy.rules = Self.rules(rules, path: itemPath.field("rules"), log: log)
            }
            return policy
        }
    }

    static func rules(_ value: Value?, path: ObjectPath, log: DiagnosticLog) -> [PolicyRule] {
        elements(value, path: path, what: "The rules", log: log) { APIObjectReader.rule($0, path: $1, log: log) }
    }
}
