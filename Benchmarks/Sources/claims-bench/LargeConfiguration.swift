import Foundation

/// A generated configuration of the issue's "large" shape: `claims` claims cycling through ten
/// expression kinds (plus one GROUPS claim), 20 policies × 5 rules of which only the last rule
/// of the last policy matches, and one user in `groups` groups.
struct LargeConfiguration {
    let claims: Int
    let groups: Int

    /// The claim expressions by kind; every one runs on the oracle's SpEL as well.
    static let kinds: [(String, String)] = [
        ("dept", "user.department"),
        ("full_name", #"user.firstName + " " + user.lastName"#),
        ("login_upper", "String.toUpperCase(user.login)"),
        ("in_group", #"isMemberOfGroupName("nosuchgroup")"#),
        ("title", #"user.title != null ? user.title : "none""#),
        ("reads", #"Arrays.contains(access.scope, "api:read")"#),
        ("domain", #"String.substringAfter(user.email, "@")"#),
        ("tenant", "app.profile.tenant"),
        ("finance", #"user.costCenter == "CC-1" ? "finance" : "other""#),
        ("g49", #"isMemberOfGroupNameStartsWith("g49")"#),
    ]

    static let client = "0oabig1A2b3C4d5E6x7"
    static let user = "big@example.com"
    static let scope = "openid profile api:read"

    /// The bundle's JSON text.
    var bundle: String {
        var claimTexts: [String] = []
        for index in 0..<max(0, claims - 1) {
            let (kind, expression) = LargeConfiguration.kinds[index % LargeConfiguration.kinds.count]
            let type = index % 5 == 4 ? "IDENTITY" : "RESOURCE"
            claimTexts.append(#"{"id": "oclbig\#(index)", "name": "c\#(index)_\#(kind)", "status": "ACTIVE", "claimType": "\#(type)", "valueType": "EXPRESSION", "value": \#(quoted(expression)), "alwaysIncludeInToken": true, "conditions": {"scopes": []}}"#)
        }
        claimTexts.append(#"{"id": "oclbiggroups", "name": "g00_groups", "status": "ACTIVE", "claimType": "IDENTITY", "valueType": "GROUPS", "value": "g00", "group_filter_type": "STARTS_WITH", "alwaysIncludeInToken": true, "conditions": {"scopes": []}}"#)
        claimTexts.append(#"{"id": "oclbigsub", "name": "sub", "status": "ACTIVE", "claimType": "RESOURCE", "valueType": "EXPRESSION", "value": "(appuser != null) ? appuser.userName : app.clientId", "system": true, "alwaysIncludeInToken": true, "conditions": {"scopes": []}}"#)
        var policies: [String] = []
        for policy in 1...20 {
            var rules: [String] = []
            for rule in 1...5 {
                let conditions: String
                if policy < 20 {
                    conditions = #"{"grantTypes": {"include": ["authorization_code"]}, "people": {"groups": {"include": ["00gnone\#(policy)x\#(rule)"]}}, "scopes": {"include": ["*"]}}"#
                } else if rule < 5 {
                    conditions = #"{"grantTypes": {"include": ["authorization_code"]}, "people": {"groups": {"include": ["EVERYONE"]}}, "scopes": {"include": ["api:write"]}}"#
                } else {
                    conditions = #"{"grantTypes": {"include": ["authorization_code"]}, "people": {"groups": {"include": ["EVERYONE"]}}, "scopes": {"include": ["*"]}}"#
                }
                rules.append(#"{"id": "0prbig\#(policy)x\#(rule)", "name": "Rule \#(rule)", "priority": \#(rule), "status": "ACTIVE", "conditions": \#(conditions), "actions": {"token": {"accessTokenLifetimeMinutes": 60, "refreshTokenLifetimeMinutes": 0, "refreshTokenWindowMinutes": 10080}}}"#)
            }
            policies.append(#"{"id": "00pbig\#(policy)", "name": "Policy \#(policy)", "priority": \#(policy), "status": "ACTIVE", "conditions": {"clients": {"include": ["ALL_CLIENTS"]}}, "rules": [\#(rules.joined(separator: ", "))]}"#)
        }
        return #"""
            {"authorizationServer": {"id": "ausbig1A2b3C4d5E6x7", "name": "Big", "audiences": ["api://big"], "issuer": "https://example.okta.com/oauth2/ausbig1A2b3C4d5E6x7", "status": "ACTIVE"},
             "scopes": [{"id": "scpbig1", "name": "api:read", "default": true}, {"id": "scpbig2", "name": "api:write"}],
             "claims": [\#(claimTexts.joined(separator: ",\n"))],
             "policies": [\#(policies.joined(separator: ",\n"))]}
            """#
    }

    /// The directory's JSON text.
    var directory: String {
        var groupTexts = [#"{"id": "00geveryone", "type": "BUILT_IN", "profile": {"name": "Everyone"}}"#]
        var ids = [#""00geveryone""#]
        for index in 0..<max(0, groups - 1) {
            groupTexts.append(#"{"id": "00gbig\#(index)", "type": "OKTA_GROUP", "profile": {"name": "g\#(index)"}}"#)
            ids.append(#""00gbig\#(index)""#)
        }
        return #"""
            {"org": {"id": "00obig", "name": "Big Corp", "subDomain": "example", "url": "https://example.okta.com"},
             "users": [{"id": "00ubig", "status": "ACTIVE", "profile": {"login": "big@example.com", "email": "big@example.com", "firstName": "Big", "lastName": "User", "department": "Sales", "title": "Clerk", "costCenter": "CC-1"}}],
             "groups": [\#(groupTexts.joined(separator: ", "))],
             "memberships": {"00ubig": [\#(ids.joined(separator: ", "))]},
             "apps": [{"id": "0oabig1A2b3C4d5E6x7", "label": "Big App", "status": "ACTIVE", "credentials": {"oauthClient": {"client_id": "0oabig1A2b3C4d5E6x7"}},
                       "settings": {"oauthClient": {"grant_types": ["authorization_code"], "response_types": ["code"], "application_type": "web", "consent_method": "TRUSTED"}},
                       "profile": {"tenant": "big"}, "groupAssignments": [{"id": "00geveryone"}],
                       "appUsers": [{"id": "00ubig", "scope": "GROUP", "status": "ACTIVE", "credentials": {"userName": "big.user"}, "profile": {}}]}]}
            """#
    }

    private func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
