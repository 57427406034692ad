import OktaEL

/// The outcome of one scenario.
public struct ScenarioOutcome: Sendable {
    /// The scenario.
    public let scenario: Scenario
    /// What the engine answered (nil when the inputs could not be loaded).
    public let result: PreviewResult?
    /// Every mismatch, or the load failure; empty when it passed.
    public let failures: [String]

    /// Whether it passed.
    public var passed: Bool { failures.isEmpty }

    /// For people: `PASS id` or `FAIL id (file)` with the `why` and each mismatch.
    public var report: String {
        if passed { return "PASS \(scenario.id)" }
        var lines = ["FAIL \(scenario.id)" + (scenario.file.map { " (\($0))" } ?? "")]
        if let why = scenario.why { lines.append("  why: \(why)") }
        lines += failures.map { "  - \($0)" }
        return lines.joined(separator: "\n")
    }
}

/// Runs scenarios: loads each configuration and directory once (by path), previews every
/// request at a fixed clock and compares with the expectation.
public struct ScenarioRunner {
    /// The clock of every preview.
    public let now: ZonedDateTime
    private var configurations: [String: LoadResult<CompiledConfiguration>] = [:]
    private var directories: [String: LoadResult<Directory>] = [:]

    /// A runner; the clock defaults to the instant of Okta's documentation examples.
    public init(now: ZonedDateTime = Clock.documentation) { self.now = now }

    /// Runs one scenario.
    public mutating func run(_ scenario: Scenario) -> ScenarioOutcome {
        let configuration = cachedConfiguration(scenario.config)
        let directory = cachedDirectory(scenario.directory)
        guard let compiled = configuration.value, let loadedDirectory = directory.value else {
            let errors = (configuration.diagnostics + directory.diagnostics).filter { $0.severity == .error }
            return ScenarioOutcome(scenario: scenario, result: nil,
                                   failures: ["cannot load the inputs: " + errors.map(\.message).joined(separator: "; ")])
        }
        let result = Preview.preview(configuration: compiled, directory: loadedDirectory, request: scenario.request, now: now, explain: false)
        return ScenarioOutcome(scenario: scenario, result: result, failures: ExpectationCheck.mismatches(scenario.expect, result))
    }

    /// Runs every scenario of a file (its load faults are failures too).
    public mutating func run(file path: String) -> (outcomes: [ScenarioOutcome], diagnostics: [ConfigDiagnostic]) {
        let folder = ScenarioRunner.folder(of: path)
        let loaded: LoadResult<[Scenario]>
        switch FileSource.read(path) {
        case .file(let bytes): loaded = ScenarioLoader.load(bytes: bytes, name: path, folder: folder)
        default: return ([], [ConfigDiagnostic(Diagnostic(DiagnosticCode.unreadableInput, "Cannot read \(path)", at: .at(0)), path: .root, file: path)])
        }
        return ((loaded.value ?? []).map { run($0) }, loaded.diagnostics)
    }

    private mutating func cachedConfiguration(_ path: String) -> LoadResult<CompiledConfiguration> {
        if let cached = configurations[path] { return cached }
        let loaded = CompiledConfiguration.load(path: path)
        configurations[path] = loaded
        return loaded
    }

    private mutating func cachedDirectory(_ path: String) -> LoadResult<Directory> {
        if let cached = directories[path] { return cached }
        let loaded = DirectoryLoader.load(path: path)
        directories[path] = loaded
        return loaded
    }

    /// The folder part of a path (`.` when none).
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return String(path[..<slash])
    }
}
