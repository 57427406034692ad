// `user.*` methods of both dialects: getGroups, isMemberOf, findGroupAndGetOwners,
// getLinkedObject, getInternalProperty. Context shapes: see the header of GroupFunctions.swift.
//
// CRITERIA MAPS (user.getGroups / user.isMemberOf / user.findGroupAndGetOwners), as both of Okta's
// references document getGroups:
//   * Keys: group.id, group.source.id, group.type (exact, case-sensitive), group.profile.name
//     (the group's name, see GroupModel.name), and operator (EXACT | STARTS_WITH, default
//     STARTS_WITH) which applies to group.profile.name only.
//   * A value is a String or a list of Strings (OR over the list; an empty list matches nothing).
//     Numbers and booleans are converted to text; null or maps are OEL6010.
//   * Keys in one map are ANDed; separate maps are ANDed.
//   * A group.profile.name value ending in ".*" is a starts-with wildcard under either operator:
//     EXACT 'West.*' is STARTS_WITH 'West'. No other wildcard exists: '*' and a ".*" elsewhere
//     are literal text.
//   * Errors (OEL6010, listing the valid keys): an argument that is not a map, an unknown key,
//     an operator other than EXACT/STARTS_WITH (case-sensitive), an operator without
//     group.profile.name in the same map, an empty map.
//   * Results are group objects in membership order (normalised, see GroupModel.normalized).
//
// DECISIONS
//   * getGroups/isMemberOf take one or more maps (zero arguments is OEL5002).
//   * findGroupAndGetOwners(criteria, ownerType) searches `orgGroups` (else `groups`) and returns
//     the `id`s of the owners of type ownerType (case-sensitive) of every matching group, in
//     group order then owner order, without duplicates; [] when nothing matches.
//   * getLinkedObject(name) returns linkedObjects[name] as stored; null when absent or name is null.
//   * getInternalProperty accepts only "id" and "status" (others are OEL6010) and reads the
//     top-level user.id / user.status in both dialects; null when absent.

/// One parsed criteria map.
struct GroupCriteria {
    enum NameOperator: String { case exact = "EXACT", startsWith = "STARTS_WITH" }

    var ids: [String]?
    var sourceIDs: [String]?
    var types: [String]?
    var names: [String]?
    var nameOperator: NameOperator = .startsWith

    private static var validKeys: String { GroupModel.criteriaKeys.joined(separator: ", ") }

    /// Parses argument `index` of `function`.
    init(_ value: Value, function: String, index: Int) throws(ValueError) {
        let position = "argument \(index + 1) of \(function)"
        guard case .object(let map) = value else {
            throw ValueError(.invalidArgument, "The \(position) must be a criteria map such as {'group.id': '00g...'}, not \(value.typeName)",
                             hint: "valid keys: \(GroupCriteria.validKeys)")
        }
        if map.count == 0 {
            throw ValueError(.invalidArgument, "The criteria map in \(position) is empty",
                             hint: "valid keys: \(GroupCriteria.validKeys)")
        }
        var sawOperator = false
        for (key, entry) in map.entries {
            switch key {
            case "group.id": ids = try GroupCriteria.strings(entry, key, position)
            case "group.source.id": sourceIDs = try GroupCriteria.strings(entry, key, position)
            case "group.type": types = try GroupCriteria.strings(entry, key, position)
            case "group.profile.name": names = try GroupCriteria.strings(entry, key, position)
            case "operator":
                guard case .string(let text) = entry, let op = NameOperator(rawValue: text) else {
                    throw ValueError(.invalidArgument, "The operator in \(position) is \(entry.javaToString); it must be EXACT or STARTS_WITH")
                }
                nameOperator = op
                sawOperator = true
            default:
                throw ValueError(.invalidArgument, "Unknown criteria key '\(key)' in \(position); valid keys: \(GroupCriteria.validKeys)",
                                 hint: FunctionRegistry.nearest(key, in: GroupModel.criteriaKeys).map { "did you mean '\($0)'?" })
            }
        }
        if sawOperator && names == nil {
            throw ValueError(.invalidArgument, "The operator in \(position) applies only to group.profile.name, which the map lacks")
        }
        if ids == nil && sourceIDs == nil && types == nil && names == nil {
            throw ValueError(.invalidArgument, "The criteria map in \(position) names no group key",
                             hint: "valid keys: \(GroupCriteria.validKeys)")
        }
    }

    private static func strings(_ value: Value, _ key: String, _ position: String) throws(ValueError) -> [String] {
        func one(_ item: Value) throws(ValueError) -> String {
            switch item {
            case .string(let s): return s
            case .int, .long, .double, .bool: return item.javaToString
            default:
                throw ValueError(.invalidArgument, "The value of '\(key)' in \(position) must be a String or a list of Strings, not \(item.typeName)")
            }
        }
        if case .array(let items) = value {
            var result: [String] = []
            for item in items { result.append(try one(item)) }
            return result
        }
        return [try one(value)]
    }

    /// Whether `group` satisfies every key of the map.
    func matches(_ group: ObjectValue) -> Bool {
        if let ids, !GroupCriteria.any(ids, GroupModel.id(group)) { return false }
        if let sourceIDs, !GroupCriteria.any(sourceIDs, GroupModel.sourceID(group)) { return false }
        if let types, !GroupCriteria.any(types, GroupModel.type(group)) { return false }
        if let names {
            guard let name = GroupModel.name(group) else { return false }
            return names.contains { pattern in
                if pattern.hasSuffix(".*") {
                    return GroupText.startsWith(name, String(pattern.dropLast(2)))
                }
                switch nameOperator {
                case .exact: return GroupText.equals(name, pattern)
                case .startsWith: return GroupText.startsWith(name, pattern)
                }
            }
        }
        return true
    }

    private static func any(_ wanted: [String], _ actual: String?) -> Bool {
        guard let actual else { return false }
        return wanted.contains { GroupText.equals($0, actual) }
    }

    /// Parses every argument of `call` as a criteria map.
    static func all(_ call: Call, _ function: String) throws(ValueError) -> [GroupCriteria] {
        var result: [GroupCriteria] = []
        for (index, argument) in call.arguments.enumerated() {
            result.append(try GroupCriteria(argument, function: function, index: index))
        }
        return result
    }

    /// The groups of `groups` that satisfy every map, charging one step per group and map.
    static func select(_ groups: [ObjectValue], _ criteria: [GroupCriteria], _ call: Call, firstOnly: Bool = false) throws(ValueError) -> [ObjectValue] {
        var selected: [ObjectValue] = []
        for group in groups {
            try call.charge(max(1, criteria.count))
            if criteria.allSatisfy({ $0.matches(group) }) {
                selected.append(group)
                if firstOnly { break }
            }
        }
        return selected
    }
}

/// `user.*` methods.
enum UserFunctions {
    /// `user.*` methods in an IdP username transform: unverified (a warning).
    static let restrictions = [ProfileRestriction.unverified(
        [.idpTransform], reason: "an IdP username transform runs before the IdP user is linked to an Okta user",
        source: "inference: Okta documents only idpuser.* for the transform (classic reference, IdP user profile); unverified")]

    static let functions: [BuiltinFunction] = [
        BuiltinFunction(
            .userMethod, "getGroups", dialects: [.classic, .identityEngine],
            parameters: [.repeated("criteria", .map, minimum: 1)], returns: .array(.group),
            restrictions: restrictions, check: ArgumentRules.criteria("user.getGroups"),
            summary: "The user's groups that satisfy every criteria map (keys group.id, group.source.id, group.type, group.profile.name, operator), in membership order.",
            examples: [FunctionExample(#"user.getGroups({'group.type': 'BUILT_IN'}).![id]"#, #"["00g1"]"#,
                                       context: #"{"groups": [{"id": "00g1", "name": "Everyone", "type": "BUILT_IN"}]}"#)]
        ) { call throws(ValueError) in
            let criteria = try GroupCriteria.all(call, "user.getGroups")
            let selected = try GroupCriteria.select(GroupModel.memberships(call.context), criteria, call)
            return try call.result(selected.map(GroupModel.normalized))
        },
        BuiltinFunction(
            .userMethod, "isMemberOf", dialects: [.classic, .identityEngine],
            parameters: [.repeated("criteria", .map, minimum: 1)], returns: .boolean,
            restrictions: restrictions, check: ArgumentRules.criteria("user.isMemberOf"),
            summary: "Whether any of the user's groups satisfies every criteria map.",
            examples: [FunctionExample(#"user.isMemberOf({'group.profile.name': 'West Coast', 'operator': 'EXACT'})"#, "false",
                                       context: #"{"groups": [{"id": "00g1", "name": "West Coast Admins", "type": "OKTA_GROUP"}]}"#)]
        ) { call throws(ValueError) in
            let criteria = try GroupCriteria.all(call, "user.isMemberOf")
            return .bool(!(try GroupCriteria.select(GroupModel.memberships(call.context), criteria, call, firstOnly: true)).isEmpty)
        },
        BuiltinFunction(
            .userMethod, "findGroupAndGetOwners", dialects: [.classic, .identityEngine],
            parameters: [.init("criteria", .map), .init("ownerType", .string)], returns: .array(.string),
            restrictions: restrictions, check: ArgumentRules.criteria("user.findGroupAndGetOwners", upTo: 1),
            summary: "The IDs of the owners of type ownerType (\"USER\") of the groups matching criteria (searched in orgGroups, else groups).",
            examples: []
        ) { call throws(ValueError) in
            let criteria = [try GroupCriteria(call[0], function: "user.findGroupAndGetOwners", index: 0)]
            guard let ownerType = call.string(1) else {
                throw ValueError(.invalidArgument, "The owner type of user.findGroupAndGetOwners is null; it must be a String such as 'USER'")
            }
            let pool = call.context.roots["orgGroups"]?.arrayValue?.compactMap(\.objectValue) ?? GroupModel.memberships(call.context)
            var owners: [Value] = []
            for group in try GroupCriteria.select(pool, criteria, call) {
                for owner in group["owners"]?.arrayValue ?? [] {
                    try call.charge(1)
                    let id: String?
                    let type: String
                    switch owner {
                    case .string(let s):
                        id = s
                        type = "USER"
                    case .object(let object):
                        id = object["id"]?.stringValue
                        type = object["type"]?.stringValue ?? "USER"
                    default:
                        continue
                    }
                    guard let id, GroupText.equals(type, ownerType) else { continue }
                    if !owners.contains(.string(id)) { owners.append(.string(id)) }
                }
            }
            return try call.result(owners)
        },
        BuiltinFunction(
            .userMethod, "getLinkedObject", dialects: [.classic, .identityEngine],
            parameters: [.init("relationship", .string)], returns: .user, orNull: true,
            restrictions: restrictions,
            summary: "The user at the other end of the named primary relationship (from the linkedObjects root); null when absent.",
            examples: [FunctionExample(#"user.getLinkedObject("manager").lastName"#, #""Gates""#,
                                       context: #"{"linkedObjects": {"manager": {"firstName": "Bill", "lastName": "Gates"}}}"#)]
        ) { call throws(ValueError) in
            guard let name = call.string(0), let linked = call.context.roots["linkedObjects"]?.objectValue else { return .null }
            return linked[name] ?? .null
        },
        BuiltinFunction(
            .userMethod, "getInternalProperty", dialects: [.classic, .identityEngine],
            parameters: [.init("name", .constant("id"), .constant("status"))], returns: .string,
            restrictions: restrictions,
            summary: "The user's ID or status (STAGED, PROVISIONED, ACTIVE, RECOVERY, PASSWORD_EXPIRED, LOCKED_OUT, SUSPENDED).",
            examples: [FunctionExample(#"user.getInternalProperty("status")"#, #""ACTIVE""#,
                                       context: #"{"user": {"id": "00u1", "status": "ACTIVE", "login": "ann@example.com"}}"#)]
        ) { call throws(ValueError) in
            guard let name = call.string(0), name == "id" || name == "status" else {
                throw ValueError(.invalidArgument, "user.getInternalProperty supports \"id\" and \"status\", not \(call[0].isNull ? "null" : "'\(call[0].javaToString)'")",
                                 hint: "profile attributes are read directly: user.firstName (classic) or user.profile.firstName (Identity Engine)")
            }
            return call.receiver.objectValue?[name] ?? .null
        },
    ]
}
