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
        let text = SourceText(source)
        let parsed = Parser.parse(text, limits: parseLimits)
        guard let expression = parsed.expression else {
            throw CompileFailure(source: text, diagnostics: parsed.diagnostics)
        }
        var compiler = Compiler(dialect: dialect, registry: registry, source: text.bytes)
        let root = compiler.compile(expression)
        let diagnostics = parsed.diagnostics + compiler.diagnostics
        if diagnostics.contains(where: { $0.severity == .error }) {
            throw CompileFailure(source: text, diagnostics: diagnostics)
        }
        return Program(source: text, syntax: expression, root: root,
                       core: ProgramCore(environment: self, nested: compiler.nested), diagnostics: diagnostics)
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
    /// The source text.
    public let source: SourceText
    /// The syntax tree.
    public let syntax: Expr
    let root: Node
    let core: ProgramCore
    /// The environment it was compiled in.
    public var environment: Environment { core.environment }
    /// Warnings found while compiling.
    public let diagnostics: [Diagnostic]

    /// Evaluates the program against `context`; throws the first runtime error.
    public func evaluate(_ context: EvaluationContext) throws(Diagnostic) -> Value {
        try withUnsafePointer(to: context) { pointer throws(Diagnostic) in
            var evaluation = Evaluation(core: core, context: pointer)
            return try evaluation.evaluate(root)
        }
    }

    /// The canonical text of the expression.
    public var canonicalText: String { Printer.print(syntax) }
}
