/// The kind of a scanned token, without a payload: names, strings and numbers are read
/// from the source bytes (or from `RawToken.bits`) only when the parser needs them.
enum RawTokenKind: UInt8, Sendable {
    case int, long, real
    /// A string literal in straight quotes; `bits` is 1 when it contains a doubled quote.
    case string
    /// A string literal in curly quotes (already reported); `bits` holds the byte lengths
    /// of its opening (low byte) and closing (next byte) quotes.
    case curlyString
    case identifier
    case plus, minus, star, slash, percent, caret
    case bang, notEqual, equalEqual, assign
    case less, lessEqual, greater, greaterEqual
    case ampAmp, barBar, amp, bar
    case question, elvis, safeNavigation, colon, comma, dot
    case leftParen, rightParen, leftBracket, rightBracket, leftBrace, rightBrace
    case project, select, selectFirst, selectLast
    case hash, at, plusPlus, minusMinus
    case invalid
    case endOfInput
}

/// The words the parser treats specially, recognised (in any letter case) when an
/// identifier is scanned.
enum Keyword: UInt8, Sendable {
    case none
    case or, and, not, eq, ne, lt, le, gt, ge, matches, div, mod
    case `true`, `false`, null, new, instanceof, between
    /// `t` or `T` (only an upper-case `T(` is a type reference).
    case t
}

/// A token as the scanner produces it: a kind, a byte range and, for numbers, the value.
struct RawToken: Sendable {
    /// What it is.
    var kind: RawTokenKind
    /// For an identifier, the keyword it spells (`.none` for most names).
    var keyword: Keyword = .none
    /// Where it is.
    var range: SourceRange
    /// Int32, Int64 or Double bits of a number; flags of a string literal.
    var bits: UInt64 = 0
}
