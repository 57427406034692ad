/// Compiles expressions for one dialect with one set of limits. Cheap to copy and Sendable.
///
/// ```swift
/// let program = try Environment(dialect: .classic).compile(#"String.substringBefore(user.email, "@")"#)
/// let value = try program.evaluate(EvaluationContext(roots: ObjectValue([("user", .object(ObjectValue([("email", .string("ann@example.com"))])))])))
/// ```
public struct Environment: Sendable {
    /// The dialect expressions are written in.
    public var dialect: Dialect
    /// Parser bounds.
    public var parseLimits: ParseLimits
    /// Evaluation bounds.
    public var evaluationLimits: EvaluationLimits
    /// The function table.
    public var registry: FunctionRegistry

    /// An environment; the defaults suit untrusted input.
    public init(dialect: Dialect = .classic, parseLimits: ParseLimits = .default,
                evaluationLimits: EvaluationLimits = .default, registry: FunctionRegistry = .standard) {
        self.dialect = dialect
        self.parseLimits = parseLimits
        self.evaluationLimits = evaluationLimits
        self.registry = registry
    }

    /// Parses and compiles `source`; throws every error found.
    public func compile(_ source: String) throws(CompileFailure) -> Program {
        try compile(source, pool: SyntaxTreePool.shared)
    }

    /// Parses `source` into a tree from `pool` and compiles it.
    func compile(_ source: String, pool: SyntaxTreePool) throws(CompileFailure) -> Program {
        if source.utf8.count > parseLimits.maxSourceBytes {
            let text = SourceText(source)
            throw CompileFailure(source: text, diagnostics: Parser.parseTree(text, limits: parseLimits).diagnostics)
        }
        // The tree (and the copy of the source bytes it holds) comes from the pool and goes
        // back to it: the program keeps neither. The pool keeps only a tree nothing else holds,
        // so `tree` is its one holder when the deferred `give` runs: `spare` ends with its
        // block, `parsed` lets go of its tree, and `syntax` is declared after the `defer`.
        var tree: SyntaxTree?
        var parsed: ParsedTree
        do {
            let spare = pool.tree(for: source, capacity: Parser.initialCapacity(source.utf8.count, parseLimits))
            parsed = Parser.parseTree(into: spare, limits: parseLimits)
            tree = parsed.tree ?? spare  // a larger tree than the spare when it was too small
        }
        let failed = parsed.tree == nil
        parsed.tree = nil
        defer { pool.give(&tree) }
        guard !failed, let syntax = tree else {
            throw CompileFailure(source: SourceText(source), diagnostics: parsed.diagnostics)
        }
        return try compile(syntax, source: source, parseDiagnostics: parsed.diagnostics)
    }

    /// Compiles an already parsed `tree` of `source`; `parseDiagnostics` are the parser's
    /// (warnings only, as it gave a tree).
    func compile(_ tree: SyntaxTree, source: String, parseDiagnostics: [Diagnostic]) throws(CompileFailure) -> Program {
        var compiler = Compiler(dialect: dialect, registry: registry, tree: tree)
        let root = compiler.compile()
        let diagnostics = parseDiagnostics.isEmpty ? compiler.diagnostics : parseDiagnostics + compiler.diagnostics
        if diagnostics.contains(where: { $0.severity == .error }) {
            throw CompileFailure(source: SourceText(source), diagnostics: diagnostics)
        }
        return Program(core: ProgramCore(environment: self, nested: compiler.nested, root: root, source: source,
                                         diagnostics: diagnostics))
    }
}

/// The errors that stopped an expression from compiling.
public struct CompileFailure: Error, Sendable {
    /// The source, for rendering.
    public let source: SourceText
    /// Every diagnostic, errors first by position.
    public let diagnostics: [Diagnostic]
}

/// A compiled expression: immutable, `Sendable`, evaluated any number of times from any thread.
public struct Program: Sendable {
    let core: ProgramCore
    /// The source text (made when asked for: programs keep only the string).
    public var source: SourceText { SourceText(core.source) }
    /// The syntax tree, parsed again from the source (programs keep no tree).
    package var syntax: Expr {
        let parsed = Parser.parseTree(SourceText(core.source), limits: core.environment.parseLimits)
        // The source parsed when it compiled, with the same limits; the null literal is
        // only a fallback that cannot be reached.
        guard let tree = parsed.tree else { return Expr(.literal(.null), .at(0)) }
        return Expr(tree, tree.root)
    }
    var root: Node { core.root }
    /// The environment it was compiled in.
    public var environment: Environment { core.environment }
    /// Warnings found while compiling.
    public var diagnostics: [Diagnostic] { core.diagnostics }

    init(core: ProgramCore) { self.core = core }

    /// Evaluates the program against `context`; throws the first runtime error.
    public func evaluate(_ context: EvaluationContext) throws(Diagnostic) -> Value {
        if core.isConstant { return core.constantResult }
        // The program (and so its core and nodes) outlives this call: use them without
        // retaining, so threads sharing a program do not contend on its reference counts.
        do {
            return try withUnsafePointer(to: context) { pointer throws(Diagnostic) -> Value in
                var evaluation = Evaluation(core: core, context: pointer)
                return try evaluation.evaluate(core.root)
            }
        } catch {
            // A failure explained by the other dialect says so (`user.profile.x` in classic).
            throw DialectHint.explain(error, source: core.source, dialect: core.dialect, context: context,
                                      limits: core.environment.parseLimits)
        }
    }

    /// The canonical text of the expression.
    public var canonicalText: String { Printer.print(syntax) }
}
