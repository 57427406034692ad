import Testing
@testable import OktaEL

@Suite struct JSONTests {
    func parse(_ s: String, limits: JSONLimits = .default) throws(JSONError) -> Value {
        try JSONReader.parse(s, limits: limits)
    }

    func error(_ s: String, limits: JSONLimits = .default) -> JSONError? {
        do {
            _ = try JSONReader.parse(s, limits: limits)
            return nil
        } catch {
            return error
        }
    }

    func error(bytes: [UInt8], limits: JSONLimits = .default) -> JSONError? {
        do {
            _ = try JSONReader.parse(bytes: bytes, limits: limits)
            return nil
        } catch {
            return error
        }
    }

    // MARK: Values

    @Test func scalars() throws {
        #expect(try parse("null") == .null)
        #expect(try parse("true") == .bool(true))
        #expect(try parse("false") == .bool(false))
        #expect(try parse(" \t\r\n\"x\" \n") == .string("x"))
        #expect(try parse("[]") == .array([]))
        #expect(try parse("{}") == .object(ObjectValue()))
        #expect(try parse("[ ]") == .array([]))
        #expect(try parse("{ }") == .object(ObjectValue()))
    }

    @Test func numberClassification() throws {
        #expect(try parse("0") == .int(0))
        #expect(try parse("-0") == .int(0))               // decision: -0 is the integer 0
        #expect(try parse("-0.0") == .double(-0.0))
        if case .double(let d) = try parse("-0.0") { #expect(d.sign == .minus) }
        #expect(try parse("2147483647") == .int(2147483647))
        #expect(try parse("-2147483648") == .int(-2147483648))
        #expect(try parse("2147483648") == .long(2147483648))
        #expect(try parse("-2147483649") == .long(-2147483649))
        #expect(try parse("9223372036854775807") == .long(Int64.max))
        #expect(try parse("-9223372036854775808") == .long(Int64.min))
        #expect(try parse("9223372036854775808") == .double(9223372036854775808.0))
        #expect(try parse("-9223372036854775809") == .double(-9223372036854775809.0))
        #expect(try parse("123456789012345678901234567890") == .double(1.2345678901234568e29))
        #expect(try parse("1.0") == .double(1.0))
        #expect(try parse("1e2") == .double(100))
        #expect(try parse("1E+2") == .double(100))
        #expect(try parse("1e-2") == .double(0.01))
        #expect(try parse("0.1") == .double(0.1))
        #expect(try parse("-1.5e3") == .double(-1500))
        #expect(try parse("1e-400") == .double(0))         // underflow → 0.0
        #expect(try parse("1.7976931348623157e308") == .double(.greatestFiniteMagnitude))
    }

    @Test func numberOutOfRangeIsError() {
        // Decision: a literal that overflows to ±Infinity is an error.
        #expect(error("1e400") == JSONError(message: "number out of range", offset: 0))
        #expect(error("[1, -1e400]")?.offset == 4)
        #expect(error("1.8e308")?.message == "number out of range")
    }

    @Test func objectsKeepOrderAndLastDuplicate() throws {
        let v = try parse(#"{"b":1,"a":2,"c":{"x":[1,2,{"y":null}]},"a":3}"#)
        guard case .object(let o) = v else { Issue.record("not an object"); return }
        #expect(o.keys == ["b", "a", "c"])
        #expect(o["a"] == .int(3))
        #expect(o["c"] == .object(ObjectValue([("x", .array([.int(1), .int(2), .object(ObjectValue([("y", .null)]))]))])))
    }

    @Test func stringEscapes() throws {
        #expect(try parse(#""\"\\\/\b\f\n\r\t""#) == .string("\"\\/\u{8}\u{C}\n\r\t"))
        #expect(try parse(#""\u0041\u00e9\u20AC\u0000""#) == .string("A\u{E9}\u{20AC}\u{0}"))
        #expect(try parse(#""\uD83D\uDE00""#) == .string("\u{1F600}"))
        #expect(try parse(#""\ud83d\ude00x""#) == .string("\u{1F600}x"))
        #expect(try parse("\"h\u{E9}llo \u{1F600} \u{4E2D}\"") == .string("h\u{E9}llo \u{1F600} \u{4E2D}"))
        #expect(try parse("\"\u{7F}\"") == .string("\u{7F}"))
    }

    @Test func byteOrderMark() throws {
        #expect(try JSONReader.parse(bytes: [0xEF, 0xBB, 0xBF] + Array("[1]".utf8)) == .array([.int(1)]))
        #expect(try parse("\u{FEFF}{\"a\":1}") == .object(ObjectValue([("a", .int(1))])))
        // Only one leading BOM; a BOM elsewhere is an unexpected byte.
        #expect(error("\u{FEFF}\u{FEFF}1")?.offset == 3)
        #expect(error("1\u{FEFF}")?.offset == 1)
        #expect(error("\u{FEFF}")?.offset == 3)
    }

    @Test func nonContiguousCollectionInput() throws {
        let bytes = Array("{\"k\":[true,false]}".utf8)
        let lazy = bytes.lazy.map { $0 }
        #expect(try JSONReader.parse(bytes: lazy) == .object(ObjectValue([("k", .array([.bool(true), .bool(false)]))])))
        #expect(try JSONReader.parse(bytes: bytes[...]) == .object(ObjectValue([("k", .array([.bool(true), .bool(false)]))])))
    }

    // MARK: Errors

    @Test func syntaxErrorsHaveOffsets() {
        let cases: [(String, Int)] = [
            ("", 0),
            ("   ", 3),
            ("[1,]", 3),
            ("[1,2,]", 5),
            ("{\"a\":1,}", 7),
            ("[1 2]", 3),
            ("{\"a\" 1}", 5),
            ("{\"a\":}", 5),
            ("{1:2}", 1),
            ("{'a':1}", 1),
            ("{\"a\":1", 6),
            ("[1", 2),
            ("[", 1),
            ("{", 1),
            ("{\"a\"", 4),
            ("]", 0),
            ("}", 0),
            ("[1]]", 3),
            ("1 2", 2),
            ("nul", 0),
            ("nulll", 4),
            ("True", 0),
            ("[tru]", 1),
            ("undefined", 0),
            ("NaN", 0),
            ("Infinity", 0),
            ("-Infinity", 1),
            ("01", 0),
            ("-01", 1),
            ("+1", 0),
            (".5", 0),
            ("1.", 2),
            ("1.e5", 2),
            ("1e", 2),
            ("1e+", 3),
            ("-", 1),
            ("0x10", 1),
            ("[,1]", 1),
            ("[1,,2]", 3),
            ("\"abc", 0),
            ("\"a\\", 0),
            ("\"\\x\"", 1),
            ("\"\\U0041\"", 1),
            ("\"\\u12\"", 5),
            ("\"\\u12G4\"", 5),
            ("\"\\uD800\"", 1),
            ("\"\\uDC00\"", 1),
            ("\"\\uD800\\u0041\"", 7),
            ("\"\\uD800x\"", 1),
            ("\"a\tb\"", 2),
            ("\"a\nb\"", 2),
            ("\"\u{0}\"", 1),
            ("/* c */ 1", 0),
            ("[1] // c", 4),
        ]
        for (s, offset) in cases {
            let e = error(s)
            #expect(e != nil, "accepted: \(s)")
            #expect(e?.offset == offset, "\(s): \(e?.description ?? "-")")
            #expect(e?.message.isEmpty == false)
        }
    }

    @Test func errorMessages() {
        #expect(error("[1,]")?.message == "trailing comma before ']'")
        #expect(error("{\"a\":1,}")?.message == "trailing comma before '}'")
        #expect(error("\"\\uD800\"")?.message == "lone high surrogate in \\u escape")
        #expect(error("\"\\uDC00\"")?.message == "lone low surrogate in \\u escape")
        #expect(error("")?.message == "empty input, expected a JSON value")
        #expect(error("[1 2]")?.description == "unexpected '2', expected ',' or ']' after array element at byte offset 3")
    }

    @Test func invalidUTF8() {
        let cases: [([UInt8], Int)] = [
            ([0x22, 0xFF, 0x22], 1),                    // invalid byte
            ([0x22, 0x80, 0x22], 1),                    // stray continuation
            ([0x22, 0xC0, 0xAF, 0x22], 1),              // overlong '/'
            ([0x22, 0xC1, 0xBF, 0x22], 1),              // overlong
            ([0x22, 0xE0, 0x80, 0xAF, 0x22], 1),        // overlong 3-byte
            ([0x22, 0xED, 0xA0, 0x80, 0x22], 1),        // encoded surrogate U+D800
            ([0x22, 0xF4, 0x90, 0x80, 0x80, 0x22], 1),  // > U+10FFFF
            ([0x22, 0xF5, 0x80, 0x80, 0x80, 0x22], 1),
            ([0x22, 0x61, 0xC3], 2),                     // truncated at end
            ([0x22, 0xC3, 0x22], 1),                     // truncated before quote
            ([0x22, 0xE2, 0x82, 0x22], 1),
            ([0xFF], 0),                                 // outside a string
            ([0x5B, 0xC3, 0xA9, 0x5D], 1),               // non-ASCII outside a string
            ([0xEF, 0xBB], 0),                           // partial BOM
        ]
        for (bytes, offset) in cases {
            let e = error(bytes: bytes)
            #expect(e != nil, "accepted \(bytes)")
            #expect(e?.offset == offset, "\(bytes): \(e?.description ?? "-")")
        }
        #expect((try? JSONReader.parse(bytes: [0x22, 0xF0, 0x9F, 0x98, 0x80, 0x22])) == .string("\u{1F600}"))
        #expect((try? JSONReader.parse(bytes: [0x22, 0xEF, 0xBF, 0xBF, 0x22])) == .string("\u{FFFF}"))
    }

    // MARK: Limits

    @Test func depthLimit() throws {
        let ok = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
        #expect(throws: Never.self) { try parse(ok) }
        let tooDeep = String(repeating: "[", count: 513) + String(repeating: "]", count: 513)
        #expect(error(tooDeep) == JSONError(message: "nesting deeper than 512 levels", offset: 512))
        let objects = String(repeating: "{\"a\":", count: 10) + "1" + String(repeating: "}", count: 10)
        #expect(error(objects, limits: JSONLimits(maxDepth: 5))?.offset == 25)
        #expect(error("[]", limits: JSONLimits(maxDepth: 0))?.offset == 0)
        #expect(try parse("1", limits: JSONLimits(maxDepth: 0)) == .int(1))
    }

    @Test func hundredThousandOpenBracketsFailQuickly() {
        let s = String(repeating: "[", count: 100_000)
        let clock = ContinuousClock()
        let start = clock.now
        #expect(error(s)?.offset == 512)
        // With a huge limit the parser is still iterative: it runs out of input, no stack overflow.
        #expect(error(s, limits: JSONLimits(maxDepth: Int.max))?.offset == 100_000)
        #expect(error(String(repeating: "{\"a\":", count: 100_000), limits: JSONLimits(maxDepth: Int.max))?.offset == 500_000)
        #expect(clock.now - start < .seconds(10))
    }

    @Test func deepValuesWithinRaisedLimit() throws {
        let depth = 5_000
        let s = String(repeating: "[", count: depth) + "7" + String(repeating: "]", count: depth)
        let v = try parse(s, limits: JSONLimits(maxDepth: depth))
        #expect(JSONWriter.write(v) == s)
    }

    @Test func maxBytes() {
        #expect(error("[1, 2]", limits: JSONLimits(maxBytes: 5)) == JSONError(message: "input larger than 5 bytes", offset: 5))
        #expect(error(bytes: Array("[1, 2]".utf8), limits: JSONLimits(maxBytes: 5))?.offset == 5)
        #expect((try? JSONReader.parse("[1, 2]", limits: JSONLimits(maxBytes: 6))) == .array([.int(1), .int(2)]))
    }

    @Test func tenMegabyteStrings() throws {
        let big = String(repeating: "abcdefgh\u{E9}\u{1F600}", count: 800_000) // ~11 MB of UTF-8
        #expect(big.utf8.count > 10_000_000)
        let json = JSONWriter.quote(big)
        #expect(try parse(json) == .string(big))
        let escaped = "\"" + String(repeating: "\\n\\u00e9x", count: 1_000_000) + "\""
        guard case .string(let s) = try parse(escaped) else { Issue.record("not a string"); return }
        #expect(s.utf8.count == 4_000_000)
        #expect(JSONWriter.write(.array([.string(big)])).utf8.count == json.utf8.count + 2)
    }

    @Test func largeArray() throws {
        let n = 200_000
        let s = "[" + (0..<n).map(String.init).joined(separator: ",") + "]"
        guard case .array(let a) = try parse(s) else { Issue.record("not an array"); return }
        #expect(a.count == n)
        #expect(a.last == .int(Int32(n - 1)))
        #expect(JSONWriter.write(.array(a)) == s)
    }

    // MARK: Writer

    @Test func writerScalars() {
        #expect(JSONWriter.write(.null) == "null")
        #expect(JSONWriter.write(.bool(true)) == "true")
        #expect(JSONWriter.write(.int(-5)) == "-5")
        #expect(JSONWriter.write(.long(Int64.min)) == "-9223372036854775808")
        #expect(JSONWriter.write(.double(1000)) == "1000.0")
        #expect(JSONWriter.write(.double(1e10)) == "1.0E10")
        #expect(JSONWriter.write(.double(3.5)) == "3.5")
        #expect(JSONWriter.write(.double(-0.0)) == "-0.0")
        #expect(JSONWriter.write(.double(.nan)) == "\"NaN\"")
        #expect(JSONWriter.write(.double(.infinity)) == "\"Infinity\"")
        #expect(JSONWriter.write(.double(-.infinity)) == "\"-Infinity\"")
        let us = CountryCode(alpha2: "US", alpha3: "USA", numeric: "840", name: "United States")
        #expect(JSONWriter.write(.country(us)) == "\"US\"")
    }

    /// Values print as Okta's Identity Engine reference prints results (`plusDays(2)` →
    /// `2015-08-01T23:58:32.000Z`), while `toString()` keeps Java's form.
    @Test func valueOutputPrintsDateTimesAsTheDocs() throws {
        let created = ZonedDateTime(epochSecond: 1_438_300_712, nano: 0, zone: .utc)
        #expect(ValueOutput.json(.dateTime(created)) == "\"2015-07-30T23:58:32.000Z\"")
        #expect(ValueOutput.plain(.array([.dateTime(created)])) == .array([.string("2015-07-30T23:58:32.000Z")]))
        #expect(created.javaToString() == "2015-07-30T23:58:32Z")
        #expect(ValueOutput.json(.dateTime(ZonedDateTime(epochSecond: 1_438_300_680, nano: 0, zone: .utc))) == "\"2015-07-30T23:58:00.000Z\"")
        #expect(ValueOutput.json(.dateTime(ZonedDateTime(epochSecond: 1_438_300_680, nano: 1_000, zone: .utc))) == "\"2015-07-30T23:58:00.000001Z\"")
        let tokyo = ZonedDateTime(epochSecond: 1_438_363_117, nano: 979_000_000, zone: .region("Asia/Tokyo"))
        #expect(ValueOutput.json(.dateTime(tokyo)) == "\"2015-08-01T02:18:37.979+09:00[Asia/Tokyo]\"")
        let fixed = ZonedDateTime(epochSecond: 1_438_300_712, nano: 0, zone: .fixed(offsetSeconds: -14_400))
        #expect(ValueOutput.json(.dateTime(fixed)) == "\"2015-07-30T19:58:32.000-04:00\"")
    }

    @Test func writerDateTime() {
        let t = ZonedDateTime(epochSecond: 1_700_000_000, nano: 0, zone: .region("Asia/Tokyo"))
        #expect(JSONWriter.write(.dateTime(t)) == "\"2023-11-14T22:13:20.000Z\"")
        #expect(JSONWriter.write(.array([.dateTime(t)]), dateTime: { _ in "custom\"" }) == "[\"custom\\\"\"]")
        #expect(JSONWriter.defaultDateTime(ZonedDateTime(epochSecond: 0, nano: 0, zone: .utc)) == "1970-01-01T00:00:00.000Z")
        #expect(JSONWriter.defaultDateTime(ZonedDateTime(epochSecond: -1, nano: 500_000_000, zone: .utc)) == "1969-12-31T23:59:59.500Z")
        #expect(JSONWriter.defaultDateTime(ZonedDateTime(epochSecond: 951_782_400, nano: 1_000, zone: .utc)) == "2000-02-29T00:00:00.000001Z")
        #expect(JSONWriter.defaultDateTime(ZonedDateTime(epochSecond: 253_402_300_800, nano: 1, zone: .utc)) == "+10000-01-01T00:00:00.000000001Z")
        #expect(JSONWriter.defaultDateTime(ZonedDateTime(epochSecond: -62_167_219_200 - 86_400, nano: 0, zone: .utc)) == "-0001-12-31T00:00:00.000Z")
        // Extremes do not trap.
        _ = JSONWriter.defaultDateTime(ZonedDateTime(epochSecond: Int64.max, nano: Int32.max, zone: .utc))
        _ = JSONWriter.defaultDateTime(ZonedDateTime(epochSecond: Int64.min, nano: Int32.min, zone: .utc))
    }

    @Test func quote() {
        #expect(JSONWriter.quote("") == "\"\"")
        #expect(JSONWriter.quote("a\"b\\c/") == #""a\"b\\c/""#)
        #expect(JSONWriter.quote("\u{8}\u{C}\n\r\t") == #""\b\f\n\r\t""#)
        #expect(JSONWriter.quote("\u{0}\u{1}\u{1F}\u{7F}") == "\"\\u0000\\u0001\\u001f\u{7F}\"")
        #expect(JSONWriter.quote("h\u{E9}\u{1F600}\u{2028}") == "\"h\u{E9}\u{1F600}\u{2028}\"")
    }

    @Test func sortedKeysUseJavaStringOrder() {
        let o = ObjectValue([("b", .int(1)), ("a", .int(2)), ("\u{1F600}", .int(3)), ("\u{FF5E}", .int(4)), ("B", .int(5))])
        #expect(JSONWriter.write(.object(o)) == "{\"b\":1,\"a\":2,\"\u{1F600}\":3,\"\u{FF5E}\":4,\"B\":5}")
        // UTF-16 order: U+1F600 (D83D DE00) sorts before U+FF5E.
        #expect(JSONWriter.write(.object(o), sortedKeys: true) == "{\"B\":5,\"a\":2,\"b\":1,\"\u{1F600}\":3,\"\u{FF5E}\":4}")
    }

    @Test func roundTrips() throws {
        let docs = [
            #"{"name":"Ann","age":30,"big":5000000000,"score":1.5,"tags":["a","b"],"nested":{"ok":true,"none":null},"e":[],"o":{}}"#,
            #"[1,-1,0.1,1.0E-5,1.0E21,"\u0000\"\\\n","é😀",[[[]]],{"":{"":""}}]"#,
            #"-0.0"#,
            #""""#,
            #"[2147483647,2147483648,-2147483648,-2147483649,9.223372036854776E18]"#,
        ]
        for doc in docs {
            let v = try parse(doc)
            let written = JSONWriter.write(v)
            #expect(written == doc)
            #expect(try parse(written) == v)
        }
        // Pretty input normalises to compact output.
        let pretty = "{\n  \"a\" : [ 1 , 2.50 , 1e2 ],\n  \"b\" : \"\\u00e9\\/\"\n}"
        #expect(JSONWriter.write(try parse(pretty)) == #"{"a":[1,2.5,100.0],"b":"é/"}"#)
    }

    @Test func writerHandlesDeepValuesIteratively() {
        var v = Value.int(1)
        for _ in 0..<3_000 { v = .array([v]) }
        let s = JSONWriter.write(v)
        #expect(s.utf8.count == 6_001)
    }

    // MARK: Robustness

    /// Random bytes and random mutations of a valid document never trap; every rejection
    /// carries an offset inside the input.
    @Test func randomInputNeverTraps() {
        var g = SystemRandomNumberGenerator()
        let seed = Array(#"{"a":[1,-2.5e3,"x\u00e9\n",true,false,null,{"b":{}}],"c":"\uD83D\uDE00"}"#.utf8)
        let alphabet = Array("[]{}\",:-+.eE0123456789tfnul\\u \t".utf8) + [0x00, 0x80, 0xC3, 0xA9, 0xED, 0xF0, 0xFF]
        for round in 0..<5_000 {
            var bytes: [UInt8]
            if round % 2 == 0 {
                bytes = (0..<Int.random(in: 0...40, using: &g)).map { _ in alphabet.randomElement(using: &g) ?? 0 }
            } else {
                bytes = seed
                for _ in 0..<Int.random(in: 1...4, using: &g) {
                    let pos = Int.random(in: 0..<bytes.count, using: &g)
                    switch Int.random(in: 0..<3, using: &g) {
                    case 0: bytes[pos] = alphabet.randomElement(using: &g) ?? 0
                    case 1: bytes.remove(at: pos)
                    default: bytes.insert(alphabet.randomElement(using: &g) ?? 0, at: pos)
                    }
                    if bytes.isEmpty { break }
                }
            }
            do {
                let v = try JSONReader.parse(bytes: bytes)
                // Whatever parses must survive a write/parse round trip.
                let again = try JSONReader.parse(JSONWriter.write(v))
                if case .double(let d) = v, d.isNaN { continue }
                #expect(again == v || JSONWriter.write(again) == JSONWriter.write(v))
            } catch {
                #expect(error.offset >= 0 && error.offset <= bytes.count, "\(error)")
            }
        }
    }
}
