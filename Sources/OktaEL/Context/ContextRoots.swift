// The roots of Okta's evaluation context, one row each. The evaluator (what an absent root
// reads as), the checker (known shapes, the roots each usage profile allows) and the JSON
// loader read these rows; nothing else lists root names.
//
// Okta pages cited in the rows:
//   classic reference    https://developer.okta.com/docs/reference/okta-expression-language/
//   Identity Engine ref. https://developer.okta.com/docs/reference/okta-expression-language-in-identity-engine/
//   token claims guide   https://developer.okta.com/docs/guides/customize-tokens-returned-from-okta/main/
//   groups claim guide   https://developer.okta.com/docs/guides/customize-tokens-static/main/
//   mappings help        https://help.okta.com/en-us/content/topics/users-groups-profiles/usgp-attribute-mappings-expressions.htm
//   group rules help     https://help.okta.com/en-us/content/topics/users-groups-profiles/usgp-create-group-rules.htm

/// Okta's context roots and the facts derived from them.
enum ContextRoots {
    /// Every root, documented by Okta or this engine's own. `profiles` lists where a source says
    /// the root is available; `unverified` below where no source says either way (a warning);
    /// anywhere else a source refuses it (an error). grammar/profiles.md has the whole table.
    static let all: [ContextRoot] = [
        // The Okta user profile: `user.$attribute` (classic reference, "Okta user profile"),
        // `user.profile.$attribute` and top-level `user.id`, `user.status`, `user.created`, ...
        // (Identity Engine reference). Custom claims read it (token claims guide), group rules
        // may use only user and group attributes (group rules help), policies read it
        // (Identity Engine reference), federated claims read it (fact sheet 6.3; support article
        // on user.getGroups claims with unified claims).
        ContextRoot(name: "user", documentedByOkta: true, whenAbsent: .emptyObject, shape: .object(nil),
                    profiles: [.claim, .federatedClaim, .groupRule, .policy]),
        // The in-context app user, `appuser.$attribute` (classic reference, "Application user
        // profile"); custom claims may use it but not explicit app references (token claims guide;
        // fact sheet 5.12); federated claims read `appuser.entitlements.*` (Identity Engine
        // reference), which "are not available in policies". Group rules: no app attributes (help).
        // Null when absent: a token without a user (client credentials) has no app user, and
        // Okta's default `sub` claim, `(appuser != null) ? appuser.userName : app.clientId`,
        // relies on it being null there (authorization-server claims API, system claims).
        ContextRoot(name: "appuser", documentedByOkta: true, whenAbsent: .null, shape: .object(nil),
                    profiles: [.claim, .federatedClaim]),
        // The same app user as the mappings help spells it (`appUser`, App to Okta mappings);
        // whether claims accept this spelling is open (fact sheet 14, question 14). Null when
        // absent, as `appuser`.
        ContextRoot(name: "appUser", documentedByOkta: true, whenAbsent: .null, shape: .object(nil),
                    profiles: []),
        // The in-context app instance, `app.$attribute` (classic reference, "Application
        // properties"); custom claims read `app.id`, `app.clientId` and `app.profile`, references
        // the classic reference calls custom-claim only (fact sheet 5.12).
        ContextRoot(name: "app", documentedByOkta: true, whenAbsent: .emptyObject, shape: .object(nil),
                    profiles: [.claim]),
        // The org, `org.$attribute` (classic reference, "Organization properties"), which sets no
        // restriction on it among the classic places; group rules: only user and group attributes.
        ContextRoot(name: "org", documentedByOkta: true, whenAbsent: .emptyObject, shape: .object(nil),
                    profiles: [.claim, .idpTransform]),
        // `access.scope`, the granted scopes as an array, in custom claims only (classic reference,
        // custom-claim-only references; fact sheet 5.12).
        ContextRoot(name: "access", documentedByOkta: true, whenAbsent: .emptyObject,
                    shape: .object(ObjectShape(name: "access", fields: ["scope": .array(.string)], closed: false)),
                    profiles: [.claim]),
        // `session.amr`, an array of RFC 8176 method references (classic reference, "Session
        // properties"; Identity Engine reference), and `session.id` (Identity Engine reference);
        // policy conditions and federated claims read them (fact sheet 6.2, 6.3).
        ContextRoot(name: "session", documentedByOkta: true, whenAbsent: .emptyObject,
                    shape: .object(ObjectShape(name: "session", fields: ["amr": .array(.string), "id": .string], closed: false)),
                    profiles: [.policy, .federatedClaim]),
        // The IdP user, `idpuser.$attribute`, available only in the IdP username transform
        // (classic reference, "IdP user profile"). Null when absent: outside an IdP transform
        // there is no IdP user.
        ContextRoot(name: "idpuser", documentedByOkta: true, whenAbsent: .null, shape: .object(nil),
                    profiles: [.idpTransform]),
        // "The object on the left" of a mapping, in both directions (mappings help). This engine
        // also offers it in IdP username transforms, whose source is the IdP user; Okta's pages
        // show only `idpuser` there (so it is unverified there, below).
        ContextRoot(name: "source", documentedByOkta: true, whenAbsent: .emptyObject, shape: .object(nil),
                    profiles: []),
        // `security.risk.level` (`LOW`, `MEDIUM`, `HIGH`) and `security.behaviors`, an array of
        // behavior names, in policy conditions (Identity Engine reference).
        ContextRoot(name: "security", documentedByOkta: true, whenAbsent: .emptyObject,
                    shape: .object(ObjectShape(name: "security", fields: [
                        "risk": .object(ObjectShape(name: "security.risk", fields: ["level": .string], closed: false)),
                        "behaviors": .array(.string),
                    ], closed: false)),
                    profiles: [.policy]),
        // `device.id`, `device.profile.*`, `device.assurance.*`, `device.provider.*` in policy
        // conditions, and `device.profile.*` in federated claims (Identity Engine reference);
        // too varied to type beyond an open object.
        ContextRoot(name: "device", documentedByOkta: true, whenAbsent: .emptyObject, shape: .object(nil),
                    profiles: [.policy, .federatedClaim]),
        // `login.identifier`, the username typed, for dynamic IdP routing (Identity Engine reference).
        ContextRoot(name: "login", documentedByOkta: true, whenAbsent: .emptyObject,
                    shape: .object(ObjectShape(name: "login", fields: ["identifier": .string], closed: false)),
                    profiles: [.policy]),
        // `accessRequest.operation`, `.authenticator`, `.metadata` in account management policy
        // conditions (Identity Engine reference).
        ContextRoot(name: "accessRequest", documentedByOkta: true, whenAbsent: .emptyObject, shape: .object(nil),
                    profiles: [.policy]),
        // A group, `group.name`, `group.profile.*`, ..., only inside the group expression of
        // `getFilteredGroups` (groups claim guide), which binds it. That expression is a string
        // argument the checker does not read, so the shape stays open.
        ContextRoot(name: "group", documentedByOkta: true, whenAbsent: .unbound, shape: .object(nil),
                    profiles: []),
        // Not an Okta variable: this engine's list of the user's memberships, which the group
        // functions read (README "Evaluation context"). The checker warns where it is written.
        ContextRoot(name: "groups", documentedByOkta: false, whenAbsent: .emptyList, shape: .array(.group),
                    profiles: []),
    ]

    /// Roots no source places in or out of a profile, by profile: `oel check` warns (OEL8011)
    /// instead of refusing them. Each with why it is open.
    static let unverified: [UsageProfile: [String: String]] = [
        .claim: [
            "session": "Okta documents session.amr for SAML attribute statements and federated claims, not for authorization-server claims (fact sheet 14, question 22)",
            "appUser": "Okta's developer reference spells the app user appuser; appUser is the mappings help's spelling (fact sheet 14, question 14)",
        ],
        .federatedClaim: [
            "app": "the Identity Engine reference lists no app.* for federated claims, and nothing refuses it",
            "org": "the Identity Engine reference lists no org.* for federated claims, and nothing refuses it",
        ],
        .policy: [
            "org": "the Identity Engine reference lists no org.* for policies, and nothing refuses it",
        ],
        .idpTransform: [
            "user": "Okta documents only idpuser.* for the transform, which runs before the IdP user is linked to an Okta user",
            "appuser": "Okta documents only idpuser.* for the transform",
            "appUser": "Okta documents only idpuser.* for the transform",
            "app": "Okta documents only idpuser.* for the transform, and nothing refuses the app's properties there",
            "session": "Okta documents only idpuser.* for the transform, and session.amr for SAML attribute statements",
            "source": "this engine's reading of the mappings help's source (the object on the left); Okta's pages show only idpuser.* in the transform",
        ],
    ]

    /// Why `root` is unverified in `profile`, if it is.
    static func unverified(_ root: String, in profile: UsageProfile) -> String? { unverified[profile]?[root] }

    /// Profiles where any name may be a root: a mapping may name any app instance, `zendesk.firstName`
    /// for its app user or `zendesk_app.companySubDomain` for its properties (classic reference,
    /// "Application user profile" and "Application properties"; mappings help).
    static let profilesAcceptingAnyRoot: Set<UsageProfile> = [.mapping]

    /// The app names Okta's references use in explicit app references (classic reference,
    /// "Application user profile" and "Application properties"): `zendesk.firstName`,
    /// `active_directory.managerUpn`, `google_apps.email`, `google.nameGivenName`,
    /// `office365_app.domain`, `zendesk_app.companySubDomain`.
    static let documentedAppNames: Set<String> = ["zendesk", "active_directory", "google_apps", "google", "office365"]

    /// Whether `name` reads as an explicit app reference: a documented app name or one of
    /// `known` (the org's app names, when the caller knows them), alone, with `_app` (the app
    /// instance's properties), or with an instance suffix (`_1`, or 7 letters and digits since
    /// 2018: classic reference). Only profiles accepting any root read such names.
    static func isExplicitAppReference(_ name: String, known: Set<String>) -> Bool {
        var base = Substring(name)
        if base.hasSuffix("_app") { base = base.dropLast(4) }
        func isApp(_ text: Substring) -> Bool { documentedAppNames.contains(String(text)) || known.contains(String(text)) }
        if isApp(base) { return true }
        if let underscore = base.lastIndex(of: "_") {
            let suffix = base[base.index(after: underscore)...]
            let isSuffix = (!suffix.isEmpty && suffix.allSatisfy(\.isNumber)) || (suffix.count == 7 && suffix.allSatisfy { $0.isLetter || $0.isNumber })
            if isSuffix, isApp(base[..<underscore]) { return true }
        }
        return false
    }

    /// The rows by name (the first row wins should a name repeat; a test keeps names unique).
    static let named: [String: ContextRoot] = Dictionary(all.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })

    /// Every root name.
    static let names: Set<String> = Set(all.map(\.name))

    /// What absent roots read as, by name; a name not here is unknown when the context leaves it out.
    static let valuesWhenAbsent: [String: Value] = named.compactMapValues(\.valueWhenAbsent)

    /// The roots that read as an empty object when absent: roots every Okta evaluation of their kind has.
    static let emptyObjectsWhenAbsent: Set<String> = Set(all.filter { $0.whenAbsent == .emptyObject }.map(\.name))

    /// The roots that read as null when absent: their absence means there is none.
    static let nullsWhenAbsent: Set<String> = Set(all.filter { $0.whenAbsent == .null }.map(\.name))

    /// The roots Okta documents that have a value when the context leaves them out (an empty
    /// object or null).
    static let documentedWithValueWhenAbsent: Set<String> = emptyObjectsWhenAbsent.union(nullsWhenAbsent)

    /// The roots a profile allows; nil when any name may be a root.
    static func allowed(in profile: UsageProfile) -> Set<String>? {
        profilesAcceptingAnyRoot.contains(profile) ? nil : allowedByProfile[profile, default: []]
    }

    private static let allowedByProfile: [UsageProfile: Set<String>] = all.reduce(into: [:]) { table, root in
        for profile in root.profiles { table[profile, default: []].insert(root.name) }
    }
}
