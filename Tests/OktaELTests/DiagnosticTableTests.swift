import Foundation
import Testing
@testable import OktaEL

/// The diagnostics table: one row per code, severities read from it, the generated page, and
/// the usual hints the rows document against the hints diagnostics really carry.
struct DiagnosticTableTests {
    @Test func everyCodeIsDefinedOnce() {
        let codes = DiagnosticTable.rows.map(\.code)
        var seen: Set<DiagnosticCode> = []
        let duplicates = codes.filter { !seen.insert($0).inserted }
        #expect(duplicates.isEmpty, "codes defined twice: \(duplicates)")
        #expect(codes.count >= 86)
    }

    @Test func everyTablePropertyIsARow() {
        // `rows` is read by reflection: every stored property of the table must be a row, so
        // none is silently left out of the list.
        let children = Mirror(reflecting: DiagnosticTable.standard).children
        #expect(children.count == DiagnosticTable.rows.count)
        for child in children {
            #expect(child.value is DiagnosticRow, "\(child.label ?? "?") is not a row")
        }
    }

    @Test func rowsAreWellFormed() {
        for row in DiagnosticTable.rows {
            let text = row.code.rawValue
            #expect(text.count == 7 && text.hasPrefix("OEL") && text.dropFirst(3).allSatisfy(\.isASCII)
                    && text.dropFirst(3).allSatisfy(\.isNumber), "\(text)")
            #expect(!row.title.isEmpty && row.title.last != ".", "\(text) title")
            #expect(row.description.hasSuffix(".") || row.description.hasSuffix(".)"), "\(text) description")
            if let spel = row.spel { #expect(spel.hasPrefix("EL") && spel.hasSuffix("E"), "\(text) SpEL \(spel)") }
        }
    }

    @Test func namedCodesAreTheirRows() {
        #expect(DiagnosticCode.unknownName.rawValue == "OEL5004")
        #expect(DiagnosticCode.unknownName.row?.title == "unknown name")
        #expect(DiagnosticCode.divisionByZero.row?.hint == "guard the divisor, or use a real number (1.0) to get Infinity")
        #expect(DiagnosticCode.unreadableInput.rawValue == "OEL7003")
        #expect(DiagnosticCode("OEL9999").row == nil)
    }

    @Test func severityIsTheRowsField() {
        for row in DiagnosticTable.rows {
            #expect(row.code.defaultSeverity == row.severity)
            #expect(Diagnostic(row.code, "m", at: .at(0)).severity == row.severity)
        }
        #expect(DiagnosticCode.nullableConcatenation.defaultSeverity == .warning)
        #expect(DiagnosticCode.unknownName.defaultSeverity == .error)
        #expect(DiagnosticCode.tooManyDiagnostics.defaultSeverity == .note)
        #expect(DiagnosticCode("OEL9999").defaultSeverity == .error)
        #expect(Diagnostic(.nullableConcatenation, "m", at: .at(0), severity: .error).severity == .error)
    }

    @Test func committedPageIsTheGeneratedOne() throws {
        let committed = try String(contentsOf: TestSupport.root.appendingPathComponent("grammar/diagnostics.md"), encoding: .utf8)
        let generated = DiagnosticTableDocument.markdown()
        #expect(generated == committed, "grammar/diagnostics.md is stale: run oel codes --markdown > grammar/diagnostics.md")
        for row in DiagnosticTable.rows {
            #expect(generated.contains("| `\(row.code)` | \(row.severity.rawValue) |"))
        }
        #expect(generated.contains("single \\| or &"))  // a '|' in a cell is escaped
    }

    @Test func jsonRowsCarryEveryField() throws {
        guard case .array(let items) = DiagnosticTableDocument.json() else {
            Issue.record("not an array")
            return
        }
        #expect(items.count == DiagnosticTable.rows.count)
        for (item, row) in zip(items, DiagnosticTable.rows) {
            guard case .object(let object) = item else {
                Issue.record("not an object")
                continue
            }
            #expect(object["code"]?.stringValue == row.code.rawValue)
            #expect(object["severity"]?.stringValue == row.severity.rawValue)
            #expect(object["title"]?.stringValue == row.title)
            #expect(object["description"]?.stringValue == row.description)
            #expect(object["hint"]?.stringValue == row.hint)
            #expect(object["spel"]?.stringValue == row.spel)
        }
    }

    @Test func plainTextListsEveryCode() {
        let lines = DiagnosticTableDocument.plainText().split(separator: "\n")
        #expect(lines.count == DiagnosticTable.rows.count)
        #expect(lines.contains("OEL5004  error   unknown name  [SpEL EL1008E]"))
        #expect(lines.contains("OEL8002  warning comparison with a literal of another type"))
    }

    // MARK: Usual hints against real ones

    enum Run: Sendable {
        case check(CheckOptions)
        case evaluate(Dialect, context: String)
    }

    struct Sample: Sendable, CustomTestStringConvertible {
        var code: DiagnosticCode
        var source: String
        var run: Run = .check(CheckOptions())
        var testDescription: String { "\(code) \(source)" }
    }

    static let samples: [Sample] = [
        Sample(code: .unterminatedString, source: "'abc"),
        Sample(code: .smartQuote, source: "String.len(“José”)"),
        Sample(code: .strayBackslash, source: #"a \ b"#),
        Sample(code: .invalidCharacter, source: "user.x § 1"),
        Sample(code: .intLiteralOutOfRange, source: "3000000000"),
        Sample(code: .longLiteralOutOfRange, source: "99999999999999999999L"),
        Sample(code: .chainedComparison, source: "1 < 2 < 3"),
        Sample(code: .trailingComma, source: "{1, 2,}"),
        Sample(code: .missingTernaryBranch, source: "true ? 1"),
        Sample(code: .assignmentNotSupported, source: "a = 1"),
        Sample(code: .incrementNotSupported, source: "x++"),
        Sample(code: .decrementNotSupported, source: "x--"),
        Sample(code: .betweenNotSupported, source: "1 between {0, 2}"),
        Sample(code: .typeReferenceNotSupported, source: "T(java.lang.Math).random()"),
        Sample(code: .sourceTooLong, source: String(repeating: "1 + ", count: 40) + "1",
               run: .check(CheckOptions(parseLimits: ParseLimits(maxSourceBytes: 100)))),
        Sample(code: .nestingTooDeep, source: String(repeating: "(", count: 20) + "1" + String(repeating: ")", count: 20),
               run: .check(CheckOptions(parseLimits: ParseLimits(maxDepth: 10)))),
        Sample(code: .tooManyNodes, source: String(repeating: "1 + ", count: 40) + "1",
               run: .check(CheckOptions(parseLimits: ParseLimits(maxNodes: 20)))),
        Sample(code: .invalidProperty, source: "user.departmnt == 'Sales'", run: .check(CheckOptions(userSchema: schema))),
        Sample(code: .rootNotAllowed, source: "appuser.x == 1", run: .check(CheckOptions(profile: .groupRule))),
        Sample(code: .userStatusInGroupRule, source: "user.status == 'ACTIVE'", run: .check(CheckOptions(profile: .groupRule))),
        Sample(code: .expressionTooLong, source: "'" + String(repeating: "a", count: 1100) + "'", run: .check(CheckOptions(profile: .claim))),
        Sample(code: .iterationNotAllowed, source: "user.x.![y] == null", run: .check(CheckOptions(profile: .groupRule))),
        Sample(code: .profileDialectMismatch, source: "'a'", run: .check(CheckOptions(dialect: .identityEngine, profile: .claim))),
        Sample(code: .accessScopeOutsideClaim, source: "access.scope", run: .check(CheckOptions(profile: .mapping))),
        Sample(code: .propertyOfNullLiteral, source: "null.x"),
        Sample(code: .propertyOnNull, source: "user.manager.email", run: .evaluate(.classic, context: #"{"user":{"manager":null}}"#)),
        Sample(code: .methodOnNull, source: "user.profile.x.toUpperCase()", run: .evaluate(.identityEngine, context: #"{"user":{"profile":{}}}"#)),
        Sample(code: .divisionByZero, source: "1 / 0", run: .evaluate(.classic, context: "{}")),
        Sample(code: .regexBudgetExceeded, source: #"s matches '(a|aa)+\1b'"#,
               run: .evaluate(.classic, context: #"{"s":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"}"#)),
        Sample(code: .foreignOperator, source: "1 === 1"),
        Sample(code: .matchesDeprecated, source: "'a' matches 'a'"),
        Sample(code: .groupNameAmbiguous, source: "isMemberOfGroupName('x')"),
        Sample(code: .catastrophicRegex, source: "isMemberOfGroupNameRegex('(a+)+')"),
        Sample(code: .nullableConcatenation, source: "user.title + 'x'"),
        Sample(code: .nonOktaRoot, source: "groups"),
        Sample(code: .unverifiedInProfile, source: "session.amr", run: .check(CheckOptions(profile: .claim))),
        Sample(code: .undeclaredAppReference, source: "salesforce.email", run: .check(CheckOptions(profile: .mapping))),
    ]

    /// Rows whose usual hint no sample above can produce cheaply.
    static let unsampled: Set<DiagnosticCode> = [.stepBudgetExceeded, .undocumentedFunction]

    static let schema: ProfileSchema? = try? ProfileSchema(json: JSONReader.parse(#"{"properties":{"department":{"type":"string"}}}"#))

    @Test func everyUsualHintHasASample() {
        let sampled = Set(Self.samples.map(\.code))
        for row in DiagnosticTable.rows where row.hint != nil {
            #expect(sampled.contains(row.code) || Self.unsampled.contains(row.code), "no sample for the hint of \(row.code)")
        }
    }

    @Test(arguments: samples)
    func usualHintMatches(_ sample: Sample) throws {
        let template = try #require(sample.code.row?.hint)
        let diagnostics: [Diagnostic]
        switch sample.run {
        case .check(let options):
            diagnostics = Checker.check(sample.source, options: options).diagnostics
        case .evaluate(let dialect, let context):
            do {
                _ = try TestSupport.evaluate(sample.source, context, dialect: dialect)
                diagnostics = []
            } catch let diagnostic as Diagnostic {
                diagnostics = [diagnostic]
            } catch let failure as CompileFailure {
                diagnostics = failure.diagnostics
            }
        }
        let found = try #require(diagnostics.first { $0.code == sample.code }, "\(diagnostics.map(\.code))")
        let hint = try #require(found.hint)
        #expect(Self.matches(hint, template), "\(hint) does not fit \(template)")
    }

    /// Whether `text` is `template` with each `{placeholder}` replaced by some text.
    static func matches(_ text: String, _ template: String) -> Bool {
        var parts: [Substring] = []
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}"),
              rest[rest.index(after: open)..<close].allSatisfy(\.isLetter), close > rest.index(after: open) {
            parts.append(rest[..<open])
            rest = rest[rest.index(after: close)...]
        }
        parts.append(rest)
        guard parts.count > 1 else { return text == template }
        var remaining = Substring(text)
        guard remaining.hasPrefix(parts[0]) else { return false }
        remaining = remaining.dropFirst(parts[0].count)
        for part in parts.dropFirst().dropLast() {
            guard let found = remaining.range(of: part) else { return false }
            remaining = remaining[found.upperBound...]
        }
        return remaining.hasSuffix(parts[parts.count - 1])
    }

    @Test func templateMatching() {
        #expect(Self.matches("write ==", "write {operator}"))
        #expect(!Self.matches("write ==", "writes {operator}"))
        #expect(Self.matches("a x b x c", "a {n} b {n} c"))
        #expect(!Self.matches("a x c", "a {n} b {n} c"))
        #expect(Self.matches("guard it: (x != null ? x : \"\")", "guard it: (x != null ? x : \"\")"))
        #expect(!Self.matches("guard it", "guard it: (x != null ? x : \"\")"))
    }
}
