import OktaEL

/// Reads the Management API's JSON objects (authorization server, scope, claim, policy, rule)
/// into the model. Each reader logs what is wrong and returns nil only when the object cannot
/// be placed at all (no name, no id, no claimType...); other faults fall back to Okta's defaults.
enum APIObjectReader {
    // MARK: Server

    /// `GET /api/v1/authorizationServers/{id}`.
    static func server(_ value: Value, path: ObjectPath, log: DiagnosticLog) -> AuthorizationServer? {
        guard let fields = FieldReader.of(value, path: path, kind: "authorization server", log: log) else { return nil }
        let id = fields.string("id", required: true) ?? ""
        let name = fields.string("name", required: true) ?? ""
        let audiences = fields.strings("audiences", required: true) ?? []
        let signing = fields.object("credentials")?.object("signing")
        return AuthorizationServer(
            id: id, name: name, description: fields.string("description"), audiences: audiences,
            issuer: fields.string("issuer"), issuerMode: fields.enumValue("issuerMode", IssuerMode.self),
            status: fields.enumValue("status", Status.self) ?? .active, isDefault: fields.bool("default", default: false),
            signingKeyID: signing?.string("kid"), created: fields.string("created"), lastUpdated: fields.string("lastUpdated"))
    }

    // MARK: Scopes and claims

    /// One element of `…/scopes`.
    static func scope(_ value: Value, path: ObjectPath, log: DiagnosticLog) -> Scope? {
        guard let fields = FieldReader.of(value, path: path, kind: "scope", log: log),
              let name = fields.string("name", required: true) else { return nil }
        return Scope(
            id: fields.string("id"), name: name, displayName: fields.string("displayName"),
            description: fields.string("description"), consent: fields.enumValue("consent", Consent.self) ?? .implicit,
            isDefault: fields.bool("default", default: false),
            metadataPublish: fields.enumValue("metadataPublish", MetadataPublish.self),
            optional: fields.bool("optional", default: false), system: fields.bool("system", default: false))
    }

    /// One element of `…/claims`.
    static func claim(_ value: Value, path: ObjectPath, log: DiagnosticLog) -> Claim? {
        guard let fields = FieldReader.of(value, path: path, kind: "claim", log: log) else { return nil }
        let name = fields.string("name", required: true)
        let claimType = fields.enumValue("claimType", ClaimType.self, required: true)
        let valueType = fields.enumValue("valueType", ClaimValueType.self, required: true)
        // Every field is read (and reported) before an unplaceable claim is dropped.
        let claimValue = fields.string("value", required: valueType == .expression || valueType == .groups)
        let filter = fields.enumValue("group_filter_type", GroupFilterType.self, required: valueType == .groups)
        if valueType == .groups, fields.raw("group_filter_type") == nil, fields.raw("groupFilterType") != nil {
            log.add(ConfigDiagnosticCodes.standard.missingField, "The \(fields.subject) spells 'groupFilterType' in camelCase",
                    at: path.field("groupFilterType"), id: fields.id, hint: "Okta's field is snake_case: group_filter_type")
        }
        let scopes = fields.object("conditions")?.strings("scopes") ?? []
        let status = fields.enumValue("status", Status.self) ?? .active
        let always = fields.bool("alwaysIncludeInToken", default: true)
        let system = fields.bool("system", default: false)
        guard let name, let claimType, let valueType else { return nil }
        return Claim(
            id: fields.string("id"), name: name, status: status, claimType: claimType, valueType: valueType,
            value: claimValue, groupFilterType: filter, alwaysIncludeInToken: always, scopes: scopes, system: system)
    }

    // MARK: Policies and rules

    /// One element of `…/policies`, without its rules.
    static func policy(_ value: Value, path: ObjectPath, log: DiagnosticLog) -> Policy? {
        guard let fields = FieldReader.of(value, path: path, kind: "policy", log: log) else { return nil }
        let id = fields.string("id", required: true)
        let name = fields.string("name", required: true)
        let priority = fields.int("priority", required: true)
        let clients = fields.object("conditions", required: true)?.object("clients", required: true)?
            .strings("include", required: true)
        let description = fields.string("description")
        let status = fields.enumValue("status", Status.self) ?? .active
        let system = fields.bool("system", default: false)
        let created = fields.string("created")
        guard let id, let priority else { return nil }
        return Policy(
            id: id, name: name ?? id, description: description, priority: priority, status: status, system: system,
            clients: clients ?? [], created: created)
    }

    /// One element of `…/policies/{policyId}/rules`.
    static func rule(_ value: Value, path: ObjectPath, log: DiagnosticLog) -> PolicyRule? {
        guard let fields = FieldReader.of(value, path: path, kind: "rule", log: log) else { return nil }
        let id = fields.string("id", required: true)
        let name = fields.string("name", required: true)
        let priority = fields.int("priority", required: true)
        let conditions = fields.object("conditions", required: true)
        let grantFields = conditions?.object("grantTypes", required: true)
        let grantTypes = grantFields.map { grantTypeList($0.strings("include", required: true) ?? [], fields: $0, key: "include") } ?? []
        let scopes = conditions?.object("scopes", required: true)?.strings("include") ?? []
        let people = conditions?.object("people").map(peopleCondition)
        let token = fields.object("actions")?.object("token").map(tokenActions) ?? TokenActions()
        let status = fields.enumValue("status", Status.self) ?? .active
        let system = fields.bool("system", default: false)
        let type = fields.string("type")
        let created = fields.string("created")
        guard let id, let priority else { return nil }
        return PolicyRule(
            id: id, name: name ?? id, priority: priority, status: status, system: system, type: type,
            grantTypes: grantTypes, people: people, scopes: scopes, token: token, created: created)
    }

    /// `conditions.people`.
    static func peopleCondition(_ fields: FieldReader) -> PeopleCondition {
        func lists(_ key: String) -> IncludeExclude {
            guard let list = fields.object(key) else { return IncludeExclude() }
            return IncludeExclude(include: list.strings("include") ?? [], exclude: list.strings("exclude") ?? [])
        }
        return PeopleCondition(users: lists("users"), groups: lists("groups"))
    }

    /// `actions.token`.
    static func tokenActions(_ fields: FieldReader) -> TokenActions {
        let defaults = TokenActions()
        return TokenActions(
            accessTokenLifetimeMinutes: fields.int("accessTokenLifetimeMinutes") ?? defaults.accessTokenLifetimeMinutes,
            refreshTokenLifetimeMinutes: fields.int("refreshTokenLifetimeMinutes") ?? defaults.refreshTokenLifetimeMinutes,
            refreshTokenWindowMinutes: fields.int("refreshTokenWindowMinutes") ?? defaults.refreshTokenWindowMinutes,
            inlineHookID: fields.object("inlineHook")?.string("id"))
    }

    /// Grant types from their texts; an unlisted one is kept with a warning.
    static func grantTypeList(_ texts: [String], fields: FieldReader, key: String) -> [GrantType] {
        texts.map { grantType($0, fields: fields, key: key) }
    }

    /// One grant type from its text; an unlisted one is kept with a warning.
    static func grantType(_ text: String, fields: FieldReader, key: String) -> GrantType {
        let grant = GrantType(text)
        if !grant.isKnown {
            fields.log.add(ConfigDiagnosticCodes.standard.unknownGrantType,
                           "The \(fields.subject) names the grant type \"\(text)\", which Okta does not list",
                           at: fields.path.field(key), id: fields.id,
                           hint: Spelling.closest(to: text, in: GrantType.known.map(\.rawValue)).map { "did you mean \($0)?" })
        }
        return grant
    }
}
