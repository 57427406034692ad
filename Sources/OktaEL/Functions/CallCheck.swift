/// One call as `oel check` sees it, handed to the argument rules that are a function's own
/// (`BuiltinFunction.check`): the arguments as written, their static types and where the
/// function's name is. A rule reports diagnostics, and may reject an argument's type where the
/// generic parameter check would let it through as a silent conversion.
struct CallCheck {
    /// The arguments as written.
    let arguments: [Expr]
    /// Their static types, in order.
    let types: [StaticType]
    /// Where the function's name is written.
    let nameRange: SourceRange
    /// What the rules found.
    private(set) var diagnostics: [Diagnostic] = []
    /// Per argument, whether a rule found that its type cannot work (the parameter check then
    /// reports a mismatch for it).
    private(set) var rejected: [Bool]

    init(arguments: [Expr], types: [StaticType], nameRange: SourceRange) {
        self.arguments = arguments
        self.types = types
        self.nameRange = nameRange
        rejected = Array(repeating: false, count: arguments.count)
    }

    /// Reports a finding.
    mutating func report(_ code: DiagnosticCode, _ message: String, at range: SourceRange, hint: String? = nil) {
        diagnostics.append(Diagnostic(code, message, at: range, hint: hint))
    }

    /// Reports `diagnostic`, if any.
    mutating func report(_ diagnostic: Diagnostic?) {
        if let diagnostic { diagnostics.append(diagnostic) }
    }

    /// Marks argument `index` as of a type that cannot work.
    mutating func reject(argument index: Int) {
        if rejected.indices.contains(index) { rejected[index] = true }
    }

    /// The text of argument `index` when it is a string literal.
    func stringLiteral(_ index: Int) -> String? {
        guard arguments.indices.contains(index), case .literal(.string(let text)) = arguments[index].kind else { return nil }
        return text
    }
}

/// A function's own argument rule, run by the checker at each call of it.
typealias ArgumentRule = @Sendable (inout CallCheck) -> Void

/// Argument rules and checks that several rows (and the `matches` operator) share.
enum ArgumentRules {
    /// The warning for a regular expression that can backtrack catastrophically in Java, if
    /// `pattern` is one; nil for any other pattern, an invalid one included (evaluation
    /// reports that).
    static func catastrophicRegex(_ pattern: String, at range: SourceRange) -> Diagnostic? {
        guard let regex = try? JavaRegex(pattern), regex.mayBacktrackCatastrophically else { return nil }
        return Diagnostic(.catastrophicRegex, "This pattern can backtrack catastrophically in Java (nested repetition)", at: range,
                          hint: "Okta runs java.util.regex: a long non-matching value can make evaluation time out; remove the nested quantifier")
    }

    /// Functions that parse the text of their argument as a number: a Boolean becomes the
    /// text "true" or "false", never a number, so it is a mismatch rather than a conversion.
    static let booleanIsNotNumericText: ArgumentRule = { call in
        for index in call.types.indices where call.types[index] == .boolean { call.reject(argument: index) }
    }
}
