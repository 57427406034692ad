import Testing
@testable import OktaEL

private let nowT = ZonedDateTime(epochMillis: 1_438_363_117_979, zone: .utc)
private func at(_ zone: String) -> ZonedDateTime {
    // Joda-style IDs (classic) except "+05:30"
    nowT.withZoneSameInstant((try? TimeZoneResolver.classic(zone)) ?? .utc)
}

/// Expected values produced by Joda-Time 2.10.14 (DateTimeFormat.forPattern, Locale.ENGLISH).
@Suite struct TimeJodaPatterns {
    @Test(arguments: [
        ("YYYY-MM-dd HH:mm:ss", "UTC", "2015-07-31 17:18:37"), ("YYYY-MM-dd HH:mm:ss", "Asia/Tokyo", "2015-08-01 02:18:37"),
        ("Z", "UTC", "+0000"), ("Z", "America/New_York", "-0400"), ("ZZ", "Asia/Kolkata", "+05:30"), ("ZZ", "UTC", "+00:00"),
        ("ZZZ", "UTC", "UTC"), ("ZZZ", "America/New_York", "America/New_York"), ("ZZZ", "+05:30", "+05:30"),
        ("z", "UTC", "UTC"), ("z", "America/New_York", "EDT"), ("z", "Asia/Tokyo", "JST"), ("z", "+05:30", "+05:30"),
        ("zzzz", "America/New_York", "Eastern Daylight Time"), ("zzzz", "UTC", "Coordinated Universal Time"),
        ("G GGGG", "UTC", "AD AD"), ("C CCC", "UTC", "20 020"), ("e ee", "UTC", "5 05"), ("e ee", "Asia/Tokyo", "6 06"),
        ("E EEE EEEE", "UTC", "Fri Fri Friday"), ("a", "UTC", "PM"), ("a", "Asia/Tokyo", "AM"),
        ("h hh k kk K KK H", "UTC", "5 05 17 17 5 05 17"), ("h hh k kk K KK H", "Asia/Tokyo", "2 02 2 02 2 02 2"),
        ("x xx xxxx", "UTC", "2015 15 2015"), ("w ww", "UTC", "31 31"), ("D DDD", "Asia/Tokyo", "213 213"),
        ("S SS SSS SSSSSS", "UTC", "9 97 979 979000"), ("yy y yyy yyyyy", "UTC", "15 2015 2015 02015"), ("YY Y", "UTC", "15 2015"),
        ("''", "UTC", "'"), ("'o''clock' h", "UTC", "o'clock 5"), ("M MM MMM MMMM", "Asia/Tokyo", "8 08 Aug August"),
        ("d dd", "Asia/Tokyo", "1 01"), ("[x]", "UTC", "[2015]"), ("#!", "UTC", "#!"), ("YYYYYYYYYY", "UTC", "0000002015"),
        ("MM/dd/yyyy", "UTC", "07/31/2015"),
    ])
    func format(_ pattern: String, _ zone: String, _ expected: String) throws {
        #expect(try at(zone).format(jodaPattern: pattern) == expected)
    }

    @Test func midnightAndNoon() throws {
        let mid = ZonedDateTime(epochMillis: 1_420_070_400_000, zone: .utc)
        let noon = ZonedDateTime(epochMillis: 1_420_113_600_000, zone: .utc)
        #expect(try mid.format(jodaPattern: "h a k K H") == "12 AM 24 0 0")
        #expect(try noon.format(jodaPattern: "h a k K H") == "12 PM 12 0 12")
        #expect(try mid.withZoneSameInstant(.region("Europe/London")).format(jodaPattern: "z Z ZZ") == "GMT +0000 +00:00")
    }

    @Test(arguments: ["q", "A", "B", "F", "L", "n", "u", "yyyy-MM-dd T", "VV", "X", "O"])
    func illegalLetters(_ p: String) {
        #expect(throws: TimeError.self) { try nowT.format(jodaPattern: p) }
    }

    /// fromStringToIso8601 outputs; expectations from Joda parseDateTime (default zone UTC).
    @Test(arguments: [
        ("dd MMMM yyyy HH:mm:ss", "17 june 2015 00:23:19", "2015-06-17T00:23:19.000Z"),
        ("dd MMM yyyy", "17 June 2015", "2015-06-17T00:00:00.000Z"), ("dd MMMM yyyy", "17 Jun 2015", "2015-06-17T00:00:00.000Z"),
        ("yyyy-MM-dd", "2015-7-4", "2015-07-04T00:00:00.000Z"), ("yyyyMMdd", "20150704", "2015-07-04T00:00:00.000Z"),
        ("yyyy-MM-dd HH:mm:ss ZZ", "2015-07-04 10:00:00 -05:00", "2015-07-04T15:00:00.000Z"),
        ("yyyy-MM-dd HH:mm:ss Z", "2015-07-04 10:00:00 Z", "2015-07-04T10:00:00.000Z"),
        ("yyyy-MM-dd HH:mm:ss ZZZ", "2015-07-04 10:00:00 America/New_York", "2015-07-04T14:00:00.000Z"),
        ("yyyy-MM-dd HH:mm:ss z", "2015-07-04 10:00:00 EST", "2015-07-04T14:00:00.000Z"),
        ("yyyy-MM-dd hh:mm a", "2015-07-04 10:00 pm", "2015-07-04T22:00:00.000Z"),
        ("E, dd MMM yyyy", "Sat, 04 Jul 2015", "2015-07-04T00:00:00.000Z"),
        ("EEEE, dd MMM yyyy", "Friday, 04 Jul 2015", "2015-07-03T00:00:00.000Z"),
        ("MM/dd/yyyy", "7/4/15", "0015-07-04T00:00:00.000Z"),
        ("yyyy-MM-dd'T'HH:mm:ss.SSS", "2015-07-04T10:00:00.1", "2015-07-04T10:00:00.100Z"),
        ("HH:mm", "10:30", "1970-01-01T10:30:00.000Z"), ("yyyy", "-0005", "-0005-01-01T00:00:00.000Z"),
        ("yyyy-DDD", "2015-185", "2015-07-04T00:00:00.000Z"), ("xxxx-'W'ww-e", "2015-W27-6", "2015-07-04T00:00:00.000Z"),
    ])
    func parse(_ pattern: String, _ text: String, _ expected: String) throws {
        #expect(try ClassicTime.fromStringToIso8601(text, format: pattern) == expected)
    }

    @Test(arguments: [
        ("yyyy-MM-dd", "2015-07-04 extra"), ("yyyy-MM-dd", "2015-02-30"), ("yyyy-MM-dd'T'HH:mm:ss.SSS", "2015-07-04T10:00:00.12345"),
        ("MM/dd/yyyy", "+7/4/2015"), ("yyyy-MM-dd HH", "2015-07-04 24"), ("zzzz", "Eastern Standard Time"), ("yyyy", ""),
    ])
    func parseErrors(_ pattern: String, _ text: String) {
        #expect(throws: TimeError.self) { try ClassicTime.fromStringToIso8601(text, format: pattern) }
    }
}

/// Expected values produced by java.time (JDK 17, DateTimeFormatter.ofPattern(p, Locale.ENGLISH)).
@Suite struct TimeJavaPatterns {
    private func jz(_ id: String) -> ZonedDateTime { nowT.withZoneSameInstant((try? TimeZoneResolver.java(id)) ?? .utc) }

    @Test(arguments: [
        ("G GGGG GGGGG", "Z", "AD Anno Domini A"), ("u uu uuuu", "Z", "2015 15 2015"), ("y yy yyy yyyy yyyyy", "Z", "2015 15 2015 2015 02015"),
        ("Y YY YYYY", "Z", "2015 15 2015"), ("Q QQ QQQ QQQQ", "Z", "3 03 Q3 3rd quarter"), ("M MM MMM MMMM MMMMM", "Asia/Tokyo", "8 08 Aug August A"),
        ("L LL LLL LLLL", "Z", "7 07 Jul July"), ("w ww W", "Z", "31 31 5"), ("w ww W", "Asia/Tokyo", "31 31 1"),
        ("d dd D DD DDD F", "Z", "31 31 212 212 212 3"), ("d dd D DD DDD F", "Asia/Tokyo", "1 01 213 213 213 1"),
        ("E EEE EEEE EEEEE", "Z", "Fri Fri Friday F"), ("e ee eee eeee c", "Z", "6 06 Fri Friday 6"), ("e ee eee eeee c", "Asia/Tokyo", "7 07 Sat Saturday 7"),
        ("a", "Z", "PM"), ("h hh K KK k kk H HH", "Z", "5 05 5 05 17 17 17 17"), ("h hh K KK k kk H HH", "+05:30", "10 10 10 10 22 22 22 22"),
        ("m mm s ss", "+05:30", "48 48 37 37"),
        ("S SSS SSSSSS SSSSSSSSS n nnnn A N", "Z", "9 979 979000 979000000 979000000 979000000 62317979 62317979000000"),
        ("VV", "Z", "Z"), ("VV", "America/New_York", "America/New_York"), ("VV", "+05:30", "+05:30"), ("VV", "UTC", "UTC"),
        ("z zzzz", "Z", "Z Z"), ("z zzzz", "America/New_York", "EDT Eastern Daylight Time"), ("z", "Asia/Tokyo", "JST"),
        ("z zzzz", "+05:30", "+05:30 +05:30"), ("z zzzz", "UTC", "UTC Coordinated Universal Time"),
        ("O OOOO", "Z", "GMT GMT"), ("O OOOO", "America/New_York", "GMT-4 GMT-04:00"), ("O OOOO", "+05:30", "GMT+5:30 GMT+05:30"),
        ("X XX XXX XXXX XXXXX", "Z", "Z Z Z Z Z"), ("X XX XXX XXXX XXXXX", "America/New_York", "-04 -0400 -04:00 -0400 -04:00"),
        ("X XX XXX XXXX XXXXX", "+05:30", "+0530 +0530 +05:30 +0530 +05:30"),
        ("x xx xxx xxxx xxxxx", "Z", "+00 +0000 +00:00 +0000 +00:00"), ("x xx xxx xxxx xxxxx", "Asia/Tokyo", "+09 +0900 +09:00 +0900 +09:00"),
        ("Z ZZZ ZZZZ ZZZZZ", "Z", "+0000 +0000 GMT Z"), ("Z ZZZ ZZZZ ZZZZZ", "America/New_York", "-0400 -0400 GMT-04:00 -04:00"),
        ("'It''s' h", "Z", "It's 5"), ("[yyyy]", "Z", "2015"), ("MM/dd/yyyy", "Z", "07/31/2015"),
    ])
    func format(_ pattern: String, _ zone: String, _ expected: String) throws {
        #expect(try jz(zone).format(javaPattern: pattern) == expected)
    }

    @Test func yearEdges() throws {
        let big = ZonedDateTime(epochSecond: 253_402_300_800, nano: 0, zone: .utc)
        #expect(try big.format(javaPattern: "yyyy|uuuu|yy|y|YYYY") == "+10000|+10000|00|10000|+10000")
        #expect(big.javaToString() == "+10000-01-01T00:00Z")
        #expect(big.jodaISOString() == "10000-01-01T00:00:00.000Z")
        let neg = ZonedDateTime(epochSecond: -62_198_755_200, nano: 0, zone: .utc)
        #expect(try neg.format(javaPattern: "yyyy G|uuuu|yy|y") == "0002 BC|-0001|02|2")
        #expect(neg.javaToString() == "-0001-01-01T00:00Z")
        #expect(neg.jodaISOString() == "-0001-01-01T00:00:00.000Z")
        let jan = ZonedDateTime(epochMillis: 1_420_070_400_000, zone: .utc)
        #expect(try jan.format(javaPattern: "Y w W e c|h a k K") == "2015 1 1 5 5|12 AM 24 0")
    }

    @Test(arguments: ["{", "#", "ddd", "aa", "V", "yyyyyyyyyyyyyyyyyyyyyyy", "p", "B", "SSSSSSSSSS", "'abc", "]"])
    func illegal(_ p: String) {
        #expect(throws: TimeError.self) { try nowT.format(javaPattern: p) }
    }

    @Test func javaToString() {
        #expect(ZonedDateTime(epochMillis: 1_438_300_680_000, zone: .utc).javaToString() == "2015-07-30T23:58Z")
        #expect(ZonedDateTime(epochSecond: 1_438_300_680, nano: 1000, zone: .utc).javaToString() == "2015-07-30T23:58:00.000001Z")
        #expect(ZonedDateTime(epochSecond: 1_438_300_680, nano: 1, zone: .utc).javaToString() == "2015-07-30T23:58:00.000000001Z")
        #expect(ZonedDateTime(epochSecond: 1_438_300_680, nano: 0, zone: .fixed(offsetSeconds: 19_815)).javaToString() == "2015-07-31T05:28:15+05:30:15")
        #expect(ZonedDateTime(epochMillis: 1_438_363_117_979, zone: .fixed(offsetSeconds: 19_815)).jodaISOString() == "2015-07-31T22:48:52.979+05:30:15")
        #expect(ZonedDateTime(epochMillis: 1_420_070_400_000, zone: .region("Europe/London")).jodaISOString() == "2015-01-01T00:00:00.000Z")
    }

    @Test(arguments: [
        ("dd MMMM yyyy HH:mm:ss", "17 June 2015 00:23:19", "2015-06-17T00:23:19Z"),
        ("dd MMM yyyy HH:mm:ss", "17 Jun 2015 00:23:19", "2015-06-17T00:23:19Z"),
        ("d/M/yyyy H:m", "7/4/2015 9:5", "2015-04-07T09:05Z"),
        ("yyyy-MM-dd HH:mm:ss XXX", "2015-07-04 10:00:00 -05:00", "2015-07-04T10:00-05:00"),
        ("yyyy-MM-dd HH:mm:ss VV", "2015-07-04 10:00:00 Asia/Tokyo", "2015-07-04T10:00+09:00[Asia/Tokyo]"),
        ("yyyy-MM-dd HH:mm:ss z", "2015-07-04 10:00:00 EST", "2015-07-04T10:00-04:00[America/New_York]"),
        ("yyyy-MM-dd HH:mm", "2015-02-30 10:00", "2015-02-28T10:00Z"), ("yyyyMMddHHmmss", "20150704100000", "2015-07-04T10:00Z"),
        ("yyyy-MM-dd hh:mm a", "2015-07-04 10:00 PM", "2015-07-04T22:00Z"), ("yyyy-MM-dd HH:mm", "2015-07-04 24:00", "2015-07-05T00:00Z"),
        ("yyyy-MM-dd HH:mm Z", "2015-07-04 10:00 +0900", "2015-07-04T10:00+09:00"),
        ("EEE, dd MMM yyyy HH:mm", "Sat, 04 Jul 2015 10:00", "2015-07-04T10:00Z"),
        ("yyyy-MM-dd", "2015-07-04", "2015-07-04T00:00Z"),
        ("yyyy-MM-dd'T'HH:mm:ss.SSSXXX", "2015-06-17T00:23:19.676Z", "2015-06-17T00:23:19.676Z"),
        ("yyyy-MM-dd[ HH:mm]", "2015-07-04", "2015-07-04T00:00Z"), ("yyyy-MM-dd[ HH:mm]", "2015-07-04 10:30", "2015-07-04T10:30Z"),
    ])
    func parse(_ pattern: String, _ text: String, _ expected: String) throws {
        #expect(try OIETime.parseStringTime(text, pattern: pattern).javaToString() == expected)
    }

    @Test(arguments: [
        ("dd MMMM yyyy HH:mm:ss", "17 june 2015 00:23:19"), ("dd MMMM yyyy HH:mm:ss", "17 Jun 2015 00:23:19"),
        ("dd/MM/yyyy HH:mm", "7/4/2015 09:05"), ("yyyy-MM-dd hh:mm a", "2015-07-04 10:00 pm"),
        ("yyyy-MM-dd HH:mm:ss.SSS", "2015-07-04 10:00:00.12"), ("EEE, dd MMM yyyy HH:mm", "Fri, 04 Jul 2015 10:00"),
        ("yyyy-MM-dd HH:mm", "2015-07-04 10:00 "), ("yyyy-MM-dd hh:mm", "2015-07-04 10:00"), ("MM-dd", "07-04"),
        ("yyyy-MM-dd HH:mm", "2015-13-04 10:00"), ("yyyy-MM-dd HH:mm", "2015-07-32 10:00"),
    ])
    func parseErrors(_ pattern: String, _ text: String) {
        #expect(throws: TimeError.self) { try OIETime.parseStringTime(text, pattern: pattern) }
    }
}

@Suite struct TimeISOParsing {
    @Test(arguments: [
        ("2015-06-17T00:23:19.676Z", "2015-06-17T00:23:19.676Z"), ("2015-06-17T00:23:19Z", "2015-06-17T00:23:19Z"),
        ("2015-06-17T00:23Z", "2015-06-17T00:23Z"), ("2015-06-17T00:23:19.676+09:00", "2015-06-17T00:23:19.676+09:00"),
        ("2015-06-17T00:23:19.676+09:00[Asia/Tokyo]", "2015-06-17T00:23:19.676+09:00[Asia/Tokyo]"),
        ("2015-06-17t00:23:19Z", "2015-06-17T00:23:19Z"), ("2015-06-17T00:23:19z", "2015-06-17T00:23:19Z"),
        ("+10000-06-17T00:23:19Z", "+10000-06-17T00:23:19Z"), ("2015-06-17T00:23:19+09", "2015-06-17T00:23:19+09:00"),
        ("2015-06-17T00:23:19.676-00:00", "2015-06-17T00:23:19.676Z"),
        ("2015-06-17T00:23:19.676+09:00[Europe/Paris]", "2015-06-16T17:23:19.676+02:00[Europe/Paris]"),
    ])
    func javaISO(_ text: String, _ expected: String) throws {
        #expect(try OIETime.parseStringTime(text).javaToString() == expected)
    }

    @Test(arguments: ["2015-06-17T00:23:19.676[Asia/Tokyo]", "2015-06-17T00:23:19.1234567891Z", "2015-06-17", "2015-06-17T00:23:19",
                      "2015-06-17T00:23:19,5Z", "2015-06-17T00:23:19.676+0900", "2015-06-17T24:00:00Z", "2015-06-17T00:23:60Z",
                      "2015-02-29T00:00Z", "garbage", "2015-06-17T00:23:19Z[Mars/Base]"])
    func javaISOErrors(_ text: String) {
        #expect(throws: TimeError.self) { try OIETime.parseStringTime(text) }
    }

    /// Joda DateTime.parse / dateTimeParser expectations (converted to Unix ms via fromIso8601ToUnix).
    @Test(arguments: [
        ("2021-09-20", "2021-09-20T00:00:00.000Z"), ("2021-09-20T10", "2021-09-20T10:00:00.000Z"),
        ("2021-09-20T10:00:00.123456Z", "2021-09-20T10:00:00.123Z"), ("2021-09-20T10:00:00,5+05:30", "2021-09-20T04:30:00.500Z"),
        ("2021-09-20T10:00+0530", "2021-09-20T04:30:00.000Z"), ("2021-09", "2021-09-01T00:00:00.000Z"), ("2021", "2021-01-01T00:00:00.000Z"),
        ("T10:00", "1970-01-01T10:00:00.000Z"), ("2021-W38-1", "2021-09-20T00:00:00.000Z"), ("2021-263", "2021-09-20T00:00:00.000Z"),
        ("2021-09-20t10:00Z", "2021-09-20T10:00:00.000Z"), ("2021-09-20T10:00:00-08", "2021-09-20T18:00:00.000Z"),
    ])
    func jodaISO(_ text: String, _ expectedUTC: String) throws {
        let unix = try ClassicTime.fromIso8601ToUnix(text)
        #expect(try ClassicTime.fromUnixToIso8601(unix) == expectedUTC)
    }

    @Test func jodaISOKeepsOffset() throws {
        #expect(try ClassicTime.fromIso8601ToString("2021-09-20T10:00:00,5+05:30", format: "yyyy-MM-dd'T'HH:mm:ss.SSSZZ") == "2021-09-20T10:00:00.500+05:30")
    }

    @Test(arguments: ["2021-09-20T00:00:00.000Z ", "2021-09-20T24:00", "2021-09-20 10:00Z", "2021-02-29", "", "x", "2021-09-20T10:00+24:00"])
    func jodaISOErrors(_ text: String) {
        #expect(throws: TimeError.self) { try ClassicTime.fromIso8601ToUnix(text) }
    }
}
