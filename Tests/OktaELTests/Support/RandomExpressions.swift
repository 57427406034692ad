import Foundation
@testable import OktaEL

/// Random expressions for the grammar-walking tests (`RoundTripGeneratorTests`,
/// `ConstantAttributeEquivalenceTests`, `CheckerAcceptsWhatEvaluatesTests`): a fixed
/// pseudo-random sequence, so a failure reproduces from its seed.
struct RandomExpressions {
    /// A linear congruential generator (Knuth's MMIX constants).
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// A number in `0..<bound`.
    mutating func next(_ bound: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(bound))
    }

    mutating func pick(_ choices: [String]) -> String { choices[next(choices.count)] }

    /// An integer from the environment variable `name`, else `fallback` (longer or other runs).
    static func setting(_ name: String, _ fallback: Int) -> Int {
        ProcessInfo.processInfo.environment[name].flatMap { Int($0) } ?? fallback
    }

    // MARK: Expressions over typed leaves

    static let literals = ["'a@b.com'", "''", "' x y '", "'ABC'", "'a,b'", "'\u{E9}t\u{E9}'", "'10'", "'-3'", "'2.5'", "'true'",
                           "'@'", "'.'", "' '", "'Admins'", "'00g1'", "'abcdefghijklmnopqrstuvwxyz'", "0", "1", "-1", "3", "2147483647",
                           "2.5", "-0.5", "true", "false", "null", "{'a', 'b'}", "{1, 2}", "{}"]
    static let operators = ["+", "-", "*", "/", "%", "==", "!=", "<", "<=", ">", ">=", "&&", "||", "?:"]
    /// Those that always evaluate both operands.
    static let eagerOperators = ["+", "-", "*", "/", "%", "==", "!=", "<", "<=", ">", ">="]

    /// The functions and methods a dialect has (not those whose argument is an expression).
    static func functions(_ dialect: Dialect) -> [BuiltinFunction] {
        FunctionRegistry.standard.all.filter { $0.dialects.contains(dialect) && $0.expressionArgument == nil && $0.kind != .userMethod }
    }

    /// An expression over leaves `$0`, `$1`, ... (numbered in order; their literals are
    /// appended to `leaves`): operators, ternaries, `+` chains, calls of `functions` (methods on
    /// a receiver). `eager` leaves out `&&`, `||`, `?:` and ternaries, so every part is evaluated.
    mutating func template(depth: Int, functions: [BuiltinFunction], eager: Bool = false, leaves: inout [String]) -> String {
        func leaf() -> String {
            leaves.append(pick(Self.literals))
            return "$\(leaves.count - 1)"
        }
        func inner() -> String { template(depth: depth - 1, functions: functions, eager: eager, leaves: &leaves) }
        if depth <= 0 { return leaf() }
        switch next(6) {
        case 0: return leaf()
        case 2 where eager: return leaf()
        case 1:
            let left = inner()
            return "(" + left + " " + pick(eager ? Self.eagerOperators : Self.operators) + " " + inner() + ")"
        case 2:
            let condition = inner()
            let then = inner()
            return "(" + condition + " ? " + then + " : " + inner() + ")"
        case 3:
            // A `+` chain of three to five operands.
            return "(" + (0..<(3 + next(3))).map { _ in inner() }.joined(separator: " + ") + ")"
        default:
            let function = functions[next(functions.count)]
            let count = function.minArguments + next((function.maxArguments ?? function.minArguments + 2) - function.minArguments + 1)
            let arguments = (0..<count).map { _ in inner() }.joined(separator: ", ")
            switch function.kind {
            case .namespaced(let namespace): return namespace + "." + function.name + "(" + arguments + ")"
            case .method: return inner() + "." + function.name + "(" + arguments + ")"
            default: return function.name + "(" + arguments + ")"
            }
        }
    }

    /// `template` with leaf `$i` replaced by `replacement(i, literal)`, highest index first so
    /// that `$1` does not replace the start of `$12`.
    static func fill(_ template: String, _ leaves: [String], _ replacement: (Int, String) -> String) -> String {
        var text = template
        for (index, leaf) in leaves.enumerated().reversed() {
            text = text.replacingOccurrences(of: "$\(index)", with: replacement(index, leaf))
        }
        return text
    }
}
