// Classic directory (Active Directory), Workday and manager/assistant functions (Okta's Expression Language reference:
// "Manager/Assistant functions", "Directory and Workday functions").
//
// CONTEXT (see also the header of GroupFunctions.swift):
//   "assignments": {"active_directory": [appUserProfile, ...], "workday": [appUserProfile, ...]}
//       A single object instead of a list counts as one assignment; null/missing as none.
//   "managers":   {"active_directory": {"user": {oktaUserProfile}, "appusers": {"google": {appUserProfile}, ...}}}
//   "assistants": same shape as "managers".
//
// DECISIONS
//   * has/findDirectoryUser and has/findWorkdayUser: exactly one assignment rule (find* gives
//     the app-user object only when there is exactly one; null for 0 or several).
//   * get{Manager,Assistant}{User,AppUser}: the source must be "active_directory" (exact);
//     any other source, or null, is OEL6010. When the user has several active_directory
//     assignments the result is null (Okta: several AD instances are not supported).
//   * getManagerAppUser(source, attrSource): managers.active_directory.appusers[attrSource];
//     null when absent or attrSource is null.

/// Classic directory and Workday functions.
enum DirectoryFunctions {
    /// The assignments of `app`: a list, a single object as one, nothing otherwise.
    static func assignments(_ call: Call, _ app: String) -> [Value] {
        guard let value = call.context.roots["assignments"]?.objectValue?[app] else { return [] }
        switch value {
        case .array(let items): return items
        case .null: return []
        default: return [value]
        }
    }

    /// The one assignment of `app`, or nil for none or several.
    static func single(_ call: Call, _ app: String) -> Value? {
        let items = assignments(call, app)
        return items.count == 1 ? items.first : nil
    }

    /// The `managers` / `assistants` entry of the source after checking it is active_directory.
    private static func relation(_ call: Call, _ root: String, _ function: String) throws(ValueError) -> ObjectValue? {
        guard let source = call.string(0), source == "active_directory" else {
            let shown = call[0].isNull ? "null" : "'\(call[0].javaToString)'"
            throw ValueError(.invalidArgument, "\(function) supports only the source \"active_directory\", not \(shown)",
                             hint: "Okta resolves managers and assistants from Active Directory only")
        }
        if assignments(call, "active_directory").count > 1 { return nil }
        return call.context.roots[root]?.objectValue?["active_directory"]?.objectValue
    }

    private static func user(_ call: Call, _ root: String, _ function: String) throws(ValueError) -> Value {
        try relation(call, root, function)?["user"] ?? .null
    }

    private static func appUser(_ call: Call, _ root: String, _ function: String) throws(ValueError) -> Value {
        guard let relation = try relation(call, root, function), let attributeSource = call.string(1) else { return .null }
        return relation["appusers"]?.objectValue?[attributeSource] ?? .null
    }

    /// No profile refuses the directory and manager functions: the Terraform okta provider's
    /// acceptance tests create group rules with hasDirectoryUser() AND findDirectoryUser().managerUpn
    /// (TestAccResourceOktaGroupRule_directoryFunctions, ACTIVE) and hasWorkdayUser()
    /// (TestAccResourceOktaGroupRule_validConditions), and group rules help says "Most functions are
    /// supported". The earlier group-rule restriction rested on a support article's list (String,
    /// Arrays, user) that those accepted rules show is not complete (grammar/profiles.md).
    static let restrictions: [ProfileRestriction] = []

    static let functions: [BuiltinFunction] = [
        BuiltinFunction(
            .global, "hasDirectoryUser",
            parameters: [], returns: .boolean,
            restrictions: restrictions,
            summary: "Whether the user has exactly one Active Directory assignment.",
            examples: [FunctionExample("hasDirectoryUser()", "true", context: #"{"assignments": {"active_directory": [{"managerUpn": "bob@okta.com"}]}}"#)]
        ) { call throws(ValueError) in
            .bool(single(call, "active_directory") != nil)
        },
        BuiltinFunction(
            .global, "findDirectoryUser",
            parameters: [], returns: .appUser, orNull: true,
            restrictions: restrictions,
            summary: "The user's Active Directory app user; null for zero or several AD assignments.",
            examples: [FunctionExample("hasDirectoryUser() ? findDirectoryUser().managerUpn : null", #""bob@okta.com""#,
                                       context: #"{"assignments": {"active_directory": [{"managerUpn": "bob@okta.com"}]}}"#)]
        ) { call throws(ValueError) in
            single(call, "active_directory") ?? .null
        },
        BuiltinFunction(
            .global, "hasWorkdayUser",
            parameters: [], returns: .boolean,
            restrictions: restrictions,
            summary: "Whether the user has exactly one Workday assignment.",
            examples: []
        ) { call throws(ValueError) in
            .bool(single(call, "workday") != nil)
        },
        BuiltinFunction(
            .global, "findWorkdayUser",
            parameters: [], returns: .appUser, orNull: true,
            restrictions: restrictions,
            summary: "The user's Workday app user; null for zero or several Workday assignments.",
            examples: [FunctionExample("hasWorkdayUser() ? findWorkdayUser().employeeID : null", #""123456""#,
                                       context: #"{"assignments": {"workday": [{"employeeID": "123456"}]}}"#)]
        ) { call throws(ValueError) in
            single(call, "workday") ?? .null
        },
        BuiltinFunction(
            .global, "getManagerUser",
            parameters: [.init("managerSource", .constant("active_directory"))], returns: .user, orNull: true,
            restrictions: restrictions,
            summary: "The Okta user of the user's Active Directory manager (from the managers root); null when unknown.",
            examples: [FunctionExample(#"getManagerUser("active_directory").firstName"#, #""Bob""#,
                                       context: #"{"managers": {"active_directory": {"user": {"firstName": "Bob"}}}}"#)]
        ) { call throws(ValueError) in
            try user(call, "managers", "getManagerUser")
        },
        BuiltinFunction(
            .global, "getManagerAppUser",
            parameters: [
                .init("managerSource", .constant("active_directory")),
                .init("attributeSource", .string)
            ], returns: .appUser, orNull: true,
            restrictions: restrictions,
            summary: "The app user in attributeSource of the user's Active Directory manager; null when unknown.",
            examples: [FunctionExample(#"getManagerAppUser("active_directory", "google").firstName"#, #""Robert""#,
                                       context: #"{"managers": {"active_directory": {"appusers": {"google": {"firstName": "Robert"}}}}}"#)]
        ) { call throws(ValueError) in
            try appUser(call, "managers", "getManagerAppUser")
        },
        BuiltinFunction(
            .global, "getAssistantUser",
            parameters: [.init("assistantSource", .constant("active_directory"))], returns: .user, orNull: true,
            restrictions: restrictions,
            summary: "The Okta user of the user's Active Directory assistant (from the assistants root); null when unknown.",
            examples: []
        ) { call throws(ValueError) in
            try user(call, "assistants", "getAssistantUser")
        },
        BuiltinFunction(
            .global, "getAssistantAppUser",
            parameters: [
                .init("assistantSource", .constant("active_directory")),
                .init("attributeSource", .string)
            ], returns: .appUser, orNull: true,
            restrictions: restrictions,
            summary: "The app user in attributeSource of the user's Active Directory assistant; null when unknown.",
            examples: []
        ) { call throws(ValueError) in
            try appUser(call, "assistants", "getAssistantAppUser")
        },
    ]
}
