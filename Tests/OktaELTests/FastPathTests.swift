import Testing
@testable import OktaEL

/// The evaluator's shortcuts give exactly what the general paths give.
@Suite struct FastPathTests {
    private let samples = ["", "a", "J", "rivera", "Jordan", "Jordan.Rivera12", "0123456789abcde", "0123456789abcdef",
                           "é", "naïve", "Ünïcödé text", "MiXeD cAsE 123 [@]^_`{|}~", "ß", "z{", "@", "A-Z a-z"]

    @Test func smallStringsBuiltInPlaceEqualTheLibrarys() {
        #expect(SmallASCII.isAvailable)
        for sample in samples {
            let made = Array(sample.utf8).withUnsafeBufferPointer { SmallASCII.make($0) }
            if sample.utf8.count <= 15, sample.utf8.allSatisfy({ $0 < 0x80 }) {
                #expect(made == sample)
                #expect(made.map { Array($0.utf8) } == Array(sample.utf8))
            } else {
                #expect(made == nil)
            }
        }
    }

    /// `SmallASCII.load` gives the bytes' words for every length from 0 to 16, at every
    /// offset into a larger buffer (a read past the bytes would show as wrong words), with a
    /// non-ASCII byte at each position in turn.
    @Test func smallLoadsEqualByteByByteLoads() {
        var generator = SystemRandomNumberGenerator()
        let buffer = (0..<64).map { _ in UInt8.random(in: 0x20...0x7E, using: &generator) }
        func expected(_ bytes: ArraySlice<UInt8>) -> (UInt64, UInt64)? {
            guard bytes.count <= 15, bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            var words: (UInt64, UInt64) = (0, 0)
            for (offset, byte) in bytes.enumerated() {
                if offset < 8 { words.0 |= UInt64(byte) << (offset * 8) } else { words.1 |= UInt64(byte) << ((offset - 8) * 8) }
            }
            return words
        }
        for count in 0...16 {
            for start in 0..<(64 - count) {
                for marked in [-1] + Array(0..<count) {
                    var work = buffer
                    if marked >= 0 { work[start + marked] |= 0x80 }
                    let loaded = work.withUnsafeBufferPointer { SmallASCII.load(UnsafeBufferPointer(rebasing: $0[start..<(start + count)])) }
                    let reference = expected(work[start..<(start + count)])
                    #expect(loaded?.0 == reference?.0 && loaded?.1 == reference?.1, "count \(count), start \(start), marked \(marked)")
                    #expect((loaded == nil) == (reference == nil))
                }
            }
        }
    }

    @Test func smallConcatenationEqualsSwifts() {
        for left in samples {
            for right in samples {
                let joined = SmallASCII.concatenate(left, right)
                if let joined {
                    #expect(joined == left + right, "\(left) + \(right)")
                    #expect(joined.utf8.count == left.utf8.count + right.utf8.count)
                    #expect(left.utf8.count + right.utf8.count <= 15)
                }
            }
        }
        #expect(SmallASCII.concatenate("J", "rivera") == "Jrivera")
        #expect(SmallASCII.concatenate("0123456", "89abcdef") == "012345689abcdef")
        #expect(SmallASCII.concatenate("01234567", "89abcdef") == nil)   // 16 bytes: not small
        #expect(SmallASCII.concatenate("é", "a") == nil)                 // not ASCII
    }

    @Test func propertyLookupsStayRightWhenContextsChangeShape() throws {
        // `root.name` nodes remember where the keys were; contexts whose keys sit elsewhere
        // (or lack them, or hold a non-object root) must still read the right value.
        let program = try Environment().compile("user.email")
        func context(_ pairs: [(String, Value)], before: Int) -> EvaluationContext {
            let padding = (0..<before).map { ("k\($0)", Value.int(Int32($0))) }
            return EvaluationContext(roots: ObjectValue(padding + [("user", .object(ObjectValue(padding + pairs)))]))
        }
        let shapes: [(EvaluationContext, Value)] = [
            (context([("email", .string("a@x"))], before: 0), .string("a@x")),
            (context([("email", .string("b@x"))], before: 3), .string("b@x")),
            (context([("email", .string("c@x"))], before: 12), .string("c@x")),   // indexed objects (more than 8 keys)
            (context([("mail", .string("d@x"))], before: 3), .null),              // absent: null, by the general path
            (EvaluationContext(roots: ObjectValue([("user", .string("text"))])), .null),
        ]
        for _ in 0..<3 {
            for (context, expected) in shapes.dropLast() {
                #expect(try program.evaluate(context) == expected)
            }
        }
        #expect(throws: Diagnostic.self) { try program.evaluate(shapes[4].0) }   // a String has no property
    }

    @Test func groupSelectionByIndexMatchesTheGeneralPath() throws {
        // groups whose entries all have a top-level name (indexed) and the same list with one entry
        // lacking it (general path): the selection gives the same as evaluating element by element.
        let groups: [Value] = ["Admins", "Everyone", "Admins", "admins", "Ädmins"].enumerated().map { index, name in
            .object(ObjectValue([("id", .string("00g\(index)")), ("name", .string(name))]))
        }
        let mixed = groups + [.object(ObjectValue([("id", .string("00g9"))]))]
        for source in [#"groups.?[name == "Admins"]"#, #"groups.^[name == "Admins"]"#, #"groups.$[name == "Admins"]"#,
                       #"groups.?[name != "Admins"]"#, #"groups.?[id == "00g2"]"#, #"groups.?[name == "nobody"]"#] {
            // `{groups}[0]` is the same list reached through an index node: the general path.
            let program = try Environment().compile(source)
            let reference = try Environment().compile(source.replacingOccurrences(of: "groups.", with: "{groups}[0]."))
            // The fast paths are taken: the index on the root, the in-place comparison on the other.
            #expect((program.root as? SelectionNode)?.groupsComparison != nil, "\(source)")
            #expect((reference.root as? SelectionNode)?.comparison != nil, "\(source)")
            #expect((reference.root as? SelectionNode)?.groupsComparison == nil, "\(source)")
            for list in [groups, mixed] {
                let context = EvaluationContext(roots: ObjectValue([("groups", .array(list))]))
                #expect(try program.evaluate(context) == reference.evaluate(context), "\(source)")
            }
        }
    }

    @Test func plusChainsCompiledAtOnceAddPairwise() throws {
        // A chain of `+` is one ConcatNode, made in one go by the compiler; its value must be
        // what adding the operands two at a time, left to right, gives.
        let operands: [(source: String, value: Value)] = [
            ("1", .int(1)), ("2147483647", .int(2_147_483_647)), ("\"a\"", .string("a")), ("null", .null),
            ("2.5", .double(2.5)), ("user.name", .string("Jo")), ("user.age", .int(34)), ("true", .bool(true)),
        ]
        let context = EvaluationContext(roots: ObjectValue([("user", .object(ObjectValue([("name", .string("Jo")), ("age", .int(34))])))]))
        for first in operands {
            for second in operands {
                for third in operands.prefix(5) {
                    let chain = [first, second, third, first]
                    let source = chain.map(\.source).joined(separator: " + ")
                    let program = try Environment().compile(source)
                    #expect(program.root is ConcatNode, "\(source)")
                    var expected: Result<Value, ValueError> = .success(chain[0].value)
                    for operand in chain.dropFirst() {
                        expected = expected.flatMap { sum in
                            Result { () throws(ValueError) -> Value in
                                try Arithmetic.add(sum, operand.value, maxStringLength: EvaluationLimits.default.maxStringBytes)
                            }
                        }
                    }
                    switch expected {
                    case .success(let value): #expect(try program.evaluate(context) == value, "\(source)")
                    case .failure: #expect(throws: Diagnostic.self, "\(source)") { try program.evaluate(context) }
                    }
                }
            }
        }
    }

    @Test func literalTextsInPlusChainsChargeTheStepsTheirNodesWould() throws {
        // String literals in a chain are appended as text, not evaluated as nodes; the step
        // budget must still see the pairwise tree: N operands and N - 1 `+`, one step each.
        func fewestSteps(_ source: String) throws -> Int? {
            for budget in 1...40 {
                let environment = Environment(evaluationLimits: EvaluationLimits(maxSteps: budget))
                if (try? environment.compile(source).evaluate(EvaluationContext())) != nil { return budget }
            }
            return nil
        }
        #expect(try fewestSteps(#""a" + "b" + "c" + "d""#) == 7)
        #expect(try fewestSteps(#"1 + 2 + "c" + "d""#) == 7)
        #expect(try fewestSteps(#""a" + 1 + "c" + true + "e""#) == 9)
        #expect(try Environment().compile(#""a" + 1 + "c" + true + "e""#).evaluate(EvaluationContext()) == .string("a1ctruee"))
        #expect(try Environment().compile(#"1 + 2 + "c" + 'd''s'"#).evaluate(EvaluationContext()) == .string("3cd's"))
    }

    @Test func caseMappingInPlaceEqualsTheLibrarys() {
        // Every ASCII byte, at every position of strings of every small length, and longer
        // or non-ASCII strings (which take the library's path).
        var samples = ["", "Jordan.Rivera", "@[`{", "AZaz", "0123456789abcde", "0123456789abcdef", "Straße", "İi", "ÀB"]
        for byte in UInt8(0)...UInt8(127) {
            let character = String(UnicodeScalar(byte))
            for length in [1, 7, 8, 9, 15] {
                samples.append(String(repeating: "m", count: length - 1) + character)
                samples.append(character + String(repeating: "Q", count: length - 1))
            }
        }
        for sample in samples {
            #expect(JavaText.upperCased(sample) == sample.uppercased(), "\(Array(sample.utf8))")
            #expect(JavaText.lowerCased(sample) == sample.lowercased(), "\(Array(sample.utf8))")
            #expect(Array(JavaText.upperCased(sample).utf8) == Array(sample.uppercased().utf8))
            #expect(Array(JavaText.lowerCased(sample).utf8) == Array(sample.lowercased().utf8))
        }
    }

    @Test func joinedPiecesEqualSwiftsJoin() {
        // Small ASCII pieces are stored word by word; mixed with others, across the stack
        // buffer's end and past it (spilling), the text must be the pieces in order.
        let pieces = ["", "a", "Jordan", "0123456789abcde", "0123456789abcdef", "é", "Straße-Süd", "x y", String(repeating: "z", count: 40)]
        var state: UInt64 = 20261130
        func next(_ bound: Int) -> Int {   // a fixed linear congruential sequence: the same cases every run
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(truncatingIfNeeded: state >> 33) % bound
        }
        let separators = ["", ",", ", ", "é"]
        for _ in 0..<500 {
            let chosen = (0..<next(41)).map { _ in pieces[next(pieces.count)] }
            let separator = separators[next(separators.count)]
            #expect(TextJoin.joined(chosen, separator: separator) == chosen.joined(separator: separator))
        }
    }

    @Test func prefixAndSuffixTestsCompareBytes() {
        let samples = ["", "a", "CC-4410", "CC-44", "@example.org", "jordan@example.org", "é", "ée", "e\u{301}", String(repeating: "x", count: 30)]
        for text in samples {
            for part in samples + ["4410", "org", "\u{301}"] {
                #expect(NullSafeText.startsWith(text, part) == text.utf8.starts(with: part.utf8), "\(text) starts with \(part)")
                #expect(NullSafeText.endsWith(text, part) == text.utf8.reversed().starts(with: part.utf8.reversed()), "\(text) ends with \(part)")
            }
        }
        #expect(NullSafeText.startsWith(nil, nil) && !NullSafeText.startsWith("a", nil) && !NullSafeText.endsWith(nil, "a"))
    }

    @Test func removeSpacesDropsOnlySpaces() {
        for text in ["", " ", "Jordan A Rivera", "no-spaces", " a\tb\nc ", "é é", String(repeating: "ab ", count: 20), "    x    "] {
            #expect(NullSafeText.removeSpaces(text) == String(decoding: text.utf8.filter { $0 != 0x20 }, as: UTF8.self), "\(text)")
        }
        #expect(NullSafeText.removeSpaces(nil) == nil)
    }

    @Test func replaceEqualsAByteReplacement() {
        let texts = ["Jordan A Rivera", "aaaa", "abcabcabc", "no match", "é and é", String(repeating: "x y ", count: 20), "a"]
        let patterns = [" ", "a", "abc", "é", "aa", "zz", "x y "]
        let substitutes = ["", ".", "--", "é", "long replacement text"]
        for text in texts {
            for pattern in patterns {
                for substitute in substitutes {
                    let bytes = Array(text.utf8), from = Array(pattern.utf8), to = Array(substitute.utf8)
                    let all = String(decoding: bytes.replacing(from, with: to), as: UTF8.self)
                    let first = String(decoding: bytes.replacing(from, with: to, maxReplacements: 1), as: UTF8.self)
                    #expect((try? NullSafeText.replace(text, pattern, substitute, all: true, maxBytes: 1 << 20)) == all, "\(text) \(pattern) \(substitute)")
                    #expect((try? NullSafeText.replace(text, pattern, substitute, all: false, maxBytes: 1 << 20)) == first, "\(text) \(pattern) \(substitute)")
                }
            }
        }
    }

    @Test func containsOfAStringAgreesWithJavaEquals() {
        let items: [Value] = [.int(1), .string("1"), .null, .string("groups"), .bool(true), .string("a\u{301}"),
                              .array([.string("x")]), .string(String(repeating: "long-", count: 8)), .double(1)]
        let probes: [Value] = items + [.string("x"), .string("\u{e1}"), .string(""), .string("GROUPS"),
                                       .string(String(repeating: "long-", count: 8)), .int(2)]
        for count in 0...items.count {
            let list = Array(items.prefix(count))
            for probe in probes {
                #expect(ArrayOps.contains(list, probe) == list.contains { Comparison.javaEquals($0, probe) }, "\(probe) in \(list)")
            }
        }
    }

    @Test func callsWithLiteralArgumentsChargeTheStepsTheirNodesWould() throws {
        // Literal arguments are lent to the body without nodes; each still charges one step.
        // The budgets below are those of the node-per-argument form (checked against it).
        func fewestSteps(_ source: String) -> Int? {
            let context = EvaluationContext(roots: ObjectValue([("user", .object(ObjectValue([("email", .string("ann@example.com"))]))),
                                                                ("groups", .array([]))]))
            for budget in 1...40 {
                let environment = Environment(evaluationLimits: EvaluationLimits(maxSteps: budget))
                if (try? environment.compile(source).evaluate(context)) != nil { return budget }
            }
            return nil
        }
        #expect(fewestSteps(#"String.substringBefore(user.email, "@")"#) == 4)
        #expect(fewestSteps(#"String.replace(user.email, "a", "b")"#) == 5)
        #expect(fewestSteps(#"String.substring(user.email, 0, 1)"#) == 5)
        #expect(fewestSteps(#"isMemberOfGroupName("Admins")"#) == 3)
        #expect(fewestSteps(#"String.toUpperCase("abc")"#) == 2)
        #expect(try Environment().compile(#"String.substring(user.email, 0, 3) + String.toUpperCase("x")"#)
            .evaluate(EvaluationContext(roots: ObjectValue([("user", .object(ObjectValue([("email", .string("ann@example.com"))])))]))) == .string("annX"))
    }

    @Test func rootPropertiesLentInPlaceChargeTheStepsTheirNodesWould() throws {
        // A root property read in place by its consumer (`BorrowedOperand`, and operands of a
        // `+` chain) charges the two steps its node would; one that is missing, or not in an
        // object, takes the node. Budgets are those of the node-per-operand form (checked against it).
        let user = ObjectValue([("email", .string("ann@example.com")), ("age", .int(34)), ("tags", .array([.string("a")])),
                                ("none", .null)])
        let context = EvaluationContext(roots: ObjectValue([("user", .object(user)), ("app", .string("not an object"))]))
        func outcome(_ source: String, budget: Int) -> String {
            let environment = Environment(evaluationLimits: EvaluationLimits(maxSteps: budget))
            do { return "\(try environment.compile(source).evaluate(context))" } catch let error as Diagnostic {
                return "\(error.code.rawValue) at \(error.range)"
            } catch { return "\(error)" }
        }
        let cases: [(source: String, steps: Int, value: String)] = [
            (#"String.toUpperCase(user.email)"#, 3, "\(Value.string("ANN@EXAMPLE.COM"))"),
            (#"String.toUpperCase(user.missing)"#, 3, "\(Value.null)"),
            (#"String.toUpperCase(app.name)"#, 3, "OEL6012 at 23..<27"),
            (#"user.age > 18"#, 4, "\(Value.bool(true))"),
            (#"user.none > 18"#, 4, "\(Value.bool(false))"),
            (#"user.email == "ann@example.com""#, 4, "\(Value.bool(true))"),
            (#"user.missing != null"#, 4, "\(Value.bool(false))"),
            (#"String.replace(user.email, "a", "b")"#, 5, "\(Value.string("bnn@exbmple.com"))"),
            (#"user.email + user.age + "x""#, 7, "\(Value.string("ann@example.com34x"))"),
            (#"user.age + user.age + "x""#, 7, "\(Value.string("68x"))"),
            (#"user.tags + "x" + user.none"#, 7, "\(Value.string("axnull"))"),
            (#""x" + user.missing + user.email"#, 7, "\(Value.string("xnullann@example.com"))"),
        ]
        for (source, steps, value) in cases {
            #expect(outcome(source, budget: steps) == value, "\(source)")
            #expect(outcome(source, budget: steps - 1).hasPrefix(DiagnosticCode.stepBudgetExceeded.rawValue), "\(source)")
        }
    }

    @Test func shortDigitStringsConvertAsTheParsesDo() throws {
        // `Convert.toInt` / `toNum` read short digit strings straight from their bytes; the
        // result must be what the BigDecimal and Double parses give.
        var texts = ["0", "-0", "+0", "7", "-7", "+7", "2016", "00012345", "999999999", "-999999999", "1234567890", "-", "+", "",
                     "1-", "12a", " 1", "1 ", "+-1", "0x1", "1.5", "1e3", "٣", "000000000000001"]
        var random = RandomExpressions(seed: 20_261_130)
        for _ in 0..<2_000 {
            let length = 1 + random.next(12)
            var text = ["", "-", "+"][random.next(3)]
            for _ in 0..<length { text.append(Character(Unicode.Scalar(UInt8(48 + random.next(10))))) }
            texts.append(text)
        }
        for text in texts {
            let integer = Result { () throws(ValueError) -> Int32 in try NumberConversion.toInteger(.string(text)) }
            let expectedInteger = JavaNumberParsing.parseBigDecimalAsDouble(text).map(JavaNumberParsing.javaRoundToInt)
            #expect((try? integer.get()) == expectedInteger, "\(text)")
            let number = Result { () throws(ValueError) -> Double in try NumberConversion.toNumber(.string(text)) }
            #expect((try? number.get())?.bitPattern == JavaNumberParsing.parseDouble(text)?.bitPattern, "\(text)")
        }
    }

    @Test func intOperatorsWithAnIntConstantAgreeWithTheGeneralOperator() throws {
        // `x op 18` with an int constant is computed in `BinaryConstantNode`; `x op y` with
        // both from the context takes `Evaluation.binary`. Same value or same error, for the
        // operand in place (a root property) and computed (a call).
        let numbers: [Int32] = [.min, .min + 1, -2_147_483_647 / 2, -7, -1, 0, 1, 2, 7, 18, 65_536, .max - 1, .max]
        var profile: [(String, Value)] = []
        for (index, number) in numbers.enumerated() { profile.append(("n\(index)", .int(number))) }
        let context = EvaluationContext(roots: ObjectValue([("user", .object(ObjectValue(profile)))]))
        let environment = Environment()
        func outcome(_ source: String) -> String {
            do { return "\(try environment.compile(source).evaluate(context))" } catch let error as Diagnostic {
                return "\(error.code.rawValue)"
            } catch { return "\(error)" }
        }
        var compared = 0
        for op in ["+", "-", "*", "/", "%", "<", "<=", ">", ">=", "==", "!="] {
            for x in numbers.indices {
                for c in numbers.indices {
                    // Int.min has no literal (its magnitude is not an int): written as a folded sum.
                    let literal = numbers[c] == .min ? "(-2147483647 - 1)" : numbers[c] < 0 ? "(\(numbers[c]))" : "\(numbers[c])"
                    if op != "==", op != "!=", numbers[c] != .min {
                        #expect(try environment.compile("user.n\(x) \(op) \(literal)").root is BinaryConstantNode, "\(literal)")
                    }
                    let general = outcome("user.n\(x) \(op) user.n\(c)")
                    #expect(outcome("user.n\(x) \(op) \(literal)") == general, "n\(x) \(op) \(literal)")
                    #expect(outcome("Convert.toInt(user.n\(x)) \(op) \(literal)") == general, "toInt(n\(x)) \(op) \(literal)")
                    compared += 1
                }
            }
        }
        #expect(compared == 11 * numbers.count * numbers.count)
    }

    @Test func directCallsReportArgumentErrorsBeforeTheirOwn() {
        // Calls bound straight to a direct body compile their arguments themselves; the
        // diagnostics must come in the order the general path gives: arguments first.
        let cases: [(String, [DiagnosticCode])] = [
            (#"String.substringBefore(nope(), "@", 1)"#, [.unknownFunction, .wrongArgumentCount]),
            (#"String.substringBefore(nope(), "@")"#, [.unknownFunction]),
            (#"isMemberOfGroupName(nope(), 2)"#, [.unknownFunction, .wrongArgumentCount]),
            (#"String.len(String.nope(1))"#, [.unknownFunction]),
        ]
        for (source, codes) in cases {
            do {
                _ = try Environment().compile(source)
                Issue.record("\(source) compiled")
            } catch {
                #expect(error.diagnostics.map(\.code) == codes, "\(source)")
            }
        }
    }
}
