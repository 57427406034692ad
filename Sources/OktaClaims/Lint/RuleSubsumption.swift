/// When one rule matches every request another matches (the `shadowed-rule` lint). Both must
/// be ACTIVE and of the same policy (the caller's part); then rule `a` covers rule `b` when each
/// condition of `a` admits at least what `b`'s admits:
///
/// * grant types: `a`'s ⊇ `b`'s;
/// * scopes: `a` allows `*`, or `b` does not and `a`'s list ⊇ `b`'s (a request matches a rule
///   when every requested scope is listed, so a larger list admits more requests);
/// * people: `a`'s exclusions ⊆ `b`'s (users and groups), and `a` admits everyone (no people
///   condition, or `EVERYONE`), or `b` does not and `a`'s included users ⊇ `b`'s and `a`'s
///   included groups ⊇ `b`'s.
///
/// The test is sound, not complete: it never calls a reachable rule shadowed, but it does not
/// see every shadowed rule (a user listed in `b` who is in a group of `a`, say, needs the
/// directory; lint looks at the configuration alone).
enum RuleSubsumption {
    /// Whether `a` matches every request `b` matches.
    static func covers(_ a: CompiledRule, _ b: CompiledRule) -> Bool {
        a.grantTypes.isSuperset(of: b.grantTypes) && coversScopes(a, b) && coversPeople(a, b)
    }

    static func coversScopes(_ a: CompiledRule, _ b: CompiledRule) -> Bool {
        if a.allowsAnyScope { return true }
        return !b.allowsAnyScope && a.scopes.isSuperset(of: b.scopes)
    }

    static func coversPeople(_ a: CompiledRule, _ b: CompiledRule) -> Bool {
        guard a.excludedUsers.isSubset(of: b.excludedUsers), a.excludedGroups.isSubset(of: b.excludedGroups) else { return false }
        if admitsEveryone(a) { return true }
        if admitsEveryone(b) { return false }
        return a.includedUsers.isSuperset(of: b.includedUsers) && a.includedGroups.isSuperset(of: b.includedGroups)
    }

    private static func admitsEveryone(_ rule: CompiledRule) -> Bool { rule.rule.people == nil || rule.includesEveryone }
}
