import OktaEL

/// What a lint rule looks at: the compiled configuration (with every load and compile finding)
/// and, when given, the directory.
public struct LintInput: Sendable {
    /// The configuration.
    public let configuration: CompiledConfiguration
    /// The directory, when one is given (the client and group-limit rules need it).
    public let directory: Directory?

    /// An input.
    public init(configuration: CompiledConfiguration, directory: Directory? = nil) {
        self.configuration = configuration
        self.directory = directory
    }
}

/// One row of the lint table: a stable name, the codes it reports, what it checks, and the
/// check. Rules that report what compiling already found select those findings by code
/// (`LintChecks.compiled`); the others look at the configuration themselves.
public struct LintRule: Sendable {
    /// A short stable name, for example `shadowed-rule`.
    public let name: String
    /// The diagnostic codes it reports.
    public let codes: [DiagnosticCode]
    /// What it checks, one sentence.
    public let what: String
    /// The check's name in `LintChecks`, as the documentation lists it.
    public let function: String
    /// The check.
    let check: @Sendable (LintInput) -> [ConfigDiagnostic]

    init(_ name: String, _ codes: [ConfigDiagnosticRow], _ what: String, function: String,
         _ check: @escaping @Sendable (LintInput) -> [ConfigDiagnostic]) {
        self.name = name
        self.codes = codes.map(\.code)
        self.what = what
        self.function = function
        self.check = check
    }

    /// The rule's findings for `input`.
    public func run(_ input: LintInput) -> [ConfigDiagnostic] { check(input) }
}
