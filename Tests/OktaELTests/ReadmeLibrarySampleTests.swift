import Foundation
import Testing
import OktaEL   // not @testable: the sample may use only what a library user can see

/// The README's library sample ("The library") is the body of `sampleRuns` below, line for line,
/// so it compiles against the public API and does what its comments say.
@Suite struct ReadmeLibrarySampleTests {
    @Test func sampleRuns() throws {
        // README sample begins
        // Compile once: parse, bind the functions, fold the constants. A Program is immutable and Sendable.
        let environment = Environment(dialect: .classic)
        let program = try environment.compile(#"String.substringBefore(user.email, "@")"#)

        // Evaluate against a context: every top-level key is a root name.
        let context = EvaluationContext(roots: [
            "user": ["email": "ann@example.com", "department": "Sales"],
            "groups": [["id": "00g1emaKYZTWRYYRRTSK", "name": "Admins", "type": "OKTA_GROUP"]],
        ])
        let value = try program.evaluate(context)                  // .string("ann")
        let json = JSONWriter.write(value)                         // "\"ann\""

        // A compile error is a CompileFailure holding every diagnostic; the renderer gives the CLI's text:
        // "1:13: error[OEL3001]: Assignment '=' is not supported ...", the line, a caret, hint and fix.
        var report = ""
        do {
            _ = try environment.compile(#"user.status = "ACTIVE""#)
        } catch {
            report = DiagnosticRenderer().render(error.diagnostics, in: error.source)
        }

        // An evaluation error is the first runtime Diagnostic: code, severity, message, byte range, hint.
        // Here OEL6001 at bytes 13..<18: 'email' read from the null 'manager'.
        let manager = try environment.compile("user.manager.email")
        var failure: Diagnostic?
        do {
            _ = try manager.evaluate(context)
        } catch {
            failure = error
        }

        // Check before saving, without a user: against Okta's schema JSON and where it is used.
        // Here one error, OEL5101 "Invalid property departmnt ...", hint "did you mean department?".
        let schema = try ProfileSchema(json: JSONReader.parse(
            #"{"properties": {"department": {"type": "string"}, "groupCode": {"type": "integer"}}}"#))
        let checked = Checker.check(#"user.departmnt == "Sales""#,
                                    options: CheckOptions(profile: .groupRule, userSchema: schema))

        // A server keeps its programs in a ProgramCache (thread-safe, bounded, failures cached too)
        // and builds one context per request.
        let cache = ProgramCache(environment: environment, capacity: 1024)
        let claim = try cache.program(for: #"isMemberOfGroupName("Admins") ? "admin" : "user""#)
        let role = try claim.evaluate(context)                     // .string("admin")
        // README sample ends

        #expect(value == .string("ann"))
        #expect(json == "\"ann\"")
        #expect(report.hasPrefix("1:13: error[OEL3001]: Assignment '=' is not supported"))
        #expect(report.contains("= fix: replace with =="))
        #expect(failure?.code == "OEL6001")
        #expect(failure?.severity == .error)
        #expect(failure?.range.start == 13 && failure?.range.end == 18)
        #expect(failure?.message == "Property 'email' cannot be read from null")
        #expect(checked.hasErrors)
        #expect(checked.diagnostics.map(\.code) == ["OEL5101"])
        #expect(checked.diagnostics.first?.message.hasPrefix("Invalid property departmnt") == true)
        #expect(checked.diagnostics.first?.hint == "did you mean department?")
        #expect(role == .string("admin"))
        #expect(cache.count == 1)
    }

    /// The README's `swift` block under "The library", without its `import` and `Package.swift`
    /// comment lines, is exactly the marked part of `sampleRuns` (indentation aside).
    @Test func readmeShowsTheSampleThatRuns() throws {
        let readme = try String(contentsOf: TestSupport.root.appendingPathComponent("README.md"), encoding: .utf8)
        let here = try String(contentsOf: URL(fileURLWithPath: #filePath), encoding: .utf8)
        let shown = Self.librarySample(in: readme)
        let tested = Self.markedSample(in: here)
        #expect(shown.count > 10)
        #expect(shown == tested)
    }

    /// The lines of the first ```swift block after the heading "## The library", leaving out
    /// `import` lines, `// Package.swift` lines and leading blank lines.
    static func librarySample(in readme: String) -> [String] {
        let lines = readme.components(separatedBy: "\n")
        guard let heading = lines.firstIndex(of: "## The library"),
              let open = lines[heading...].firstIndex(of: "```swift"),
              let close = lines[(open + 1)...].firstIndex(of: "```") else { return [] }
        let body = lines[(open + 1)..<close].filter { !$0.hasPrefix("import ") && !$0.hasPrefix("// Package.swift") }
        return Array(body.drop { $0.isEmpty })
    }

    /// The lines between the begin and end markers of this file, with the body's indentation removed.
    static func markedSample(in source: String) -> [String] {
        let lines = source.components(separatedBy: "\n")
        guard let begin = lines.firstIndex(where: { $0.hasSuffix("// README sample " + "begins") }),
              let end = lines.firstIndex(where: { $0.hasSuffix("// README sample " + "ends") }), begin < end else { return [] }
        let indent = String(repeating: " ", count: 8)
        return lines[(begin + 1)..<end].map { $0.hasPrefix(indent) ? String($0.dropFirst(indent.count)) : $0 }
    }
}
