/// Who is asking, as the rules see it: the grant type, the user (nil for client credentials)
/// with the ids of their groups, and the scopes to allow.
struct MatchSubject: Sendable {
    let clientID: String
    let grantType: GrantType
    let user: User?
    let groupIDs: Set<String>
    let scopes: [String]
}

/// The policies and rules of okta-authz §2.1: policies in priority order (INACTIVE skipped),
/// a policy is a candidate when it lists the client or `ALL_CLIENTS`; its rules in priority
/// order (INACTIVE skipped); the first rule whose every condition holds wins; a policy none of
/// whose rules match hands over to the next policy.
enum PolicyMatcher {
    /// The matched policy and rule, nil when none; the trace of every policy either way (none
    /// when `recording` is false: the same match, found without writing anything down).
    static func match(_ configuration: CompiledConfiguration, _ subject: MatchSubject, recording: Bool = true)
        -> (match: (policy: CompiledPolicy, rule: CompiledRule)?, trace: [PolicyTrace]) {
        guard recording else { return (firstMatch(configuration, subject), []) }
        var traces: [PolicyTrace] = []
        traces.reserveCapacity(configuration.policies.count)
        var found: (policy: CompiledPolicy, rule: CompiledRule)?
        for policy in configuration.policies {
            var trace = PolicyTrace(id: policy.id, name: policy.policy.name, priority: policy.policy.priority,
                                    outcome: .notReached, rules: [])
            defer { traces.append(trace) }
            if found != nil { continue }
            guard policy.isActive else { trace.outcome = .inactive; continue }
            guard policy.applies(toClient: subject.clientID) else { trace.outcome = .clientNotIncluded; continue }
            trace.outcome = .noRuleMatched
            for rule in policy.rules {
                let verdict = RuleConditions.evaluate(rule, subject)
                trace.rules.append(RuleTrace(id: rule.id, name: rule.rule.name, priority: rule.rule.priority,
                                             matched: verdict.failed == nil, failedCondition: verdict.failed, detail: verdict.detail))
                if verdict.failed == nil {
                    found = (policy, rule)
                    trace.outcome = .matched
                    break
                }
            }
        }
        return (found, traces)
    }

    /// `match` without the trace: the first rule, in the same order, whose conditions all hold.
    private static func firstMatch(_ configuration: CompiledConfiguration, _ subject: MatchSubject)
        -> (policy: CompiledPolicy, rule: CompiledRule)? {
        for policy in configuration.policies where policy.isActive && policy.applies(toClient: subject.clientID) {
            for rule in policy.rules where RuleConditions.holds(rule, subject) { return (policy, rule) }
        }
        return nil
    }
}

/// The conditions of one rule, each a row: its name in the trace and its test.
enum RuleConditions {
    /// The first failing condition's name and why (nil name = every condition holds).
    static func evaluate(_ rule: CompiledRule, _ subject: MatchSubject) -> (failed: String?, detail: String) {
        for condition in conditions {
            if let reason = condition.test(rule, subject) { return (condition.name, reason) }
        }
        return (nil, "every condition holds")
    }

    /// Whether every condition holds (`evaluate`'s verdict without its words).
    static func holds(_ rule: CompiledRule, _ subject: MatchSubject) -> Bool {
        for condition in conditions where condition.test(rule, subject) != nil { return false }
        return true
    }

    private struct Condition: Sendable {
        let name: String
        /// nil when the condition holds, else why not.
        let test: @Sendable (CompiledRule, MatchSubject) -> String?
    }

    private static let conditions: [Condition] = [
        Condition(name: "status") { rule, _ in rule.isActive ? nil : "the rule is INACTIVE" },
        Condition(name: "grantTypes") { rule, subject in
            rule.grantTypes.contains(subject.grantType) ? nil
                : "\(subject.grantType) is not among \(rule.rule.grantTypes.map(\.rawValue).joined(separator: ", "))"
        },
        Condition(name: "people.users.exclude") { rule, subject in
            guard let user = subject.user, rule.excludedUsers.contains(user.id) else { return nil }
            return "the user \(user.login ?? user.id) is excluded"
        },
        Condition(name: "people.groups.exclude") { rule, subject in
            guard let user = subject.user else { return nil }
            let excluded = rule.excludedGroups.intersection(subject.groupIDs)
            return excluded.isEmpty ? nil : "the user \(user.login ?? user.id) is in the excluded group(s) \(excluded.sorted().joined(separator: ", "))"
        },
        Condition(name: "people") { rule, subject in
            // Client credentials: "No user"; people conditions are not read (D20).
            guard let user = subject.user else { return nil }
            if rule.rule.people == nil || rule.includesEveryone { return nil }
            if rule.includedUsers.contains(user.id) { return nil }
            if !rule.includedGroups.isDisjoint(with: subject.groupIDs) { return nil }
            return "the user \(user.login ?? user.id) is neither an included user nor in an included group"
        },
        Condition(name: "scopes") { rule, subject in
            if rule.allowsAnyScope { return nil }
            let outside = subject.scopes.filter { !rule.scopes.contains($0) }
            return outside.isEmpty ? nil : "the rule does not allow \(outside.joined(separator: ", "))"
        },
    ]
}
