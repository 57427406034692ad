import Foundation
import OktaEL
import Testing

/// `oel check`: golden tests of the rendered diagnostics (text, JSON, JSON Lines) and the exit
/// statuses; the per-code behaviour is pinned by the `corpus/check` cases.
/// Snapshots are `Snapshots/check-*.txt`; set RECORD_SNAPSHOTS=1 to re-record.
@Suite(.serialized) struct CheckerTests {
    static let schema = "corpus/schemas/user.json"

    func run(_ arguments: [String], stdin: String = "") throws -> CLIHarness.Run {
        try CLIHarness.run(arguments, stdin: stdin)
    }

    func snapshot(_ name: String, _ text: String) throws {
        try CLIHarness.snapshot(name, text)
    }

    // MARK: Rendered text

    @Test func misspelledAttributeAgainstASchema() throws {
        let result = try run(["check", "--schema", Self.schema, #"user.departmnt == "Sales""#])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        try snapshot("check-misspelled-attribute", result.stderr)
    }

    @Test func groupRuleWithSeveralProblems() throws {
        let expression = #"user.status == "ACTIVE" AND Convert.toInt(user.groupCode) > 5 AND appuser.title == "x" AND user.getGroups({'group.type': 'OKTA_GROUP'}).![name] != null"#
        let result = try run(["check", "--profile", "group-rule", "--schema", Self.schema, expression])
        #expect(result.status == 2)
        try snapshot("check-group-rule", result.stderr)
        let also = try run(["check", "--profile", "group-rule", #"String.substringBefore(user.email, "@")"#])
        #expect(also.status == 2)
        #expect(also.stderr.contains("error[OEL5103]"))
    }

    @Test func wideCharactersKeepTheCaretsAligned() throws {
        let result = try run(["check", "--schema", Self.schema, #""日本語テキスト 🎉" + user.departmnt"#])
        #expect(result.status == 2)
        try snapshot("check-wide-characters", result.stderr)
        // The caret sits under `departmnt`: 7 CJK characters and one emoji take two columns each.
        let lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let carets = lines.first { $0.contains("^") } ?? ""
        let renderer = DiagnosticRenderer()
        let before = #""日本語テキスト 🎉" + user."#
        let columns = before.reduce(0) { $0 + renderer.width($1) }
        #expect(carets.dropFirst(4).prefix { $0 == " " }.count == columns)
        #expect(carets.filter { $0 == "^" }.count == "departmnt".count)
    }

    @Test func longLinesAreCutAroundTheRange() throws {
        let conditions = (0..<12).map { #"user.email == "person\#($0)@example.com""# }.joined(separator: " OR ")
        let expression = conditions + #" OR user.departmnt == "Sales""#
        let result = try run(["check", "--schema", Self.schema, expression])
        #expect(result.status == 2)
        try snapshot("check-long-line", result.stderr)
        #expect(result.stderr.contains("1 | …"))
    }

    @Test func multiLineExpressionsPointAtTheRightLine() throws {
        let expression = "user.isContractor\n  ? user.costCenter\n  : user.departmnt"
        let result = Checker.check(expression, options: CheckOptions(userSchema: try Self.loadSchema()))
        let rendered = DiagnosticRenderer().render(result.diagnostics, in: result.source)
        #expect(rendered.hasPrefix("3:10: error[OEL5101]: Invalid property departmnt in expression user.isContractor   ? user.costCenter   : user.departmnt"))
        #expect(rendered.contains("3 |   : user.departmnt\n  |          ^^^^^^^^^"))
    }

    // MARK: JSON

    @Test func jsonForm() throws {
        let result = try run(["check", "--format", "json", "--schema", Self.schema, #"user.departmnt == "Sales""#])
        #expect(result.status == 2)
        try snapshot("check-json", result.stdout)
        let fixIt = try run(["check", "--format", "json", "--schema", Self.schema, #"user.groupCode == "123" AND user.title + "x" == "y""#])
        #expect(fixIt.status == 0)
        try snapshot("check-json-warnings", fixIt.stdout)
        let clean = try run(["check", "--format", "json", "--profile", "policy", #"user.profile.email.substringAfter("@") == "okta.com""#])
        #expect(clean.status == 0)
        #expect(clean.stdout == #"{"valid":true,"type":"Boolean","diagnostics":[]}"# + "\n")
    }

    @Test func jsonLines() throws {
        let input = """
            {"id": 1, "expr": "user.firstName + ' ' + user.lastName"}
            {"id": 2, "expr": "user.status == 'ACTIVE'", "profile": "group-rule"}
            not json
            {"id": 3, "expr": "String.len(user.profile.email) > 3", "dialect": "oie"}
            {"id": 4, "expr": "user.title + 'x'"}
            {"id": 5}
            {"id": 6, "expr": "1", "profile": "saml"}
            {"id": 7, "expr": "user.profile.login.contains('@example.com')", "profile": "policy"}
            """
        let result = try run(["check", "--jsonl"], stdin: input)
        #expect(result.status == 2)
        try snapshot("check-jsonl", result.stdout)
        #expect(result.stdout.split(separator: "\n").count == 8)
        let clean = try run(["check", "--jsonl"], stdin: #"{"id": 1, "expr": "user.title + 'x'"}"# + "\n")
        #expect(clean.status == 0)
        #expect(try run(["check", "--jsonl", "--strict"], stdin: #"{"id": 1, "expr": "user.title + 'x'"}"# + "\n").status == 1)
    }

    // MARK: Exit statuses

    @Test func exitStatuses() throws {
        let clean = try run(["check", "--profile", "group-rule", #"isMemberOfGroup("00g1emaKYZTWRYYRRTSK")"#])
        #expect(clean.status == 0)
        #expect(clean.stdout == "ok: Boolean\n")
        #expect(clean.stderr.isEmpty)
        let warning = try run(["check", #"user.title + " (contractor)""#])
        #expect(warning.status == 0)
        #expect(warning.stderr.contains("0 errors, 1 warning"))
        #expect(try run(["check", "--strict", #"user.title + " (contractor)""#]).status == 1)
        #expect(try run(["check", "--strict", #"user.firstName + " " + user.lastName"#]).status == 0)
        #expect(try run(["check", "--schema", Self.schema, "user.departmnt"]).status == 2)
        #expect(try run(["check", "--strict", "--schema", Self.schema, "user.departmnt"]).status == 2)
        #expect(try run(["check", "(1 +"]).status == 2)
        #expect(try run(["check"]).status == 64)
        #expect(try run(["check", "--profile", "saml", "1"]).status == 64)
        #expect(try run(["check", "--format", "yaml", "1"]).status == 64)
        let badSchema = try run(["check", "--schema", "corpus/README.md", "user.x"])
        #expect(badSchema.status == 2)
        #expect(badSchema.stderr.contains("OEL7001"))
        let help = try run(["check", "--help"])
        #expect(help.stdout.contains("--app-schema"))
        #expect(help.stdout.contains("Exit status"))
    }

    // MARK: Library

    static func loadSchema() throws -> ProfileSchema {
        let text = try String(contentsOf: TestSupport.root.appendingPathComponent(schema), encoding: .utf8)
        return try ProfileSchema(json: try JSONReader.parse(text))
    }

    @Test func schemaReadsBothSectionsAndRequiredLists() throws {
        let schema = try Self.loadSchema()
        #expect(schema.attributes["department"] == .string)
        #expect(schema.attributes["groupCode"] == .int)
        #expect(schema.attributes["clearanceLevel"] == .double)
        #expect(schema.attributes["roles"] == .array(.string))
        #expect(schema.required == ["login", "email", "firstName", "lastName"])
        let listOnly = try ProfileSchema(json: try JSONReader.parse(#"{"properties": {"a": {"type": "string"}, "b": {"type": "string"}}, "required": ["a"]}"#))
        #expect(listOnly.required == ["a"])
        #expect(throws: Diagnostic.self) { try ProfileSchema(json: try JSONReader.parse(#"{"type": "object"}"#)) }
    }

    @Test func fixItsAndHints() throws {
        let options = CheckOptions(userSchema: try Self.loadSchema())
        let misspelled = Checker.check("user.departmnt", options: options)
        #expect(misspelled.diagnostics.first?.hint == "did you mean department?")
        let code = Checker.check(#"user.groupCode == "123""#, options: options)
        #expect(code.diagnostics.first?.fixIt?.replacement == "123")
        let status = Checker.check(#"user.status == "ACTIVE""#, options: CheckOptions(profile: .groupRule))
        #expect(status.diagnostics.first?.fixIt?.replacement == #"user.getInternalProperty("status")"#)
        let classic = Checker.check("user.profile.email", options: CheckOptions())
        #expect(classic.diagnostics.first?.fixIt?.replacement == "user.email")
        let oie = Checker.check("user.email", options: CheckOptions(dialect: .identityEngine))
        #expect(oie.diagnostics.first?.fixIt?.replacement == "user.profile.email")
        let triple = Checker.check("user.a === 1", options: CheckOptions())
        #expect(triple.diagnostics.map(\.code) == [.foreignOperator])
        #expect(triple.diagnostics.first?.fixIt == FixIt(range: SourceRange(start: 7, end: 10), replacement: "=="))
        #expect(triple.hasErrors)
    }

    @Test func claimLengthCountsJavaCharacters() throws {
        let emoji = String(repeating: "🎉", count: 511)
        // 1 + 1022 + 1 = 1024 UTF-16 units: accepted; one more emoji is 1026.
        #expect(Checker.check("'\(emoji)'", options: CheckOptions(profile: .claim)).diagnostics.isEmpty)
        let long = Checker.check("'\(emoji)🎉'", options: CheckOptions(profile: .claim))
        #expect(long.diagnostics.map(\.code) == [.expressionTooLong])
        let range = long.diagnostics.first?.range
        #expect(range?.start == 1 + 4 * 511)
    }
}
