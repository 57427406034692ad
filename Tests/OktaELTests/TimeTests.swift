import Testing
@testable import OktaEL

private let nowT = ZonedDateTime(epochMillis: 1_438_363_117_979, zone: .utc)       // 2015-07-31T17:18:37.979Z
private let created = ZonedDateTime(epochMillis: 1_438_300_712_000, zone: .utc)    // 2015-07-30T23:58:32.000Z
private let jan = ZonedDateTime(epochMillis: 1_420_070_400_000, zone: .utc)        // 2015-01-01T00:00:00Z

@Suite struct TimeDocumentedExamples {
    @Test func classicNow() throws {
        #expect(try ClassicTime.now(nowT, zoneID: nil, format: nil) == "2015-07-31T17:18:37.979Z")
        #expect(try ClassicTime.now(nowT, zoneID: "EST", format: nil) == "2015-07-31T13:18:37.979-04:00")
        #expect(try ClassicTime.now(nowT, zoneID: "EST", format: "YYYY-MM-dd HH:mm:ss") == "2015-07-31 13:18:37")
        #expect(try ClassicTime.now(jan, zoneID: "America/New_York", format: nil) == "2014-12-31T19:00:00.000-05:00")
        #expect(try ClassicTime.now(nowT, zoneID: "UTC", format: nil) == "2015-07-31T17:18:37.979Z")
        #expect(try ClassicTime.now(nowT, zoneID: "+05:30", format: nil) == "2015-07-31T22:48:37.979+05:30")
    }
    @Test func classicConversions() throws {
        #expect(try ClassicTime.fromIso8601ToUnix("2021-09-20T00:00:00.000Z") == "1632096000000")
        #expect(try ClassicTime.fromUnixToIso8601("1663632000000") == "2022-09-20T00:00:00.000Z")
        #expect(try ClassicTime.fromWindowsToIso8601("130828367179790000") == "2015-07-31T17:18:37.979Z")
        #expect(try ClassicTime.fromIso8601ToWindows("2015-07-30T23:58:32.000Z") == "130827743120000000")
        #expect(try ClassicTime.fromIso8601ToString("2015-07-30T23:58:32.000Z", format: "MM/dd/yyyy") == "07/30/2015")
        #expect(try ClassicTime.fromIso8601ToString("2015-07-31T13:30:49.964-04:00", format: "HH:mm ZZ") == "13:30 -04:00")
        #expect(try ClassicTime.fromStringToIso8601("17 June 2015 00:23:19", format: "dd MMMM yyyy HH:mm:ss") == "2015-06-17T00:23:19.000Z")
        #expect(try ClassicTime.fromStringToIso8601("2015-07-04 10:00:00 -0500", format: "yyyy-MM-dd HH:mm:ss Z") == "2015-07-04T15:00:00.000Z")
    }
    @Test func kbRecipe() throws {
        let unix = try ClassicTime.fromIso8601ToUnix("2021-09-20" + "T00:00:00.000Z")
        let secs = Int64(unix.prefix(10))! + 31_536_000
        let iso = try ClassicTime.fromUnixToIso8601(String(secs) + "000")
        #expect(iso.prefix(10) == "2022-09-20")
    }
    @Test func oieConstructors() throws {
        #expect(try OIETime.parseWindowsTime("130828367179790000").javaToString() == "2015-07-31T17:18:37.979Z")
        #expect(try OIETime.parseUnixTime("1438377580979").javaToString() == "2015-07-31T21:19:40.979Z")
        #expect(try OIETime.parseStringTime("2015-06-17T00:23:19.676Z").javaToString() == "2015-06-17T00:23:19.676Z")
        #expect(try OIETime.parseStringTime("17 June 2015 00:23:19", pattern: "dd MMMM yyyy HH:mm:ss").javaToString() == "2015-06-17T00:23:19Z")
    }
    @Test func oieMethods() throws {
        #expect(created.toWindowsTicksString() == "130827743120000000")
        #expect(created.toUnixMillisString() == "1438300712000")
        #expect(nowT.toUnixMillisString() == "1438363117979")
        #expect(created.javaToString() == "2015-07-30T23:58:32Z")
        #expect(try created.format(javaPattern: "MM/dd/yyyy") == "07/30/2015")
        #expect(try nowT.toZone("Asia/Tokyo").javaToString() == "2015-08-01T02:18:37.979+09:00[Asia/Tokyo]")
        #expect(try created.plusDays(2).jodaISOString() == "2015-08-01T23:58:32.000Z")
        #expect(try created.plusHours(-1).jodaISOString() == "2015-07-30T22:58:32.000Z")
        #expect(try created.plusMinutes(0) == created)
        #expect(try created.plusSeconds(0) == created)
        #expect(try nowT.minusDays(3).jodaISOString() == "2015-07-28T17:18:37.979Z")
        #expect(try nowT.minusHours(100).jodaISOString() == "2015-07-27T13:18:37.979Z")
        #expect(try nowT.minusMinutes(-1).jodaISOString() == "2015-07-31T17:19:37.979Z")
        #expect(try nowT.minusSeconds(2).jodaISOString() == "2015-07-31T17:18:35.979Z")
        #expect(created.withinDays(1, of: nowT))
        #expect(created.withinHours(100, of: nowT))
        #expect(!created.withinMinutes(2, of: nowT))
        #expect(!created.withinSeconds(100, of: nowT))
        #expect(!created.withinSeconds(0, of: nowT))
    }
}

@Suite struct TimeDecisions {
    @Test func withinIsAbsoluteAndInclusive() throws {
        let future = try nowT.plusHours(5)
        #expect(future.withinHours(5, of: nowT))
        #expect(!future.withinHours(4, of: nowT))
        #expect(nowT.withinSeconds(0, of: nowT))
        #expect(!nowT.withinSeconds(-1, of: nowT))
        #expect(created.withinDays(Int64.max, of: nowT))
        #expect(created.within(seconds: Int64.max, of: nowT))
    }
    @Test(arguments: ["", "abc", "12a", " 1", "1 ", "1.5", "1e3", "+", "-", "99999999999999999999", "--1", "0x10"])
    func numericGarbageIsError(_ s: String) {
        #expect(throws: TimeError.self) { try OIETime.parseUnixTime(s) }
        #expect(throws: TimeError.self) { try OIETime.parseWindowsTime(s) }
        #expect(throws: TimeError.self) { try ClassicTime.fromUnixToIso8601(s) }
        #expect(throws: TimeError.self) { try ClassicTime.fromWindowsToIso8601(s) }
    }
    @Test func numericEdges() throws {
        #expect(try ClassicTime.fromUnixToIso8601("-1") == "1969-12-31T23:59:59.999Z")
        #expect(try ClassicTime.fromUnixToIso8601("+0") == "1970-01-01T00:00:00.000Z")
        #expect(try ClassicTime.fromWindowsToIso8601("0") == "1601-01-01T00:00:00.000Z")
        #expect(try ClassicTime.fromWindowsToIso8601("-10000000") == "1600-12-31T23:59:59.000Z")
        // Long.MAX_VALUE ms is a valid java.time instant (year 292278994)
        #expect(try OIETime.parseUnixTime("9223372036854775807").javaToString() == "+292278994-08-17T07:12:55.807Z")
        #expect(try OIETime.parseUnixTime("9223372036854775807").toUnixMillisString() == "9223372036854775807")
        #expect(try OIETime.parseUnixTime("-9223372036854775808").toUnixMillisString() == "-9223372036854775808")
        #expect(throws: TimeError.self) { try OIETime.parseUnixTime("9223372036854775808") }
        let maxW = try OIETime.parseWindowsTime("9223372036854775807")
        #expect(maxW.toWindowsTicksString() == "9223372036854775807")
        let extreme = ZonedDateTime(epochSecond: Int64.max, nano: 999_999_999, zone: .region("Asia/Tokyo"))
        _ = extreme.javaToString(); _ = extreme.jodaISOString(); _ = extreme.toWindowsTicksString(); _ = extreme.epochMillis
        #expect(extreme.toUnixMillisString() == "9223372036854775807999")
        #expect(throws: TimeError.self) { try extreme.plusSeconds(1) }
    }
    @Test func arithmeticOverflowIsError() {
        #expect(throws: TimeError.self) { try nowT.plusDays(Int64.max) }
        #expect(throws: TimeError.self) { try nowT.plusDays(Int64.min) }
        #expect(throws: TimeError.self) { try nowT.minusDays(Int64.min) }
        #expect(throws: TimeError.self) { try nowT.plusHours(Int64.max) }
        #expect(throws: TimeError.self) { try nowT.plusMinutes(Int64.min) }
        #expect(throws: TimeError.self) { try nowT.plusSeconds(Int64.max) }
        #expect(throws: TimeError.self) { try nowT.minusSeconds(Int64.min) }
        #expect(throws: TimeError.self) { try nowT.plusDays(365_243_219_162) }
    }
    @Test func emptyInputsAreErrors() {
        #expect(throws: TimeError.self) { try ClassicTime.now(nowT, zoneID: "", format: nil) }
        #expect(throws: TimeError.self) { try ClassicTime.now(nowT, zoneID: "UTC", format: "") }
        #expect(throws: TimeError.self) { try ClassicTime.fromIso8601ToUnix("") }
        #expect(throws: TimeError.self) { try ClassicTime.fromStringToIso8601("", format: "yyyy") }
        #expect(throws: TimeError.self) { try OIETime.parseStringTime("") }
        #expect(throws: TimeError.self) { try OIETime.parseStringTime("2015", pattern: "") }
    }
    @Test func hugePatterns() throws {
        let p = String(repeating: "y", count: 10_000)
        let s = try nowT.format(jodaPattern: p)
        #expect(s.count == 10_000 && s.hasSuffix("2015"))
        #expect(throws: TimeError.self) { try nowT.format(javaPattern: p) }
        #expect(throws: TimeError.self) { try ClassicTime.fromStringToIso8601("2015", format: p) }
        let lit = String(repeating: "-", count: 10_000)
        #expect(try nowT.format(javaPattern: lit) == lit)
        #expect(throws: TimeError.self) { try nowT.format(javaPattern: String(repeating: "[", count: 10_000)) }
    }
    @Test func twoDigitYears() throws {
        let n2025 = ZonedDateTime(epochMillis: 1_735_689_600_000, zone: .utc)
        #expect(try ClassicTime.fromStringToIso8601("01/02/15", format: "dd/MM/yy", now: n2025) == "2015-02-01T00:00:00.000Z")
        #expect(try ClassicTime.fromStringToIso8601("01/02/85", format: "dd/MM/yy", now: n2025) == "1985-02-01T00:00:00.000Z")
        #expect(try ClassicTime.fromStringToIso8601("01/02/44", format: "dd/MM/yy", now: n2025) == "2044-02-01T00:00:00.000Z")
        #expect(try ClassicTime.fromStringToIso8601("01/02/45", format: "dd/MM/yy", now: n2025) == "1945-02-01T00:00:00.000Z")
        #expect(try ClassicTime.fromStringToIso8601("01/02/2015", format: "dd/MM/yy", now: n2025) == "2015-02-01T00:00:00.000Z")
        #expect(try OIETime.parseStringTime("85-07-04 10:00", pattern: "yy-MM-dd HH:mm").javaToString() == "2085-07-04T10:00Z")
    }
}

@Suite struct TimeZones {
    @Test func legacyIDs() throws {
        let expected: [(String, String)] = [
            ("WET", "WET"), ("CET", "CET"), ("MET", "CET"), ("ECT", "CET"), ("EET", "EET"),
            ("MIT", "Pacific/Apia"), ("HST", "Pacific/Honolulu"), ("AST", "America/Anchorage"), ("PST", "America/Los_Angeles"),
            ("MST", "America/Denver"), ("PNT", "America/Phoenix"), ("CST", "America/Chicago"), ("EST", "America/New_York"),
            ("IET", "America/Indiana/Indianapolis"), ("PRT", "America/Puerto_Rico"), ("CNT", "America/St_Johns"),
            ("AGT", "America/Argentina/Buenos_Aires"), ("BET", "America/Sao_Paulo"), ("ART", "Africa/Cairo"),
            ("CAT", "Africa/Harare"), ("EAT", "Africa/Addis_Ababa"), ("NET", "Asia/Yerevan"), ("PLT", "Asia/Karachi"),
            ("IST", "Asia/Kolkata"), ("BST", "Asia/Dhaka"), ("VST", "Asia/Ho_Chi_Minh"), ("CTT", "Asia/Shanghai"),
            ("JST", "Asia/Tokyo"), ("ACT", "Australia/Darwin"), ("AET", "Australia/Sydney"), ("SST", "Pacific/Guadalcanal"),
            ("NST", "Pacific/Auckland"),
        ]
        #expect(try TimeZoneResolver.classic("GMT") == .utc)
        for (id, target) in expected {
            #expect(try TimeZoneResolver.classic(id) == .region(target), "\(id)")
            // and the target is a zone Foundation knows (offset is real, not the UTC fallback)
            if case .tz = TimeZoneRef.region(target).rules {} else { Issue.record("no tz data for \(target)") }
        }
        #expect(expected.count + 1 == LegacyZoneIDs.map.count)
    }
    @Test func wholeOktaTableResolves() throws {
        var n = 0
        for row in ZoneTable.rows {
            for id in [row.canonical] + row.aliases {
                let z = try TimeZoneResolver.classic(id)
                n += 1
                if case .region(let r) = z, ZoneIDSyntax.prefixedOffset(r) == nil {
                    if case .tz = z.rules {} else { Issue.record("\(id) → \(r) has no tz data") }
                }
            }
        }
        #expect(ZoneTable.rows.count == 431)
        #expect(n == 567)   // 431 canonical + 136 aliases (one row lacks a comma: "America/Indianapolis US/East-Indiana")
        #expect(try TimeZoneResolver.classic("US/Pacific") == .region("America/Los_Angeles"))
        #expect(try TimeZoneResolver.classic("US/Pacific-New") == .region("America/Los_Angeles"))
        #expect(try TimeZoneResolver.classic("US/East-Indiana") == .region("America/Indiana/Indianapolis"))
    }
    @Test func classicOffsetsAndErrors() throws {
        #expect(try TimeZoneResolver.classic("+05:30") == .fixed(offsetSeconds: 19_800))
        #expect(try TimeZoneResolver.classic("-08") == .fixed(offsetSeconds: -28_800))
        #expect(try TimeZoneResolver.classic("+0530") == .fixed(offsetSeconds: 19_800))
        #expect(try TimeZoneResolver.classic("+00:00") == .utc)
        for bad in ["utc", "Z", "GMT+5", "UT", "", "Mars/Base", "+25:00", "+5", " UTC", "Etc/GMT+5x"] {
            #expect(throws: TimeError.self, "\(bad)") { try TimeZoneResolver.classic(bad) }
        }
    }
    @Test func javaZoneIDs() throws {
        #expect(try TimeZoneResolver.java("Z") == .utc)
        #expect(try TimeZoneResolver.java("+9") == .fixed(offsetSeconds: 32_400))
        #expect(try TimeZoneResolver.java("-08") == .fixed(offsetSeconds: -28_800))
        #expect(try TimeZoneResolver.java("UTC") == .region("UTC"))
        #expect(try TimeZoneResolver.java("GMT-5") == .region("GMT-05:00"))
        #expect(try TimeZoneResolver.java("US/Pacific") == .region("US/Pacific"))
        for bad in ["EST", "MST", "HST", "PST", "utc", "+19:00", "", "Mars/Base"] {
            #expect(throws: TimeError.self, "\(bad)") { try TimeZoneResolver.java(bad) }
        }
        #expect(try nowT.toZone("UTC").javaToString() == "2015-07-31T17:18:37.979Z[UTC]")
        #expect(try nowT.toZone("UTC+01:00").javaToString() == "2015-07-31T18:18:37.979+01:00[UTC+01:00]")
        #expect(try nowT.toZone("GMT-5").javaToString() == "2015-07-31T12:18:37.979-05:00[GMT-05:00]")
        #expect(try nowT.toZone("+0530").javaToString() == "2015-07-31T22:48:37.979+05:30")
        #expect(try nowT.toZone("US/Pacific").javaToString() == "2015-07-31T10:18:37.979-07:00[US/Pacific]")
    }
    @Test func dst() throws {
        let ny = TimeZoneRef.region("America/New_York")
        #expect(nowT.withZoneSameInstant(ny).offsetSeconds == -14_400)
        #expect(jan.withZoneSameInstant(ny).offsetSeconds == -18_000)
        // 2015-03-07T02:30-05:00 + 1 day → gap → 03:30-04:00
        let a = try OIETime.parseStringTime("2015-03-07T02:30-05:00[America/New_York]")
        #expect(try a.plusDays(1).javaToString() == "2015-03-08T03:30-04:00[America/New_York]")
        #expect(try a.plusHours(24).javaToString() == "2015-03-08T03:30-04:00[America/New_York]")
        let b = try OIETime.parseStringTime("2015-10-31T01:30-04:00[America/New_York]")
        #expect(try b.plusDays(1).javaToString() == "2015-11-01T01:30-04:00[America/New_York]")
        #expect(try b.plusDays(1).plusHours(1).javaToString() == "2015-11-01T01:30-05:00[America/New_York]")
        let later = try b.plusDays(1).plusHours(1)
        #expect(try later.plusDays(1).javaToString() == "2015-11-02T01:30-05:00[America/New_York]")
        #expect(try later.minusDays(1).javaToString() == "2015-10-31T01:30-04:00[America/New_York]")
    }
}
