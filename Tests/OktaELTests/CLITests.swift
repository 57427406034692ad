import Foundation
import Testing

/// Runs the built `oel` binary and compares its output with recorded snapshots
/// (`Snapshots/*.txt`; set RECORD_SNAPSHOTS=1 to re-record).
@Suite(.serialized) struct CLITests {
    func run(_ arguments: [String], stdin: String = "") throws -> CLIHarness.Run {
        try CLIHarness.run(arguments, stdin: stdin)
    }

    func snapshot(_ name: String, _ text: String) throws {
        try CLIHarness.snapshot(name, text)
    }

    @Test func quickstartEvaluatesTheEmbeddedExample() throws {
        let result = try run(["eval", "--context", "-", #"String.substringBefore(user.email, "@")"#],
                             stdin: #"{"user":{"email":"ann@example.com"}}"#)
        #expect(result.status == 0)
        #expect(result.stdout == "\"ann\"\n")
    }

    @Test func valuesKeepTheirJavaTypes() throws {
        #expect(try run(["eval", "7 / 2"]).stdout == "3\n")
        #expect(try run(["eval", "7 / 2.0"]).stdout == "3.5\n")
        #expect(try run(["eval", "10 / 4 * 1.0"]).stdout == "2.0\n")
        #expect(try run(["eval", "3000000000L"]).stdout == "3000000000\n")
        #expect(try run(["eval", "{1, 'a', null, true}"]).stdout == "[1,\"a\",null,true]\n")
        #expect(try run(["eval", "--dialect", "oie", "DateTime.now().plusDays(1)", "--now", "2015-07-31T17:18:37.979Z"]).stdout
                == "\"2015-08-01T17:18:37.979Z\"\n")
    }

    @Test func evaluationErrorRendersWithExitStatus1() throws {
        let result = try run(["eval", "--context", "-", "String.len(user.name) / user.count"], stdin: #"{"user":{"name":"ann","count":0}}"#)
        #expect(result.status == 1)
        try snapshot("eval-division-by-zero", result.stderr)
    }

    @Test func syntaxErrorsRenderWithExitStatus2() throws {
        let result = try run(["eval", #"user.status = "ACTIVE" AND"#])
        #expect(result.status == 2)
        try snapshot("eval-syntax-errors", result.stderr)
        let quotes = try run(["eval", "String.toUpperCase(“José”)"])
        #expect(quotes.status == 2)
        try snapshot("eval-smart-quotes", quotes.stderr)
        let dialect = try run(["eval", "user.email.substringBefore('@')"])
        #expect(dialect.status == 2)
        try snapshot("eval-wrong-dialect", dialect.stderr)
    }

    @Test func usageErrorsExitWith64() throws {
        #expect(try run(["eval"]).status == 64)
        #expect(try run(["eval", "--dialect", "nope", "1"]).status == 64)
        #expect(try run(["frobnicate"]).status == 64)
    }

    @Test func badContextIsAValidationError() throws {
        let result = try run(["eval", "--context", "-", "user.x"], stdin: "{not json")
        #expect(result.status == 2)
        #expect(result.stderr.contains("OEL7001"))
    }

    @Test func inputErrorsAreDiagnostics() throws {
        let missing = try run(["eval", "--context", "no-such-dir/context.json", "1"])
        #expect(missing.status == 2)
        #expect(missing.stderr == "error[OEL7003]: Cannot read no-such-dir/context.json: No such file or directory\n")
        let clock = try run(["eval", "--now", "soon", "Time.now()"])
        #expect(clock.status == 2)
        #expect(clock.stderr.hasPrefix("error[OEL7001]: The clock 'soon' is not an ISO-8601 date-time"))
        #expect(clock.stderr.hasSuffix("\n  = hint: write it like 2015-07-31T17:18:37.979Z\n"))
        let batchFile = try run(["eval", "--jsonl", "no-such-dir/batch.jsonl"])
        #expect(batchFile.status == 2)
        #expect(batchFile.stderr.hasPrefix("error[OEL7003]"))
        let function = try run(["functions", "String.lenght"])
        #expect(function.stderr == "error[OEL5001]: No function matches 'String.lenght'\n  = hint: did you mean String.length?\n")
    }

    @Test func codesPrintsTheDiagnosticsTable() throws {
        let markdown = try run(["codes", "--markdown"])
        #expect(markdown.status == 0)
        let page = try String(contentsOf: TestSupport.root.appendingPathComponent("grammar/diagnostics.md"), encoding: .utf8)
        #expect(markdown.stdout == page)
        let text = try run(["codes"])
        #expect(text.status == 0)
        #expect(text.stdout.contains("OEL5004  error   unknown name  [SpEL EL1008E]\n"))
        #expect(text.stdout.contains("OEL8006  warning concatenation with an attribute that may be null\n"))
        let one = try run(["codes", "oel6006"])
        #expect(one.stdout.hasPrefix("OEL6006  error   division by zero\n  Integer division"))
        #expect(one.stdout.contains("  usual hint: guard the divisor"))
        let json = try run(["codes", "--format", "json"])
        #expect(json.status == 0)
        let rows = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: String]]
        #expect(rows?.count == text.stdout.split(separator: "\n").count)
        #expect(rows?.first { $0["code"] == "OEL1001" }?["spel"] == "EL1045E")
        #expect(rows?.first { $0["code"] == "OEL8002" }?["severity"] == "warning")
        #expect(try run(["codes", "OEL9999"]).status == 64)
        #expect(try run(["codes", "--markdown", "--format", "json"]).status == 64)
    }

    @Test func jsonlBatchNeverStops() throws {
        let input = """
            {"id": 1, "expr": "1 + 1"}
            not json
            {"id": "b", "expr": "user.age > 18", "context": {"user": {"age": 20}}}
            {"id": 3, "expr": "1 / 0"}
            {"id": 4, "expr": "'test'.length()", "dialect": "oie"}
            {"id": 5}
            {"id": 6, "expr": "(1 +"}
            """
        let result = try run(["eval", "--jsonl"], stdin: input)
        #expect(result.status == 0)
        try snapshot("eval-jsonl", result.stdout)
        #expect(result.stdout.split(separator: "\n").count == 7)
    }

    @Test func parsePrintsCanonicalFormAndTree() throws {
        #expect(try run(["parse", "a AND b or NOT c"]).stdout == "a && b || !c\n")
        try snapshot("parse-tree", try run(["parse", "--tree", #"user.getGroups({'group.type': 'OKTA_GROUP'}).![profile.name]"#]).stdout)
    }

    @Test func functionsListsSignaturesAndExamples() throws {
        let result = try run(["functions", "String.substringAfter"])
        #expect(result.status == 0)
        try snapshot("functions-substringAfter", result.stdout)
        let all = try run(["functions"])
        #expect(all.stdout.contains("Arrays.flatten"))
        #expect(all.stdout.contains("isMemberOfGroupNameRegex"))
        #expect(try run(["functions", "String.lenght"]).status == 2)
    }

    @Test func corpusCommandCountsAndWritesJUnit() throws {
        let junit = FileManager.default.temporaryDirectory.appendingPathComponent("oel-junit-\(UUID().uuidString).xml")
        let result = try run(["corpus", "corpus/core/literals.json", "--junit", junit.path])
        #expect(result.status == 0)
        #expect(result.stdout.hasSuffix(" passed, 0 failed\n"))
        let xml = try String(contentsOf: junit, encoding: .utf8)
        #expect(xml.contains("<testsuites"))
        #expect(xml.contains("<testcase"))
        try? FileManager.default.removeItem(at: junit)
    }
}
