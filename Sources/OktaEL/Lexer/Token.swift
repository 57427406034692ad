/// The kind of a token, with its decoded payload for literals and names.
public enum TokenKind: Sendable, Equatable {
    case int(Int32)
    case long(Int64)
    case real(Double)
    case string(String)
    case identifier(String)
    case plus, minus, star, slash, percent, caret
    case bang, notEqual, equalEqual, assign
    case less, lessEqual, greater, greaterEqual
    case ampAmp, barBar, amp, bar
    case question, elvis, safeNavigation, colon, comma, dot
    case leftParen, rightParen, leftBracket, rightBracket, leftBrace, rightBrace
    /// `![` after a dot: projection.
    case project
    /// `?[` after a dot: selection of all matches.
    case select
    /// `^[` after a dot: first match.
    case selectFirst
    /// `$[` after a dot: last match.
    case selectLast
    case hash, at, plusPlus, minusMinus
    /// A malformed token; its diagnostic was already reported.
    case invalid
    case endOfInput
}

/// A token and the bytes it covers.
public struct Token: Sendable, Equatable {
    /// What it is.
    public var kind: TokenKind
    /// Where it is.
    public var range: SourceRange
}

extension TokenKind {
    /// How the token reads in a message.
    var display: String {
        switch self {
        case .int(let v): return String(v)
        case .long(let v): return "\(v)L"
        case .real(let v): return String(v)
        case .string: return "string literal"
        case .identifier(let name): return "'\(name)'"
        case .plus: return "'+'"
        case .minus: return "'-'"
        case .star: return "'*'"
        case .slash: return "'/'"
        case .percent: return "'%'"
        case .caret: return "'^'"
        case .bang: return "'!'"
        case .notEqual: return "'!='"
        case .equalEqual: return "'=='"
        case .assign: return "'='"
        case .less: return "'<'"
        case .lessEqual: return "'<='"
        case .greater: return "'>'"
        case .greaterEqual: return "'>='"
        case .ampAmp: return "'&&'"
        case .barBar: return "'||'"
        case .amp: return "'&'"
        case .bar: return "'|'"
        case .question: return "'?'"
        case .elvis: return "'?:'"
        case .safeNavigation: return "'?.'"
        case .colon: return "':'"
        case .comma: return "','"
        case .dot: return "'.'"
        case .leftParen: return "'('"
        case .rightParen: return "')'"
        case .leftBracket: return "'['"
        case .rightBracket: return "']'"
        case .leftBrace: return "'{'"
        case .rightBrace: return "'}'"
        case .project: return "'!['"
        case .select: return "'?['"
        case .selectFirst: return "'^['"
        case .selectLast: return "'$['"
        case .hash: return "'#'"
        case .at: return "'@'"
        case .plusPlus: return "'++'"
        case .minusMinus: return "'--'"
        case .invalid: return "invalid token"
        case .endOfInput: return "end of expression"
        }
    }
}
