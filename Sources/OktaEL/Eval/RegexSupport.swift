import Synchronization

/// The process-wide cache of patterns compiled at run time (a `matches` pattern that is not a
/// constant, `isMemberOfGroupNameRegex`, REGEX group filters): at most 256 entries.
package enum RegexCache {
    /// Frees every cached pattern. A long-running process may call it; the fuzz driver does
    /// before LeakSanitizer's exit check, so that anything still reported is a real leak.
    package static func removeAll() { RegexSupport.removeAll() }
}

/// Compiles and caches `JavaRegex` patterns for the evaluator and the group functions.
enum RegexSupport {
    private static let cache = Mutex<[String: JavaRegex]>([:])
    private static let cacheLimit = 256

    /// The compiled pattern, from the cache when possible.
    static func compile(_ pattern: String, limits: EvaluationLimits) throws(ValueError) -> JavaRegex {
        if let cached = cache.withLock({ $0[pattern] }) { return cached }
        let regex: JavaRegex
        do {
            regex = try JavaRegex(pattern, limits: RegexLimits(
                maxPatternLength: RegexLimits.default.maxPatternLength,
                maxProgramSize: RegexLimits.default.maxProgramSize,
                backtrackingStepBudget: limits.regexBacktrackingSteps))
        } catch {
            throw ValueError(.invalidRegex, "Invalid regular expression '\(pattern)': \(error.message)",
                             hint: "patterns use Java regex syntax")
        }
        cache.withLock { entries in
            if entries.count >= cacheLimit { entries.removeAll(keepingCapacity: true) }
            entries[pattern] = regex
        }
        return regex
    }

    /// Empties the cache.
    static func removeAll() {
        cache.withLock { $0.removeAll() }
    }

    /// Java `String.matches`: does the whole text match?
    static func matchesWhole(_ pattern: String, _ text: String, limits: EvaluationLimits) throws(ValueError) -> Bool {
        try matchesWhole(try compile(pattern, limits: limits), text)
    }

    /// `value matches regex` with a precompiled pattern: the value converted to text, whole match.
    static func matchesWhole(_ regex: JavaRegex, _ value: Value) throws(ValueError) -> Bool {
        guard let text = try value.convertedToStringTarget(for: "'matches'") else {
            throw ValueError(.invalidArgument, "The left operand of 'matches' is null; it must be a String")
        }
        return try matchesWhole(regex, text)
    }

    /// The whole-match run of a compiled pattern, its failure (step limit) reported against the pattern.
    private static func matchesWhole(_ regex: JavaRegex, _ text: String) throws(ValueError) -> Bool {
        do {
            return try regex.matchesWhole(text)
        } catch {
            throw regexFailure(error, regex.pattern)
        }
    }

    /// Java `Matcher.find`: does the pattern occur in the text?
    static func contains(_ pattern: String, _ text: String, limits: EvaluationLimits) throws(ValueError) -> Bool {
        let regex = try compile(pattern, limits: limits)
        do {
            return try regex.containsMatch(text)
        } catch {
            throw regexFailure(error, pattern)
        }
    }

    private static func regexFailure(_ error: RegexError, _ pattern: String) -> ValueError {
        if error.kind == .budgetExceeded {
            return ValueError(.regexBudgetExceeded, "The regular expression '\(pattern)' needed more backtracking than allowed",
                              hint: "backreferences and lookaround backtrack; simplify the pattern")
        }
        return ValueError(.invalidRegex, "Regular expression '\(pattern)' failed: \(error.message)")
    }
}
