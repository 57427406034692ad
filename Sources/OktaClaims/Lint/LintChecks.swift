import OktaEL

/// The check functions of the lint table.
enum LintChecks {
    private static let codes = ConfigDiagnosticCodes.standard

    // MARK: Findings of loading and compiling

    /// The load and compile findings of these codes.
    static func compiled(_ input: LintInput, _ rows: [ConfigDiagnosticRow]) -> [ConfigDiagnostic] {
        let wanted = Set(rows.map(\.code))
        return input.configuration.diagnostics.filter { wanted.contains($0.code) }
    }

    /// The findings no other rule reports (the reading faults, and any future code): nothing is lost.
    static func loadFindings(_ input: LintInput) -> [ConfigDiagnostic] {
        let claimed = Set(LintRules.all.filter { $0.name != "input" }.flatMap(\.codes))
        return input.configuration.diagnostics.filter { !claimed.contains($0.code) && $0.expression == nil }
    }

    /// The checker's findings inside claim expressions, and claims that do not compile.
    static func expressionFindings(_ input: LintInput) -> [ConfigDiagnostic] {
        input.configuration.diagnostics.filter { $0.expression != nil || $0.code == codes.claimDoesNotCompile.code }
    }

    // MARK: Claims

    /// Two ACTIVE claims of one token type with one name.
    static func duplicateClaims(_ input: LintInput) -> [ConfigDiagnostic] {
        var seen: [String: CompiledClaim] = [:]
        var found: [ConfigDiagnostic] = []
        for (index, claim) in input.configuration.claims.enumerated() where claim.isActive {
            let key = claim.claim.claimType.rawValue + " " + claim.name
            if let first = seen[key] {
                found.append(ConfigDiagnostic(codes.duplicateClaimName.diagnostic(
                    "The \(claim.claim.claimType.rawValue) claim \"\(claim.name)\" is defined twice (ids \(first.claim.id ?? "?") and \(claim.claim.id ?? "?")); a token has one \"\(claim.name)\""),
                    path: claimPath(claim, index).field("name"), objectID: claim.claim.id))
            } else {
                seen[key] = claim
            }
        }
        return found
    }

    /// `Groups.startsWith/endsWith/contains(...)` whose result is not followed by `?:`.
    static func nullableGroupsResults(_ input: LintInput) -> [ConfigDiagnostic] {
        var found: [ConfigDiagnostic] = []
        for (index, claim) in input.configuration.claims.enumerated() where claim.claim.valueType == .expression {
            guard let source = claim.claim.value else { continue }
            for range in NullableGroupsCall.unguarded(in: source) {
                let diagnostic = Diagnostic(codes.nullableGroupsResult.code,
                                            "Groups.\(range.function) returns null when no group matches, so the claim \"\(claim.name)\" is then left out",
                                            at: range.range, hint: "append ?: {} to get an empty list instead", severity: codes.nullableGroupsResult.severity)
                found.append(ConfigDiagnostic(diagnostic, path: claimPath(claim, index).field("value"), objectID: claim.claim.id,
                                              file: input.configuration.sourceName, expression: source))
            }
        }
        return found
    }

    /// GROUPS claims that match more than 100 of some directory user's groups.
    static func groupsOverLimit(_ input: LintInput) -> [ConfigDiagnostic] {
        guard let directory = input.directory else { return [] }
        var found: [ConfigDiagnostic] = []
        for (index, claim) in input.configuration.claims.enumerated() where claim.isActive {
            guard case .groups(let filter?) = claim.value else { continue }
            for user in directory.users {
                let names = directory.groups(ofUser: user.id).map(\.name)
                let matched = names.filter { (try? filter.matches($0)) ?? false }.count
                guard matched > ClaimEvaluator.groupsLimit else { continue }
                found.append(ConfigDiagnostic(codes.tooManyGroups.diagnostic(
                    "The groups claim \"\(claim.name)\" matches \(matched) groups of \(user.login ?? user.id) (at most \(ClaimEvaluator.groupsLimit)): that user's requests fail with too_many_groups_in_groups_claim"),
                    path: claimPath(claim, index).field("value"), objectID: claim.claim.id))
            }
        }
        return found
    }

    // MARK: Scopes

    /// Scopes in claims' and rules' conditions that the server does not define.
    static func unknownScopes(_ input: LintInput) -> [ConfigDiagnostic] {
        let configuration = input.configuration
        func known(_ name: String) -> Bool { configuration.scope(named: name) != nil || SystemObjects.oidcScopes.contains(name) }
        var found: [ConfigDiagnostic] = []
        for (index, claim) in configuration.claims.enumerated() {
            for scope in claim.claim.scopes where !known(scope) {
                found.append(ConfigDiagnostic(codes.unknownScopeReference.diagnostic(
                    "The claim \"\(claim.name)\" is tied to the scope \"\(scope)\", which the server does not define"),
                    path: claimPath(claim, index).field("conditions").field("scopes"), objectID: claim.claim.id))
            }
        }
        for (policyIndex, policy) in configuration.policies.enumerated() {
            for (ruleIndex, rule) in policy.rules.enumerated() {
                for scope in rule.rule.scopes where scope != PolicyRule.anyScope && !known(scope) {
                    found.append(ConfigDiagnostic(codes.unknownScopeReference.diagnostic(
                        "The rule \"\(rule.rule.name)\" allows the scope \"\(scope)\", which the server does not define"),
                        path: rulePath(policy, policyIndex, rule, ruleIndex).field("conditions").field("scopes"), objectID: rule.id))
                }
            }
        }
        return found
    }

    // MARK: Policies and rules

    /// Rules an earlier ACTIVE rule of the same policy always matches first (`RuleSubsumption`).
    static func shadowedRules(_ input: LintInput) -> [ConfigDiagnostic] {
        var found: [ConfigDiagnostic] = []
        for (policyIndex, policy) in input.configuration.policies.enumerated() {
            for (ruleIndex, rule) in policy.rules.enumerated() where rule.isActive {
                guard let earlier = policy.rules[..<ruleIndex].first(where: { $0.isActive && RuleSubsumption.covers($0, rule) }) else { continue }
                found.append(ConfigDiagnostic(codes.shadowedRule.diagnostic(
                    "The rule \"\(rule.rule.name)\" (priority \(rule.rule.priority)) never matches: the earlier rule \"\(earlier.rule.name)\" (priority \(earlier.rule.priority)) matches every request it would",
                    hint: "give it a lower priority number than \"\(earlier.rule.name)\", or narrow the earlier rule"),
                    path: rulePath(policy, policyIndex, rule, ruleIndex).field("priority"), objectID: rule.id))
            }
        }
        return found
    }

    /// Client ids in policies that no app of the directory has.
    static func unknownClients(_ input: LintInput) -> [ConfigDiagnostic] {
        guard let directory = input.directory else { return [] }
        var found: [ConfigDiagnostic] = []
        for (index, policy) in input.configuration.policies.enumerated() {
            for client in policy.policy.clients where client != Policy.allClients && directory.app(clientID: client) == nil {
                found.append(ConfigDiagnostic(codes.unknownClient.diagnostic(
                    "The policy \"\(policy.policy.name)\" names the client \(client), which no app of the directory has"),
                    path: policyPath(policy, index).field("conditions").field("clients").field("include"), objectID: policy.id))
            }
        }
        return found
    }

    // MARK: Paths

    static func claimPath(_ claim: CompiledClaim, _ index: Int) -> ObjectPath {
        ObjectPath("claims").element(name: claim.name, id: claim.claim.id, index: index)
    }

    static func policyPath(_ policy: CompiledPolicy, _ index: Int) -> ObjectPath {
        ObjectPath("policies").element(name: policy.policy.name, id: policy.id, index: index)
    }

    static func rulePath(_ policy: CompiledPolicy, _ policyIndex: Int, _ rule: CompiledRule, _ ruleIndex: Int) -> ObjectPath {
        policyPath(policy, policyIndex).field("rules").element(name: rule.rule.name, id: rule.id, index: ruleIndex)
    }
}
