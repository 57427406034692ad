import Testing
@testable import OktaEL

/// `CallResolver` resolves each call site once; the node builder binds from that resolution
/// and the type checker types the call from the same one, recorded by node index.
@Suite struct CallResolverTests {
    /// The compiler's recorded resolutions of `source`, with the tree they index.
    static func resolutions(_ source: String, _ dialect: Dialect) -> (tree: SyntaxTree, resolutions: CallResolutions, diagnostics: [Diagnostic])? {
        guard let tree = Parser.parseTree(SourceText(source)).tree else { return nil }
        var compiler = Compiler(dialect: dialect, registry: .standard, tree: tree, recordsResolutions: true)
        _ = compiler.compile()
        return (tree, compiler.resolutions, compiler.diagnostics)
    }

    /// How a resolution reads in the table below: its case and the row or receivers it names.
    static func describe(_ resolution: CallResolution?) -> String {
        switch resolution {
        case .function(let binding)?: return "function \(binding.ref.function.qualifiedName)"
        case .namespaced(let binding)?: return "namespaced \(binding.ref.function.qualifiedName)"
        case .userMethod(let binding)?: return "user \(binding.ref.function.qualifiedName)"
        case .method(let table)?: return "method \(table.name) on " + table.byReceiver.keys.map(\.display).sorted().joined(separator: ",")
        case .elementMethod(let table)?: return "element \(table.name) on " + table.byReceiver.keys.map(\.display).sorted().joined(separator: ",")
        case .unresolved(let form, let diagnostic)?: return "unresolved \(form) \(diagnostic.code.rawValue)"
        case nil: return "none"
        }
    }

    @Test(arguments: [
        ("String.len(user.login)", Dialect.classic, "namespaced String.len"),
        ("isMemberOfGroup('00g1')", .classic, "function isMemberOfGroup"),
        ("user.getGroups({'group.type': {'OKTA_GROUP'}})", .classic, "user user.getGroups"),
        ("user.login.contains('a')", .identityEngine, "method contains on Array,String"),
        ("{'a'}.![length()]", .identityEngine, "element length on String"),
        ("String.len()", .classic, "unresolved namespaced \(DiagnosticCode.wrongArgumentCount.rawValue)"),
        ("String.nope(1)", .classic, "unresolved namespaced \(DiagnosticCode.unknownFunction.rawValue)"),
        ("Strng.len(user.login)", .classic, "unresolved namespaced \(DiagnosticCode.unknownFunction.rawValue)"),
        ("nope(1)", .classic, "unresolved function \(DiagnosticCode.unknownFunction.rawValue)"),
        ("isMemberOfGroup('00g1')", .identityEngine, "unresolved function \(DiagnosticCode.wrongDialect.rawValue)"),
        ("user.login.length()", .classic, "unresolved method \(DiagnosticCode.wrongDialect.rawValue)"),
        ("user.getGroups()", .classic, "unresolved userMethod \(DiagnosticCode.wrongArgumentCount.rawValue)"),
        ("user.login.nope()", .identityEngine, "unresolved method \(DiagnosticCode.unknownMethod.rawValue)"),
    ])
    func eachFormResolvesToItsTable(source: String, dialect: Dialect, expected: String) throws {
        let resolved = try #require(Self.resolutions(source, dialect))
        // The outermost call is what the row names (in `{'a'}.![length()]`, the projection's body).
        var index = resolved.tree.root
        if resolved.tree[index].kind == .projection { index = resolved.tree[index].b }
        #expect(Self.describe(resolved.resolutions[index]) == expected, "\(source)")
    }

    /// An unresolved call's diagnostic is the one compiling reports: there is no second wording.
    @Test(arguments: ["String.len()", "Strng.len(user.login)", "nope(1)", "user.getGroups()", "String.nope(1)"])
    func compilingReportsTheResolutionsDiagnostic(source: String) throws {
        let resolved = try #require(Self.resolutions(source, .classic))
        guard case .unresolved(_, let diagnostic)? = resolved.resolutions[resolved.tree.root] else {
            Issue.record("\(source) resolved")
            return
        }
        #expect(resolved.diagnostics == [diagnostic])
        do {
            _ = try Environment().compile(source)
            Issue.record("\(source) compiled")
        } catch {
            #expect(error.diagnostics == [diagnostic])
        }
    }

    /// The type checker reads the recorded resolutions and looks nothing up itself: without
    /// them it knows nothing of `String.len(1)`, with them it sees the Integer argument.
    @Test func theTypeCheckerTypesCallsFromTheRecordedResolutions() throws {
        let source = "String.len(1)"
        let resolved = try #require(Self.resolutions(source, .classic))
        let expression = resolved.tree.expr(resolved.tree.root)
        var unresolved = TypeChecker(options: CheckOptions(), dialect: .classic, source: source, resolutions: .none)
        #expect(unresolved.check(expression) == .unknown)
        #expect(unresolved.diagnostics.isEmpty)
        var checker = TypeChecker(options: CheckOptions(), dialect: .classic, source: source, resolutions: resolved.resolutions)
        #expect(checker.check(expression) == .int)
        #expect(checker.diagnostics.map(\.code) == [.argumentConversion])
    }

    /// Every call the type checker visits has a resolution, also where no node is built
    /// from it (map keys, the value of a rejected key) and inside projections.
    @Test(arguments: [Dialect.classic, .identityEngine])
    func everyCallTheCheckerVisitsWasResolved(dialect: Dialect) throws {
        var sources = [
            "{String.len(1): Arrays.size(2)}", "{String.substring('ab', 0, 1).x: String.len(3)}",
            "{a: String.len('x'), b: user.getGroups()}", "{'a'}.![String.len(#this) + length()]",
            "user.login.substring(0, String.len('a')).toUpperCase()", "Strng.len(String.len(1))",
        ]
        var random = RandomExpressions(seed: 20_261_207)
        let functions = RandomExpressions.functions(dialect)
        for _ in 0..<300 {
            var leaves: [String] = []
            let template = random.template(depth: 1 + random.next(3), functions: functions, leaves: &leaves)
            sources.append(RandomExpressions.fill(template, leaves) { _, leaf in "(" + leaf + ")" })
        }
        var calls = 0
        for source in sources {
            guard let resolved = Self.resolutions(source, dialect) else { continue }
            var missing: [String] = []
            func visit(_ expression: Expr) {
                switch expression.kind {
                case .call, .function:
                    calls += 1
                    if resolved.resolutions[expression] == nil { missing.append("\(expression.range)") }
                default: break
                }
                for child in CheckerAcceptsWhatEvaluatesTests.children(expression) { visit(child) }
            }
            visit(resolved.tree.expr(resolved.tree.root))
            #expect(missing.isEmpty, "\(source): no resolution at \(missing)")
        }
        #expect(calls > 300)
    }

    /// What the type checker's reading of a method table rests on: in each dialect and for
    /// each argument count, a method name has at most one overload per receiver kind (the
    /// table keeps the first), and no method shares a name with a method of `user` (whose
    /// unresolved calls are typed as method calls with no overload).
    @Test func methodTablesHoldEveryOverload() {
        let registry = FunctionRegistry.standard
        var seen: [String: Int] = [:]
        for function in registry.all {
            guard case .method(let kind) = function.kind else { continue }
            for dialect in function.dialects {
                for count in 0...6 where function.accepts(count) {
                    seen["\(function.name) \(kind) \(dialect) \(count)", default: 0] += 1
                }
            }
        }
        #expect(seen.filter { $0.value > 1 }.keys.sorted() == [])
        let userMethods = registry.all.filter { $0.kind == .userMethod }.map(\.name)
        #expect(userMethods.count >= 5)
        #expect(userMethods.filter { !registry.methods(named: $0).isEmpty } == [])
    }
}
