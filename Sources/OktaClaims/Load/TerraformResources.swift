import OktaEL

/// The managed resources of `terraform show -json`: a state's `values.root_module` or a plan's
/// `planned_values.root_module`, child modules included, plus (for a plan) the references of
/// the `configuration` block, which link resources whose ids are not known before apply.
struct TerraformResources {
    /// One resource: its address (`module.auth.okta_auth_server_claim.dept`), type and values.
    struct Resource {
        let address: String
        let type: String
        let values: Value
    }

    private(set) var resources: [Resource] = []
    /// Resource address → attribute → the addresses it references (`okta_auth_server_policy.web`).
    private(set) var references: [String: [String: [String]]] = [:]

    /// Collects the resources of `module` (an object with `resources` and `child_modules`).
    mutating func collect(module: Value) {
        var pending: [Value] = [module]
        while let next = pending.popLast() {
            guard let object = next.objectValue else { continue }
            for item in object["resources"]?.arrayValue ?? [] {
                guard let resource = item.objectValue, let address = resource["address"]?.stringValue,
                      let type = resource["type"]?.stringValue else { continue }
                if let mode = resource["mode"]?.stringValue, mode != "managed" { continue }
                resources.append(Resource(address: address, type: type, values: resource["values"] ?? .object(ObjectValue())))
            }
            // Children in reverse so that popping keeps document order.
            pending.append(contentsOf: (object["child_modules"]?.arrayValue ?? []).reversed())
        }
    }

    /// Collects the `expressions.*.references` of a plan's `configuration.root_module` and its
    /// `module_calls`, with module prefixes added to every address.
    mutating func collectReferences(configurationModule: Value, prefix: String = "") {
        guard let module = configurationModule.objectValue else { return }
        for item in module["resources"]?.arrayValue ?? [] {
            guard let resource = item.objectValue, let address = resource["address"]?.stringValue,
                  let expressions = resource["expressions"]?.objectValue else { continue }
            var attributes: [String: [String]] = [:]
            for (attribute, expression) in expressions.entries {
                let referenced = expression.objectValue?["references"]?.arrayValue?.compactMap(\.stringValue) ?? []
                if !referenced.isEmpty { attributes[attribute] = referenced.map { prefix + $0 } }
            }
            references[prefix + address] = attributes
        }
        for (name, call) in module["module_calls"]?.objectValue?.entries ?? [] {
            if let child = call.objectValue?["module"] {
                collectReferences(configurationModule: child, prefix: prefix + "module.\(name).")
            }
        }
    }

    /// The resources of one type, in document order.
    func of(type: String) -> [Resource] { resources.filter { $0.type == type } }

    /// The addresses `address`'s `attribute` references (for a plan), without a trailing `.id`.
    func referencedAddresses(_ address: String, _ attribute: String) -> [String] {
        // References of resources with `count`/`for_each` name the resource without its index.
        let key = references[address] != nil ? address : TerraformResources.withoutIndex(address)
        return (references[key]?[attribute] ?? []).map { $0.hasSuffix(".id") ? String($0.dropLast(3)) : $0 }
    }

    /// `a.b["x"]` → `a.b`, `a.b[0]` → `a.b`.
    static func withoutIndex(_ address: String) -> String {
        guard address.hasSuffix("]"), let open = address.lastIndex(of: "[") else { return address }
        return String(address[..<open])
    }
}
