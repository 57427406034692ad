import OktaEL

/// The evaluation context of a token request's claims, built with OktaEL's context API:
///
/// * `user`: the flat profile, then `id`, `status`, `created`, `lastUpdated` where the profile
///   has no attribute of that name; absent with client credentials (reads as an empty object);
/// * `appuser`: `userName` from `credentials.userName`, the rest from the app user's profile;
///   `null` without a user, so Okta's default `sub` expression picks the client id;
/// * `app`: `id`, `clientId`, `label`, `profile`;
/// * `org`: the directory's org object;
/// * `access`: `{"scope": [granted scopes]}`;
/// * `groups`: the user's groups (the group object with `name` = `profile.name` at top level),
///   which the group functions read.
enum ClaimContext {
    static func make(_ resolved: ResolvedRequest, directory: Directory, scopes: [String], now: ZonedDateTime) -> EvaluationContext {
        EvaluationContext(roots: roots(resolved, directory: directory, scopes: scopes), now: now)
    }

    /// The roots as JSON: `user`, `appuser`, `app`, `org`, `access`, `groups`.
    static func roots(_ resolved: ResolvedRequest, directory: Directory, scopes: [String]) -> ObjectValue {
        var roots: [(String, Value)] = []
        if let user = resolved.user { roots.append(("user", .object(directory.userRoots[user.id] ?? userRoot(user)))) }
        roots.append(("appuser", resolved.appUser.map { .object(appUserRoot($0)) } ?? .null))
        let app = resolved.app
        roots.append(("app", .object(ObjectValue([
            ("id", .string(app.id)), ("clientId", app.clientID.map(Value.string) ?? .null),
            ("label", app.label.map(Value.string) ?? .null), ("profile", .object(app.profile)),
        ]))))
        var org = directory.org.attributes
        if org["id"] == nil { org["id"] = .string(directory.org.id) }
        roots.append(("org", .object(org)))
        roots.append(("access", .object(ObjectValue([("scope", .array(scopes.map(Value.string)))]))))
        roots.append(("groups", .array(resolved.groups.map { directory.groupValues[$0.id] ?? groupValue($0) })))
        return ObjectValue(roots)
    }

    static func userRoot(_ user: User) -> ObjectValue {
        var root = user.profile
        let extras: [(String, String?)] = [("id", user.id), ("status", user.status), ("created", user.created),
                                           ("lastUpdated", user.lastUpdated)]
        for (key, text) in extras where root[key] == nil {
            if let text { root[key] = .string(text) }
        }
        return root
    }

    static func appUserRoot(_ appUser: AppUser) -> ObjectValue {
        var root = appUser.profile
        root["userName"] = appUser.userName.map(Value.string) ?? .null
        if root["id"] == nil { root["id"] = .string(appUser.id) }
        return root
    }

    static func groupValue(_ group: Group) -> Value {
        var object = group.attributes
        if object["id"] == nil { object["id"] = .string(group.id) }
        object["name"] = .string(group.name)
        if object["type"] == nil { object["type"] = .string(group.type.rawValue) }
        return .object(object)
    }
}
