// Generated from probe/errors.txt by probe/Probe.java: Java's PatternSyntaxException
// description and index for each malformed pattern (all ASCII, so index == UTF-8 offset).
import Testing
@testable import OktaEL

struct JavaSyntaxErrorRow: Sendable, CustomTestStringConvertible {
    let pattern: String
    let message: String
    let index: Int
    init(_ pattern: String, _ message: String, _ index: Int) {
        self.pattern = pattern; self.message = message; self.index = index
    }
    var testDescription: String { "/\(pattern)/" }
}

let javaSyntaxErrorRows: [JavaSyntaxErrorRow] = [
    .init("(", "Unclosed group", 1),
    .init("[a-", "Illegal character range", 3),
    .init("a{2,1}", "Illegal repetition range", 5),
    .init("*a", "Dangling meta character '*'", 0),
    .init("\\k<nope>", "named capturing group <nope> does not exist", 7),
    .init("\\p{Nope}", "Unknown character property name {Nope}", 7),
    .init("a)", "Unmatched closing ')'", 0),
    .init("[]", "Unclosed character class", 1),
    .init("[z-a]", "Illegal character range", 3),
    .init("a**", "Dangling meta character '*'", 2),
    .init("+", "Dangling meta character '+'", 0),
    .init("?a", "Dangling meta character '?'", 0),
    .init("a{", "Illegal repetition", 2),
    .init("a{x}", "Illegal repetition", 2),
    .init("x{,5}", "Illegal repetition", 2),
    .init("\\", "Unexpected internal error", 1),
    .init("\\0", "Illegal octal escape sequence", 2),
    .init("\\08", "Illegal octal escape sequence", 2),
    .init("\\x4", "Illegal hexadecimal escape sequence", 3),
    .init("\\xZZ", "Illegal hexadecimal escape sequence", 2),
    .init("\\x{110000}", "Hexadecimal codepoint is too big", 8),
    .init("\\u12", "Illegal Unicode escape sequence", 4),
    .init("\\q", "Illegal/unsupported escape sequence", 1),
    .init("\\y", "Illegal/unsupported escape sequence", 1),
    .init("(?<1a>x)", "capturing group name does not start with a Latin letter", 3),
    .init("(?<a>x)(?<a>y)", "Named capturing group <a> is already defined", 11),
    .init("(?", "Unknown inline modifier", 2),
    .init("(?z)", "Unknown inline modifier", 2),
    .init("(?<", "capturing group name does not start with a Latin letter", 3),
    .init("(?<a", "named capturing group is missing trailing '>'", 4),
    .init("[a-\\d]", "Illegal character range", 4),
    .init("(a", "Unclosed group", 2),
    .init("((a)", "Unclosed group", 4),
    .init("a{99999999999}", "Illegal repetition range", 11),
    .init("a{1,99999999999}", "Illegal repetition range", 13),
    .init("\\k<a>(?<a>x)", "named capturing group <a> does not exist", 4),
    .init("\\k", "\\k is not followed by '<' for named capturing group", 2),
    .init("\\kx", "\\k is not followed by '<' for named capturing group", 2),
    .init("(?#comment)", "Unknown inline modifier", 2),
    .init("[a", "Unclosed character class", 1),
    .init("[^", "Unclosed character class", 1),
    .init("(?i:a", "Unclosed group", 5),
    .init("\\E", "Illegal/unsupported escape sequence", 1),
    .init("abc\\", "Unexpected internal error", 4),
    .init("{", "Illegal repetition", 1),
    .init("x{2,3", "Unclosed counted closure", 5),
    .init("(?<=(?:ab)+)b", "Look-behind group does not have an obvious maximum length", 10),
    .init("(?<=\\1)b", "Look-behind group does not have an obvious maximum length", 5),
    .init("(a)(?<=\\1)b", "Look-behind group does not have an obvious maximum length", 8),
    .init("(?<=(?:a|b)+)c", "Look-behind group does not have an obvious maximum length", 11),
    .init("(?<=(a|b)+)c", "Look-behind group does not have an obvious maximum length", 9),
    .init("(?<=(?:a|b){2})c", "Look-behind group does not have an obvious maximum length", 13),
    .init("(?<=(a|b){1,2})c", "Look-behind group does not have an obvious maximum length", 13),
    .init("(?<=(?:ab)*)c", "Look-behind group does not have an obvious maximum length", 10),
    .init("(?<=(?:a+)+)c", "Look-behind group does not have an obvious maximum length", 10),
    .init("(?<=(?:a+){2})c", "Look-behind group does not have an obvious maximum length", 12),
    .init("(?<=(?:a{2})+)c", "Look-behind group does not have an obvious maximum length", 12),
    .init("(?<=(ab)+)c", "Look-behind group does not have an obvious maximum length", 8),
    .init("(?<=(?:ab){1,1073741824})c", "Look-behind group does not have an obvious maximum length", 23),
    .init("(?<=(?:a+|b)+)c", "Look-behind group does not have an obvious maximum length", 12),
    .init("(?<=(?:a|bc)+)c", "Look-behind group does not have an obvious maximum length", 12),
    .init("(?<=(?:a*)*)c", "Look-behind group does not have an obvious maximum length", 10),
    .init("(?<=(?>ab)+)c", "Look-behind group does not have an obvious maximum length", 10),
    .init("(?<=(?:a?)+)c", "Look-behind group does not have an obvious maximum length", 10),
    .init("(?<=(?:ab)+?)c", "Look-behind group does not have an obvious maximum length", 11),
    .init("(?<=(?:ab)++)c", "Look-behind group does not have an obvious maximum length", 11),
]
