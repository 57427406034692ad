import Testing
@testable import OktaEL

/// Expected values in this file were produced by OpenJDK 17.0.15 (probes: `Integer.parseInt`,
/// `Long.parseLong`, `Double.parseDouble`, `new BigDecimal(s).doubleValue()`, `Math.round`,
/// `(int)`/`(long)` casts, `Double.toString`).
@Suite struct JavaNumberTests {
    // MARK: Double.toString

    /// (value, JDK 17 `Double.toString`) — all of these are also the shortest form.
    static let doubleToStringCases: [(Double, String)] = [
        (Double(bitPattern: 0x0), "0.0"), // 0.0
        (Double(bitPattern: 0x8000000000000000), "-0.0"), // -0.0
        (Double(bitPattern: 0x3ff0000000000000), "1.0"), // 1.0
        (Double(bitPattern: 0xbff0000000000000), "-1.0"), // -1.0
        (Double(bitPattern: 0x3fb999999999999a), "0.1"), // 0.1
        (Double(bitPattern: 0x3fc999999999999a), "0.2"), // 0.2
        (Double(bitPattern: 0x3fd3333333333333), "0.3"), // 0.3
        (Double(bitPattern: 0x3fd3333333333334), "0.30000000000000004"), // 0.30000000000000004
        (Double(bitPattern: 0x416312d000000000), "1.0E7"), // 1.0E7
        (Double(bitPattern: 0x416312cfe0000000), "9999999.0"), // 9999999.0
        (Double(bitPattern: 0x416312cffff7ced9), "9999999.999"), // 9999999.999
        (Double(bitPattern: 0x3f50624dd2f1a9fc), "0.001"), // 0.001
        (Double(bitPattern: 0x3f1a36e2eb1c432d), "1.0E-4"), // 1.0E-4
        (Double(bitPattern: 0x3f50385c67dfe32a), "9.9E-4"), // 9.9E-4
        (Double(bitPattern: 0x444b1ae4d6e2ef50), "1.0E21"), // 1.0E21
        (Double(bitPattern: 0x3ee4f8b588e368f1), "1.0E-5"), // 1.0E-5
        (Double(bitPattern: 0x419d6f34547df3b6), "1.23456789123E8"), // 1.23456789123E8
        (Double(bitPattern: 0x4059000000000000), "100.0"), // 100.0
        (Double(bitPattern: 0x408f400000000000), "1000.0"), // 1000.0
        (Double(bitPattern: 0x4202a05f20000000), "1.0E10"), // 1.0E10
        (Double(bitPattern: 0x400c000000000000), "3.5"), // 3.5
        (Double(bitPattern: 0x1), "4.9E-324"), // 4.9E-324
        (Double(bitPattern: 0x7fefffffffffffff), "1.7976931348623157E308"), // 1.7976931348623157E308
        (Double(bitPattern: 0xffefffffffffffff), "-1.7976931348623157E308"), // -1.7976931348623157E308
        (Double(bitPattern: 0x10000000000000), "2.2250738585072014E-308"), // 2.2250738585072014E-308
        (Double(bitPattern: 0x419d6f3454000000), "1.23456789E8"), // 1.23456789E8
        (Double(bitPattern: 0x4480f0cf064dd592), "1.0E22"), // 1.0E22
        (Double(bitPattern: 0x4341c37937e08000), "1.0E16"), // 1.0E16
        (Double(bitPattern: 0x40c81cd6c8b43958), "12345.678"), // 12345.678
        (Double(bitPattern: 0x3fe0000000000000), "0.5"), // 0.5
        (Double(bitPattern: 0x3f647ae147ae147b), "0.0025"), // 0.0025
        (Double(bitPattern: 0x54b249ad2594c37d), "1.0E100"), // 1.0E100
        (Double(bitPattern: 0x2b2bff2ee48e0530), "1.0E-100"), // 1.0E-100
        (Double(bitPattern: 0x44dfe185ca57c517), "6.02214076E23"), // 6.02214076E23
        (Double(bitPattern: 0x400921fb54442d18), "3.141592653589793"), // 3.141592653589793
        (Double(bitPattern: 0x4005bf0a8b145769), "2.718281828459045"), // 2.718281828459045
        (Double(bitPattern: 0x3fd5555555555555), "0.3333333333333333"), // 0.3333333333333333
        (Double(bitPattern: 0x3fe5555555555555), "0.6666666666666666"), // 0.6666666666666666
        (Double(bitPattern: 0x4059200000000000), "100.5"), // 100.5
        (Double(bitPattern: 0x4132d68700000000), "1234567.0"), // 1234567.0
        (Double(bitPattern: 0x41678c29c0000000), "1.2345678E7"), // 1.2345678E7
        (Double(bitPattern: 0xc05edd2f1a9fbe77), "-123.456"), // -123.456
        (Double(bitPattern: 0x4011666666666666), "4.35"), // 4.35
        (Double(bitPattern: 0x3fb1eb851eb851ec), "0.07"), // 0.07
        (Double(bitPattern: 0x2), "1.0E-323"), // 1.0E-323
        (Double(bitPattern: 0x4), "2.0E-323"), // 2.0E-323
        (Double(bitPattern: 0x7e41eb2d66005835), "1.5E300"), // 1.5E300
        (Double(bitPattern: 0x4340000000000000), "9.007199254740992E15"), // 9.007199254740992E15
        (Double(bitPattern: 0x41f0000000000000), "4.294967296E9"), // 4.294967296E9
        (Double(bitPattern: 0x41dfffffffc00000), "2.147483647E9"), // 2.147483647E9
        (Double(bitPattern: 0x7fdfffffffffffff), "8.988465674311579E307"), // 8.988465674311579E307
        (Double(bitPattern: 0x3c36b082c2148b8e), "1.23E-18"), // 1.23E-18
        (Double(bitPattern: 0x3e7ad7f29abcaf48), "1.0E-7"), // 1.0E-7
        (9.9e-4, "9.9E-4"),
        (-1e-3, "-0.001"),
        (-9999999.0, "-9999999.0"),
        (-1e7, "-1.0E7"),
        (Double.infinity, "Infinity"),
        (-Double.infinity, "-Infinity"),
        (Double.nan, "NaN"),
    ]

    @Test func doubleToStringMatchesJava() {
        #expect(Self.doubleToStringCases.count >= 40)
        for (d, expected) in Self.doubleToStringCases {
            #expect(JavaNumberFormat.doubleToString(d) == expected, "bits \(String(d.bitPattern, radix: 16))")
        }
    }

    /// Values where JDK 17's `Double.toString` is not the shortest decimal (JDK-4511638, fixed
    /// in JDK 19). We print the shortest form, as JDK 19+ does; the JDK 17 text is recorded in
    /// the comment. Both strings parse back to the same double.
    @Test func doubleToStringPrefersShortestOverJDK17() {
        let cases: [(Double, String, jdk17: String)] = [
            (1e23, "1.0E23", jdk17: "9.999999999999999E22"),
            (2e23, "2.0E23", jdk17: "1.9999999999999998E23"),
            (Double(bitPattern: 0x43c29b3529ace642), "2.681447534367114E18", jdk17: "2.6814475343671142E18"),
            (Double(bitPattern: 0x439fc3f3803c9c69), "5.722351919331477E17", jdk17: "5.7223519193314771E17"),
            (Double(bitPattern: 0x20), "1.6E-322", jdk17: "1.58E-322"),
            (Double(bitPattern: 0x800), "1.012E-320", jdk17: "1.0118E-320"),
            // Same length, JDK 17 picks a digit that is not the closest:
            (Double(bitPattern: 0x4534698e0ffe101f), "2.4676985463028643E25", jdk17: "2.4676985463028642E25"),
        ]
        for (d, expected, jdk17) in cases {
            let s = JavaNumberFormat.doubleToString(d)
            #expect(s == expected)
            #expect(JavaNumberParsing.parseDouble(s) == d)
            #expect(JavaNumberParsing.parseDouble(jdk17) == d)
        }
    }

    @Test func doubleToStringRoundTripsRandomValues() {
        var g = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let d = Double(bitPattern: g.next())
            let s = JavaNumberFormat.doubleToString(d)
            if d.isNaN {
                #expect(s == "NaN")
            } else {
                #expect(JavaNumberParsing.parseDouble(s)?.bitPattern == d.bitPattern, "\(s)")
            }
        }
    }

    // MARK: parseInt / parseLong

    @Test func parseIntAndLongRadix10() {
        let cases: [(String, Int32?, Int64?)] = [
            ("0", 0, 0),
            ("-0", 0, 0),
            ("+0", 0, 0),
            ("123", 123, 123),
            ("+123", 123, 123),
            ("-123", -123, -123),
            ("2147483647", 2147483647, 2147483647),
            ("2147483648", nil, 2147483648),
            ("-2147483648", -2147483648, -2147483648),
            ("-2147483649", nil, -2147483649),
            ("", nil, nil),
            ("+", nil, nil),
            ("-", nil, nil),
            (" 1", nil, nil),
            ("1 ", nil, nil),
            ("1_000", nil, nil),
            ("0x10", nil, nil),
            ("12.5", nil, nil),
            ("1e3", nil, nil),
            ("007", 7, 7),
            ("\u{661}\u{662}\u{663}", 123, 123),
            ("\u{FF11}\u{FF12}", 12, 12),
            ("++1", nil, nil),
            ("--1", nil, nil),
            ("9223372036854775807", nil, 9223372036854775807),
            ("9223372036854775808", nil, nil),
            ("-9223372036854775808", nil, -9223372036854775808),
            ("-9223372036854775809", nil, nil),
            ("99999999999999999999", nil, nil),
            ("abc", nil, nil),
            ("1a", nil, nil),
        ]
        for (s, i, l) in cases {
            #expect(JavaNumberParsing.parseInt(s) == i, "parseInt(\(s))")
            #expect(JavaNumberParsing.parseLong(s) == l, "parseLong(\(s))")
        }
    }

    @Test func parseIntAndLongOtherRadixes() {
        let cases: [(String, Int, Int32?, Int64?)] = [
            ("ff", 16, 255, 255),
            ("FF", 16, 255, 255),
            ("-ff", 16, -255, -255),
            ("7fffffff", 16, 2147483647, 2147483647),
            ("80000000", 16, nil, 2147483648),
            ("-80000000", 16, -2147483648, -2147483648),
            ("z", 36, 35, 35),
            ("Z", 36, 35, 35),
            ("101", 2, 5, 5),
            ("102", 2, nil, nil),
            ("\u{FF41}", 16, 10, 10),
            ("g", 16, nil, nil),
            ("10", 1, nil, nil),
            ("10", 37, nil, nil),
            ("zzzzzzzzzzzzz", 36, nil, nil),
            ("1y2p0ij32e8e7", 36, nil, 9223372036854775807),
        ]
        for (s, r, i, l) in cases {
            #expect(JavaNumberParsing.parseInt(s, radix: r) == i, "parseInt(\(s), \(r))")
            #expect(JavaNumberParsing.parseLong(s, radix: r) == l, "parseLong(\(s), \(r))")
        }
    }

    // MARK: parseDouble

    @Test func parseDoubleMatchesJava() {
        let cases: [(String, Double?)] = [
            ("1", Double(bitPattern: 0x3ff0000000000000)),
            ("1.5", Double(bitPattern: 0x3ff8000000000000)),
            ("+1.5", Double(bitPattern: 0x3ff8000000000000)),
            ("-1.5", Double(bitPattern: 0xbff8000000000000)),
            (" 1.5 ", Double(bitPattern: 0x3ff8000000000000)),
            ("\u{9}1.5\u{A}", Double(bitPattern: 0x3ff8000000000000)),
            ("\u{0}1.5\u{1}", Double(bitPattern: 0x3ff8000000000000)),
            ("1e5", Double(bitPattern: 0x40f86a0000000000)),
            ("1E5", Double(bitPattern: 0x40f86a0000000000)),
            ("1e+5", Double(bitPattern: 0x40f86a0000000000)),
            ("1e-5", Double(bitPattern: 0x3ee4f8b588e368f1)),
            (".5", Double(bitPattern: 0x3fe0000000000000)),
            ("5.", Double(bitPattern: 0x4014000000000000)),
            (".", nil),
            ("", nil),
            (" ", nil),
            ("1.5.5", nil),
            ("abc", nil),
            ("NaN", .nan),
            ("+NaN", .nan),
            ("-NaN", .nan),
            ("Infinity", .infinity),
            ("-Infinity", -.infinity),
            ("+Infinity", .infinity),
            ("infinity", nil),
            ("inf", nil),
            ("nan", nil),
            ("NaNd", nil),
            ("Infinityf", nil),
            ("1.5d", Double(bitPattern: 0x3ff8000000000000)),
            ("1.5f", Double(bitPattern: 0x3ff8000000000000)),
            ("1.5D", Double(bitPattern: 0x3ff8000000000000)),
            ("1.5F", Double(bitPattern: 0x3ff8000000000000)),
            ("1.5df", nil),
            ("0x1p3", Double(bitPattern: 0x4020000000000000)),
            ("0X1P3", Double(bitPattern: 0x4020000000000000)),
            ("0x1.8p1", Double(bitPattern: 0x4008000000000000)),
            ("-0x1p-2", Double(bitPattern: 0xbfd0000000000000)),
            ("0x.8p1", Double(bitPattern: 0x3ff0000000000000)),
            ("0x1p3d", Double(bitPattern: 0x4020000000000000)),
            ("0x10", nil),
            ("0x1.p1", Double(bitPattern: 0x4000000000000000)),
            ("0xp1", nil),
            ("0x1p", nil),
            ("1e", nil),
            ("1e+", nil),
            ("e5", nil),
            ("1e400", .infinity),
            ("-1e400", -.infinity),
            ("1e-400", Double(bitPattern: 0x0)),
            ("4.9e-324", Double(bitPattern: 0x1)),
            ("2.4e-324", Double(bitPattern: 0x0)),
            ("1e99999999999", .infinity),
            ("0e99999999999", Double(bitPattern: 0x0)),
            ("-0", Double(bitPattern: 0x8000000000000000)),
            ("-0.0", Double(bitPattern: 0x8000000000000000)),
            ("00012", Double(bitPattern: 0x4028000000000000)),
            ("1_0", nil),
            ("0.1", Double(bitPattern: 0x3fb999999999999a)),
            ("123456789012345678901234567890", Double(bitPattern: 0x45f8ee90ff6c373e)),
            ("1.7976931348623157e308", Double(bitPattern: 0x7fefffffffffffff)),
            ("1.7976931348623159e308", .infinity),
            ("2.2250738585072011e-308", Double(bitPattern: 0xfffffffffffff)),
            ("\u{A0}1", nil),
            ("1,5", nil),
            ("1.5e5.5", nil),
            ("+-1", nil),
            ("0x1p3 ", Double(bitPattern: 0x4020000000000000)),
            ("\u{661}", nil),
        ]
        for (s, expected) in cases {
            let got = JavaNumberParsing.parseDouble(s)
            if let expected, expected.isNaN {
                #expect(got?.isNaN == true, "parseDouble(\(s))")
            } else {
                #expect(got?.bitPattern == expected?.bitPattern, "parseDouble(\(s))")
            }
        }
    }

    @Test func parseDoubleLongInputs() {
        let many = String(repeating: "9", count: 5_000)
        #expect(JavaNumberParsing.parseDouble(many) == .infinity)
        #expect(JavaNumberParsing.parseDouble("0." + String(repeating: "0", count: 5_000) + "1") == 0)
        #expect(JavaNumberParsing.parseDouble("1" + String(repeating: "0", count: 300)) == 1e300)
    }

    // MARK: BigDecimal

    @Test func parseBigDecimalMatchesJava() {
        let cases: [(String, Double?)] = [
            ("12.5", Double(bitPattern: 0x4029000000000000)),
            ("12", Double(bitPattern: 0x4028000000000000)),
            ("-12.5", Double(bitPattern: 0xc029000000000000)),
            ("+12.5", Double(bitPattern: 0x4029000000000000)),
            (".5", Double(bitPattern: 0x3fe0000000000000)),
            ("5.", Double(bitPattern: 0x4014000000000000)),
            (".", nil),
            ("", nil),
            (" 1", nil),
            ("1 ", nil),
            ("1e3", Double(bitPattern: 0x408f400000000000)),
            ("1E3", Double(bitPattern: 0x408f400000000000)),
            ("1e+3", Double(bitPattern: 0x408f400000000000)),
            ("1e-3", Double(bitPattern: 0x3f50624dd2f1a9fc)),
            ("1.5e2", Double(bitPattern: 0x4062c00000000000)),
            ("abc", nil),
            ("NaN", nil),
            ("Infinity", nil),
            ("1.5d", nil),
            ("0x10", nil),
            ("1e", nil),
            ("1e2147483647", .infinity),
            ("1e2147483648", nil),
            ("1e-2147483648", nil),
            ("1e-2147483649", nil),
            ("1.5e2147483647", .infinity),
            ("-0", Double(bitPattern: 0x0)),
            ("-0.0", Double(bitPattern: 0x0)),
            ("1e400", .infinity),
            ("1e-400", Double(bitPattern: 0x0)),
            ("\u{661}\u{662}.5", Double(bitPattern: 0x4029000000000000)),
            ("1,5", nil),
            ("00012.50", Double(bitPattern: 0x4029000000000000)),
            ("123456789012345678901234567890.5", Double(bitPattern: 0x45f8ee90ff6c373e)),
            ("1e0001", Double(bitPattern: 0x4024000000000000)),
            ("1..5", nil),
            ("--1", nil),
            ("1e-2147483647", Double(bitPattern: 0x0)),
        ]
        for (s, expected) in cases {
            #expect(JavaNumberParsing.parseBigDecimalAsDouble(s)?.bitPattern == expected?.bitPattern, "BigDecimal(\(s))")
        }
    }

    // MARK: Rounding and casts

    @Test func roundingAndCastsMatchJava() {
        // (d, Math.round(d), (int) Math.round(d), (int) d, (long) d)
        let cases: [(Double, Int64, Int32, Int32, Int64)] = [
            (Double(bitPattern: 0x0), 0, 0, 0, 0),
            (Double(bitPattern: 0x8000000000000000), 0, 0, 0, 0),
            (Double(bitPattern: 0x3fe0000000000000), 1, 1, 0, 0),
            (Double(bitPattern: 0xbfe0000000000000), 0, 0, 0, 0),
            (Double(bitPattern: 0x3ff8000000000000), 2, 2, 1, 1),
            (Double(bitPattern: 0xbff8000000000000), -1, -1, -1, -1),
            (Double(bitPattern: 0x4004000000000000), 3, 3, 2, 2),
            (Double(bitPattern: 0xc004000000000000), -2, -2, -2, -2),
            (Double(bitPattern: 0x3fdfffffffffffff), 0, 0, 0, 0),
            (Double(bitPattern: 0xbfdfffffffffffff), 0, 0, 0, 0),
            (Double(bitPattern: 0x3fe0000000000001), 1, 1, 0, 0),
            (Double(bitPattern: 0xbfe0000000000001), -1, -1, 0, 0),
            (Double(bitPattern: 0x4202a05f20000000), 10000000000, 1410065408, 2147483647, 10000000000),
            (Double(bitPattern: 0xc202a05f20000000), -10000000000, -1410065408, -2147483648, -10000000000),
            (Double(bitPattern: 0x41dfffffffe00000), 2147483648, -2147483648, 2147483647, 2147483647),
            (Double(bitPattern: 0x41e0000000000000), 2147483648, -2147483648, 2147483647, 2147483648),
            (Double(bitPattern: 0xc1e0000000100000), -2147483648, -2147483648, -2147483648, -2147483648),
            (Double(bitPattern: 0xc1e0000000200000), -2147483649, 2147483647, -2147483648, -2147483649),
            (Double(bitPattern: 0x41f0000000000000), 4294967296, 0, 2147483647, 4294967296),
            (Double(bitPattern: 0x41f0000000166666), 4294967297, 1, 2147483647, 4294967297),
            (Double(bitPattern: 0x43e158e460913d00), 9223372036854775807, -1, 2147483647, 9223372036854775807),
            (Double(bitPattern: 0xc3e158e460913d00), -9223372036854775808, 0, -2147483648, -9223372036854775808),
            (Double(bitPattern: 0x43e0000000000000), 9223372036854775807, -1, 2147483647, 9223372036854775807),
            (.nan, 0, 0, 0, 0),
            (.infinity, 9223372036854775807, -1, 2147483647, 9223372036854775807),
            (-.infinity, -9223372036854775808, 0, -2147483648, -9223372036854775808),
            (Double(bitPattern: 0x1), 0, 0, 0, 0),
            (Double(bitPattern: 0x8000000000000001), 0, 0, 0, 0),
            (Double(bitPattern: 0x432fffffffffffff), 4503599627370496, 0, 2147483647, 4503599627370495),
            (Double(bitPattern: 0x4330000000000001), 4503599627370497, 1, 2147483647, 4503599627370497),
            (Double(bitPattern: 0xc32fffffffffffff), -4503599627370495, 1, -2147483648, -4503599627370495),
            (Double(bitPattern: 0x4004cccccccccccd), 3, 3, 2, 2),
            (Double(bitPattern: 0xc004cccccccccccd), -3, -3, -2, -2),
            (Double(bitPattern: 0x7e37e43c8800759c), 9223372036854775807, -1, 2147483647, 9223372036854775807),
            (Double(bitPattern: 0x405edd2f1a9fbe77), 123, 123, 123, 123),
            (Double(bitPattern: 0x81a56e1fc2f8f359), 0, 0, 0, 0),
            (Double(bitPattern: 0x3fefffffffffffff), 1, 1, 0, 0),
            (Double(bitPattern: 0xbff0000000000001), -1, -1, -1, -1),
        ]
        for (d, round, roundInt, intCast, longCast) in cases {
            #expect(JavaNumberParsing.javaMathRound(d) == round, "Math.round(\(d))")
            #expect(JavaNumberParsing.javaRoundToInt(d) == roundInt, "(int) Math.round(\(d))")
            #expect(JavaCast.toInt(d) == intCast, "(int) \(d)")
            #expect(JavaCast.toLong(d) == longCast, "(long) \(d)")
        }
    }

    /// Random short strings over a number-ish alphabet never trap, and agree with each other
    /// where the grammars nest (an int literal is a long literal is a BigDecimal is a double).
    @Test func randomInputNeverTraps() {
        var g = SystemRandomNumberGenerator()
        let alphabet: [Character] = ["0", "1", "9", "-", "+", ".", "e", "E", "x", "p", "f", "d", "N", "a", " ", "\u{661}", "\u{FF11}", "I"]
        for _ in 0..<20_000 {
            let s = String((0..<Int.random(in: 0...12, using: &g)).map { _ in alphabet.randomElement(using: &g) ?? "0" })
            let i = JavaNumberParsing.parseInt(s)
            let l = JavaNumberParsing.parseLong(s)
            let d = JavaNumberParsing.parseDouble(s)
            let bd = JavaNumberParsing.parseBigDecimalAsDouble(s)
            _ = JavaNumberParsing.parseInt(s, radix: 36)
            _ = JavaNumberParsing.parseLong(s, radix: 2)
            if let i { #expect(l == Int64(i), "\(s)") }
            if let bd, !s.unicodeScalars.contains(where: { !$0.isASCII }) {
                #expect(d == bd || (bd == 0 && d == 0), "\(s)")
            }
        }
        for _ in 0..<20_000 {
            let x = Double(bitPattern: g.next())
            _ = JavaNumberParsing.javaMathRound(x)
            _ = JavaNumberParsing.javaRoundToInt(x)
            _ = JavaCast.toInt(x)
            _ = JavaCast.toLong(x)
        }
    }
}

@Suite struct PlainIntegerFastPathTests {
    /// The digits-only shortcut must give exactly what a correctly rounded parse gives, and
    /// leave everything else to the full parsers.
    @Test func agreesWithAFullParse() {
        for text in ["0", "-0", "+0", "007", "2016", "-42", "+42", "999999999999999", "-123456789012345", "00012345"] {
            let fast = JavaNumberParsing.plainInteger(text)
            let full = Double(text)
            #expect(fast != nil && fast?.bitPattern == full?.bitPattern, "\(text)")
            #expect(JavaNumberParsing.parseDouble(text)?.bitPattern == full?.bitPattern, "\(text)")
        }
        for text in ["", "+", "-", "1234567890123456", " 1", "1 ", "1.0", "1e3", "1d", "0x10", "--1", "1-", "١٢", "12a"] {
            #expect(JavaNumberParsing.plainInteger(text) == nil, "\(text)")
        }
        #expect(JavaNumberParsing.parseDouble(" 12 ") == 12)
        #expect(JavaNumberParsing.parseBigDecimalAsDouble(" 12") == nil)
        #expect(JavaNumberParsing.parseBigDecimalAsDouble("-0")?.bitPattern == 0)
        #expect(JavaNumberParsing.parseDouble("1234567890123456789") == 1234567890123456789)
    }
}
