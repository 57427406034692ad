// The shapes the engine's functions and Okta's documentation require of some roots, checked
// when a context is loaded. A root of another shape would otherwise be misread without a word:
// `"groups": ["Admins"]` makes isMemberOfGroupName("Admins") false, `"scope": "openid profile"`
// (the OAuth text form) makes Arrays.contains(access.scope, "profile") false.
//
//   groups, orgGroups  a list of group objects: each an object with an `id` or a name (`name` or
//                      `profile.name`); `id`, `name`, `type`, `profile.name`, `source.id` and
//                      `source.app` are strings; `profile` and `source` are objects (README
//                      "Evaluation context"; Okta's group object, Groups API); `owners` a list of
//                      owner ids or owner objects (user.findGroupAndGetOwners)
//   access.scope       a list of strings (classic reference: "access.scope", an array of granted scopes)
//   session.amr        a list of strings (classic reference: "session.amr", an array of RFC 8176 values)
//   security.behaviors a list of strings (Identity Engine reference)
//   assignments        an object whose entries are an app-user object, a list of them, or null
//   managers,          an object; `active_directory` an object with `user` an object and
//   assistants         `appusers` an object of objects (DirectoryFunctions.swift)
//   linkedObjects      an object of user objects (user.getLinkedObject)
//   now                an ISO-8601 string (checked by ContextLoader)
// Null stands for an absent value everywhere.

/// Checks the roots whose shape the engine relies on; the first misfit is an `OEL7004`
/// diagnostic naming its JSON path (`$.groups[0]`).
enum ContextShapes {
    /// Throws for the first value of a required shape that does not have it.
    static func validate(_ roots: ObjectValue) throws(Diagnostic) {
        var checker = ShapeChecker()
        checker.groupList(roots["groups"], "$.groups")
        checker.groupList(roots["orgGroups"], "$.orgGroups")
        checker.stringList(roots["access"]?.objectValue?["scope"], "$.access.scope", example: #"["openid", "profile"]"#)
        checker.stringList(roots["session"]?.objectValue?["amr"], "$.session.amr", example: #"["pwd", "mfa"]"#)
        checker.stringList(roots["security"]?.objectValue?["behaviors"], "$.security.behaviors", example: #"["New IP", "New Device"]"#)
        checker.assignments(roots["assignments"], "$.assignments")
        checker.relations(roots["managers"], "$.managers")
        checker.relations(roots["assistants"], "$.assistants")
        checker.objectOfObjects(roots["linkedObjects"], "$.linkedObjects", what: "a user object")
        if let misfit = checker.misfit { throw misfit }
    }

    /// A context value as a message shows it: `the String "Admins"`, `the Integer 3`, `a list`.
    static func describe(_ value: Value) -> String {
        switch value {
        case .null: return "null"
        case .array: return "a list"
        case .object: return "an object"
        case .string(let text): return "the String " + ValueOutput.json(.string(short(text)))
        default: return "the \(value.typeName) \(short(value.javaToString))"
        }
    }

    private static func short(_ text: String) -> String {
        text.count > 40 ? String(text.prefix(40)) + "…" : text
    }
}

/// Walks the shapes, keeping the first misfit.
private struct ShapeChecker {
    var misfit: Diagnostic?

    private mutating func fail(_ path: String, _ value: Value, _ expected: String, hint: String) {
        guard misfit == nil else { return }
        misfit = Diagnostic(.contextShape, "In the evaluation context, \(path) is \(ContextShapes.describe(value)); it must be \(expected)",
                            at: .at(0), hint: hint)
    }

    private static func child(_ path: String, _ key: String) -> String {
        let plain = !key.isEmpty && key.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "$") }
            && !(key.first?.isNumber ?? false)
        return plain ? path + "." + key : path + "[" + ValueOutput.json(.string(key)) + "]"
    }

    /// A list of group objects.
    mutating func groupList(_ value: Value?, _ path: String) {
        guard let value, !value.isNull else { return }
        let groupHint = #"write each group as an object, for example {"id": "00g1emaKYZTWRYYRRTSK", "name": "Admins", "type": "OKTA_GROUP"}"#
        guard case .array(let items) = value else {
            return fail(path, value, "a list of group objects", hint: groupHint)
        }
        for (index, item) in items.enumerated() {
            let place = path + "[\(index)]"
            guard case .object(let group) = item else {
                return fail(place, item, "a group object", hint: groupHint)
            }
            for key in ["id", "name", "type"] { optionalString(group[key], Self.child(place, key)) }
            if let profile = group["profile"], !profile.isNull {
                guard case .object(let fields) = profile else {
                    return fail(Self.child(place, "profile"), profile, "an object", hint: #"for example "profile": {"name": "Admins"}"#)
                }
                optionalString(fields["name"], Self.child(Self.child(place, "profile"), "name"))
            }
            if let source = group["source"], !source.isNull {
                guard case .object(let fields) = source else {
                    return fail(Self.child(place, "source"), source, "an object", hint: #"for example "source": {"id": "0oa1", "app": "active_directory"}"#)
                }
                for key in ["id", "app"] { optionalString(fields[key], Self.child(Self.child(place, "source"), key)) }
            }
            if let owners = group["owners"], !owners.isNull {
                let ownersHint = #"for example "owners": ["00u1"] or [{"id": "00u1", "type": "USER"}]"#
                guard case .array(let list) = owners else {
                    return fail(Self.child(place, "owners"), owners, "a list of owner ids or owner objects", hint: ownersHint)
                }
                for (offset, owner) in list.enumerated() where owner.stringValue == nil && owner.objectValue == nil {
                    return fail(Self.child(place, "owners") + "[\(offset)]", owner, "an owner id or an owner object", hint: ownersHint)
                }
            }
            if misfit == nil, group["id"]?.stringValue == nil, GroupModel.name(group) == nil {
                fail(place, item, "a group with an id or a name", hint: #"give the group "id", "name" or "profile": {"name": ...}"#)
            }
        }
    }

    private mutating func optionalString(_ value: Value?, _ path: String) {
        guard let value, !value.isNull, value.stringValue == nil else { return }
        fail(path, value, "a String", hint: "quote it")
    }

    /// A list of strings.
    mutating func stringList(_ value: Value?, _ path: String, example: String) {
        guard let value, !value.isNull else { return }
        guard case .array(let items) = value else {
            return fail(path, value, "a list of Strings", hint: "write it as a JSON array, for example \(example)")
        }
        for (index, item) in items.enumerated() where item.stringValue == nil {
            return fail(path + "[\(index)]", item, "a String", hint: "write it as a JSON array of strings, for example \(example)")
        }
    }

    /// `{"active_directory": [appUser, ...] | appUser | null, ...}`.
    mutating func assignments(_ value: Value?, _ path: String) {
        guard let object = object(value, path, example: #"{"active_directory": [{"userName": "ann"}]}"#) else { return }
        for (app, entry) in object.entries {
            let place = Self.child(path, app)
            switch entry {
            case .null, .object: continue
            case .array(let items):
                for (index, item) in items.enumerated() where item.objectValue == nil {
                    return fail(place + "[\(index)]", item, "an app-user object", hint: #"for example {"userName": "ann"}"#)
                }
            default:
                return fail(place, entry, "an app-user object or a list of them", hint: #"for example [{"userName": "ann"}]"#)
            }
        }
    }

    /// `{"active_directory": {"user": {...}, "appusers": {"google": {...}}}}`.
    mutating func relations(_ value: Value?, _ path: String) {
        let example = #"{"active_directory": {"user": {"email": "boss@example.com"}, "appusers": {"google": {...}}}}"#
        guard let object = object(value, path, example: example) else { return }
        guard let directory = object["active_directory"], !directory.isNull else { return }
        let place = Self.child(path, "active_directory")
        guard let relation = self.object(directory, place, example: example) else { return }
        if let user = relation["user"], !user.isNull, user.objectValue == nil {
            return fail(Self.child(place, "user"), user, "a user object", hint: #"for example {"email": "boss@example.com"}"#)
        }
        objectOfObjects(relation["appusers"], Self.child(place, "appusers"), what: "an app-user object")
    }

    /// An object whose entries are objects (or null).
    mutating func objectOfObjects(_ value: Value?, _ path: String, what: String) {
        guard let object = object(value, path, example: #"{"manager": {"lastName": "Gates"}}"#) else { return }
        for (key, entry) in object.entries where !entry.isNull && entry.objectValue == nil {
            return fail(Self.child(path, key), entry, what, hint: "write it as a JSON object")
        }
    }

    /// The value as an object; nil (after a misfit when it is something else) otherwise.
    private mutating func object(_ value: Value?, _ path: String, example: String) -> ObjectValue? {
        guard let value, !value.isNull else { return nil }
        guard case .object(let object) = value else {
            fail(path, value, "an object", hint: "for example \(example)")
            return nil
        }
        return object
    }
}
