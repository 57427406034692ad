// What the corpus cannot express for the string, array, conversion and country builtins:
// custom evaluation limits, text that JSON corpus files cannot hold, and table invariants.
import Testing
@testable import OktaEL

/// A value or a diagnostic code.
enum BuiltinOutcome: Equatable {
    case success(Value)
    case failure(DiagnosticCode)
}

struct StringFunctionTests {
    private func evaluate(_ source: String, dialect: Dialect = .classic,
                          limits: EvaluationLimits = .default) -> BuiltinOutcome {
        let program: Program
        do {
            program = try Environment(dialect: dialect, evaluationLimits: limits).compile(source)
        } catch {
            return .failure(error.diagnostics.first?.code ?? "?")
        }
        do {
            return .success(try program.evaluate(EvaluationContext()))
        } catch {
            return .failure(error.code)
        }
    }

    private static let mine: [BuiltinFunction] = StringFunctions.functions + DeprecatedFunctions.functions
        + ArraysFunctions.functions + ConvertFunctions.functions + CountryFunctions.functions
        + StringMethods.functions + ArrayMethods.functions + ConversionMethods.functions

    @Test(arguments: [
        (#"String.append("aaaa", "bbbbb")"#, Dialect.classic),
        (#"String.join(",", "aaaa", "bbbb")"#, .classic),
        (#"String.replace("ab", "b", "bbbbbbbb")"#, .classic),
        (#"String.replace({"a", "ab"}, "b", "bbbbbbbb")"#, .classic),
        (#"String.replaceFirst({{"ab"}}, "b", "bbbbbbbb")"#, .classic),
        (#"String.toUpperCase("abcdefghij")"#, .classic),
        (#"Arrays.toCsvString({"aaaa", "bbbb"})"#, .classic),
        (#"toUppercase("abcdefghij")"#, .classic),
        ("'ab'.replace('b', 'bbbbbbbbb')", .identityEngine),
        ("'abcdefghij'.toLowerCase()", .identityEngine),
    ])
    func stringResultsRespectTheLimit(source: String, dialect: Dialect) {
        let limits = EvaluationLimits(maxStringBytes: 8)
        #expect(evaluate(source, dialect: dialect, limits: limits) == .failure(.stringTooLong))
    }

    @Test(arguments: [
        ("Arrays.flatten({1, 2}, {3, 4})", Dialect.classic),
        ("Arrays.flatten({{1, 2}, {3, 4}})", .classic),
        ("Arrays.add({1, 2, 3}, 4)", .classic),
        ("{{1, 2}, {3, 4}}.flatten()", .identityEngine),
        ("{1, 2, 3}.add(4)", .identityEngine),
    ])
    func arrayResultsRespectTheLimit(source: String, dialect: Dialect) {
        let limits = EvaluationLimits(maxArrayCount: 3)
        #expect(evaluate(source, dialect: dialect, limits: limits) == .failure(.arrayTooLong))
    }

    @Test func splittingASurrogatePairGivesReplacementCharacters() {
        // Java would keep a lone surrogate; a Swift String cannot, so it becomes U+FFFD.
        #expect(evaluate(#"String.substring("a😀b", 0, 2)"#) == .success(.string("a\u{FFFD}")))
        #expect(evaluate(#"String.len(String.substring("😀", 1, 2))"#) == .success(.int(1)))
    }

    @Test func searchesAreLinearOnLongInputs() {
        // KMP search: a pathological needle on a long haystack finishes quickly.
        let haystack = String(repeating: "a", count: 200_000)
        let needle = String(repeating: "a", count: 5_000) + "b"
        #expect(!NullSafeText.contains(haystack, needle))
        #expect((try? NullSafeText.replace(haystack + "b", needle, "x", all: true, maxBytes: 1 << 20))??.hasSuffix("x") == true)
    }

    @Test func nullSafeHelpersMatchCommonsLang() {
        #expect(NullSafeText.substringBefore(nil, "@") == nil)
        #expect(NullSafeText.substringAfter("abc", nil) == "")
        #expect(NullSafeText.substring("abcdef", -2) == "ef")
        #expect(NullSafeText.substring("abc", 1, 1) == "")
        #expect((try? NullSafeText.replace("aaaa", "a", "b", all: false, maxBytes: 1 << 20)) == "baaa")
        #expect(NullSafeText.startsWith(nil, nil))
        #expect(!NullSafeText.contains(nil, nil))
        #expect(NullSafeText.length(nil) == 0)
    }

    @Test func roundingFollowsJavaMathRound() throws {
        #expect(try NumberConversion.toInteger(.double(-2.5)) == -2)
        #expect(try NumberConversion.toInteger(.double(.nan)) == 0)
        #expect(try NumberConversion.toInteger(.double(.infinity)) == -1)  // (int) Long.MAX_VALUE
        #expect(try NumberConversion.toInteger(.long(-2147483649)) == 2147483647)
        #expect(throws: ValueError.self) { try NumberConversion.toInteger(.null) }
        #expect(try NumberConversion.toNumber(.string("Infinity")) == .infinity)
        #expect(try NumberConversion.toNumber(.string("NaN")).isNaN)
    }

    @Test func everyFunctionHasASignatureAndAnExample() {
        for function in Self.mine {
            #expect(!function.signature.isEmpty, "\(function.qualifiedName)")
            #expect(!function.summary.isEmpty, "\(function.qualifiedName)")
            #expect(!function.examples.isEmpty, "\(function.qualifiedName) has no example")
        }
    }

    @Test func deprecatedFlagsAreOnTheBareFunctionsOnly() {
        for function in Self.mine {
            let bare: Bool
            if case .global = function.kind { bare = true } else { bare = false }
            #expect(function.deprecated == bare, "\(function.qualifiedName)")
        }
    }

    @Test func noTwoRowsShareAKindNameAndDialect() {
        var seen: Set<String> = []
        for function in Self.mine {
            for dialect in function.dialects {
                let key = "\(function.qualifiedName)/\(dialect.rawValue)/\(function.minArguments)"
                #expect(seen.insert(key).inserted, "duplicate \(key)")
            }
        }
    }

    @Test func documentedExamplesEvaluate() throws {
        for function in Self.mine {
            for example in function.examples {
                let dialect: Dialect = function.dialects.contains(.classic) ? .classic : .identityEngine
                let roots: ObjectValue
                if example.context != nil {
                    // Only the Identity Engine substring example has a context: firstName John.
                    roots = ObjectValue([("user", .object(ObjectValue([("profile", .object(ObjectValue([("firstName", .string("John"))])))])))])
                } else {
                    roots = ObjectValue()
                }
                let result: BuiltinOutcome
                do {
                    let program = try Environment(dialect: dialect).compile(example.expression)
                    do { result = .success(try program.evaluate(EvaluationContext(roots: roots))) } catch { result = .failure(error.code) }
                } catch {
                    result = .failure(error.diagnostics.first?.code ?? "?")
                }
                if let code = example.errorCode {
                    #expect(result == .failure(code), "\(example.expression)")
                } else {
                    guard case .success(let value) = result else {
                        Issue.record("\(example.expression) failed: \(result)")
                        continue
                    }
                    #expect(Self.json(value) == Self.normalized(example.result ?? ""), "\(example.expression)")
                }
            }
        }
    }

    /// A compact JSON text of a value (enough for the examples: strings, numbers, booleans, lists).
    private static func json(_ value: Value) -> String {
        switch value {
        case .null: return "null"
        case .string(let s): return "\"" + s + "\""
        case .array(let items): return "[" + items.map(json).joined(separator: ",") + "]"
        default: return value.javaToString
        }
    }

    private static func normalized(_ text: String) -> String {
        var out = ""
        var inString = false
        for c in text {
            if c == "\"" { inString.toggle() }
            if !inString, c == " " { continue }
            out.append(c)
        }
        return out
    }
}

@Suite struct TextJoinTests {
    @Test func joinsLikeTheStandardLibrary() {
        let cases: [([String], String)] = [
            ([], ","), (["a"], ","), (["a", "b"], ","), (["", "", ""], ","), (["é", "😀", "x"], "—"),
            (["Jordan", "Rivera", "Engineering"], ""), ([String(repeating: "x", count: 300), "y"], ", "),
        ]
        for (parts, separator) in cases {
            #expect(TextJoin.joined(parts, separator: separator) == parts.joined(separator: separator))
        }
    }
}
