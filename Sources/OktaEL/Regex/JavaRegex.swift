// Public facade: a compiled java.util.regex-compatible pattern that never hangs.
//
// Patterns without backreferences, lookaround, atomic groups or possessive quantifiers run on
// the Pike VM in O(input × program) time. The others run on a backtracking matcher with a step
// budget that throws `.budgetExceeded` rather than hang or answer wrongly.

/// A compiled java.util.regex-compatible pattern. Immutable, Sendable, safe to share across threads.
package struct JavaRegex: Sendable {
    package let pattern: String
    /// True when the pattern needs the budgeted backtracking path (backreferences, lookaround, atomic groups, possessive quantifiers).
    let needsBacktracking: Bool
    /// Heuristic for a checker warning: nested unbounded quantifiers like (a+)+, (a*)*, (a|aa)+, (.*a){n}
    /// that java.util.regex would run exponentially.
    let mayBacktrackCatastrophically: Bool

    let limits: RegexLimits
    let program: RegexProgram

    package init(_ pattern: String, limits: RegexLimits = .default) throws(RegexError) {
        let length = pattern.utf8.count
        if length > limits.maxPatternLength {
            throw RegexError(kind: .tooLarge, message: "Pattern is longer than \(limits.maxPatternLength) bytes", patternOffset: limits.maxPatternLength)
        }
        let parsed = try RegexParser.parse(pattern)
        self.pattern = pattern
        self.limits = limits
        self.needsBacktracking = parsed.root.needsBacktracking
        self.mayBacktrackCatastrophically = parsed.root.mayBacktrackCatastrophically
        self.program = try RegexCompiler.compile(parsed, limits: limits)
    }

    /// Whole-input match, as Java's String.matches / Matcher.matches().
    package func matchesWhole(_ input: String) throws(RegexError) -> Bool {
        try search(input, whole: true, firstOnly: false) != nil
    }

    /// Java Matcher.find(): is there a match anywhere?
    package func containsMatch(_ input: String) throws(RegexError) -> Bool {
        try search(input, whole: false, firstOnly: false) != nil
    }

    /// The leftmost match with Java's (Perl-like, leftmost-first priority) semantics, as a range of the input.
    func firstMatch(in input: String) throws(RegexError) -> Range<String.Index>? {
        guard let (s, e) = try search(input, whole: false, firstOnly: true) else { return nil }
        let scalars = input.unicodeScalars
        guard let lo = scalars.index(scalars.startIndex, offsetBy: s, limitedBy: scalars.endIndex),
              let hi = scalars.index(lo, offsetBy: e - s, limitedBy: scalars.endIndex) else { return nil }
        return lo..<hi
    }

    /// Scalar offsets of a match.
    func search(_ text: String, whole: Bool, firstOnly: Bool) throws(RegexError) -> (Int, Int)? {
        let input = RegexInput(text, needsWordBoundary: program.usesWordBoundary)
        if needsBacktracking {
            var bt = Backtracker(program: program, input: input, budget: limits.backtrackingStepBudget)
            return try bt.run(mode: whole ? .whole : .find)
        }
        let vm = PikeVM(program: program)
        return vm.run(input, mode: whole ? .whole : (firstOnly ? .find : .exists))
    }
}
