import Foundation
import FoundationXML
import OktaELTools

/// Writes test outcomes as a JUnit XML report (one testsuite per file): `corpus --junit` and `test --junit`.
enum JUnitReport {
    /// One test case of a report.
    struct Case {
        /// The suite (the file it came from).
        var suite: String
        /// The case's name.
        var name: String
        /// The failure's one-line message and its full text; nil when it passed.
        var failure: (message: String, text: String)?
    }

    /// The corpus report as XML bytes.
    static func xml(_ outcomes: [CorpusOutcome], loadErrors: Int) -> [UInt8] {
        xml(outcomes.map { outcome in
            Case(suite: outcome.testCase.id.split(separator: "/").dropLast().joined(separator: "/"), name: outcome.testCase.name,
                 failure: outcome.passed ? nil : (outcome.failure ?? "failed", "\(outcome.testCase.expression)\n\(outcome.failure ?? "")"))
        }, loadErrors: loadErrors)
    }

    /// A report of `cases` as XML bytes; `loadErrors` (files that could not be read) count as failures.
    static func xml(_ cases: [Case], loadErrors: Int) -> [UInt8] {
        let root = XMLElement(name: "testsuites")
        var bySuite: [(String, [Case])] = []
        for item in cases {
            if let index = bySuite.firstIndex(where: { $0.0 == item.suite }) { bySuite[index].1.append(item) } else { bySuite.append((item.suite, [item])) }
        }
        root.addAttribute(attribute("tests", String(cases.count)))
        root.addAttribute(attribute("failures", String(cases.filter { $0.failure != nil }.count + loadErrors)))
        for (name, members) in bySuite {
            let suite = XMLElement(name: "testsuite")
            suite.addAttribute(attribute("name", name))
            suite.addAttribute(attribute("tests", String(members.count)))
            suite.addAttribute(attribute("failures", String(members.filter { $0.failure != nil }.count)))
            for item in members {
                let testCase = XMLElement(name: "testcase")
                testCase.addAttribute(attribute("classname", name))
                testCase.addAttribute(attribute("name", item.name))
                if let failure = item.failure {
                    let element = XMLElement(name: "failure", stringValue: failure.text)
                    element.addAttribute(attribute("message", failure.message))
                    testCase.addChild(element)
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
