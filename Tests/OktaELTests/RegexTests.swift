import Foundation
import Testing
@testable import OktaEL

// MARK: - Java-verified table

@Suite("JavaRegex: table verified against java.util.regex")
struct RegexJavaTableTests {
    @Test("table has at least 150 Java-verified rows")
    func tableSize() {
        #expect(javaVerifiedRows.count >= 150)
    }

    @Test(arguments: javaVerifiedRows)
    func row(_ row: JavaRegexRow) throws {
        let re = try JavaRegex(row.pattern)
        #expect(try re.matchesWhole(row.input) == row.whole, "matchesWhole")
        #expect(try re.containsMatch(row.input) == row.find, "containsMatch")
        let range = try re.firstMatch(in: row.input)
        if row.start < 0 {
            #expect(range == nil)
        } else if let r = range {
            let scalars = row.input.unicodeScalars
            let s = scalars.distance(from: scalars.startIndex, to: r.lowerBound)
            let e = scalars.distance(from: scalars.startIndex, to: r.upperBound)
            #expect(s == row.start && e == row.end, "firstMatch range \(s)..<\(e), Java \(row.start)..<\(row.end)")
        } else {
            Issue.record("firstMatch returned nil; Java found \(row.start)..<\(row.end)")
        }
    }

    @Test(arguments: javaSyntaxErrorRows)
    func syntaxError(_ row: JavaSyntaxErrorRow) {
        do {
            _ = try JavaRegex(row.pattern)
            Issue.record("expected a syntax error (Java: \(row.message))")
        } catch {
            #expect(error.kind == .syntax)
            #expect(error.message == row.message)
            #expect(error.patternOffset == row.index)
        }
    }
}

// MARK: - Okta documentation examples

@Suite("JavaRegex: Okta examples")
struct RegexOktaExampleTests {
    @Test func groupNamePattern() throws {
        let re = try JavaRegex("California-[a-zA-Z]+-Sales")
        #expect(try re.matchesWhole("California-Sales-Sales"))
        #expect(try re.matchesWhole("California-Marketing-Sales"))
        #expect(try !re.matchesWhole("Nevada-Sales-Sales"))
        #expect(try !re.matchesWhole("California--Sales"))
    }

    @Test func phoneNumbers() throws {
        let re = try JavaRegex(#"(\+\d{1,2}\s)?\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}"#)
        #expect(try re.matchesWhole("+1 (415) 555-1212"))
        #expect(try re.matchesWhole("415 555 1212"))
        #expect(try re.matchesWhole("(415) 555.1212"))
        #expect(try !re.matchesWhole("415-555-121"))
        #expect(try !re.matchesWhole("+123 415 555 1212"))
        #expect(!re.needsBacktracking)
    }

    @Test func caseInsensitiveFlag() throws {
        let re = try JavaRegex("(?i)engineer")
        #expect(try re.matchesWhole("Engineer"))
        #expect(try !re.matchesWhole("Senior Engineer"))
        #expect(try re.containsMatch("Senior Engineer"))
        let input = "Senior Engineer"
        let r = try #require(try re.firstMatch(in: input))
        #expect(input[r] == "Engineer")
    }
}

// MARK: - Linear time on catastrophic patterns

@Suite("JavaRegex: catastrophic patterns finish quickly")
struct RegexCatastrophicTests {
    static func time<T>(_ body: () throws -> T) rethrows -> (T, Duration) {
        let clock = ContinuousClock()
        var result: T?
        let d = try clock.measure { result = try body() }
        // swiftlint:disable:next force_unwrapping
        return (result!, d)
    }

    @Test func nestedPlusDollar() throws {
        let re = try JavaRegex("(a+)+$")
        #expect(re.mayBacktrackCatastrophically)
        #expect(!re.needsBacktracking)
        let input = String(repeating: "a", count: 10_000) + "!"
        let (found, d) = try Self.time { try re.containsMatch(input) }
        let (whole, d2) = try Self.time { try re.matchesWhole(input) }
        print("(a+)+$ on 10,000 a's + '!': containsMatch \(d), matchesWhole \(d2)")
        #expect(found == false)
        #expect(whole == false)
        #expect(d < .seconds(1))
        #expect(d2 < .seconds(1))
    }

    @Test func alternationPlus() throws {
        let re = try JavaRegex("(a|aa)+b")
        let input = String(repeating: "a", count: 5_000)
        let (found, d) = try Self.time { try re.containsMatch(input) }
        print("(a|aa)+b on 5,000 a's: \(d)")
        #expect(found == false)
        #expect(d < .seconds(1))
        #expect(try re.matchesWhole(String(repeating: "a", count: 50) + "b"))
    }

    @Test func dotStarCounted() throws {
        let re = try JavaRegex("(.*a){20}")
        #expect(re.mayBacktrackCatastrophically)
        let input = String(repeating: "a", count: 30)
        let (found, d) = try Self.time { try re.matchesWhole(input) }
        print("(.*a){20} on 30 a's: \(d)")
        #expect(found == true)
        #expect(try !re.matchesWhole(String(repeating: "a", count: 19)))
        let (miss, d2) = try Self.time { try re.containsMatch(String(repeating: "a", count: 30) + String(repeating: "b", count: 30)) }
        #expect(miss == true)
        #expect(d < .seconds(1) && d2 < .seconds(1))
    }

    @Test func wordSpaceStar() throws {
        let re = try JavaRegex(#"^(\w+\s?)*$"#)
        let input = String(repeating: "this is a long sentence ", count: 40) + "that fails!"
        let (found, d) = try Self.time { try re.containsMatch(input) }
        print("^(\\w+\\s?)*$ on \(input.count) chars: \(d)")
        #expect(found == false)
        #expect(d < .seconds(1))
        #expect(try re.matchesWhole("this is fine"))
    }

    @Test func backreferenceBudget() throws {
        let re = try JavaRegex(#"(a*)*\1b"#)
        #expect(re.needsBacktracking)
        let input = String(repeating: "a", count: 5_000)
        let clock = ContinuousClock()
        let start = clock.now
        do {
            let found = try re.containsMatch(input)
            #expect(found == false)
        } catch {
            #expect(error.kind == .budgetExceeded)
        }
        let d = clock.now - start
        print("(a*)*\\1b on 5,000 a's: \(d)")
        #expect(d < .seconds(5))
        // A tight budget must throw rather than answer.
        let tight = try JavaRegex(#"(a|aa)+\1c"#, limits: RegexLimits(maxPatternLength: 4_096, maxProgramSize: 20_000, backtrackingStepBudget: 10_000))
        #expect(throws: RegexError.self) { try tight.containsMatch(String(repeating: "a", count: 40)) }
        do {
            _ = try tight.containsMatch(String(repeating: "a", count: 40))
        } catch {
            #expect(error.kind == .budgetExceeded)
        }
    }

    @Test func bigInputLinear() throws {
        let re = try JavaRegex(#"[a-z]+@[a-z]+\.com"#)
        let input = String(repeating: "x", count: 200_000)
        let (found, d) = try Self.time { try re.containsMatch(input) }
        print("[a-z]+@[a-z]+\\.com on 200,000 chars: \(d)")
        #expect(!found)
        #expect(d < .seconds(5))
    }
}

// MARK: - Errors and hostile input

@Suite("JavaRegex: errors and hostile input")
struct RegexErrorTests {
    static func error(_ pattern: String, limits: RegexLimits = .default) -> RegexError? {
        do {
            _ = try JavaRegex(pattern, limits: limits)
            return nil
        } catch {
            return error
        }
    }

    @Test func requiredSyntaxErrors() throws {
        let cases: [(String, String, Int)] = [
            ("(", "Unclosed group", 1),
            ("[a-", "Illegal character range", 3),
            ("a{2,1}", "Illegal repetition range", 5),
            ("*a", "Dangling meta character '*'", 0),
            (#"\k<nope>"#, "named capturing group <nope> does not exist", 7),
            (#"\p{Nope}"#, "Unknown character property name {Nope}", 7),
        ]
        for (p, message, offset) in cases {
            let e = try #require(Self.error(p), "\(p) should fail")
            #expect(e.kind == .syntax, "\(p)")
            #expect(e.message == message, "\(p)")
            #expect(e.patternOffset == offset, "\(p)")
        }
    }

    @Test func offsetsAreUTF8Bytes() throws {
        let e = try #require(Self.error("é(")) // é is two UTF-8 bytes
        #expect(e.patternOffset == 3)
        let e2 = try #require(Self.error("éé*+*"))
        #expect(e2.message == "Dangling meta character '*'")
        #expect(e2.patternOffset == 6)
    }

    @Test(arguments: [#"\p{IsLatin}"#, #"\p{InGreek}"#, #"\p{InBasicLatin}"#, #"\p{script=Latin}"#, #"\p{block=Greek}"#, #"\G"#, #"\X"#, #"\N{LATIN SMALL LETTER A}"#])
    func unsupported(_ p: String) throws {
        let e = try #require(Self.error(p))
        #expect(e.kind == .unsupported)
        #expect(e.patternOffset != nil)
    }

    @Test(arguments: [#"\cx"#, "(?<=a+)b", #"[\d-z]"#, "a{2}{3}", #"\2(a)(b)"#, "[a&&&b]", #"\Qabc"#, "}", "]", "^*", "(?=a)*", #"\b+"#, "{2}"])
    func acceptedLikeJava(_ p: String) {
        #expect(Self.error(p) == nil)
    }

    @Test func deepNesting() throws {
        let start = ContinuousClock.now
        let e = try #require(Self.error(String(repeating: "(", count: 100_000), limits: RegexLimits(maxPatternLength: 1_000_000, maxProgramSize: 20_000, backtrackingStepBudget: 1_000)))
        #expect(e.kind == .tooLarge)
        let e2 = try #require(Self.error(String(repeating: "[", count: 100_000), limits: RegexLimits(maxPatternLength: 1_000_000, maxProgramSize: 20_000, backtrackingStepBudget: 1_000)))
        #expect(e2.kind == .tooLarge)
        // Within the default length limit: unclosed groups are a syntax error.
        let e3 = try #require(Self.error(String(repeating: "(", count: 900)))
        #expect(e3.kind == .syntax)
        #expect(e3.message == "Unclosed group")
        #expect(ContinuousClock.now - start < .seconds(2))
    }

    @Test func deepButLegalNesting() throws {
        let depth = 1_000
        let p = String(repeating: "(?:", count: depth) + "a" + String(repeating: ")", count: depth)
        let re = try JavaRegex(p, limits: RegexLimits(maxPatternLength: 10_000, maxProgramSize: 20_000, backtrackingStepBudget: 1_000))
        #expect(try re.matchesWhole("a"))
        let p2 = String(repeating: "(?>", count: depth) + "a" + String(repeating: ")", count: depth)
        let re2 = try JavaRegex(p2, limits: RegexLimits(maxPatternLength: 10_000, maxProgramSize: 20_000, backtrackingStepBudget: 100_000))
        #expect(try re2.matchesWhole("a"))
        #expect(try !re2.matchesWhole("b"))
        let tooDeep = String(repeating: "(", count: depth + 1) + "a" + String(repeating: ")", count: depth + 1)
        let e = try #require(Self.error(tooDeep, limits: RegexLimits(maxPatternLength: 10_000, maxProgramSize: 20_000, backtrackingStepBudget: 1_000)))
        #expect(e.kind == .tooLarge)
        let classes = String(repeating: "[", count: 200) + "a" + String(repeating: "]", count: 200)
        #expect(try JavaRegex(classes).matchesWhole("a"))
    }

    @Test func megabytePattern() throws {
        let p = String(repeating: "a", count: 1_000_000)
        let e = try #require(Self.error(p))
        #expect(e.kind == .tooLarge)
    }

    @Test func programSizeLimit() throws {
        let e = try #require(Self.error("a{100000}"))
        #expect(e.kind == .tooLarge)
        let e2 = try #require(Self.error("(a{1000}){1000}"))
        #expect(e2.kind == .tooLarge)
        let e3 = try #require(Self.error("a{2147483647}"))
        #expect(e3.kind == .tooLarge)
        #expect(try JavaRegex("a{1000}").matchesWhole(String(repeating: "a", count: 1000)))
        #expect(try !JavaRegex("a{1000}").matchesWhole(String(repeating: "a", count: 999)))
    }

    @Test func unusualInput() throws {
        let re = try JavaRegex("a.b")
        #expect(try re.matchesWhole("a\u{0}b"))
        #expect(try re.matchesWhole("a\u{FFFD}b"))
        #expect(try re.matchesWhole("a\u{10FFFF}b"))
        let lone = try JavaRegex(#"\uD800"#) // a lone surrogate can never occur in a Swift string
        #expect(try !lone.containsMatch("\u{FFFD}\u{10000}"))
        let invalid = String(decoding: [0x61, 0xFF, 0xC0, 0x62] as [UInt8], as: UTF8.self)
        #expect(try JavaRegex("a.+b").matchesWhole(invalid))
        #expect(try JavaRegex(#"\x00"#).containsMatch("x\u{0}y"))
        #expect(try JavaRegex("").matchesWhole(""))
        #expect(try JavaRegex("").containsMatch("abc"))
    }
}

// MARK: - API details

@Suite("JavaRegex: API")
struct RegexAPITests {
    @Test func heuristics() throws {
        for p in ["(a+)+", "(a*)*b", "(a|a)*", #"(\w+\s?)*"#, "(a|aa)+", "(.*a){20}"] {
            #expect(try JavaRegex(p).mayBacktrackCatastrophically, "\(p)")
        }
        for p in ["a+b+", #"[a-z]+@[a-z]+\.com"#, "(ab|cd)*", #"\d{3}-\d{4}"#, "(?>a+)+", "California-[a-zA-Z]+-Sales"] {
            #expect(try !JavaRegex(p).mayBacktrackCatastrophically, "\(p)")
        }
    }

    @Test func needsBacktracking() throws {
        for p in [#"(a)\1"#, "a(?=b)", "(?<!a)b", "(?>a)", "a*+", #"\k<n>"#.replacingOccurrences(of: "\\k<n>", with: "(?<n>a)\\k<n>")] {
            #expect(try JavaRegex(p).needsBacktracking, "\(p)")
        }
        for p in ["a*", "(a|b)+?", "^x$", #"\bword\b"#] {
            #expect(try !JavaRegex(p).needsBacktracking, "\(p)")
        }
    }

    @Test func patternAndLimits() throws {
        let re = try JavaRegex("a+")
        #expect(re.pattern == "a+")
        #expect(RegexLimits.default == RegexLimits(maxPatternLength: 4_096, maxProgramSize: 20_000, backtrackingStepBudget: 1_000_000))
        let err = RegexError(kind: .syntax, message: "x", patternOffset: 1)
        #expect(err == RegexError(kind: .syntax, message: "x", patternOffset: 1))
    }

    @Test func firstMatchRanges() throws {
        let input = "naïve café 😀 x"
        let r = try #require(try JavaRegex(#"caf\p{L}"#).firstMatch(in: input))
        #expect(input[r] == "café")
        let r2 = try #require(try JavaRegex(#"\x{1F600}"#).firstMatch(in: input))
        #expect(String(input[r2]) == "😀")
        let r3 = try #require(try JavaRegex("(a|ab)(c|bcd)(d*)").firstMatch(in: "abcd"))
        #expect("abcd"[r3] == "abcd")
        let r4 = try #require(try JavaRegex("a*?").firstMatch(in: "aaa"))
        #expect(r4.isEmpty)
        #expect(try JavaRegex("z").firstMatch(in: input) == nil)
    }

    @Test func sharedAcrossTasks() async throws {
        let re = try JavaRegex(#"^[a-z]+\d{2,}$"#)
        let results = await withTaskGroup(of: Bool.self) { group in
            for k in 0..<8 {
                group.addTask { (try? re.matchesWhole("user\(k)\(k)")) ?? false }
            }
            var all: [Bool] = []
            for await r in group { all.append(r) }
            return all
        }
        #expect(results.count == 8 && results.allSatisfy { $0 })
    }
}
