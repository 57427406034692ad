import Foundation
import Testing

/// How the CLI reads its inputs: every file option of every command reports an unreadable file
/// with the operating system's reason and exit status 2; JSON inputs report syntax errors at their
/// file, line and column; the expression comes from an argument, a file or standard input.
@Suite(.serialized) struct CLIInputTests {
    func run(_ arguments: [String], stdin: String = "") throws -> CLIHarness.Run {
        try CLIHarness.run(arguments, stdin: stdin)
    }

    /// A fresh folder for the files of one test.
    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("oel-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func write(_ text: String, _ name: String, in folder: URL) throws -> String {
        let url = folder.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    /// Every file option of every command, with `PATH` where the file goes. `functions` and `codes`
    /// read no files.
    static let fileOptions: [[String]] = [
        ["eval", "--context", "PATH", "1"],
        ["eval", "--file", "PATH"],
        ["eval", "--jsonl", "PATH"],
        ["check", "--schema", "PATH", "user.x"],
        ["check", "--app-schema", "PATH", "appuser.x"],
        ["check", "--file", "PATH"],
        ["check", "--jsonl", "PATH"],
        ["parse", "--file", "PATH"],
        ["bench", "PATH"],
        ["corpus", "PATH"],
    ]

    @Test(arguments: fileOptions)
    func missingFileGivesTheReasonAndStatus2(_ template: [String]) throws {
        let missing = try folder().appendingPathComponent("nope.json").path
        let result = try run(template.map { $0 == "PATH" ? missing : $0 })
        #expect(result.status == 2, "\(template)")
        #expect(result.stderr == "error[OEL7003]: Cannot read \(missing): No such file or directory\n", "\(template)")
        #expect(result.stdout.isEmpty)
    }

    /// `corpus` takes folders (it runs the `.json` files in them), so it is not among these.
    @Test(arguments: fileOptions.filter { $0[0] != "corpus" })
    func directoryGivesTheReasonAndStatus2(_ template: [String]) throws {
        let directory = try folder().path
        let result = try run(template.map { $0 == "PATH" ? directory : $0 })
        #expect(result.status == 2, "\(template)")
        #expect(result.stderr == "error[OEL7003]: Cannot read \(directory): Is a directory\n", "\(template)")
    }

    /// Root reads any file, so the reason cannot be produced when the tests run as root.
    @Test(.enabled(if: getuid() != 0)) func unreadableFileSaysPermissionDenied() throws {
        let path = try write("{}", "secret.json", in: folder())
        chmod(path, 0)
        let result = try run(["eval", "--context", path, "1"])
        #expect(result.status == 2)
        #expect(result.stderr == "error[OEL7003]: Cannot read \(path): Permission denied\n")
    }

    @Test func unwritableReportGivesTheReasonAndStatus2() throws {
        let directory = try folder().path
        let result = try run(["corpus", "corpus/core/literals.json", "--junit", directory])
        #expect(result.status == 2)
        #expect(result.stderr == "error[OEL7003]: Cannot write \(directory): Is a directory\n")
    }

    @Test func helpDocumentsStatus2ForUnreadableFiles() throws {
        let help = try run(["check", "--help"]).stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(help.contains("2 errors (or an invalid schema, or an input file that cannot be read)"))
        #expect(!help.contains("exits with 1"))
    }

    @Test func appNameDeclaresAnAppInstanceOfAMapping() throws {
        let undeclared = try run(["check", "--profile", "mapping", "--strict", "salesforce.email"])
        #expect(undeclared.status == 1)
        #expect(undeclared.stdout.contains("warning[OEL8012]") || undeclared.stderr.contains("warning[OEL8012]"))
        #expect((undeclared.stdout + undeclared.stderr).contains("--app-name salesforce"))
        let declared = try run(["check", "--profile", "mapping", "--strict", "--app-name", "salesforce", "salesforce.email"])
        #expect(declared.status == 0)
        #expect(declared.stdout == "ok: Any\n")
        let suffixed = try run(["check", "--profile", "mapping", "--strict", "--app-name", "salesforce", "salesforce_app.domain"])
        #expect(suffixed.status == 0)
    }

    // MARK: JSON inputs: file, line, column and a caret

    @Test func invalidContextFileNamesFileLineAndColumn() throws {
        let path = try write("{\n  \"user\": {\"email\": \"ann@example.com\",},\n  \"x\": 1\n}\n", "context.json", in: folder())
        let result = try run(["eval", "--context", path, "user.email"])
        #expect(result.status == 2)
        #expect(result.stderr == """
            \(path):2:39: error[OEL7001]: The evaluation context is not valid JSON: trailing comma before '}'
              |
            2 |   "user": {"email": "ann@example.com",},
              | \(String(repeating: " ", count: 38))^

            """)
    }

    @Test func invalidContextOnStandardInputIsNamedStdin() throws {
        let result = try run(["eval", "--context", "-", "user.x"], stdin: "{\"user\": [1 2]}")
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("<stdin>:1:13: error[OEL7001]: The evaluation context is not valid JSON: unexpected '2', expected ',' or ']'"))
        #expect(result.stderr.contains("1 | {\"user\": [1 2]}\n  |             ^\n"))
    }

    @Test func truncatedJSONPointsAfterItsLastCharacter() throws {
        let path = try write("{\"user\": {\"a\": 1}\n\n", "short.json", in: folder())
        let result = try run(["eval", "--context", path, "1"])
        #expect(result.stderr.hasPrefix("\(path):1:18: error[OEL7001]: The evaluation context is not valid JSON: unexpected end of input"))
    }

    @Test func contextOfTheWrongShapeNamesTheFile() throws {
        let path = try write("[1, 2]", "list.json", in: folder())
        let result = try run(["eval", "--context", path, "1"])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("\(path): error[OEL7001]: The evaluation context must be a JSON object, not "))
    }

    @Test func invalidSchemasNameFileLineAndColumn() throws {
        let directory = try folder()
        let path = try write("{\"properties\": {\n  \"department\": {\"type\": \"string\"}\n  \"x\": 1}}", "schema.json", in: directory)
        for option in ["--schema", "--app-schema"] {
            let result = try run(["check", option, path, "user.department"])
            #expect(result.status == 2)
            let what = option == "--schema" ? "user profile" : "app user"
            #expect(result.stderr.hasPrefix("\(path):3:3: error[OEL7001]: The \(what) schema is not valid JSON: unexpected '\"', expected ',' or '}' after object member\n  |\n3 |   \"x\": 1}}\n  |   ^\n"),
                    "\(result.stderr)")
        }
    }

    @Test func invalidCorpusFileNamesLineAndColumn() throws {
        let path = try write("{\"cases\": [\n  {\"name\": \"a\", \"expr\": \"1\", \"value\": 1,}\n]}\n", "cases.json", in: folder())
        let result = try run(["corpus", path])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("\(path):2:41: error[OEL7001]: The corpus file is not valid JSON: trailing comma before '}'"))
        #expect(result.stdout.hasSuffix("0 passed, 1 failed\n"))
    }

    @Test func invalidBenchLineNamesItsLineOfTheFile() throws {
        let path = try write(#"{"id": "a", "expr": "1"}"# + "\n\n" + #"{"id": "b", "expr": "2",}"# + "\n", "bench.jsonl", in: folder())
        let result = try run(["bench", "--iterations", "1", "--rounds", "1", path])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("\(path):3:25: error[OEL7002]: The line is not valid JSON: trailing comma before '}'\n  |\n3 | "), "\(result.stderr)")
    }

    @Test func invalidBatchLinesArePlacedInTheBatchInput() throws {
        let input = "{\"id\": 1, \"expr\": \"1\"}\n\n{\"id\": 2, \"expr\": \"1\",}\n[3]\n"
        let directory = try folder()
        let path = try write(input, "batch.jsonl", in: directory)
        for arguments in [["eval", "--jsonl"], ["eval", "--jsonl", path], ["check", "--jsonl"], ["check", "--jsonl", path]] {
            let result = try run(arguments, stdin: arguments.count == 2 ? input : "")
            let lines = result.stdout.split(separator: "\n").map(String.init)
            #expect(lines.count == 3, "\(arguments)")
            // Line 3 of the input, byte 23 of the line, which starts at byte 24.
            #expect(lines[1].contains(#""message":"The line is not valid JSON: trailing comma before '}'","start":46,"end":46,"line":3,"column":23,"endLine":3,"endColumn":23"#),
                    "\(arguments): \(lines[1])")
            #expect(lines[2].contains(#""message":"Each line must be a JSON object, not Array","start":48,"end":48,"line":4,"column":1"#),
                    "\(arguments): \(lines[2])")
        }
    }

    // MARK: The expression from a file or standard input

    @Test func expressionFromStandardInput() throws {
        let result = try run(["eval", "-"], stdin: "1+1\n")
        #expect(result.status == 0)
        #expect(result.stdout == "2\n")
        #expect(try run(["check", "-"], stdin: "'a' + 'b'\n").stdout == "ok: String\n")
        #expect(try run(["parse", "-"], stdin: "a AND b\n").stdout == "a && b\n")
        #expect(try run(["eval", "--file", "-"], stdin: "7 / 2").stdout == "3\n")
        // A Windows line end and a byte-order mark are not part of the expression.
        // (An error at the end of the expression stays on line 1, not on the empty line after it.)
        #expect(try run(["eval", "-"], stdin: "1 +\r\n").stderr.hasPrefix("1:4: error[OEL2002]"))
        #expect(try run(["eval", "-"], stdin: "1 +\n").stderr.hasPrefix("1:4: error[OEL2002]"))
        #expect(try run(["parse", "-"], stdin: "\u{FEFF}a OR b\n").stdout == "a || b\n")
        let empty = try run(["eval", "-"], stdin: "\n")
        #expect(empty.status == 2)
        #expect(empty.stderr.hasPrefix("1:1: error[OEL2006]"))
    }

    @Test func expressionFromAFile() throws {
        let directory = try folder()
        let path = try write("String.substringBefore(user.email, \"@\")\n", "claim.oel", in: directory)
        let context = try write(#"{"user": {"email": "ann@example.com"}}"#, "context.json", in: directory)
        #expect(try run(["eval", "--context", context, "--file", path]).stdout == "\"ann\"\n")
        #expect(try run(["eval", "--context", "-", "--file", path], stdin: #"{"user": {"email": "bo@example.com"}}"#).stdout == "\"bo\"\n")
        #expect(try run(["check", "--file", path]).stdout == "ok: String\n")
        #expect(try run(["parse", "--file", path]).stdout == "String.substringBefore(user.email, '@')\n")
        // Positions are those of the file: line 2 here.
        let twoLines = try write("user.firstName ==\n  user.lastName +\n", "broken.oel", in: directory)
        let broken = try run(["eval", "--file", twoLines])
        #expect(broken.status == 2)
        #expect(broken.stderr.hasPrefix("2:18: error[OEL2002]"), "\(broken.stderr)")
    }

    @Test func expressionLongerThanAnArgumentCanBe() throws {
        // 200 KiB, above Linux's 128 KiB limit for one argument.
        let long = "String.len('" + String(repeating: "abcd", count: 50_000) + "')"
        let result = try run(["eval", "-"], stdin: long)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "200000\n")
    }

    @Test func twoInputsCannotBothReadStandardInput() throws {
        for arguments in [["eval", "--context", "-", "-"], ["eval", "--context", "-", "--file", "-"],
                          ["check", "--schema", "-", "-"], ["check", "--schema", "-", "--app-schema", "-", "1"],
                          ["check", "--jsonl", "--schema", "-"]] {
            let result = try run(arguments, stdin: "{}")
            #expect(result.status == 64, "\(arguments)")
            #expect(result.stderr.contains("Only one input can be read from standard input"), "\(arguments): \(result.stderr)")
        }
        #expect(try run(["eval", "--jsonl", "--context", "c.json"]).stderr.contains("--context does not apply to --jsonl"))
        #expect(try run(["eval", "--file", "a.oel", "1"]).stderr.contains("either as an argument or with --file"))
        #expect(try run(["eval", "--jsonl", "--file", "a.oel"]).stderr.contains("with --jsonl give the batch file"))
    }

    @Test func missingExpressionSaysHowToGiveIt() throws {
        for command in ["eval", "check", "parse"] {
            let result = try run([command])
            #expect(result.status == 64)
            #expect(result.stderr.contains("give it as an argument, as - to read it from standard input, or with --file PATH"), "\(command)")
        }
    }

    // MARK: --format json and the limit flags

    @Test func evalErrorsAsJSON() throws {
        let value = try run(["eval", "--format", "json", "7 / 2"])
        #expect(value.status == 0)
        #expect(value.stdout == #"{"value":3,"type":"Integer"}"# + "\n")
        let runtime = try run(["eval", "--format", "json", "1 / 0"])
        #expect(runtime.status == 1)
        #expect(runtime.stderr.isEmpty)
        #expect(runtime.stdout == #"{"error":{"code":"OEL6006","severity":"error","message":"Division by zero ('/' with an integer divisor of 0)","start":2,"end":3,"line":1,"column":3,"endLine":1,"endColumn":4,"hint":"guard the divisor, or use a real number (1.0) to get Infinity"}}"# + "\n")
        // The same object as the batch line of the same request.
        let batch = try run(["eval", "--jsonl"], stdin: #"{"expr": "1 / 0"}"#)
        #expect(batch.stdout == runtime.stdout)
        let syntax = try run(["eval", "--format", "json", #"user.status = "ACTIVE" AND"#])
        #expect(syntax.status == 2)
        let object = try JSONSerialization.jsonObject(with: Data(syntax.stdout.utf8)) as? [String: Any]
        #expect((object?["error"] as? [String: Any])?["code"] as? String == "OEL3001")
        #expect((object?["diagnostics"] as? [[String: Any]])?.compactMap { $0["code"] as? String } == ["OEL3001", "OEL2010"])
    }

    @Test func sourceLimitHintNamesTheFlagThatRaisesIt() throws {
        let long = String(repeating: "1+", count: 40) + "1"
        for command in ["eval", "check", "parse"] {
            let refused = try run([command, "--max-source-bytes", "20", long])
            #expect(refused.status == 2, "\(command)")
            #expect(refused.stderr.contains("error[OEL4001]"), "\(command)")
            #expect(refused.stderr.contains("= hint: raise the limit with --max-source-bytes 81 if this is intended"), "\(command): \(refused.stderr)")
            let accepted = try run([command, "--max-source-bytes", "81", long])
            #expect(accepted.status == 0, "\(command): \(accepted.stderr)")
        }
        let json = try run(["check", "--format", "json", "--max-source-bytes", "20", long])
        #expect(json.stdout.contains(#""hint":"raise the limit with --max-source-bytes 81 if this is intended""#))
        let batch = try run(["eval", "--jsonl", "--max-source-bytes", "20"], stdin: #"{"expr": "1+1+1+1+1+1+1+1+1+1+1"}"#)
        #expect(batch.stdout.contains("OEL4001"))
        #expect(batch.stdout.contains(#""hint":"raise the limit with --max-source-bytes 21 if this is intended""#), "\(batch.stdout)")
        #expect(try run(["eval", "--jsonl", "--max-source-bytes", "81"], stdin: #"{"expr": "\#(long)"}"#).stdout.contains(#""value":41"#))
    }

    @Test func otherLimitsHaveFlagsToo() throws {
        let deep = String(repeating: "(", count: 30) + "1" + String(repeating: ")", count: 30)
        let refused = try run(["eval", "--max-depth", "10", deep])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("raise the limit with --max-depth N"))
        #expect(try run(["eval", "--max-depth", "40", deep]).stdout == "1\n")
        let nodes = try run(["parse", "--max-nodes", "5", "1+2+3+4+5"])
        #expect(nodes.stderr.contains("raise the limit with --max-nodes N"))
        let steps = try run(["eval", "--max-steps", "5", "{1,2,3,4,5,6,7,8}.![true]"])
        #expect(steps.status == 1)
        #expect(steps.stderr.contains("raise the limit with --max-steps N"), "\(steps.stderr)")
        #expect(try run(["eval", "--max-source-bytes", "0", "1"]).status == 64)
    }
}
