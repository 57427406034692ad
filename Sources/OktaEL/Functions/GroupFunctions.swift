// Classic group-membership builtins: isMemberOfGroup*, getFilteredGroups, Groups.*.
//
// CONTEXT CONVENTIONS (shared with UserFunctions.swift and DirectoryFunctions.swift)
//
// `groups` root: the user's group memberships, in membership order.
//
//     "groups": [
//       {"id": "00g...", "name": "Engineering Users", "type": "APP_GROUP",
//        "profile": {"name": "Engineering Users", "description": "..."},
//        "source": {"id": "0oa...", "app": "active_directory"},
//        "objectClass": ["okta:windows_security_principal"],
//        "owners": [{"type": "USER", "id": "00u...", "login": "ann@example.com"}]},
//       ...
//     ]
//
//   * Entries that are not objects are ignored. A missing or non-array `groups` root means
//     "no memberships".
//   * A group's NAME is `profile.name` when that is a string, otherwise `name`.
//   * Group objects handed to expressions (`user.getGroups` results, `group` inside a
//     getFilteredGroups expression) are normalised: a missing `name` is filled from
//     `profile.name` and a missing `profile.name` from `name`; nothing else changes.
//   * `type` is OKTA_GROUP, APP_GROUP or BUILT_IN.
//   * `source.app` is the app type the first argument of `Groups.*` matches
//     (`active_directory`, `google`, `ldap_sun_one`, ...); `source.id` the app instance ID
//     (`0oa...`), matched by `Groups.*` too and by `group.source.id` criteria.
//     `Groups.*("OKTA", ...)` selects Okta groups: `source.app == "OKTA"`, or no `source.app`
//     and a type of OKTA_GROUP or BUILT_IN, or neither `source.app` nor `type`.
//   * `owners` (used only by `user.findGroupAndGetOwners`): a list of
//     `{"type": "USER"|"GROUP", "id": ..., "login"?: ...}`; a bare string is an owner ID of type USER.
//   * `orgGroups` root (optional, `user.findGroupAndGetOwners` only): the org's groups to search,
//     same shape; when absent the `groups` root is searched.
//
// Other roots (see UserFunctions.swift / DirectoryFunctions.swift):
//   * `linkedObjects`: {"manager": {userProfile}, "<relationship>": {...}}
//   * `assignments`:   {"active_directory": [appUserProfile, ...], "workday": [appUserProfile, ...]}
//   * `managers` / `assistants`:
//         {"active_directory": {"user": {oktaUserProfile}, "appusers": {"google": {appUserProfile}, ...}}}
//   * `user`: classic = flat profile plus optional `id`, `status`; Identity Engine =
//     {"id", "status", "created", ..., "profile": {...}}. `user.getInternalProperty` reads the
//     top-level `id` / `status` in both dialects.
//
// DECISIONS (each pinned by a corpus case with a note)
//   * Name matching (isMemberOfGroupName*, Groups.*, getGroups) is case-sensitive and compares
//     UTF-16 code units like Java's String.equals/startsWith/endsWith/contains.
//   * Null name/prefix/pattern/ID arguments give false (StringUtils-style null safety, as the string functions);
//     "" as prefix/substring matches every group (Java "x".startsWith("") is true).
//   * isMemberOfAnyGroup needs at least one argument; a list argument is flattened into IDs.
//   * isMemberOfGroupNameRegex: Java whole-string match (String.matches) against each name,
//     case-sensitive unless (?i). A leading "/" (and then an optional trailing "/") is taken as
//     a delimiter and stripped, so the documented "/.*admin.*" means ".*admin.*" (grammar/decisions.md, "Groups").
//   * getFilteredGroups: the allowlist is converted like Arrays.* arguments (CSV splits); a null
//     allowlist gives []; limit must be an integer in 1...100 (else OEL6018); more allow-listed
//     memberships than the limit is OEL6018; results follow MEMBERSHIP order (the `groups` root),
//     each membership at most once; results are not de-duplicated; the group expression
//     argument must not be null (OEL6010); it is compiled in the caller's dialect.
//   * Groups.*: app matched exactly (case-sensitive) against source.app or source.id ("OKTA" as
//     above); limit must be 1...100 (else OEL6018); more matches than the limit are TRUNCATED to
//     the first `limit` names in membership order (limit = most names returned); null when
//     nothing matches; a null pattern matches nothing (so null).

/// Shared reading of the `groups` root and of group objects.
enum GroupModel {
    /// The keys a getGroups/isMemberOf criteria map may use.
    static let criteriaKeys = ["group.id", "group.source.id", "group.type", "group.profile.name", "operator"]

    // Keys hashed once.
    static let profileKey = PropertyKey("profile")
    static let nameKey = PropertyKey("name")
    static let idKey = PropertyKey("id")
    static let typeKey = PropertyKey("type")
    static let sourceKey = PropertyKey("source")
    static let appKey = PropertyKey("app")
    static let groupsKey = PropertyKey("groups")

    /// The user's memberships: the object entries of the `groups` root.
    static func memberships(_ context: EvaluationContext) -> [ObjectValue] {
        context.groups.compactMap(\.objectValue)
    }

    /// The same memberships, without building an array (for loops that stop early).
    static func eachMembership(_ context: EvaluationContext) -> LazyMapSequence<LazyFilterSequence<LazyMapSequence<[Value], ObjectValue?>>, ObjectValue> {
        context.groups.lazy.compactMap(\.objectValue)
    }

    /// A group's name: `profile.name` when it is a string, else `name`.
    static func name(_ group: ObjectValue) -> String? {
        if case .object(let profile)? = group[profileKey], case .string(let name)? = profile[nameKey] { return name }
        if case .string(let name)? = group[nameKey] { return name }
        return nil
    }

    static func id(_ group: ObjectValue) -> String? { group[idKey]?.stringValue }
    static func type(_ group: ObjectValue) -> String? { group[typeKey]?.stringValue }
    static func sourceID(_ group: ObjectValue) -> String? { group[sourceKey]?.objectValue?[idKey]?.stringValue }
    static func sourceApp(_ group: ObjectValue) -> String? { group[sourceKey]?.objectValue?[appKey]?.stringValue }

    /// Whether the group belongs to `app` as the first argument of `Groups.*` names it.
    static func belongs(_ group: ObjectValue, toApp app: String) -> Bool {
        let sourceApp = self.sourceApp(group)
        if let sourceApp, GroupText.equals(sourceApp, app) { return true }
        if let sourceID = self.sourceID(group), GroupText.equals(sourceID, app) { return true }
        if app == "OKTA", sourceApp == nil {
            guard let type = self.type(group) else { return true }
            return type == "OKTA_GROUP" || type == "BUILT_IN"
        }
        return false
    }

    /// The group as handed to expressions: `name` and `profile.name` both present when either is.
    static func normalized(_ group: ObjectValue) -> Value {
        var result = group
        let profileName = group["profile"]?.objectValue?["name"]?.stringValue
        let plainName = group["name"]?.stringValue
        if group["name"] == nil, let profileName { result["name"] = .string(profileName) }
        if profileName == nil, let plainName {
            switch group["profile"] {
            case .object(var profile)?:
                if profile["name"] == nil {
                    profile["name"] = .string(plainName)
                    result["profile"] = .object(profile)
                }
            case nil, .null?:
                result["profile"] = .object(ObjectValue([("name", .string(plainName))]))
            default:
                break
            }
        }
        return .object(result)
    }

    /// A limit argument: an integer in 1...100.
    static func limit(_ call: Call, _ index: Int, _ function: String) throws(ValueError) -> Int {
        guard let limit = try call.int(index, "limit") else {
            throw ValueError(.groupLimit, "The limit of \(function) is null; it must be an integer from 1 to 100")
        }
        guard (1...100).contains(limit) else {
            throw ValueError(.groupLimit, "The limit of \(function) is \(limit); it must be from 1 to 100",
                             hint: "Okta refuses group limits above 100; cap it, e.g. x < 100 ? x : 100")
        }
        return Int(limit)
    }
}

/// Java `String` comparisons on UTF-16 code units (Swift's `==` uses canonical equivalence).
enum GroupText {
    static func equals(_ a: String, _ b: String) -> Bool { PropertyKey.bytesEqual(a, b) }

    static func startsWith(_ text: String, _ prefix: String) -> Bool {
        let t = text.utf16, p = prefix.utf16
        guard p.count <= t.count else { return false }
        return t.prefix(p.count).elementsEqual(p)
    }

    static func endsWith(_ text: String, _ suffix: String) -> Bool {
        let t = text.utf16, s = suffix.utf16
        guard s.count <= t.count else { return false }
        return t.suffix(s.count).elementsEqual(s)
    }

    static func contains(_ text: String, _ part: String) -> Bool {
        let t = Array(text.utf16), p = Array(part.utf16)
        if p.isEmpty { return true }
        guard p.count <= t.count else { return false }
        var start = 0
        while start + p.count <= t.count {
            if t[start] == p[0] && t[start..<(start + p.count)].elementsEqual(p) { return true }
            start += 1
        }
        return false
    }
}

/// Classic group-membership functions.
enum GroupFunctions {
    /// True when any membership's name satisfies `test`; charges one step per group.
    private static func anyName(_ call: Call, _ test: (String) throws(ValueError) -> Bool) throws(ValueError) -> Bool {
        for name in call.context.groupIndex.names {
            try call.charge(1)
            if let name, try test(name) { return true }
        }
        return false
    }

    /// The regex of isMemberOfGroupNameRegex with its `/.../` delimiters removed: a leading "/"
    /// and then, only after a leading one, a trailing "/" (`"/Sales/"` is `Sales`, `"Sales/"`
    /// stays `Sales/`). Evaluation and the checker's pattern rule both read the pattern through
    /// this, so `oel check` judges the regex that runs.
    static func strippedRegex(_ pattern: String) -> String {
        guard pattern.hasPrefix("/") else { return pattern }
        var body = pattern.dropFirst()
        if body.hasSuffix("/") { body = body.dropLast() }
        return String(body)
    }

    /// `Groups.startsWith/endsWith/contains`.
    private static func claimGroups(_ call: Call, _ function: String, _ test: (String, String) -> Bool) throws(ValueError) -> Value {
        let limit = try GroupModel.limit(call, 2, "Groups.\(function)")
        guard let app = call.string(0), let pattern = call.string(1) else { return .null }
        var names: [Value] = []
        for group in GroupModel.eachMembership(call.context) {
            try call.charge(1)
            guard names.count < limit else { break }
            guard GroupModel.belongs(group, toApp: app), let name = GroupModel.name(group), test(name, pattern) else { continue }
            names.append(.string(name))
        }
        return names.isEmpty ? .null : try call.result(names)
    }

    /// The membership functions in an IdP username transform: unverified (a warning).
    static let membershipRestrictions = [
        ProfileRestriction.unverified([.idpTransform], reason: "an IdP username transform runs before the IdP user is linked to an Okta user, so there may be no memberships to read",
                                      source: "inference: Okta documents only idpuser.* for the transform (classic reference, IdP user profile); unverified"),
    ]

    /// Only custom claims accept `Groups.*`.
    static let claimRestrictions = [
        ProfileRestriction([.groupRule, .mapping, .idpTransform, .policy, .federatedClaim],
                           reason: "Groups.* functions work only in groups claims of custom authorization servers",
                           source: "classic reference, Group functions note: designed to work only with group claims; you can't use these functions with property mappings"),
    ]

    /// Names in a constant group expression of `getFilteredGroups` that no context has
    /// (`'grop.name'`): evaluation fails on them whenever a group is selected (OEL5004).
    static let groupExpressionNames: ArgumentRule = { call in
        guard let text = call.stringLiteral(1), let tree = Parser.parse(text).expression else { return }
        var unknown: [String] = []
        func visit(_ expression: Expr) {
            switch expression.kind {
            case .name(let name):
                if !ContextRoots.names.contains(name), !unknown.contains(name) { unknown.append(name) }
            case .projection(let base, _, _), .selection(let base, _, _, _):
                visit(base)
            case .call(let base, _, _, let arguments, _):
                // A namespace (`String.toUpperCase(group.name)`) is no root.
                if case .name(let namespace) = base.kind, FunctionRegistry.standard.namespaces.contains(namespace) {} else { visit(base) }
                arguments.forEach(visit)
            default:
                for child in expression.children { visit(child) }
            }
        }
        visit(tree)
        for name in unknown {
            let hint = FunctionRegistry.nearest(name, in: ["group"]).map { "did you mean \($0)?" } ?? "the group expression reads group.* (group.name, group.id, group.profile.*)"
            call.report(.unknownName, "Unknown name '\(name)' in the group expression: evaluation fails on it for every group selected",
                        at: call.arguments[1].range, hint: hint)
        }
    }

    /// `isMemberOfGroupName` matches a name from every source: a warning at each call.
    static let warnAmbiguousName: ArgumentRule = { call in
        call.report(.groupNameAmbiguous, "isMemberOfGroupName matches groups of that name from every source (Okta, AD, apps)",
                    at: call.nameRange, hint: "prefer isMemberOfGroup(\"<group id>\") to pin one group")
    }

    /// A constant pattern of `isMemberOfGroupNameRegex`: invalid, an error as evaluation gives
    /// for every context (it compiles the pattern before reading any group); able to backtrack
    /// catastrophically, a warning.
    static let checkRegex: ArgumentRule = { call in
        guard let pattern = call.stringLiteral(0) else { return }
        do throws(ValueError) {
            _ = try RegexSupport.compile(strippedRegex(pattern), limits: .default)
        } catch {
            call.report(error, argument: 0)
            return
        }
        call.report(ArgumentRules.catastrophicRegex(strippedRegex(pattern), at: call.arguments[0].range))
    }

    static let functions: [BuiltinFunction] = [
        BuiltinFunction(
            .global, "isMemberOfGroup",
            parameters: [.init("groupId", .string)], returns: .boolean,
            restrictions: membershipRestrictions,
            summary: "Whether the user is a member of the group with that ID; false for null.",
            examples: [FunctionExample(#"isMemberOfGroup("00g1")"#, "true", context: #"{"groups": [{"id": "00g1", "name": "Sales"}]}"#)],
            direct: .unary { value, e throws(ValueError) in
                guard let id = value.convertedToString else { return .bool(false) }
                try e.charge(1)
                return .bool(e.context.pointee.groupIndex.hasID(id))
            }
        ),
        BuiltinFunction(
            .global, "isMemberOfAnyGroup",
            parameters: [.repeated("groupIds", .string, minimum: 1)], returns: .boolean,
            restrictions: membershipRestrictions,
            summary: "Whether the user is a member of any of the groups with those IDs; list arguments are flattened, nulls ignored.",
            examples: [FunctionExample(#"isMemberOfAnyGroup("00g3", "00g1")"#, "true", context: #"{"groups": [{"id": "00g1", "name": "Sales"}]}"#)]
        ) { call throws(ValueError) in
            let index = call.context.groupIndex
            for position in 0..<call.argumentCount {
                let argument = call[position]
                if case .array(let items) = argument {
                    for item in items {
                        guard let id = item.convertedToString else { continue }
                        try call.charge(1)
                        if index.hasID(id) { return .bool(true) }
                    }
                } else if let id = argument.convertedToString {
                    try call.charge(1)
                    if index.hasID(id) { return .bool(true) }
                }
            }
            return .bool(false)
        },
        BuiltinFunction(
            .global, "isMemberOfGroupName",
            parameters: [.init("name", .string)], returns: .boolean,
            restrictions: membershipRestrictions, check: warnAmbiguousName,
            summary: "Whether the user is a member of a group (from any source) with exactly that name; case-sensitive; false for null.",
            examples: [FunctionExample(#"isMemberOfGroupName("Sales")"#, "true", context: #"{"groups": [{"id": "00g1", "name": "Sales"}]}"#)],
            direct: .unary { value, e throws(ValueError) in
                guard let wanted = value.convertedToString else { return .bool(false) }
                try e.charge(1)
                return .bool(e.context.pointee.groupIndex.hasName(wanted))
            }
        ),
        BuiltinFunction(
            .global, "isMemberOfGroupNameStartsWith",
            parameters: [.init("prefix", .string)], returns: .boolean,
            restrictions: membershipRestrictions,
            summary: "Whether a group name of the user starts with prefix; case-sensitive; false for null.",
            examples: [FunctionExample(#"isMemberOfGroupNameStartsWith("San Fr")"#, "true",
                                       context: #"{"groups": [{"id": "00g1", "name": "San Francisco"}]}"#)]
        ) { call throws(ValueError) in
            guard let prefix = call.string(0) else { return .bool(false) }
            return .bool(try anyName(call) { GroupText.startsWith($0, prefix) })
        },
        BuiltinFunction(
            .global, "isMemberOfGroupNameContains",
            parameters: [.init("text", .string)], returns: .boolean,
            restrictions: membershipRestrictions,
            summary: "Whether a group name of the user contains text; case-sensitive; false for null.",
            examples: [FunctionExample(#"isMemberOfGroupNameContains("admin")"#, "true",
                                       context: #"{"groups": [{"id": "00g1", "name": "Domain admins"}]}"#)]
        ) { call throws(ValueError) in
            guard let part = call.string(0) else { return .bool(false) }
            return .bool(try anyName(call) { GroupText.contains($0, part) })
        },
        BuiltinFunction(
            .global, "isMemberOfGroupNameRegex",
            parameters: [.init("regex", .string)], returns: .boolean,
            restrictions: membershipRestrictions, check: checkRegex,
            summary: "Whether a group name of the user matches the Java regex as a whole; a leading / (and trailing /) is stripped; false for null.",
            examples: []
        ) { call throws(ValueError) in
            guard let raw = call.string(0) else { return .bool(false) }
            let pattern = strippedRegex(raw)
            _ = try RegexSupport.compile(pattern, limits: call.limits)
            let limits = call.limits
            return .bool(try anyName(call) { name throws(ValueError) in try RegexSupport.matchesWhole(pattern, name, limits: limits) })
        },
        BuiltinFunction(
            .global, "getFilteredGroups",
            parameters: [
                .init("allowlist", .array(.string)),
                .init("groupExpression", .string),
                .init("limit", .integer)
            ], returns: .array(nil),
            // No profile restriction: the static allowlist guide shows it in claims, and nothing
            // refuses it elsewhere (grammar/profiles.md).
            check: { call in
                ArgumentRules.groupLimit(2, "getFilteredGroups")(&call)
                groupExpressionNames(&call)
            },
            summary: "For each group of the user whose ID is in the allowlist (membership order), the value of groupExpression evaluated with `group` bound; more groups than limit (1...100) is an error.",
            examples: [FunctionExample(#"getFilteredGroups({"00gml2xHE3RYRx7cM0g3"}, "group.name", 40)"#, #"["Sales"]"#,
                                       context: #"{"groups": [{"id": "00gml2xHE3RYRx7cM0g3", "name": "Sales"}]}"#)],
            expressionArgument: 1
        ) { call throws(ValueError) in
            let limit = try GroupModel.limit(call, 2, "getFilteredGroups")
            guard let expression = call.string(1) else {
                throw ValueError(.invalidArgument, "The group expression of getFilteredGroups is null; it must be a String such as \"group.name\"")
            }
            guard let allowlist = call.array(0) else { return try call.result([Value]()) }
            let allowed = allowlist.compactMap(\.convertedToString)
            var selected: [ObjectValue] = []
            for group in GroupModel.eachMembership(call.context) {
                try call.charge(1 &+ allowed.count)
                guard let id = GroupModel.id(group), allowed.contains(where: { GroupText.equals($0, id) }) else { continue }
                selected.append(group)
            }
            if selected.count > limit {
                throw ValueError(.groupLimit, "getFilteredGroups found \(selected.count) groups, more than the limit of \(limit)",
                                 hint: "raise the limit (at most 100) or narrow the allowlist")
            }
            var results: [Value] = []
            for group in selected {
                results.append(try call.evaluateNested(expression, bindings: ["group": GroupModel.normalized(group)]))
            }
            return try call.result(results)
        },
        BuiltinFunction(
            .namespaced("Groups"), "startsWith",
            parameters: [.init("app", .string), .init("prefix", .string), .init("limit", .integer)], returns: .array(.string), orNull: true,
            restrictions: claimRestrictions, check: ArgumentRules.groupLimit(2, "Groups.startsWith"),
            summary: "Names of the user's groups from app (\"OKTA\", an app type or an app instance ID) that start with prefix; at most limit (1...100); null when none.",
            examples: [FunctionExample(#"Groups.startsWith("OKTA", "IT", 10)"#, #"["IT"]"#,
                                       context: #"{"groups": [{"id": "00g1", "name": "IT", "type": "OKTA_GROUP"}]}"#)]
        ) { call throws(ValueError) in
            try claimGroups(call, "startsWith") { GroupText.startsWith($0, $1) }
        },
        BuiltinFunction(
            .namespaced("Groups"), "endsWith",
            parameters: [.init("app", .string), .init("suffix", .string), .init("limit", .integer)], returns: .array(.string), orNull: true,
            restrictions: claimRestrictions, check: ArgumentRules.groupLimit(2, "Groups.endsWith"),
            summary: "Names of the user's groups from app that end with suffix; at most limit (1...100); null when none.",
            examples: []
        ) { call throws(ValueError) in
            try claimGroups(call, "endsWith") { GroupText.endsWith($0, $1) }
        },
        BuiltinFunction(
            .namespaced("Groups"), "contains",
            parameters: [.init("app", .string), .init("text", .string), .init("limit", .integer)], returns: .array(.string), orNull: true,
            restrictions: claimRestrictions, check: ArgumentRules.groupLimit(2, "Groups.contains"),
            summary: "Names of the user's groups from app that contain text; at most limit (1...100); null when none.",
            examples: []
        ) { call throws(ValueError) in
            try claimGroups(call, "contains") { GroupText.contains($0, $1) }
        },
    ]
}
