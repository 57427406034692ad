import Testing
@testable import OktaEL

/// Random expressions from the grammar, with the spellings where tokens can run together
/// (`$` before `[`, signs before numbers, keywords as names, quotes in strings, no spaces):
/// every one that parses must print to a text that parses to the same tree, and print the
/// same again. libFuzzer mutates bytes and took hours to meet `a.$ [b]`; this walks the
/// grammar and meets such shapes in seconds. Fixed seed, so a failure reproduces;
/// `OEL_ROUNDTRIP_CASES` and `OEL_ROUNDTRIP_SEED` run more or others.
@Suite struct RoundTripGeneratorTests {
    static let names = ["user", "a", "b", "$", "$$", "a$", "_", "_x", "x1", "and", "or", "not", "eq", "ne", "lt", "le",
                        "gt", "ge", "div", "mod", "matches", "true", "false", "null", "T", "new", "String", "Arrays", "E", "e", "L", "x",
                        "isMemberOfGroupName", "groups", "\u{E9}t\u{E9}", "ab$c", "$1", "instanceof", "between"]
    static let literals = ["0", "1", "-1", "2147483647", "2147483648", "-2147483648", "10L", "0x1F", "0XffL", "1.5", "1e10", "1.5E-3",
                           "2e+3", ".5", "1.", "'a'", "''", "''''", "'it''s'", "\"q\"", "\"a\"\"b\"", "'\"'", "\"'\"", "'$['", "' '",
                           "true", "false", "null", "'é'", "{}", "{:}", "1e999", "0.0", "-0.0", "1_0",
                           "\u{201C}curly\u{201D}", "'a\u{301}'", "''\u{301}", "007", "0x", "1L", "-1L", "9223372036854775807L"]
    static let binary = ["+", "-", "*", "/", "%", "^", "==", "!=", "<", "<=", ">", ">=", "&&", "||", " and ", " or ", " eq ",
                         " ne ", " lt ", " gt ", " le ", " ge ", " div ", " mod ", " matches ", "?:"]
    static let spaces = ["", "", "", " ", "  ", "\t", "\n"]

    static func expression(_ g: inout RandomExpressions, depth: Int) -> String {
        let space = g.pick(spaces)
        if depth <= 0 { return space + (g.next(2) == 0 ? g.pick(names) : g.pick(literals)) }
        switch g.next(14) {
        case 0: return g.pick(names)
        case 1: return g.pick(literals)
        case 2: return expression(&g, depth: depth - 1) + space + g.pick(binary) + space + expression(&g, depth: depth - 1)
        case 3: return g.pick(["-", "!", "+", "not ", "- ", "! "]) + space + expression(&g, depth: depth - 1)
        case 4: return "(" + expression(&g, depth: depth - 1) + ")"
        case 5: return postfix(&g, depth: depth) + g.pick([".", "?."]) + space + g.pick(names)
        case 6: return postfix(&g, depth: depth) + space + "[" + expression(&g, depth: depth - 1) + "]"
        case 7: return postfix(&g, depth: depth) + g.pick([".", "?."]) + g.pick(names) + "(" + arguments(&g, depth: depth) + ")"
        case 8: return g.pick(names) + "(" + arguments(&g, depth: depth) + ")"
        case 9: return postfix(&g, depth: depth) + g.pick([".?[", ".^[", ".$[", "?.?[", ".![", "?.!["]) + expression(&g, depth: depth - 1) + "]"
        case 10:
            return expression(&g, depth: depth - 1) + space + "?" + space + expression(&g, depth: depth - 1) + space + ":"
                + space + expression(&g, depth: depth - 1)
        case 11: return "{" + arguments(&g, depth: depth) + "}"
        case 12:
            let count = 1 + g.next(3)
            let entries = (0..<count).map { _ in
                (g.next(2) == 0 ? g.pick(names) : g.pick(["'k'", "\"k k\"", "'$'"])) + ":" + g.pick(spaces) + expression(&g, depth: depth - 1)
            }
            return "{" + entries.joined(separator: ",") + "}"
        default: return g.pick(names) + space + "." + space + g.pick(names)
        }
    }

    /// What a `.name`, `[i]`, call or selection may follow: names, literals, lists, calls and
    /// their chains (`1.x`, `'a'[0]`, `{1}.![x]`, `f()[0]`, `a.?[b][0]`).
    static func postfix(_ g: inout RandomExpressions, depth: Int) -> String {
        switch g.next(8) {
        case 0: return "(" + expression(&g, depth: depth - 1) + ")"
        case 1: return g.pick(literals)
        case 2: return g.pick(names) + "(" + arguments(&g, depth: depth - 1) + ")"
        case 3: return g.pick(names) + g.pick([".?[", ".^[", ".$[", ".!["]) + g.pick(names) + "]"
        case 4: return g.pick(names) + g.pick(spaces) + "[" + g.pick(names + literals) + "]"
        default: return g.pick(names)
        }
    }

    static func arguments(_ g: inout RandomExpressions, depth: Int) -> String {
        (0..<g.next(4)).map { _ in expression(&g, depth: depth - 1) }.joined(separator: "," + g.pick(spaces))
    }

    @Test func everyParsedExpressionReprintsToTheSameTree() {
        var g = RandomExpressions(seed: UInt64(RandomExpressions.setting("OEL_ROUNDTRIP_SEED", 20_261_130)))
        let cases = RandomExpressions.setting("OEL_ROUNDTRIP_CASES", 40_000)
        var parsed = 0
        var failures: [String] = []
        for _ in 0..<cases {
            let source = Self.expression(&g, depth: 1 + g.next(4))
            guard let tree = Parser.parse(source).expression else { continue }
            parsed += 1
            let printed = Printer.print(tree)
            guard let again = Parser.parse(printed).expression else {
                failures.append("does not parse again: \(source) → \(printed)")
                continue
            }
            if again != tree { failures.append("tree changed: \(source) → \(printed)") }
            if Printer.print(again) != printed { failures.append("not idempotent: \(source) → \(printed)") }
        }
        #expect(failures.isEmpty, "\(failures.count) failures, first: \(failures.prefix(5).joined(separator: "\n"))")
        // The generator must mostly make valid expressions, or the test proves little.
        #expect(parsed > cases * 3 / 8, "only \(parsed) of \(cases) parsed")
    }
}
