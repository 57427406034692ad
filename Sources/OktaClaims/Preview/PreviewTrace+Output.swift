import OktaEL

extension PreviewTrace {
    /// The trace as ordered JSON: `{"checks", "policies", "scopes", "claims"}`.
    public var json: Value {
        .object(ObjectValue([
            ("checks", .array(checks.map { check in
                .object(ObjectValue([("check", .string(check.check)), ("passed", .bool(check.passed)), ("detail", .string(check.detail))]))
            })),
            ("policies", .array(policies.map(\.json))),
            ("scopes", .array(scopes.map(Value.string))),
            ("claims", .array(claims.map(\.json))),
        ]))
    }

    /// The trace for people, one line per step, no colour.
    public var text: String {
        var lines: [String] = []
        for check in checks { lines.append("check \(check.check): \(check.passed ? "ok" : "FAILED") — \(check.detail)") }
        for policy in policies {
            lines.append("policy \"\(policy.name)\" (\(policy.id), priority \(policy.priority)): \(policy.outcome.rawValue.replacingEvery("_", with: " "))")
            for rule in policy.rules {
                let verdict = rule.matched ? "matched" : "skipped, \(rule.failedCondition ?? "?")"
                lines.append("  rule \"\(rule.name)\" (\(rule.id), priority \(rule.priority)): \(verdict) — \(rule.detail)")
            }
        }
        for step in scopes { lines.append("scopes: \(step)") }
        for claim in claims {
            switch claim.outcome {
            case .in: lines.append("\(claim.token) \(claim.name): in = \(claim.value.map { ValueOutput.json($0) } ?? "")")
            case .out: lines.append("\(claim.token) \(claim.name): out (\(claim.reason?.rawValue.replacingEvery("_", with: " ") ?? ""))")
            case .failed:
                lines.append("\(claim.token) \(claim.name): FAILED" + (claim.diagnostic.map { " — \($0.code.rawValue): \($0.message)" } ?? ""))
            }
        }
        return lines.joined(separator: "\n")
    }
}

extension PolicyTrace {
    /// `{"id", "name", "priority", "outcome", "rules"}`.
    public var json: Value {
        .object(ObjectValue([
            ("id", .string(id)), ("name", .string(name)), ("priority", .int(Int32(clamping: priority))),
            ("outcome", .string(outcome.rawValue)),
            ("rules", .array(rules.map { rule in
                .object(ObjectValue([
                    ("id", .string(rule.id)), ("name", .string(rule.name)), ("priority", .int(Int32(clamping: rule.priority))),
                    ("matched", .bool(rule.matched)), ("failedCondition", rule.failedCondition.map(Value.string) ?? .null),
                    ("detail", .string(rule.detail)),
                ]))
            })),
        ]))
    }
}

extension ClaimTrace {
    /// `{"token", "claim", "outcome", "reason" | "value" | "diagnostic"}`.
    public var json: Value {
        var pairs: [(String, Value)] = [("token", .string(token)), ("claim", .string(name)), ("outcome", .string(outcome.rawValue))]
        if let reason { pairs.append(("reason", .string(reason.rawValue))) }
        if let value { pairs.append(("value", value)) }
        if let diagnostic { pairs.append(("diagnostic", diagnostic.json)) }
        return .object(ObjectValue(pairs))
    }
}

extension PreviewResult {
    /// The result for people: the error or the tokens (pretty JSON payloads), then the matched rule; no colour.
    public var text: String {
        var lines: [String] = []
        if let matched { lines.append("matched: policy \"\(matched.policyName)\" (\(matched.policyID)), rule \"\(matched.ruleName)\" (\(matched.ruleID))") }
        if let error {
            lines.append("error: \(error.error) (\(error.internalCode), HTTP \(error.status))")
            lines.append("  \(error.description)")
            if let cause = error.cause { lines.append(cause.rendered()) }
            return lines.joined(separator: "\n")
        }
        lines.append("scopes: \(scopes.joined(separator: " "))")
        if let accessToken {
            lines.append("access token (\(accessTokenLifetimeMinutes ?? 0) min):")
            lines.append(PrettyJSON.render(accessToken.json, indent: "  "))
        } else {
            lines.append("access token: none")
        }
        if let idToken {
            lines.append("ID token (\(idTokenLifetimeMinutes ?? 0) min):")
            lines.append(PrettyJSON.render(idToken.json, indent: "  "))
        } else {
            lines.append("ID token: none")
        }
        if refreshToken {
            let lifetime = refreshTokenLifetimeMinutes.map { $0 == 0 ? "unlimited" : "\($0) min" } ?? "?"
            lines.append("refresh token: yes (lifetime \(lifetime), window \(refreshTokenWindowMinutes ?? 0) min)")
        } else {
            lines.append("refresh token: no")
        }
        if let userinfo {
            lines.append("/userinfo:")
            lines.append(PrettyJSON.render(.object(userinfo), indent: "  "))
        }
        return lines.joined(separator: "\n")
    }
}

/// Indented JSON for people: one member per line, arrays of scalars on one line.
enum PrettyJSON {
    static func render(_ value: Value, indent: String = "") -> String {
        switch value {
        case .object(let object) where object.count > 0:
            let step = indent + "  "
            let members = object.entries.map { step + JSONWriter.quote($0.key) + ": " + render($0.value, indent: step).drop(while: { $0 == " " }) }
            return indent + "{\n" + members.joined(separator: ",\n") + "\n" + indent + "}"
        default:
            return indent + ValueOutput.json(value)
        }
    }
}
