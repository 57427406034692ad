import OktaEL

/// Compares a preview with a scenario's expectation as preview-inputs §4 says: both error
/// codes must match (and the description when given), and no token may be issued; for tokens
/// every given key is checked: values type-exact, arrays as multisets, absent = not emitted.
public enum ExpectationCheck {
    /// Every mismatch, each as `what: expected X, got Y`; empty when the preview meets the expectation.
    public static func mismatches(_ expectation: Expectation, _ result: PreviewResult) -> [String] {
        switch expectation {
        case .error(let error, let internalCode, let description):
            guard let actual = result.error else {
                return ["expected the error \(error)/\(internalCode), got tokens (scopes \(result.scopes.joined(separator: " ")))"]
            }
            var out: [String] = []
            if actual.error != error || actual.internalCode != internalCode {
                out.append("error: expected \(error)/\(internalCode), got \(actual.error)/\(actual.internalCode) (\(actual.description))")
            }
            if let description, description != actual.description {
                out.append("error_description: expected \"\(description)\", got \"\(actual.description)\"")
            }
            return out
        case .tokens(let expected):
            if let error = result.error {
                return ["expected tokens, got the error \(error.error)/\(error.internalCode): \(error.description)"]
            }
            return tokens(expected, result)
        }
    }

    static func tokens(_ expected: TokensExpectation, _ result: PreviewResult) -> [String] {
        var out: [String] = []
        if let policy = expected.policy, policy != result.matched?.policyID {
            out.append("matched.policy: expected \(policy), got \(result.matched?.policyID ?? "none")")
        }
        if let rule = expected.rule, rule != result.matched?.ruleID {
            out.append("matched.rule: expected \(rule), got \(result.matched?.ruleID ?? "none")")
        }
        if let scp = expected.scp, !sameMultiset(scp.map(Value.string), result.scopes.map(Value.string)) {
            out.append("scp: expected \(scp), got \(result.scopes)")
        }
        if let minutes = expected.accessTokenLifetimeMinutes, minutes != result.accessTokenLifetimeMinutes {
            out.append("access_token_lifetime_minutes: expected \(minutes), got \(result.accessTokenLifetimeMinutes.map(String.init) ?? "no access token")")
        }
        if let refresh = expected.refreshToken, refresh != result.refreshToken {
            out.append("refresh_token: expected \(refresh), got \(result.refreshToken)")
        }
        if let access = expected.accessToken { out += token(access, result.accessToken, name: "access_token") }
        if let id = expected.idToken { out += token(id, result.idToken, name: "id_token") }
        return out
    }

    static func token(_ expected: TokenExpectation, _ actual: Token?, name: String) -> [String] {
        guard let actual else { return expected.issued ? ["\(name): expected a token, none was issued"] : [] }
        guard expected.issued else { return ["\(name): expected no token, one was issued"] }
        var out: [String] = []
        for (claim, value) in expected.present {
            guard let got = actual[claim: claim] else {
                out.append("\(name).\(claim): expected \(ValueOutput.json(value)), not emitted")
                continue
            }
            if !equal(value, got) { out.append("\(name).\(claim): expected \(ValueOutput.json(value)), got \(ValueOutput.json(got))") }
        }
        for claim in expected.exists where actual[claim: claim] == nil { out.append("\(name).\(claim): expected to exist, not emitted") }
        for claim in expected.absent {
            if let got = actual[claim: claim], !got.isNull { out.append("\(name).\(claim): expected absent, got \(ValueOutput.json(got))") }
        }
        return out
    }

    /// Type-exact equality (`true` ≠ `"true"`, `2019` ≠ `"2019"`; 1 = 1.0 only as numbers of
    /// the same JSON kind), arrays as multisets, objects by key.
    public static func equal(_ lhs: Value, _ rhs: Value) -> Bool {
        switch (lhs, rhs) {
        case (.array(let a), .array(let b)): return sameMultiset(a, b)
        case (.object(let a), .object(let b)):
            guard a.count == b.count else { return false }
            return a.entries.allSatisfy { entry in b[entry.key].map { equal(entry.value, $0) } ?? false }
        case (.int, _), (.long, _), (.double, _):
            guard let x = number(lhs), let y = number(rhs) else { return false }
            return isIntegral(lhs) == isIntegral(rhs) && x == y
        default: return lhs == rhs
        }
    }

    /// Whether two arrays hold the same elements as many times each, in any order.
    public static func sameMultiset(_ a: [Value], _ b: [Value]) -> Bool {
        guard a.count == b.count else { return false }
        var rest = b
        for item in a {
            guard let index = rest.firstIndex(where: { equal(item, $0) }) else { return false }
            rest.remove(at: index)
        }
        return true
    }

    private static func number(_ value: Value) -> Double? {
        switch value {
        case .int(let x): return Double(x)
        case .long(let x): return Double(x)
        case .double(let x): return x
        default: return nil
        }
    }

    private static func isIntegral(_ value: Value) -> Bool {
        switch value {
        case .int, .long: return true
        default: return false
        }
    }
}
