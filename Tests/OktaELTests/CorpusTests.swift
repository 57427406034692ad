import Testing
import OktaELTools

/// Runs every case of `corpus/` as its own test.
@Suite struct CorpusTests {
    @Test func corpusFilesLoad() {
        #expect(TestSupport.corpusLoadErrors.isEmpty, "\(TestSupport.corpusLoadErrors)")
        #expect(!TestSupport.corpus.isEmpty)
    }

    @Test func caseIdsAreUnique() {
        let ids = TestSupport.corpus.map(\.id)
        #expect(Set(ids).count == ids.count)
    }

    @Test(arguments: TestSupport.corpus)
    func corpusCase(_ testCase: CorpusCase) {
        let outcome = CorpusRunner.run(testCase)
        if !outcome.passed {
            Issue.record("\(testCase.id): \(testCase.expression) — \(outcome.failure ?? "")")
        }
    }
}
