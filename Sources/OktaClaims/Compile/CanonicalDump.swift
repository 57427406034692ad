/// A canonical text of what a compiled configuration means to the engine, independent of the
/// form it came in and of the order its sources list things: one line per fact, lists sorted
/// where order carries no meaning, policies and rules in evaluation order. Scope and claim ids,
/// the display texts of system scopes,
/// `created`, `lastUpdated` and `_links` are left out (Terraform does not know the ids of the
/// system objects). Tests compare the forms with it; it is also a readable summary.
extension CompiledConfiguration {
    /// The canonical dump.
    public var canonicalDump: String {
        var lines: [String] = []
        func add(_ text: String) { lines.append(text) }
        func list(_ items: [String]) -> String { "[" + items.sorted().joined(separator: ", ") + "]" }
        func optional(_ text: String?) -> String { text.map { "\"\($0)\"" } ?? "-" }

        add("server id=\(server.id) name=\(optional(server.name)) status=\(server.status.rawValue)")
        add("  description=\(optional(server.description))")
        add("  audiences=\(list(server.audiences)) issuer=\(optional(server.issuer)) issuerMode=\(server.issuerMode?.rawValue ?? "-") kid=\(optional(server.signingKeyID))")
        for scope in scopes {
            add("scope \(scope.name) consent=\(scope.consent.rawValue) default=\(scope.isDefault) optional=\(scope.optional) system=\(scope.system) metadataPublish=\(scope.metadataPublish?.rawValue ?? "-")")
            // System scopes' texts are Okta's, not the configuration's (Terraform does not have them).
            if !scope.system { add("  displayName=\(optional(scope.displayName)) description=\(optional(scope.description))") }
        }
        for compiled in claims {
            let claim = compiled.claim
            var line = "claim \(claim.name) \(claim.claimType.rawValue) \(claim.valueType.rawValue) status=\(claim.status.rawValue)"
            line += " always=\(claim.alwaysIncludeInToken) system=\(claim.system) scopes=\(list(claim.scopes))"
            if let filter = claim.groupFilterType { line += " filter=\(filter.rawValue)" }
            add(line)
            if let value = claim.value { add("  value=\(optional(value))") }
        }
        add("sub value=\(optional(sub.claim.value))")
        for policy in policies {
            let p = policy.policy
            add("policy \(p.id) name=\(optional(p.name)) priority=\(p.priority) status=\(p.status.rawValue) clients=\(list(p.clients))")
            add("  description=\(optional(p.description))")
            for compiled in policy.rules {
                let rule = compiled.rule
                add("  rule \(rule.id) name=\(optional(rule.name)) priority=\(rule.priority) status=\(rule.status.rawValue)")
                add("    grantTypes=\(list(rule.grantTypes.map(\.rawValue))) scopes=\(list(rule.scopes))")
                let people = rule.people ?? PeopleCondition()
                add("    users=\(list(people.users.include)) -\(list(people.users.exclude)) groups=\(list(people.groups.include)) -\(list(people.groups.exclude))")
                let token = rule.token
                add("    access=\(token.accessTokenLifetimeMinutes) refresh=\(token.refreshTokenLifetimeMinutes) window=\(token.refreshTokenWindowMinutes) hook=\(optional(token.inlineHookID))")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
