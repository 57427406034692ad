import OktaEL

/// The JSON of `terraform show -json` for a state (`values.root_module`) or a plan
/// (`planned_values.root_module`), with the okta provider's resources `okta_auth_server`,
/// `okta_auth_server_scope`, `okta_auth_server_claim`, `okta_auth_server_claim_default`,
/// `okta_auth_server_policy` and `okta_auth_server_policy_rule` (attribute names of the
/// provider's v6 schema). Resources are linked by `auth_server_id` and `policy_id`; in a plan,
/// where ids are not known before apply, through the `configuration` block's references.
/// Terraform does not manage Okta's system scopes and claims, so they are added as Okta creates
/// them, with any `okta_auth_server_claim_default` applied.
enum TerraformLoader {
    /// Whether a parsed document is `terraform show -json` output.
    static func recognises(_ document: ObjectValue) -> Bool {
        document["format_version"] != nil && (document["values"] != nil || document["planned_values"] != nil)
    }

    private static let codes = ConfigDiagnosticCodes.standard

    static func read(_ document: ObjectValue, log: DiagnosticLog) -> Configuration? {
        var resources = TerraformResources()
        let isPlan = document["planned_values"] != nil
        let root = (isPlan ? document["planned_values"] : document["values"])?.objectValue?["root_module"]
        guard let root else {
            log.add(codes.missingField, "The Terraform JSON has no \(isPlan ? "planned_values" : "values").root_module",
                    at: ObjectPath(isPlan ? "planned_values" : "values").field("root_module"))
            return nil
        }
        resources.collect(module: root)
        if isPlan, let configuration = document["configuration"]?.objectValue?["root_module"] {
            resources.collectReferences(configurationModule: configuration)
        }
        let servers = resources.of(type: "okta_auth_server")
        guard let serverResource = servers.first else {
            log.add(codes.missingField, "The Terraform JSON has no okta_auth_server resource", at: .root)
            return nil
        }
        for extra in servers.dropFirst() {
            log.add(codes.severalServers, "Only \(serverResource.address) is read; \(extra.address) is ignored", at: ObjectPath(extra.address))
        }
        guard let server = self.server(serverResource, log: log) else { return nil }
        var linker = Linker(server: server, serverAddress: serverResource.address, resources: resources, log: log)

        let customScopes = resources.of(type: "okta_auth_server_scope").filter { linker.belongsToServer($0) }.compactMap { scope($0, log: log) }
        let customNames = Set(customScopes.map(\.name))
        let scopes = SystemObjects.scopes.filter { !customNames.contains($0.name) } + customScopes

        var claims = SystemObjects.claims
        for resource in resources.of(type: "okta_auth_server_claim_default") where linker.belongsToServer(resource) {
            applyClaimDefault(resource, to: &claims, log: log)
        }
        claims += resources.of(type: "okta_auth_server_claim").filter { linker.belongsToServer($0) }.compactMap { claim($0, log: log) }

        var policies: [Policy] = []
        for resource in resources.of(type: "okta_auth_server_policy") where linker.belongsToServer(resource) {
            if let policy = policy(resource, log: log) {
                linker.policyAddresses[resource.address] = policy.id
                policies.append(policy)
            }
        }
        for resource in resources.of(type: "okta_auth_server_policy_rule") where linker.belongsToServer(resource) {
            guard let rule = rule(resource, log: log), let policyID = linker.policyID(of: resource),
                  let index = policies.firstIndex(where: { $0.id == policyID }) else { continue }
            policies[index].rules.append(rule)
        }
        return Configuration(server: server, scopes: scopes, claims: claims, policies: policies,
                             format: isPlan ? .terraformPlan : .terraformState)
    }

    // MARK: Resources

    private static func fields(_ resource: TerraformResources.Resource, log: DiagnosticLog) -> FieldReader? {
        FieldReader.of(resource.values, path: ObjectPath(resource.address), kind: "resource \(resource.address)", log: log, nameKey: nil)
    }

    /// A string attribute; Terraform writes unset optional strings as `""`.
    private static func text(_ fields: FieldReader, _ key: String, required: Bool = false) -> String? {
        guard let value = fields.string(key, required: required), !value.isEmpty else { return nil }
        return value
    }

    private static func server(_ resource: TerraformResources.Resource, log: DiagnosticLog) -> AuthorizationServer? {
        guard let fields = fields(resource, log: log) else { return nil }
        return AuthorizationServer(
            id: text(fields, "id") ?? resource.address, name: fields.string("name", required: true) ?? "",
            description: text(fields, "description"), audiences: fields.strings("audiences", required: true) ?? [],
            issuer: text(fields, "issuer"), issuerMode: fields.enumValue("issuer_mode", IssuerMode.self),
            status: fields.enumValue("status", Status.self) ?? .active, isDefault: false, signingKeyID: text(fields, "kid"))
    }

    private static func scope(_ resource: TerraformResources.Resource, log: DiagnosticLog) -> Scope? {
        guard let fields = fields(resource, log: log), let name = fields.string("name", required: true) else { return nil }
        return Scope(
            id: text(fields, "id"), name: name, displayName: text(fields, "display_name"), description: text(fields, "description"),
            consent: fields.enumValue("consent", Consent.self) ?? .implicit, isDefault: fields.bool("default", default: false),
            metadataPublish: fields.enumValue("metadata_publish", MetadataPublish.self) ?? .allClients,
            optional: fields.bool("optional", default: false), system: fields.bool("system", default: false))
    }

    private static func claim(_ resource: TerraformResources.Resource, log: DiagnosticLog) -> Claim? {
        guard let fields = fields(resource, log: log) else { return nil }
        let name = fields.string("name", required: true)
        let claimType = fields.enumValue("claim_type", ClaimType.self, required: true)
        let valueType = fields.enumValue("value_type", ClaimValueType.self) ?? .expression
        let value = fields.string("value", required: true)
        let filter = text(fields, "group_filter_type").flatMap { _ in fields.enumValue("group_filter_type", GroupFilterType.self) }
        if valueType == .groups, fields.raw("group_filter_type") == nil || fields.raw("group_filter_type") == .string("") {
            fields.missing("group_filter_type", hint: "required when value_type is GROUPS")
        }
        guard let name, let claimType else { return nil }
        return Claim(
            id: text(fields, "id"), name: name, status: fields.enumValue("status", Status.self) ?? .active, claimType: claimType,
            valueType: valueType, value: value, groupFilterType: filter,
            alwaysIncludeInToken: fields.bool("always_include_in_token", default: true),
            scopes: fields.strings("scopes") ?? [], system: false)
    }

    /// `okta_auth_server_claim_default`: `always_include_in_token` (and `value` for `sub`) of a system claim.
    private static func applyClaimDefault(_ resource: TerraformResources.Resource, to claims: inout [Claim], log: DiagnosticLog) {
        guard let fields = fields(resource, log: log), let name = fields.string("name", required: true) else { return }
        guard let index = claims.firstIndex(where: { $0.name == name && $0.system }) else {
            log.add(codes.danglingReference, "\(resource.address) names \"\(name)\", which is not one of Okta's system claims",
                    at: ObjectPath(resource.address).field("name"))
            return
        }
        if let always = fields.optionalBool("always_include_in_token") { claims[index].alwaysIncludeInToken = always }
        if name == "sub", let value = text(fields, "value") { claims[index].value = value }
        if let id = text(fields, "id") { claims[index].id = id }
    }

    private static func policy(_ resource: TerraformResources.Resource, log: DiagnosticLog) -> Policy? {
        guard let fields = fields(resource, log: log) else { return nil }
        let name = fields.string("name", required: true)
        let priority = fields.int("priority", required: true)
        let clients = fields.strings("client_whitelist", required: true) ?? []
        guard let priority else { return nil }
        return Policy(
            id: text(fields, "id") ?? resource.address, name: name ?? resource.address, description: text(fields, "description"),
            priority: priority, status: fields.enumValue("status", Status.self) ?? .active, clients: clients)
    }

    private static func rule(_ resource: TerraformResources.Resource, log: DiagnosticLog) -> PolicyRule? {
        guard let fields = fields(resource, log: log) else { return nil }
        let name = fields.string("name", required: true)
        let priority = fields.int("priority", required: true)
        let grants = fields.strings("grant_type_whitelist", required: true) ?? []
        guard let priority else { return nil }
        let people = PeopleCondition(
            users: IncludeExclude(include: fields.strings("user_whitelist") ?? [], exclude: fields.strings("user_blacklist") ?? []),
            groups: IncludeExclude(include: fields.strings("group_whitelist") ?? [], exclude: fields.strings("group_blacklist") ?? []))
        let defaults = TokenActions()
        let token = TokenActions(
            accessTokenLifetimeMinutes: fields.int("access_token_lifetime_minutes") ?? defaults.accessTokenLifetimeMinutes,
            refreshTokenLifetimeMinutes: fields.int("refresh_token_lifetime_minutes") ?? defaults.refreshTokenLifetimeMinutes,
            refreshTokenWindowMinutes: fields.int("refresh_token_window_minutes") ?? defaults.refreshTokenWindowMinutes,
            inlineHookID: text(fields, "inline_hook_id"))
        return PolicyRule(
            id: text(fields, "id") ?? resource.address, name: name ?? resource.address, priority: priority,
            status: fields.enumValue("status", Status.self) ?? .active, type: text(fields, "type") ?? "RESOURCE_ACCESS",
            grantTypes: APIObjectReader.grantTypeList(grants, fields: fields, key: "grant_type_whitelist"),
            people: people, scopes: fields.strings("scope_whitelist") ?? [], token: token)
    }

    // MARK: Links

    /// Resolves `auth_server_id` and `policy_id`: by value where known, else by the plan's references.
    private struct Linker {
        let server: AuthorizationServer
        let serverAddress: String
        let resources: TerraformResources
        let log: DiagnosticLog
        var policyAddresses: [String: String] = [:]

        init(server: AuthorizationServer, serverAddress: String, resources: TerraformResources, log: DiagnosticLog) {
            self.server = server
            self.serverAddress = serverAddress
            self.resources = resources
            self.log = log
        }

        /// Whether the resource's `auth_server_id` is this server (unknown in a plan: by reference;
        /// neither known nor referenced: assumed, as there is one server).
        func belongsToServer(_ resource: TerraformResources.Resource) -> Bool {
            if let id = resource.values.objectValue?["auth_server_id"]?.stringValue, !id.isEmpty {
                if id == server.id { return true }
                log.add(TerraformLoader.codes.danglingReference,
                        "\(resource.address) belongs to the authorization server \(id), not \(server.id); it is ignored",
                        at: ObjectPath(resource.address).field("auth_server_id"))
                return false
            }
            // References to other things (a module variable) say nothing: one server is read.
            let servers = resources.referencedAddresses(resource.address, "auth_server_id")
                .filter { $0.split(separator: ".").contains("okta_auth_server") }
            return servers.isEmpty || servers.contains(serverAddress)
        }

        /// The id of the policy a rule belongs to.
        func policyID(of resource: TerraformResources.Resource) -> String? {
            let path = ObjectPath(resource.address).field("policy_id")
            if let id = resource.values.objectValue?["policy_id"]?.stringValue, !id.isEmpty {
                if policyAddresses.values.contains(id) { return id }
                log.add(TerraformLoader.codes.danglingReference, "\(resource.address) names the policy \(id), which is not in the configuration",
                        at: path)
                return nil
            }
            for address in resources.referencedAddresses(resource.address, "policy_id") {
                if let id = policyAddresses[address] { return id }
            }
            log.add(TerraformLoader.codes.danglingReference, "\(resource.address) has no policy_id that names a policy of the configuration",
                    at: path)
            return nil
        }
    }
}
