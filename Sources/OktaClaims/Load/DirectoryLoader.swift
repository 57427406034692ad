import OktaEL

/// Loads the directory envelope (preview-inputs §2): `org`, `users`, `groups`, `memberships`
/// and `apps`, each entry with the field names of Okta's API objects.
public enum DirectoryLoader {
    private static let codes = ConfigDiagnosticCodes.standard

    /// A directory from bytes (a file or stdin).
    public static func load(bytes: [UInt8], name: String? = nil) -> LoadResult<Directory> {
        let log = DiagnosticLog(file: name)
        guard let document = log.parse(bytes, what: name ?? "The directory") else { return LoadResult(value: nil, diagnostics: log.items) }
        guard let root = FieldReader.of(document, path: .root, kind: "directory", log: log, nameKey: nil, idKey: nil) else {
            return LoadResult(value: nil, diagnostics: log.items)
        }
        let org = root.object("org", required: true).map(self.org) ?? Org(id: "")
        let users = APICollections.elements(root.array("users", required: true).map(Value.array), path: ObjectPath("users"),
                                            what: "The users", log: log, name: { $0["profile"]?.objectValue?["login"]?.stringValue }) { user($0, path: $1, log: log) }
        let groups = APICollections.elements(root.array("groups", required: true).map(Value.array), path: ObjectPath("groups"),
                                             what: "The groups", log: log, name: { $0["profile"]?.objectValue?["name"]?.stringValue }) { group($0, path: $1, log: log) }
        let apps = APICollections.elements(root.array("apps", required: true).map(Value.array), path: ObjectPath("apps"),
                                           what: "The apps", log: log, name: { $0["label"]?.stringValue }) { app($0, path: $1, log: log) }
        var memberships: [String: [String]] = [:]
        if let table = root.object("memberships", required: true) {
            for key in table.object.keys {
                memberships[key] = table.strings(key) ?? []
            }
        }
        let directory = Directory(org: org, users: users, groups: groups, memberships: memberships, apps: apps)
        return LoadResult(value: directory, diagnostics: log.items)
    }

    /// A directory from a file.
    public static func load(path: String) -> LoadResult<Directory> {
        switch FileSource.read(path) {
        case .file(let bytes): return load(bytes: bytes, name: path)
        case .folder: return unreadable(path, "it is a folder")
        case .unreadable(let reason): return unreadable(path, reason)
        }
    }

    static func unreadable<T>(_ path: String, _ reason: String) -> LoadResult<T> {
        let diagnostic = Diagnostic(DiagnosticCode.unreadableInput, "Cannot read \(path): \(reason)", at: .at(0))
        return LoadResult(value: nil, diagnostics: [ConfigDiagnostic(diagnostic, path: .root, file: path)])
    }

    // MARK: Entries

    private static func org(_ fields: FieldReader) -> Org {
        Org(id: fields.string("id", required: true) ?? "", name: fields.string("name"), subDomain: fields.string("subDomain"),
            url: fields.string("url"), attributes: fields.object)
    }

    private static func user(_ value: Value, path: ObjectPath, log: DiagnosticLog) -> User? {
        let login = value.objectValue?["profile"]?.objectValue?["login"]?.stringValue
        guard let fields = FieldReader.of(value, path: path, kind: "user", log: log, nameKey: nil),
              let id = fields.string("id", required: true) else { return nil }
        let profile = fields.object("profile", required: true)
        let verified = fields.object("credentials")?.array("emails")?.lazy.compactMap(\.objectValue)
            .first { $0["type"]?.stringValue == "PRIMARY" }?["status"]?.stringValue.map { $0 == "VERIFIED" }
        return User(id: id, status: fields.string("status"), login: login ?? profile?.string("login"),
                    profile: profile?.object ?? ObjectValue(), primaryEmailVerified: verified, created: fields.string("created"),
                    lastUpdated: fields.string("lastUpdated"), attributes: fields.object)
    }

    private static func group(_ value: Value, path: ObjectPath, log: DiagnosticLog) -> Group? {
        guard let fields = FieldReader.of(value, path: path, kind: "group", log: log, nameKey: nil),
              let id = fields.string("id", required: true) else { return nil }
        let profile = fields.object("profile", required: true)
        let name = profile?.string("name", required: true) ?? ""
        return Group(id: id, type: fields.enumValue("type", GroupType.self) ?? .oktaGroup, name: name,
                     description: profile?.string("description"), objectClass: fields.strings("objectClass") ?? [],
                     sourceID: fields.object("source")?.string("id"), attributes: fields.object)
    }

    private static func app(_ value: Value, path: ObjectPath, log: DiagnosticLog) -> App? {
        guard let fields = FieldReader.of(value, path: path, kind: "app", log: log, nameKey: "label"),
              let id = fields.string("id", required: true) else { return nil }
        let settings = fields.object("settings")?.object("oauthClient").map { oauth in
            OAuthClientSettings(
                applicationType: oauth.enumValue("application_type", ApplicationType.self),
                grantTypes: APIObjectReader.grantTypeList(oauth.strings("grant_types") ?? [], fields: oauth, key: "grant_types"),
                responseTypes: oauth.strings("response_types") ?? [], consentMethod: oauth.string("consent_method"))
        }
        let assignments: [GroupAssignment] = (fields.array("groupAssignments") ?? []).enumerated().compactMap { index, item in
            guard let entry = FieldReader.of(item, path: path.field("groupAssignments").index(index), kind: "group assignment",
                                             log: log, nameKey: nil),
                  let groupID = entry.string("id", required: true) else { return nil }
            return GroupAssignment(id: groupID, priority: entry.int("priority"))
        }
        let appUsers: [AppUser] = (fields.array("appUsers") ?? []).enumerated().compactMap { index, item in
            guard let entry = FieldReader.of(item, path: path.field("appUsers").index(index), kind: "app user", log: log, nameKey: nil),
                  let userID = entry.string("id", required: true) else { return nil }
            return AppUser(id: userID, scope: entry.enumValue("scope", AppUserScope.self),
                           userName: entry.object("credentials")?.string("userName"), profile: entry.objectValue("profile"))
        }
        return App(id: id, label: fields.string("label"), status: fields.string("status"),
                   clientID: fields.object("credentials")?.object("oauthClient")?.string("client_id"), oauthClient: settings,
                   profile: fields.objectValue("profile"), groupAssignments: assignments, appUsers: appUsers)
    }
}
