// Errors and resource limits for the java.util.regex-compatible engine.

/// Resource limits applied when compiling and running a `JavaRegex`.
public struct RegexLimits: Sendable, Equatable {
    /// Maximum pattern length in UTF-8 bytes.
    public var maxPatternLength: Int
    /// Maximum number of compiled instructions (counted repetitions are expanded).
    public var maxProgramSize: Int
    /// Step budget for the backtracking matcher (backreferences, lookaround, atomic groups, possessive quantifiers).
    public var backtrackingStepBudget: Int

    /// The limits used unless an environment sets its own.
    public static let `default` = RegexLimits(maxPatternLength: 4_096, maxProgramSize: 20_000, backtrackingStepBudget: 1_000_000)

    /// Limits with the given bounds.
    public init(maxPatternLength: Int, maxProgramSize: Int, backtrackingStepBudget: Int) {
        self.maxPatternLength = maxPatternLength
        self.maxProgramSize = maxProgramSize
        self.backtrackingStepBudget = backtrackingStepBudget
    }
}

/// A regex compilation or matching failure.
package struct RegexError: Error, Sendable, Equatable {
    package enum Kind: Sendable, Equatable {
        /// The pattern is malformed (java.util.regex would throw PatternSyntaxException).
        case syntax
        /// The pattern is valid Java but uses a construct this engine does not implement.
        case unsupported
        /// The pattern exceeds a size or nesting limit.
        case tooLarge
        /// The backtracking matcher ran out of its step budget.
        case budgetExceeded
    }
    package var kind: Kind
    /// User-facing description, close to Java's PatternSyntaxException description.
    package var message: String
    /// UTF-8 byte offset into the pattern where the problem is, when known.
    package var patternOffset: Int?

    init(kind: Kind, message: String, patternOffset: Int? = nil) {
        self.kind = kind
        self.message = message
        self.patternOffset = patternOffset
    }
}

extension RegexError: CustomStringConvertible {
    package var description: String {
        if let offset = patternOffset { return "\(message) near index \(offset)" }
        return message
    }
}
