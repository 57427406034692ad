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

    /// The value of an argument that reads nothing from the context, if it evaluates.
    let constantOf: (Expr) -> Value?
    /// The text every value of an argument starts with, when it is a concatenation whose first
    /// part is constant text.
    let prefixOf: (Expr) -> String?

    init(arguments: [Expr], types: [StaticType], nameRange: SourceRange,
         constantOf: @escaping (Expr) -> Value? = { CallCheck.constant($0) }, prefixOf: @escaping (Expr) -> String? = { _ in nil }) {
        self.arguments = arguments
        self.types = types
        self.nameRange = nameRange
        self.constantOf = constantOf
        self.prefixOf = prefixOf
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

    /// The value of argument `index` when it reads nothing from the context: a literal, a list
    /// or map of constants (`{'group.id': {'00g1', '00g2'}}`), or a part the checker evaluates
    /// (`'a' + 'b'`); nil otherwise.
    func constantValue(_ index: Int) -> Value? {
        guard arguments.indices.contains(index) else { return nil }
        return constantOf(arguments[index])
    }

    /// A literal, a negated number, or a list or map of them, as written.

    static func constant(_ expression: Expr) -> Value? {
        switch expression.kind {
        case .literal(let value): return value
        case .unary(.negate, let operand):
            guard let value = constant(operand) else { return nil }
            return try? Arithmetic.negate(value)
        case .list(let items):
            var values: [Value] = []
            for item in items {
                guard let value = constant(item) else { return nil }
                values.append(value)
            }
            return .array(values)
        case .map(let entries):
            var fields: [(String, Value)] = []
            for entry in entries {
                let key: String
                switch entry.key.kind {
                case .name(let name): key = name
                case .literal(.string(let text)): key = text
                default: return nil
                }
                guard let value = constant(entry.value) else { return nil }
                fields.append((key, value))
            }
            return .object(ObjectValue(fields))
        default: return nil
        }
    }

    /// Reports `error` at argument `index` (a constant argument evaluation always refuses).
    mutating func report(_ error: ValueError, argument index: Int) {
        guard arguments.indices.contains(index) else { return }
        diagnostics.append(error.at(arguments[index].range))
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

    /// A constant group limit outside 1...100 (or null), which evaluation always refuses
    /// (OEL6018), as `GroupModel.limit` does.
    static func groupLimit(_ index: Int, _ function: String) -> ArgumentRule {
        { call in
            // A Boolean, list or map is the parameter check's mismatch already.
            guard let value = call.constantValue(index) else { return }
            switch value {
            case .bool, .array, .object: return
            default: break
            }
            do throws(ValueError) {
                if case .null = value { throw ValueError(.groupLimit, "The limit of \(function) is null; it must be an integer from 1 to 100") }
                guard let limit = try Call.int(value, "limit") else { return }
                guard (1...100).contains(limit) else {
                    throw ValueError(.groupLimit, "The limit of \(function) is \(limit); it must be from 1 to 100",
                                     hint: "Okta refuses group limits above 100; cap it, e.g. x < 100 ? x : 100")
                }
            } catch {
                call.report(error, argument: index)
            }
        }
    }

    /// A constant text argument (zone ID, pattern) whose failure does not depend on the other
    /// arguments or the receiver: the call is tried on a sample (`template`, with `$` for the
    /// constant as a literal) and a failure with `code` is reported at the argument, as
    /// evaluation gives it for every value the call is made on.
    static func probe(_ dialect: Dialect, _ template: String, argument index: Int, code: DiagnosticCode = .invalidTime) -> ArgumentRule {
        { call in
            guard case .string(let text)? = call.constantValue(index) else { return }
            let literal = "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
            guard let program = try? Environment(dialect: dialect).compile(template.replacingOccurrences(of: "$", with: literal)) else { return }
            do throws(Diagnostic) {
                _ = try program.evaluate(EvaluationContext())
            } catch {
                guard error.code == code else { return }
                call.report(ValueError(error.code, error.message, hint: error.hint), argument: index)
            }
        }
    }

    /// A constant negative position, out of bounds of every array (and of null, which reads as empty).
    static func nonNegativeIndex(_ index: Int) -> ArgumentRule {
        { call in
            guard let value = call.constantValue(index), case .int(let position) = value, position < 0 else { return }
            call.report(ValueError(.indexOutOfBounds, "Position \(position) is out of bounds of every array"), argument: index)
        }
    }

    /// Constant criteria maps that evaluation always refuses (unknown key, bad operator, ...: OEL6010).
    static func criteria(_ function: String, upTo count: Int? = nil) -> ArgumentRule {
        { call in
            for index in call.arguments.indices where count.map({ index < $0 }) ?? true {
                guard let value = call.constantValue(index) else { continue }
                do throws(ValueError) { _ = try GroupCriteria(value, function: function, index: index) } catch { call.report(error, argument: index) }
            }
        }
    }

    /// Functions that parse the text of their argument as a number: a Boolean becomes the
    /// text "true" or "false" and an object `{key=value}`, never a number, so either is a
    /// mismatch rather than a conversion (evaluation fails for every such value).
    static let booleanIsNotNumericText: ArgumentRule = { call in
        for index in call.types.indices {
            switch call.types[index] {
            case .boolean, .object, .group: call.reject(argument: index)
            default: break
            }
        }
    }

    /// Classic `Time.*` functions read their arguments as times, zone IDs or Joda patterns: the
    /// texts "true" and "false" are none of them (Joda has no letters t, r, u, f, l), so a
    /// Boolean is a mismatch rather than a conversion.
    static let booleanIsNeverTimeText: ArgumentRule = booleanIsNeverTimeText(at: nil)

    /// `booleanIsNeverTimeText` for the arguments at `indices` only (nil: all); those in
    /// `whenTimeSet` only when argument 0, the time, is a constant that is not null (a null
    /// time gives null before the pattern is read).
    static func booleanIsNeverTimeText(at indices: Set<Int>?, whenTimeSet: Set<Int> = []) -> ArgumentRule {
        { call in
            for index in call.types.indices where call.types[index] == .boolean && (indices?.contains(index) ?? true) {
                if whenTimeSet.contains(index) {
                    guard let time = call.constantValue(0), time != .null else { continue }
                }
                call.reject(argument: index)
            }
        }
    }

    /// Windows and Unix times are digits with an optional sign: a concatenation that starts
    /// with other text is never one (OEL6017 for every context), and a Boolean never is.
    static func numericTimeText(_ what: String) -> ArgumentRule {
        { call in
            booleanIsNeverTimeText(&call)
            guard let first = call.arguments.first, let prefix = call.prefixOf(first) else { return }
            var rest = Substring(prefix)
            if rest.first == "+" || rest.first == "-" { rest = rest.dropFirst() }
            if !rest.allSatisfy({ $0.isASCII && $0.isNumber }) {
                call.report(.invalidTime, "This text always starts with '\(prefix)', so it is never \(what) (digits)", at: call.arguments[0].range)
            }
        }
    }
}
