import Testing
@testable import OktaEL

@Suite struct CountryTests {
    @Test func documentedExamples() {
        #expect(CountryLookup.byCode("IND")?.alpha2 == "IN")
        #expect(CountryLookup.byCode("840")?.alpha3 == "USA")
        #expect(CountryLookup.byCode("USA")?.numeric == "840")
        #expect(CountryLookup.byCode("IN")?.name == "India")
        #expect(CountryLookup.byCode("US")?.name == "United States")
        #expect(CountryLookup.byCodeOrName("United States")?.alpha2 == "US")
    }

    @Test func tableHas249UniqueRows() {
        let all = CountryLookup.all
        #expect(all.count == 249)
        #expect(Set(all.map(\.alpha2)).count == 249)
        #expect(Set(all.map(\.alpha3)).count == 249)
        #expect(Set(all.map(\.numeric)).count == 249)
        #expect(Set(all.map { $0.name.lowercased() }).count == 249)
        for c in all {
            #expect(c.alpha2.utf8.count == 2 && c.alpha2.utf8.allSatisfy { $0 >= 0x41 && $0 <= 0x5A })
            #expect(c.alpha3.utf8.count == 3 && c.alpha3.utf8.allSatisfy { $0 >= 0x41 && $0 <= 0x5A })
            #expect(c.numeric.utf8.count == 3 && c.numeric.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 })
            #expect(!c.name.isEmpty)
            // Every row is reachable by each of its codes and its name.
            #expect(CountryLookup.byCode(c.alpha2) == c)
            #expect(CountryLookup.byCode(c.alpha3) == c)
            #expect(CountryLookup.byCode(c.numeric) == c)
            #expect(CountryLookup.byCodeOrName(c.name) == c)
        }
    }

    @Test func caseInsensitiveCodes() {
        #expect(CountryLookup.byCode("us")?.alpha2 == "US")
        #expect(CountryLookup.byCode("uSa")?.alpha2 == "US")
        #expect(CountryLookup.byCode("gbr")?.name == "United Kingdom")
    }

    @Test func numericCodesArePadded() {
        #expect(CountryLookup.byCode("76")?.alpha2 == "BR")   // 076
        #expect(CountryLookup.byCode("076")?.alpha2 == "BR")
        #expect(CountryLookup.byCode("8")?.alpha2 == "AL")    // 008
        #expect(CountryLookup.byCode("4")?.alpha2 == "AF")    // 004
        #expect(CountryLookup.byCode("0840") == nil)
        #expect(CountryLookup.byCode("+840") == nil)
        #expect(CountryLookup.byCode("-1") == nil)
        #expect(CountryLookup.byCode("000") == nil)
        #expect(CountryLookup.byCode("999") == nil)
    }

    @Test func javaDisplayNames() {
        // Java (CLDR) English display names, not ISO's official short names.
        #expect(CountryLookup.byCode("KR")?.name == "South Korea")
        #expect(CountryLookup.byCode("RU")?.name == "Russia")
        #expect(CountryLookup.byCode("GB")?.name == "United Kingdom")
        #expect(CountryLookup.byCode("CI")?.name == "C\u{F4}te d\u{2019}Ivoire")
        #expect(CountryLookup.byCode("BA")?.name == "Bosnia & Herzegovina")
        #expect(CountryLookup.byCode("TR")?.name == "Turkey")
    }

    @Test func namesAreCaseInsensitiveAndIncludeISOAliases() {
        #expect(CountryLookup.byCodeOrName("united states")?.alpha2 == "US")
        #expect(CountryLookup.byCodeOrName("INDIA")?.alpha2 == "IN")
        #expect(CountryLookup.byCodeOrName("Korea, Republic of")?.alpha2 == "KR")
        #expect(CountryLookup.byCodeOrName("cote d'ivoire") == nil) // accents are not folded
        #expect(CountryLookup.byCodeOrName("C\u{F4}te d'Ivoire")?.alpha2 == "CI") // ' matches ’
        #expect(CountryLookup.byCodeOrName("c\u{D4}te d\u{2019}ivoire")?.alpha2 == "CI")
        #expect(CountryLookup.byCodeOrName("IND")?.alpha2 == "IN")
        #expect(CountryLookup.byCodeOrName("356")?.alpha2 == "IN")
    }

    @Test func rejectsEverythingElse() {
        for s in ["", " ", "U", "USAA", " US", "US ", "XX", "ZZZ", "U1", "1US", "Unitedstates", "\u{FF35}\u{FF33}", "usa\u{0}", "United States "] {
            #expect(CountryLookup.byCode(s) == nil, "\(s)")
            #expect(CountryLookup.byCodeOrName(s) == nil, "\(s)")
        }
        #expect(CountryLookup.byCode("United States") == nil)
    }
}
