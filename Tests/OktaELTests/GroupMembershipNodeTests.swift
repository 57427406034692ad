import Testing
@testable import OktaEL

/// `isMemberOfGroupName`, `isMemberOfGroup` and `isMemberOfAnyGroup` with string literals
/// compile to `GroupMembershipNode` (literals hashed when compiling, probed as bytes); with
/// the same strings in attributes they take the functions' general bodies. Both must agree
/// on every value, and on the step budget: the same error, at the same position.
@Suite struct GroupMembershipNodeTests {
    /// Names and IDs that are hard to compare as bytes: empty, non-ASCII (precomposed and
    /// decomposed, which Swift's `==` equates and Java does not), a NUL byte, long, repeated,
    /// and more than the small-table size.
    static let strings: [String] = ["", "Admins", "admins", "Admins ", "\u{00E9}quipe", "e\u{0301}quipe", "a\u{0}b",
                                    String(repeating: "Long-Group-Name-", count: 20), "00g1a2b3c4d5e6f7g8h9", "00g1a2b3c4d5e6f7g8h",
                                    "😀", "Everyone"] + (0..<30).map { "G\($0)" }
    /// Whether the user is a member of the group named `strings[index]` (and of the one with
    /// that ID after "id-"): every other string, and "Admins" and "Everyone", added again.
    static func isMember(_ index: Int) -> Bool { index % 2 == 0 || ["Admins", "Everyone"].contains(strings[index]) }

    /// The user's groups: every other string as a name, and as an ID with "id-" before it;
    /// then "Admins", and "Everyone" again.
    static let groups: [Value] = stride(from: 0, to: strings.count, by: 2).map { index in
        .object(ObjectValue([("id", .string("id-" + strings[index])), ("name", .string(strings[index]))]))
    } + [.object(ObjectValue([("id", .string("id-Admins")), ("name", .string("Admins"))])),
         .object(ObjectValue([("id", .string("id-Everyone")), ("name", .string("Everyone"))]))]

    static func context() -> EvaluationContext {
        let probes = Value.object(ObjectValue(strings.enumerated().flatMap { index, text in
            [("n\(index)", Value.string(text)), ("i\(index)", Value.string("id-" + text))]
        }))
        return EvaluationContext(roots: ObjectValue([("user", probes), ("groups", .array(groups))]))
    }

    static func literal(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
    }

    static func outcome(_ source: String, _ environment: Environment, _ context: EvaluationContext) -> String {
        do {
            return "\(try environment.compile(source).evaluate(context))"
        } catch let error as Diagnostic {
            return "\(error.code.rawValue) at \(error.range)"
        } catch {
            return "\(error)"
        }
    }

    @Test func literalsTakeTheNodeAndAgreeWithTheGeneralBodies() throws {
        let environment = Environment(dialect: .classic)
        let context = Self.context()
        var members = 0
        for (index, text) in Self.strings.enumerated() {
            for (function, literal, attribute) in [("isMemberOfGroupName", Self.literal(text), "user.n\(index)"),
                                                   ("isMemberOfGroup", Self.literal("id-" + text), "user.i\(index)")] {
                let fast = "\(function)(\(literal))", general = "\(function)(\(attribute))"
                #expect(try environment.compile(fast).root is GroupMembershipNode, "\(fast)")
                let value = Self.outcome(fast, environment, context)
                #expect(value == Self.outcome(general, environment, context), "\(fast)")
                #expect(value == "\(Value.bool(Self.isMember(index)))", "\(fast)")
                if value == "\(Value.bool(true))" { members += 1 }
            }
        }
        #expect(members == 2 * Self.strings.indices.filter(Self.isMember).count)
    }

    @Test func anyGroupTriesEveryLiteral() throws {
        let environment = Environment(dialect: .classic)
        let context = Self.context()
        var random = RandomExpressions(seed: 20_261_130)
        for _ in 0..<500 {
            let picks = (0..<(1 + random.next(5))).map { _ in random.next(Self.strings.count) }
            let fast = "isMemberOfAnyGroup(" + picks.map { Self.literal("id-" + Self.strings[$0]) }.joined(separator: ", ") + ")"
            let general = "isMemberOfAnyGroup(" + picks.map { "user.i\($0)" }.joined(separator: ", ") + ")"
            #expect(try environment.compile(fast).root is GroupMembershipNode)
            let value = Self.outcome(fast, environment, context)
            #expect(value == Self.outcome(general, environment, context), "\(fast)")
            #expect(value == "\(Value.bool(picks.contains { Self.isMember($0) }))", "\(fast)")
        }
    }

    /// The general call's steps: one for the call, one per argument (an overrun reported at
    /// the start of the expression), then one per ID tried until one is found (an overrun
    /// reported at the call). The attribute form cannot be the reference here: a root
    /// property costs two steps, a literal one.
    @Test func stepBudgetErrorsAreTheGeneralCallsErrors() {
        let context = Self.context()
        let picks = [3, 5, 7, 9, 2, 4]   // the fifth is a member
        let fast = "isMemberOfAnyGroup(" + picks.map { Self.literal("id-" + Self.strings[$0]) }.joined(separator: ", ") + ")"
        let whole = SourceRange(start: 0, end: fast.utf8.count)
        for steps in 1...14 {
            let environment = Environment(dialect: .classic, evaluationLimits: EvaluationLimits(maxSteps: steps))
            let expected: String
            if 1 + picks.count > steps {
                expected = "\(DiagnosticCode.stepBudgetExceeded.rawValue) at \(SourceRange.at(0))"
            } else if 1 + picks.count + 5 > steps {
                expected = "\(DiagnosticCode.stepBudgetExceeded.rawValue) at \(whole)"
            } else {
                expected = "\(Value.bool(true))"
            }
            #expect(Self.outcome(fast, environment, context) == expected, "maxSteps \(steps)")
        }
    }

    @Test func otherArgumentsTakeTheGeneralBody() throws {
        let environment = Environment(dialect: .classic)
        for source in ["isMemberOfGroupName(null)", "isMemberOfGroupName(1)", "isMemberOfAnyGroup({'a', 'b'})",
                       "isMemberOfAnyGroup('a', null)", "isMemberOfGroupName(user.n1)"] {
            #expect(!(try environment.compile(source).root is GroupMembershipNode), "\(source)")
        }
    }

    @Test func byteStringSetComparesBytesAndKeepsRepeatsOnce() {
        let set = ByteStringSet(["a", "b", "a", "", "e\u{0301}"])
        defer { set.deallocate() }
        #expect(set.count == 5)
        #expect(set.contains("a") && set.contains("b") && set.contains("") && set.contains("e\u{0301}"))
        #expect(!set.contains("\u{00E9}") && !set.contains("c") && !set.contains("a "))
        let empty = ByteStringSet([String]())
        defer { empty.deallocate() }
        #expect(!empty.contains("") && !empty.contains("a"))
    }
}
