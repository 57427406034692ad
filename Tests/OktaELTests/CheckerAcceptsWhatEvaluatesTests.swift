import Testing
@testable import OktaEL

/// `oel check` must not reject what evaluates: random expressions without short-circuiting
/// operators or ternaries (so every part is evaluated), built from constants, that evaluate to
/// a value get no error from the checker. A type error means "fails whenever this part is
/// evaluated with values that are not null" (`grammar/decisions.md`): SpEL compares null with
/// anything and most functions pass null through, which a check without data cannot know. So
/// an error is excused when the part it points at, an operand of it, or another argument of the
/// call it is an argument of, evaluated to null.
/// Both sides read one resolution of each call (`CallResolver`): what this guards is the
/// checker's typing of the resolved calls and operators, against what they do.
/// Fixed seed; `OEL_EQUIVALENCE_CASES` and `OEL_EQUIVALENCE_SEED` run more or others.
@Suite struct CheckerAcceptsWhatEvaluatesTests {
    /// The node of `tree` spanning exactly `range`, if any.
    static func node(_ tree: Expr, at range: SourceRange) -> Expr? {
        if tree.range == range { return tree }
        for child in children(tree) { if let found = node(child, at: range) { return found } }
        return nil
    }

    /// The node one of whose children spans exactly `range`, if any.
    static func parent(of range: SourceRange, in tree: Expr) -> Expr? {
        let kids = children(tree)
        if kids.contains(where: { $0.range == range }) { return tree }
        for child in kids { if let found = parent(of: range, in: child) { return found } }
        return nil
    }

    /// The node's operands, a map's keys too.
    static func children(_ expression: Expr) -> [Expr] {
        if case .map(let entries) = expression.kind { return entries.flatMap { [$0.key, $0.value] } }
        return expression.children
    }

    @Test(arguments: [Dialect.classic, .identityEngine])
    func expressionsThatEvaluateCheckWithoutErrors(dialect: Dialect) throws {
        let environment = Environment(dialect: dialect)
        let context = try ContextLoader.context(fromJSON: #"{"groups": [{"id": "00g1", "name": "Admins"}]}"#, dialect: dialect)
        let functions = RandomExpressions.functions(dialect)
        var random = RandomExpressions(seed: UInt64(RandomExpressions.setting("OEL_EQUIVALENCE_SEED", 20_261_130)))
        var evaluated = 0, excused = 0
        var rejected: [String] = []
        for _ in 0..<RandomExpressions.setting("OEL_EQUIVALENCE_CASES", 2_000) {
            var leaves: [String] = []
            let template = random.template(depth: 1 + random.next(3), functions: functions, eager: true, leaves: &leaves)
            let source = RandomExpressions.fill(template, leaves) { _, leaf in "(" + leaf + ")" }
            guard let program = try? environment.compile(source), (try? program.evaluate(context)) != nil,
                  let tree = Parser.parse(source).expression else { continue }
            evaluated += 1
            let bytes = Array(source.utf8)
            func isNull(_ part: Expr) -> Bool {
                let text = String(decoding: bytes[part.range.start..<part.range.end], as: UTF8.self)
                return (try? environment.compile(text).evaluate(context)) == .null
            }
            for error in Checker.check(source, options: CheckOptions(dialect: dialect)).diagnostics where error.severity == .error {
                // The call an argument belongs to counts as the part: a sibling argument that is
                // null (`Time.fromIso8601ToString(null, 'bad pattern')` gives null) excuses it too.
                let siblings = Self.parent(of: error.range, in: tree).map(Self.children) ?? []
                if let flagged = Self.node(tree, at: error.range),
                   isNull(flagged) || Self.children(flagged).contains(where: isNull) || siblings.contains(where: isNull) {
                    excused += 1
                    continue
                }
                rejected.append("\(source)\n    \(error.code.rawValue): \(error.message)")
                break
            }
        }
        #expect(rejected.isEmpty, "\(rejected.count) of \(evaluated) rejected (\(excused) excused for null); first:\n\(rejected.prefix(20).joined(separator: "\n"))")
        #expect(evaluated > 600)
    }

    /// The other way: an expression that fails at evaluation for every context because of
    /// something static must fail `oel check`. Two kinds of such expressions: random ones built
    /// from constants and functions that read nothing from the context (whatever fails, fails
    /// for every context), and random ones that evaluate in every context of three (empty,
    /// memberships, a user with assignments) with one leaf replaced by a static defect (an
    /// unknown root, a constant argument out of range, an unquoted name where a text is
    /// required). One that then fails in all three contexts must get an error from the checker.
    @Test(arguments: [Dialect.classic, .identityEngine])
    func expressionsThatFailForEveryContextFailCheck(dialect: Dialect) throws {
        let environment = Environment(dialect: dialect)
        let contexts = try [
            "{}",
            #"{"groups": [{"id": "00g1", "name": "Admins", "type": "OKTA_GROUP", "source": {"app": "OKTA"}}]}"#,
            #"{"user": {"email": "a@b.com", "id": "00u1", "status": "ACTIVE", "profile": {"email": "a@b.com"}}, "#
                + #""assignments": {"active_directory": [{"managerUpn": "m@b.com"}]}, "managers": {"active_directory": {"user": {"email": "m@b.com"}}}}"#,
        ].map { try ContextLoader.context(fromJSON: $0, dialect: dialect) }
        let defects = dialect == .classic
            ? ["foo.bar", "profile.firstName", "Groups.startsWith('OKTA', 'SSO', 101)", "getFilteredGroups({'00g1'}, 'group.name', 0)",
               "getManagerUser(active_directory).email", "getManagerUser('google').email", "user.getInternalProperty(status)",
               "user.getInternalProperty('Status')", "isMemberOfGroupName(Admins)", "user.getGroups({'group.bad': 'x'})",
               "isMemberOfGroupNameRegex('(')", "Convert.toInt('abc')", "Time.now('Bad/Zone')", "Time.fromIso8601ToString('2015-07-31T17:18:37.979Z', 'qqq')",
               "Groups.contains('OKTA', 'x', 'ten')", "String.substring('abc', '2.5')", "Arrays.get(user.roles, -1)",
               "Time.fromWindowsToIso8601('x' + user.email)", "getFilteredGroups({'00g1'}, 'grop.name', 10)"]
            : ["foo.bar", "user.getInternalProperty(status)", "user.getInternalProperty('Status')",
               "user.isMemberOf({'group.profile.name': 'x', 'operator': 'LIKE'})", "'abc'.toInteger()", "DateTime.now().toZone('Bad/Zone')"]
        let functions = RandomExpressions.functions(dialect)
        let pure = functions.filter { !ConstantParts.contextReading.contains($0.qualifiedName) }
        var random = RandomExpressions(seed: UInt64(RandomExpressions.setting("OEL_EQUIVALENCE_SEED", 20_261_130)) &+ 1)
        var failing = 0, injected = 0
        var accepted: [String] = []
        func evaluatesEverywhere(_ program: Program) -> Bool { contexts.allSatisfy { (try? program.evaluate($0)) != nil } }
        func failsEverywhere(_ source: String) -> Bool {
            guard let program = try? environment.compile(source) else { return false }
            return contexts.allSatisfy { context in
                do throws(Diagnostic) {
                    _ = try program.evaluate(context)
                    return false
                } catch {
                    return !ConstantParts.budgets.contains(error.code)
                }
            }
        }
        for round in 0..<RandomExpressions.setting("OEL_EQUIVALENCE_CASES", 2_000) {
            var leaves: [String] = []
            let withDefect = round % 2 == 1
            let template = random.template(depth: 1 + random.next(3), functions: withDefect ? functions : pure, eager: true, leaves: &leaves)
            var source = RandomExpressions.fill(template, leaves) { _, leaf in "(" + leaf + ")" }
            if withDefect {
                guard let program = try? environment.compile(source), evaluatesEverywhere(program), !leaves.isEmpty else { continue }
                let target = random.next(leaves.count)
                let defect = random.pick(defects)
                source = RandomExpressions.fill(template, leaves) { index, leaf in "(" + (index == target ? defect : leaf) + ")" }
            }
            guard failsEverywhere(source) else { continue }
            failing += 1
            if withDefect { injected += 1 }
            if !Checker.check(source, options: CheckOptions(dialect: dialect)).hasErrors { accepted.append(source) }
        }
        #expect(accepted.isEmpty, "\(accepted.count) of \(failing) always-failing expressions checked without an error; first:\n\(accepted.prefix(20).joined(separator: "\n"))")
        #expect(failing > 300)
        #expect(injected > 100)
    }
}
