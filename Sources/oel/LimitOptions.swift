import ArgumentParser
import OktaEL

/// `--max-source-bytes`, `--max-depth` and `--max-nodes`: the parser's limits (`ParseLimits`), for
/// every command that compiles (eval, check, parse, bench). The limit diagnostics name these flags.
struct ParseLimitOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Longest expression accepted, in UTF-8 bytes (default \(ParseLimits.default.maxSourceBytes)).", valueName: "n"))
    var maxSourceBytes: Int?

    @Option(help: ArgumentHelp("Deepest nesting of brackets, calls and operators (default \(ParseLimits.default.maxDepth)).", valueName: "n"))
    var maxDepth: Int?

    @Option(help: ArgumentHelp("Most syntax nodes in one expression (default \(ParseLimits.default.maxNodes)).", valueName: "n"))
    var maxNodes: Int?

    func validate() throws {
        for (flag, value) in [("--max-source-bytes", maxSourceBytes), ("--max-depth", maxDepth), ("--max-nodes", maxNodes)] {
            if let value, value < 1 { throw ValidationError("\(flag) must be at least 1.") }
        }
    }

    /// The limits: the defaults, with the values given.
    var limits: ParseLimits {
        var limits = ParseLimits.default
        if let maxSourceBytes { limits.maxSourceBytes = maxSourceBytes }
        if let maxDepth { limits.maxDepth = maxDepth }
        if let maxNodes { limits.maxNodes = maxNodes }
        return limits
    }
}

/// `--max-steps`: the evaluation step budget (`EvaluationLimits.maxSteps`), for the commands that
/// evaluate (eval, bench).
struct EvaluationLimitOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Most evaluation steps for one expression (default \(EvaluationLimits.default.maxSteps)).", valueName: "n"))
    var maxSteps: Int?

    func validate() throws {
        if let maxSteps, maxSteps < 1 { throw ValidationError("--max-steps must be at least 1.") }
    }

    /// The limits: the defaults, with the value given.
    var limits: EvaluationLimits {
        var limits = EvaluationLimits.default
        if let maxSteps { limits.maxSteps = maxSteps }
        return limits
    }
}
