/// The operators of the language in one place: every binary and unary operator, how it is
/// written (symbols, and words in any letter case: `AND`, `or`, `Not`), and how tightly it
/// binds. The parser and the printer read this table; `grammar/precedence.md` states it for
/// readers, and `OperatorTableTests` fails when the two disagree.

/// How tightly an operator binds, loosest first; the raw value is the level number of
/// `grammar/precedence.md`.
enum Precedence: Int, Sendable, Comparable, CaseIterable {
    /// `c ? a : b` (ternary) and `a ?: b` (Elvis).
    case conditional = 1
    /// `||`, `or`.
    case logicalOr
    /// `&&`, `and`.
    case logicalAnd
    /// Comparisons and `matches`.
    case relational
    /// `+`, `-`.
    case additive
    /// `*`, `/`, `%` and their words.
    case multiplicative
    /// `^`.
    case power
    /// Prefix `!`, `not`, `-`, `+`.
    case unary
    /// Literals, names, calls, brackets and the postfix chain (`.name`, `[i]`, `.![ ]`, ...).
    case postfix

    /// How a run of operators of this level groups.
    var associativity: Associativity {
        switch self {
        case .conditional, .unary: .right
        case .relational, .power: .nonassociative
        case .logicalOr, .logicalAnd, .additive, .multiplicative, .postfix: .left
        }
    }

    /// The next tighter level (the tightest is its own).
    var tighter: Precedence { Precedence(rawValue: rawValue &+ 1) ?? .postfix }

    static func < (lhs: Precedence, rhs: Precedence) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// How operators of one level group when several follow each other.
enum Associativity: Sendable {
    /// `a - b - c` is `(a - b) - c`.
    case left
    /// `a ? b : c ? d : e` is `a ? b : (c ? d : e)`.
    case right
    /// At most one in a row: `1 < 2 < 3` and `2 ^ 3 ^ 2` are errors (`OEL2004`).
    case nonassociative
}

/// One operator's row: how it is written and how tightly it binds.
struct OperatorRow: Sendable {
    /// The level it binds at.
    let level: Precedence
    /// The tokens that spell it.
    let symbols: [TokenKind]
    /// The words that spell it, in any letter case.
    let words: [Keyword]
    /// Tokens that are not this operator but are read as it after an error is reported
    /// (`|` for `||`, `OEL2009`), so that one parse can report more than one problem.
    let mistaken: [TokenKind]

    init(_ level: Precedence, symbols: [TokenKind] = [], words: [Keyword] = [], mistaken: [TokenKind] = []) {
        self.level = level
        self.symbols = symbols
        self.words = words
        self.mistaken = mistaken
    }

    /// How a run of this operator groups: its level's.
    var associativity: Associativity { level.associativity }

    /// Every correct spelling, symbols first, words in lower case; the first is the canonical one.
    var spellings: [String] { symbols.compactMap(\.symbol) + words.map(\.word) }
}

/// Binary operators. The raw value is the canonical spelling, which the printer writes.
package enum BinaryOperator: String, Sendable, Equatable, CaseIterable {
    case or = "||"
    case and = "&&"
    case equal = "=="
    case notEqual = "!="
    case less = "<"
    case lessEqual = "<="
    case greater = ">"
    case greaterEqual = ">="
    case matches = "matches"
    case add = "+"
    case subtract = "-"
    case multiply = "*"
    case divide = "/"
    case modulo = "%"
    case power = "^"

    /// The operator's row of the table.
    var row: OperatorRow {
        switch self {
        case .or: OperatorRow(.logicalOr, symbols: [.barBar], words: [.or], mistaken: [.bar])
        case .and: OperatorRow(.logicalAnd, symbols: [.ampAmp], words: [.and], mistaken: [.amp])
        case .equal: OperatorRow(.relational, symbols: [.equalEqual], words: [.eq])
        case .notEqual: OperatorRow(.relational, symbols: [.notEqual], words: [.ne])
        case .less: OperatorRow(.relational, symbols: [.less], words: [.lt])
        case .lessEqual: OperatorRow(.relational, symbols: [.lessEqual], words: [.le])
        case .greater: OperatorRow(.relational, symbols: [.greater], words: [.gt])
        case .greaterEqual: OperatorRow(.relational, symbols: [.greaterEqual], words: [.ge])
        case .matches: OperatorRow(.relational, words: [.matches])
        case .add: OperatorRow(.additive, symbols: [.plus])
        case .subtract: OperatorRow(.additive, symbols: [.minus])
        case .multiply: OperatorRow(.multiplicative, symbols: [.star])
        case .divide: OperatorRow(.multiplicative, symbols: [.slash], words: [.div])
        case .modulo: OperatorRow(.multiplicative, symbols: [.percent], words: [.mod])
        case .power: OperatorRow(.power, symbols: [.caret])
        }
    }

    /// The level it binds at.
    var precedence: Precedence { row.level }
}

/// Unary (prefix) operators. The raw value is the canonical spelling, which the printer writes.
package enum UnaryOperator: String, Sendable, Equatable, CaseIterable {
    case not = "!"
    case negate = "-"
    case plus = "+"

    /// The operator's row of the table.
    var row: OperatorRow {
        switch self {
        case .not: OperatorRow(.unary, symbols: [.bang], words: [.not])
        case .negate: OperatorRow(.unary, symbols: [.minus])
        case .plus: OperatorRow(.unary, symbols: [.plus])
        }
    }
}

/// A binary operator a token spells, and its level.
struct BinaryMatch: Sendable, Equatable {
    let op: BinaryOperator
    let level: Precedence
}

/// The rows turned around for the parser: the operator a token spells, found by indexing
/// with its kind (or, for a name, its keyword) instead of searching the rows.
enum OperatorTable {
    /// The binary operator `token` spells (mistaken spellings included), if any.
    @inline(__always) static func binary(_ token: Token) -> BinaryMatch? {
        token.kind == .identifier
            ? binaryByWord[Int(token.keyword.rawValue)]
            : binaryBySymbol[Int(token.kind.rawValue)]
    }

    /// The unary operator `token` spells, if any.
    @inline(__always) static func unary(_ token: Token) -> UnaryOperator? {
        token.kind == .identifier
            ? unaryByWord[Int(token.keyword.rawValue)]
            : unaryBySymbol[Int(token.kind.rawValue)]
    }

    private static let binaryBySymbol: [BinaryMatch?] = {
        var table = [BinaryMatch?](repeating: nil, count: TokenKind.allCases.count)
        for op in BinaryOperator.allCases {
            for kind in op.row.symbols + op.row.mistaken { table[Int(kind.rawValue)] = BinaryMatch(op: op, level: op.row.level) }
        }
        return table
    }()

    private static let binaryByWord: [BinaryMatch?] = {
        var table = [BinaryMatch?](repeating: nil, count: Keyword.allCases.count)
        for op in BinaryOperator.allCases {
            for word in op.row.words { table[Int(word.rawValue)] = BinaryMatch(op: op, level: op.row.level) }
        }
        return table
    }()

    private static let unaryBySymbol: [UnaryOperator?] = {
        var table = [UnaryOperator?](repeating: nil, count: TokenKind.allCases.count)
        for op in UnaryOperator.allCases {
            for kind in op.row.symbols { table[Int(kind.rawValue)] = op }
        }
        return table
    }()

    private static let unaryByWord: [UnaryOperator?] = {
        var table = [UnaryOperator?](repeating: nil, count: Keyword.allCases.count)
        for op in UnaryOperator.allCases {
            for word in op.row.words { table[Int(word.rawValue)] = op }
        }
        return table
    }()
}

/// An operator of another language that people write where an Okta one belongs (`===` from
/// JavaScript, `<>` from SQL, `regex` as a word): the parser reports it (`OEL2011`) with
/// Okta's spelling, then parses its right-hand operand as a comparison's, so parsing goes on.
struct ForeignOperator: Sendable, Equatable {
    /// How it is written.
    let spelling: String
    /// What to write instead: a hint that starts with "write ".
    let hint: String
    /// The replacement text when it is certain enough for a fix-it.
    let fixIt: String?
    /// Whether a right-hand operand follows it (SCIM's postfix `pr` has none).
    var takesOperand = true

    /// A symbol pair: `first` directly followed by the byte `second` (no space between),
    /// as `===`, `!==`, `<>`, `=<`, `=>` are scanned. Nil for any other pair.
    static func symbols(_ first: TokenKind, followedBy second: UInt8) -> ForeignOperator? {
        switch (first, second) {
        case (.equalEqual, UInt8(ascii: "=")): return symbol("===", "==", from: "JavaScript")
        case (.notEqual, UInt8(ascii: "=")): return symbol("!==", "!=", from: "JavaScript")
        case (.less, UInt8(ascii: ">")): return symbol("<>", "!=", from: "SQL")
        case (.assign, UInt8(ascii: "<")): return symbol("=<", "<=", from: nil)
        case (.assign, UInt8(ascii: ">")): return symbol("=>", ">=", from: nil)
        default: return nil
        }
    }

    private static func symbol(_ spelling: String, _ okta: String, from language: String?) -> ForeignOperator {
        let origin = language.map { " (\(spelling) is \($0))" } ?? ""
        return ForeignOperator(spelling: spelling, hint: "write \(okta)\(origin)", fixIt: okta)
    }

    /// A word written between two values as an operator, in any letter case; `lowercased` is
    /// the word in lower case. Nil for any other word.
    static func word(_ written: String, lowercased: String) -> ForeignOperator? {
        let regex = "write matches: x matches '^pattern$' (a whole-string Java regular expression, without /…/ delimiters)"
        switch lowercased {
        case "regex", "regexp", "rlike", "matchesregex":
            return ForeignOperator(spelling: written, hint: regex, fixIt: "matches")
        case "like", "ilike":
            return ForeignOperator(spelling: written,
                                   hint: "write String.stringContains(x, s) (classic) or x.contains(s) (Identity Engine) for a part of the text, or matches with a regular expression (% and _ are not wildcards)", fixIt: nil)
        case "contains", "includes":
            return ForeignOperator(spelling: written,
                                   hint: "write String.stringContains(x, s) or Arrays.contains(list, x) (classic), x.contains(s) (Identity Engine)", fixIt: nil)
        case "startswith", "endswith":
            let name = lowercased == "startswith" ? "startsWith" : "endsWith"
            return ForeignOperator(spelling: written,
                                   hint: "write String.\(name)(x, s) (classic) or x.\(name)(s) (Identity Engine)", fixIt: nil)
        case "in":
            return ForeignOperator(spelling: written,
                                   hint: "write Arrays.contains({...}, x) (classic) or {...}.contains(x) (Identity Engine)", fixIt: nil)
        case "is":
            return ForeignOperator(spelling: written, hint: "write == or != (x == null, x != null)", fixIt: nil)
        case "equals":
            return ForeignOperator(spelling: written, hint: "write == (or eq)", fixIt: "==")
        // SCIM filter operators, from Okta's user search API (okta/terraform-provider-okta#2277
        // lists them among group-rule mistakes); eq, ne, gt, ge, lt, le are SpEL's own too.
        case "sw", "ew":
            let name = lowercased == "sw" ? "startsWith" : "endsWith"
            return ForeignOperator(spelling: written,
                                   hint: "write String.\(name)(x, s) (classic) or x.\(name)(s) (Identity Engine); \(written) is SCIM filter syntax", fixIt: nil)
        case "co":
            return ForeignOperator(spelling: written,
                                   hint: "write String.stringContains(x, s) (classic) or x.contains(s) (Identity Engine); co is SCIM filter syntax", fixIt: nil)
        case "pr":
            return ForeignOperator(spelling: written, hint: "write x != null; pr is SCIM filter syntax", fixIt: nil, takesOperand: false)
        case "neq":
            return ForeignOperator(spelling: written, hint: "write != (or ne)", fixIt: "!=")
        case "xor":
            return ForeignOperator(spelling: written, hint: "write != between two Booleans", fixIt: nil)
        default:
            return nil
        }
    }
}
