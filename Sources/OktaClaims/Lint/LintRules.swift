import OktaEL

/// The lint table: one row per rule, in the order findings are reported. `docs/claims/lint.md`
/// lists the same rows (a test keeps the two in step).
public enum LintRules {
    private static let codes = ConfigDiagnosticCodes.standard

    /// Every rule.
    public static let all: [LintRule] = [
        LintRule("input", [codes.missingField, codes.wrongType, codes.unknownEnumValue, codes.unknownGrantType, codes.missingFile,
                           codes.danglingReference, codes.duplicateID, codes.severalServers],
                 "the configuration's own faults found while reading it (missing fields, wrong types, unknown enum values, ...)",
                 function: "LintChecks.loadFindings") { LintChecks.loadFindings($0) },
        LintRule("claim-expression", [codes.claimDoesNotCompile],
                 "every EXPRESSION claim through the checker with the claim profile and the user (and app user) schema; the checker's own codes (OEL1xxx-OEL8xxx) are reported with it, with the caret rendering",
                 function: "LintChecks.expressionFindings") { LintChecks.expressionFindings($0) },
        LintRule("nullable-groups", [codes.nullableGroupsResult],
                 "a `Groups.startsWith/endsWith/contains` result not followed by `?: {}`",
                 function: "LintChecks.nullableGroupsResults") { LintChecks.nullableGroupsResults($0) },
        LintRule("reserved-claim", [codes.reservedClaimName], "custom claims named like a claim Okta reserves for that token",
                 function: "LintChecks.compiled") { LintChecks.compiled($0, [codes.reservedClaimName]) },
        LintRule("duplicate-claim", [codes.duplicateClaimName], "two ACTIVE claims of one token type with the same name",
                 function: "LintChecks.duplicateClaims") { LintChecks.duplicateClaims($0) },
        LintRule("claim-value", [codes.filterTypeIgnored, codes.unknownSystemClaim, codes.defaultSubClaim],
                 "group_filter_type on a claim that is not GROUPS, SYSTEM claims Okta does not fill, a missing sub claim",
                 function: "LintChecks.compiled") { LintChecks.compiled($0, [codes.filterTypeIgnored, codes.unknownSystemClaim, codes.defaultSubClaim]) },
        LintRule("regex-filter", [codes.invalidGroupRegex], "REGEX groups filters that are not valid Java regular expressions",
                 function: "LintChecks.compiled") { LintChecks.compiled($0, [codes.invalidGroupRegex]) },
        LintRule("groups-limit", [codes.tooManyGroups], "GROUPS claims whose filter matches more than 100 groups of some user of the directory",
                 function: "LintChecks.groupsOverLimit") { LintChecks.groupsOverLimit($0) },
        LintRule("duplicate-scope", [codes.duplicateScope, codes.invalidScopeName], "scope names defined twice, and names Okta refuses",
                 function: "LintChecks.compiled") { LintChecks.compiled($0, [codes.duplicateScope, codes.invalidScopeName]) },
        LintRule("audience", [codes.severalAudiences, codes.audienceNotAbsolute], "more than one audience, or an audience that is not an absolute URI",
                 function: "LintChecks.compiled") { LintChecks.compiled($0, [codes.severalAudiences, codes.audienceNotAbsolute]) },
        LintRule("unknown-scope", [codes.unknownScopeReference], "scopes named by claims and rules that the server does not define",
                 function: "LintChecks.unknownScopes") { LintChecks.unknownScopes($0) },
        LintRule("lifetimes", [codes.accessLifetimeOutOfRange, codes.refreshLifetimeTooShort, codes.refreshWindowOutOfRange],
                 "token lifetimes outside Okta's bounds (access 5 min to 1 day, refresh at least the access lifetime, window 10 min to 5 years)",
                 function: "LintChecks.compiled") {
            LintChecks.compiled($0, [codes.accessLifetimeOutOfRange, codes.refreshLifetimeTooShort, codes.refreshWindowOutOfRange])
        },
        LintRule("priority", [codes.priorityTie, codes.priorityBelowOne], "priorities shared by two policies or rules, or below 1",
                 function: "LintChecks.compiled") { LintChecks.compiled($0, [codes.priorityTie, codes.priorityBelowOne]) },
        LintRule("shadowed-rule", [codes.shadowedRule], "rules an earlier rule of the same policy always matches first",
                 function: "LintChecks.shadowedRules") { LintChecks.shadowedRules($0) },
        LintRule("unknown-client", [codes.unknownClient], "policies naming clients that no app of the directory has",
                 function: "LintChecks.unknownClients") { LintChecks.unknownClients($0) },
    ]
}

/// Runs the lint table.
public enum Linter {
    /// Every finding of every rule, in table order.
    public static func lint(_ input: LintInput) -> [ConfigDiagnostic] {
        // The lint's own findings name the configuration's file, as the loader's do.
        LintRules.all.flatMap { $0.run(input) }.map { finding in
            var named = finding
            if named.file == nil { named.file = input.configuration.sourceName }
            return named
        }
    }
}

extension LintRules {
    /// The table as `docs/claims/lint.md` shows it: one row per rule (name, codes with
    /// severity, what, check function).
    public static var markdownTable: String {
        var lines = ["| rule | codes | what | check |", "| --- | --- | --- | --- |"]
        for rule in all {
            let codes = rule.codes.map { code in
                "\(code.rawValue) (\(ConfigDiagnosticCodes.row(for: code)?.severity.rawValue ?? "?"))"
            }.joined(separator: ", ")
            lines.append("| `\(rule.name)` | \(codes) | \(rule.what.replacingEvery("|", with: "\\|")) | `\(rule.function)` |")
        }
        return lines.joined(separator: "\n")
    }
}
