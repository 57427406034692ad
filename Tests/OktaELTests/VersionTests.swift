import Testing
@testable import OktaEL

@Suite struct VersionTests {
    @Test func numericSegments() {
        #expect(VersionComparison.compare("14.2.1", "14.2") == 1)
        #expect(VersionComparison.compare("14.2", "14.2.1") == -1)
        #expect(VersionComparison.compare("9.43", "10.0") == -1)
        #expect(VersionComparison.compare("10.0.19045", "10.0.19044") == 1)
        #expect(VersionComparison.compare("10.0.19045", "10.0.19045") == 0)
        #expect(VersionComparison.compare("1.10", "1.9") == 1) // numeric, not lexical
        #expect(VersionComparison.compare("2", "10") == -1)
    }

    @Test func missingSegmentsAreZero() {
        #expect(VersionComparison.compare("14.2", "14.2.0") == 0)
        #expect(VersionComparison.compare("14", "14.0.0.0") == 0)
        #expect(VersionComparison.compare("14.0.0.1", "14") == 1)
        #expect(VersionComparison.compare("", "0") == -1) // "" has no digits
        #expect(VersionComparison.compare("", "") == 0)
    }

    @Test func leadingZerosAndHugeNumbers() {
        #expect(VersionComparison.compare("1.007", "1.7") == 0)
        #expect(VersionComparison.compare("1.010", "1.9") == 1)
        let huge = String(repeating: "9", count: 400)
        #expect(VersionComparison.compare(huge, "1") == 1)
        #expect(VersionComparison.compare("1." + huge, "1." + huge + "0") == -1)
        #expect(VersionComparison.compare("0000" + huge, huge) == 0)
        #expect(VersionComparison.compare("99999999999999999999.1", "99999999999999999998.9") == 1)
        #expect(VersionComparison.compare("18446744073709551616", "18446744073709551615") == 1)
    }

    @Test func mixedSegments() {
        #expect(VersionComparison.compare("1.2a", "1.2b") == -1)
        #expect(VersionComparison.compare("1.2", "1.2rc1") == -1)   // "" < "rc1"
        #expect(VersionComparison.compare("1.10rc1", "1.9rc2") == 1) // 10 > 9 first
        #expect(VersionComparison.compare("1.2-beta", "1.2-alpha") == 1)
        #expect(VersionComparison.compare("1.beta", "1.0") == -1)    // no digits sorts first
        #expect(VersionComparison.compare("1.beta", "1.alpha") == 1)
        #expect(VersionComparison.compare("14.2.0", "14.2.beta") == 1)
        #expect(VersionComparison.compare("14.2", "14.2.beta") == 1)
        #expect(VersionComparison.compare("1..2", "1.0.2") == -1)
        #expect(VersionComparison.compare("1.\u{661}", "1.1") == -1) // only ASCII digits are numeric
    }

    @Test func antisymmetricAndHelpers() {
        let vs = ["1", "1.0", "1.0.1", "1.2a", "1.2", "1.10", "beta", "", ".", "1..", "007", "7", "99999999999999999999999"]
        for a in vs {
            for b in vs {
                #expect(VersionComparison.compare(a, b) == -VersionComparison.compare(b, a), "\(a) vs \(b)")
            }
            #expect(VersionComparison.compare(a, a) == 0)
        }
        #expect(VersionComparison.greaterThan("14.2.1", "14.2"))
        #expect(VersionComparison.lessThan("9.43", "10"))
        #expect(!VersionComparison.lessThan("14.2", "14.2.0"))
    }
}
