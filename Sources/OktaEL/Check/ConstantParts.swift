/// The parts of an expression that read nothing from the context, evaluated at check time: a
/// part that fails there fails for every context (`Convert.toInt('abc')`, `Time.now('Bad/Zone')`,
/// `String.substring('abc', -1)`), so `oel check` reports the evaluator's own diagnostic for it
/// (`grammar/profiles.md`, "Arguments that fail for every context").
///
/// A part is constant when it holds no name and calls only functions that read nothing from the
/// context: not the group, directory and `user.*` functions (their constant arguments are checked
/// by their rows' argument rules instead). The current time is not context here: a call that
/// fails for one instant fails for every one.
struct ConstantParts {
    let dialect: Dialect
    let source: String
    let resolutions: CallResolutions
    let registry: FunctionRegistry

    /// The functions whose result depends on the context's user, groups or assignments.
    static let contextReading: Set<String> = Set(
        (GroupFunctions.functions + DirectoryFunctions.functions + UserFunctions.functions).map(\.qualifiedName))

    /// The steps a constant part may take; one that needs more is left to evaluation.
    static let stepBudget = 20_000

    /// The failures of the maximal constant parts of `expression` that hold an operator or a
    /// call, skipping parts where `alreadyReported` holds an error.
    func failures(in expression: Expr, alreadyReported: [Diagnostic]) -> [Diagnostic] {
        var found: [Diagnostic] = []
        visit(expression, alreadyReported, &found)
        return found
    }

    private func visit(_ expression: Expr, _ reported: [Diagnostic], _ found: inout [Diagnostic]) {
        if isConstant(expression) {
            if computes(expression), !reported.contains(where: { $0.severity == .error && expression.range.start <= $0.range.start && $0.range.end <= expression.range.end }),
               let failure = evaluate(expression) {
                found.append(failure)
            }
            return
        }
        for child in expression.children { visit(child, reported, &found) }
    }

    /// Whether the part does anything beyond writing values down.
    private func computes(_ expression: Expr) -> Bool {
        switch expression.kind {
        case .literal: return false
        case .list, .map: return expression.children.contains(where: computes)
        case .unary(.negate, let operand):
            if case .literal = operand.kind { return false }
            return true
        default: return true
        }
    }

    /// The value of `expression` when it is a constant part that evaluates; nil otherwise.
    func value(of expression: Expr) -> Value? {
        if let written = CallCheck.constant(expression) { return written }
        guard isConstant(expression), case .value(let value)? = run(expression) else { return nil }
        return value
    }

    /// The text every value of `expression` starts with, when it is a `+` concatenation whose
    /// leftmost constant part is a String (`'x' + user.a` starts with "x"); nil otherwise.
    func constantPrefix(of expression: Expr) -> String? {
        guard case .binary(.add, let left, _) = expression.kind else { return nil }
        if isConstant(left) {
            if case .string(let text)? = value(of: left) { return text }
            return nil
        }
        return constantPrefix(of: left)
    }

    func isConstant(_ expression: Expr) -> Bool {
        switch expression.kind {
        case .literal: return true
        case .name, .projection, .selection: return false
        case .property(let base, _, _, _): return isConstant(base)
        case .index(let base, let index): return isConstant(base) && isConstant(index)
        case .unary(_, let operand): return isConstant(operand)
        case .binary(_, let left, let right): return isConstant(left) && isConstant(right)
        case .ternary(let a, let b, let c): return isConstant(a) && isConstant(b) && isConstant(c)
        case .elvis(let a, let b): return isConstant(a) && isConstant(b)
        case .list(let items): return items.allSatisfy(isConstant)
        case .map(let entries):
            return entries.allSatisfy { entry in
                switch entry.key.kind {
                case .name, .literal: return isConstant(entry.value)
                default: return false
                }
            }
        case .function(_, _, let arguments):
            guard case .function(let binding)? = resolutions[expression], isPure(binding.ref.function) else { return false }
            return arguments.allSatisfy(isConstant)
        case .call(let base, _, _, let arguments, _):
            switch resolutions[expression] {
            case .namespaced(let binding)?:
                return isPure(binding.ref.function) && arguments.allSatisfy(isConstant)
            case .method?:
                return isConstant(base) && arguments.allSatisfy(isConstant)
            default:
                return false
            }
        }
    }

    private func isPure(_ function: BuiltinFunction) -> Bool {
        function.expressionArgument == nil && !Self.contextReading.contains(function.qualifiedName)
    }

    /// The evaluator's diagnostic for the part, placed in the whole expression; nil when it
    /// evaluates, or fails only on a budget.
    private func evaluate(_ expression: Expr) -> Diagnostic? {
        guard case .failure(let error)? = run(expression) else { return nil }
        return error
    }

    private enum Outcome { case value(Value), failure(Diagnostic) }

    /// Evaluates the part alone; nil when it cannot be compiled alone or fails on a budget.
    private func run(_ expression: Expr) -> Outcome? {
        let bytes = Array(source.utf8)
        guard expression.range.start >= 0, expression.range.end <= bytes.count, expression.range.start < expression.range.end else { return nil }
        let text = String(decoding: bytes[expression.range.start..<expression.range.end], as: UTF8.self)
        var limits = EvaluationLimits.default
        limits.maxSteps = Self.stepBudget
        let environment = Environment(dialect: dialect, evaluationLimits: limits, registry: registry)
        guard let program = try? environment.compile(text) else { return nil }
        do throws(Diagnostic) {
            return .value(try program.evaluate(EvaluationContext()))
        } catch {
            if Self.budgets.contains(error.code) { return nil }
            var placed = error
            placed.range = SourceRange(start: error.range.start + expression.range.start, end: error.range.end + expression.range.start)
            return .failure(placed)
        }
    }

    /// Failures that say the part was too costly, not that it is wrong.
    static let budgets: Set<DiagnosticCode> = [.stepBudgetExceeded, .stringTooLong, .arrayTooLong, .regexBudgetExceeded]
}
