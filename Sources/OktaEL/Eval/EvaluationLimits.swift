/// Bounds on one evaluation, so no expression can run away with time or memory.
public struct EvaluationLimits: Sendable, Hashable {
    /// Most nodes evaluated, counting every element a projection, selection or group filter visits.
    public var maxSteps: Int
    /// Longest string an operator or function may produce, in UTF-8 bytes.
    public var maxStringBytes: Int
    /// Longest array an operator or function may produce.
    public var maxArrayCount: Int
    /// Step budget of the backtracking path of regular expressions.
    public var regexBacktrackingSteps: Int

    /// Custom limits.
    public init(maxSteps: Int = 1_000_000, maxStringBytes: Int = 1 << 20, maxArrayCount: Int = 100_000,
                regexBacktrackingSteps: Int = 1_000_000) {
        self.maxSteps = maxSteps
        self.maxStringBytes = maxStringBytes
        self.maxArrayCount = maxArrayCount
        self.regexBacktrackingSteps = regexBacktrackingSteps
    }

    /// 1,000,000 steps, 1 MiB strings, 100,000-element arrays.
    public static let `default` = EvaluationLimits()
}
