import Foundation
import FoundationXML
import OktaELTools

/// Writes corpus outcomes as a JUnit XML report (one testsuite per corpus file).
enum JUnitReport {
    /// The report as XML bytes.
    static func xml(_ outcomes: [CorpusOutcome], loadErrors: Int) -> [UInt8] {
        let root = XMLElement(name: "testsuites")
        var byFile: [(String, [CorpusOutcome])] = []
        for outcome in outcomes {
            let file = outcome.testCase.id.split(separator: "/").dropLast().joined(separator: "/")
            if let index = byFile.firstIndex(where: { $0.0 == file }) { byFile[index].1.append(outcome) } else { byFile.append((file, [outcome])) }
        }
        root.addAttribute(attribute("tests", String(outcomes.count)))
        root.addAttribute(attribute("failures", String(outcomes.filter { !$0.passed }.count + loadErrors)))
        for (file, cases) in byFile {
            let suite = XMLElement(name: "testsuite")
            suite.addAttribute(attribute("name", file))
            suite.addAttribute(attribute("tests", String(cases.count)))
            suite.addAttribute(attribute("failures", String(cases.filter { !$0.passed }.count)))
            for outcome in cases {
                let testCase = XMLElement(name: "testcase")
                testCase.addAttribute(attribute("classname", file))
                testCase.addAttribute(attribute("name", outcome.testCase.name))
                if !outcome.passed {
                    let failure = XMLElement(name: "failure", stringValue: "\(outcome.testCase.expression)\n\(outcome.failure ?? "")")
                    failure.addAttribute(attribute("message", outcome.failure ?? "failed"))
                    testCase.addChild(failure)
                }
                suite.addChild(testCase)
            }
            root.addChild(suite)
        }
        let document = XMLDocument(rootElement: root)
        document.characterEncoding = "UTF-8"
        return [UInt8](document.xmlData(options: [.nodePrettyPrint]))
    }

    private static func attribute(_ name: String, _ value: String) -> XMLNode {
        let node = XMLNode(kind: .attribute)
        node.name = name
        node.stringValue = value
        return node
    }
}
