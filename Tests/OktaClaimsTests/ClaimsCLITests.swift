import Foundation
import FoundationXML
import Testing
import OktaEL

/// Runs the built `oel` binary's claims commands, `preview`, `lint` and `test`, from the
/// repository root without colours (as Tests/OktaELTests/CLIHarness.swift does for the others).
@Suite(.serialized) struct ClaimsCLITests {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let binary = Fixtures.root.appendingPathComponent(".build/debug/oel")
    static let server = "examples/orders/orders-server.json"
    static let directory = "examples/orders/directory.json"
    static let now = "2015-07-31T17:18:37.979Z"
    static let bob = ["--client", "0oaweb1A2b3C4d5E6x7", "--grant-type", "authorization_code", "--user", "bob@example.com",
                      "--scope", "openid profile orders:read", "--now", now]

    static func oel(_ arguments: [String]) throws -> Run {
        guard FileManager.default.isExecutableFile(atPath: binary.path) else {
            Issue.record("the oel binary is not built; run swift build first")
            return Run(status: -1, stdout: "", stderr: "")
        }
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = Fixtures.root
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self))
    }

    static func preview(_ extra: [String], server: String = server) throws -> Run {
        try oel(["preview", "--server", server, "--directory", directory] + extra)
    }

    // MARK: preview

    @Test func previewText() throws {
        let run = try Self.preview(Self.bob)
        #expect(run.status == 0)
        #expect(run.stdout.contains(#"matched: policy "Orders web apps" (00pweb1A2b3C4d5E6x7), rule "Staff" (0prstaff1A2b3C4d5x7)"#))
        #expect(run.stdout.contains("access token (120 min):"))
        #expect(run.stdout.contains(#""alg": "RS256""#))
        #expect(run.stdout.contains(#""department": "Sales""#))
        #expect(run.stdout.contains("ID token (60 min):"))
        #expect(run.stdout.contains("refresh token: no"))
        #expect(!run.stdout.contains("\u{1B}["), "no colour when NO_COLOR is set and stdout is not a terminal")
    }

    @Test func previewJSON() throws {
        let run = try Self.preview(Self.bob + ["--format", "json"])
        #expect(run.status == 0)
        let json = try JSONReader.parse(run.stdout).objectValue
        let payload = json?["access_token"]?.objectValue?["payload"]?.objectValue
        #expect(payload?["sub"] == .string("bob@example.com"))
        #expect(json?["scopes"] == .array([.string("openid"), .string("profile"), .string("orders:read")]))
        #expect(json?["refresh_token"] == .bool(false))
        #expect(json?["configuration"]?.objectValue?["format"] == .string("bundle"))
        #expect(json?["trace"] == nil)
    }

    @Test func previewExplain() throws {
        let run = try Self.preview(Self.bob + ["--explain"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("trace (configuration examples/orders/orders-server.json, read as bundle):"))
        #expect(run.stdout.contains(#"rule "Admins via code""#) && run.stdout.contains("skipped,"))
        #expect(run.stdout.contains(#"rule "Staff" (0prstaff1A2b3C4d5x7, priority 2): matched"#))
        #expect(run.stdout.contains("access_token department: in = \"Sales\""))
        #expect(run.stdout.contains("out (scope not granted)"))
        let json = try JSONReader.parse(try Self.preview(Self.bob + ["--explain", "--format", "json"]).stdout).objectValue
        #expect(json?["trace"]?.objectValue?["policies"]?.arrayValue?.isEmpty == false)
    }

    @Test func previewFailedClaimRendersTheDiagnostic() throws {
        let edge = "examples/orders/scenarios/edge/"
        let run = try Self.oel(["preview", "--server", edge + "edge-server.json", "--directory", edge + "directory.json",
                                "--client", "0oaedgesvc1A2b3C4x7", "--grant-type", "client_credentials", "--scope", "reports:read", "--explain"])
        #expect(run.status == 1)
        #expect(run.stdout.contains("error: server_error (user_claim_evaluation_failure, HTTP 400)"))
        #expect(run.stdout.contains(#"claims["broken_runtime"].value:1:1: error[OEL6010]"#))
        #expect(run.stdout.contains("access_token broken_runtime: FAILED"))
        // The configuration's errors are on stderr with their object path.
        #expect(run.stderr.contains(#"claims["broken_compile"].value: error[OEL9101]"#))
    }

    @Test func previewOAuthErrorExitsOne() throws {
        let run = try Self.preview(["--client", "0oaweb1A2b3C4d5E6x7", "--grant-type", "implicit", "--user", "bob@example.com",
                                    "--scope", "orders:read", "--response-type", "id_token", "--nonce", "n", "--now", Self.now])
        #expect(run.status == 1)
        #expect(run.stdout.contains("error: invalid_scope (openid_scope_required, HTTP 400)"))
        let json = try JSONReader.parse(try Self.preview(["--client", "0oaweb1A2b3C4d5E6x7", "--grant-type", "implicit", "--user", "bob@example.com",
                                                          "--scope", "orders:read", "--response-type", "id_token", "--nonce", "n", "--format", "json"]).stdout)
        #expect(json.objectValue?["error"]?.objectValue?["status"] == .int(400))
    }

    @Test func previewBadInputAndUsage() throws {
        let missing = try Self.preview(Self.bob, server: "examples/orders/nope.json")
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("OEL7003"))
        let usage = try Self.oel(["preview", "--server", Self.server, "--directory", Self.directory])
        #expect(usage.status == 64)
        let notConfig = try Self.preview(Self.bob, server: Self.directory)
        #expect(notConfig.status == 2)
        #expect(notConfig.stderr.contains("OEL9007"))
    }

    @Test func previewRequestFile() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("oel-request-\(UUID().uuidString).json")
        try #"{"client_id": "0oaweb1A2b3C4d5E6x7", "grant_type": "authorization_code", "user": "alice@example.com", "scope": "openid"}"#
            .write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let run = try Self.preview(["--request", file.path, "--user", "bob@example.com", "--format", "json"])
        #expect(run.status == 0)
        let payload = try JSONReader.parse(run.stdout).objectValue?["access_token"]?.objectValue?["payload"]?.objectValue
        #expect(payload?["sub"] == .string("bob@example.com"), "a flag overrides the request file")
    }

    /// Terraform state, plan, the folder form and the bundle preview the same tokens.
    @Test(arguments: ["examples/orders/terraform/orders.tfstate.json", "examples/orders/api"])
    func otherFormsPreviewTheSame(_ server: String) throws {
        func tokens(_ run: Run) throws -> Value? {
            var object = try JSONReader.parse(run.stdout).objectValue
            object?["configuration"] = nil
            return object.map(Value.object)
        }
        let bundle = try tokens(try Self.preview(Self.bob + ["--format", "json"]))
        let other = try Self.preview(Self.bob + ["--format", "json"], server: server)
        #expect(other.status == 0)
        #expect(try tokens(other) == bundle)
        if server.hasSuffix("tfstate.json") {
            #expect(try JSONReader.parse(other.stdout).objectValue?["configuration"]?.objectValue?["format"] == .string("terraform-state"))
        }
    }

    // MARK: lint

    @Test func lintExample() throws {
        let run = try Self.oel(["lint", "--server", Self.server, "--directory", Self.directory])
        #expect(run.status == 0)
        #expect(run.stderr.contains(#"claims["is_admin"].value:1:1: warning[OEL8004]"#))
        #expect(run.stderr.contains("0 errors, 1 warning"))
        let strict = try Self.oel(["lint", "--server", Self.server, "--strict"])
        #expect(strict.status == 1)
    }

    @Test func lintBrokenConfiguration() throws {
        let folder = "Tests/OktaClaimsTests/testdata/lint-rules/"
        let run = try Self.oel(["lint", "--server", folder + "config.json", "--directory", folder + "directory.json"])
        #expect(run.status == 2)
        for code in ["OEL9005", "OEL9201", "OEL9203", "OEL2002", "OEL9101", "OEL9106", "OEL9103", "OEL9102", "OEL9204", "OEL9207",
                     "OEL9301", "OEL9302", "OEL9303", "OEL9304", "OEL9305", "OEL9306"] {
            #expect(run.stderr.contains("[\(code)]"), "lint did not report \(code)")
        }
        #expect(run.stderr.contains(#"policies["HR portal"].rules["HR department"].conditions.scopes: warning[OEL9302]"#))
        let json = try Self.oel(["lint", "--server", folder + "config.json", "--directory", folder + "directory.json", "--format", "json"])
        let object = try JSONReader.parse(json.stdout).objectValue
        #expect(object?["valid"] == .bool(false))
        #expect(object?["errors"] == .int(6))
    }

    // MARK: test

    @Test func testExampleScenariosPass() throws {
        let run = try Self.oel(["test", "examples/orders/scenarios"])
        #expect(run.status == 0)
        #expect(run.stdout.hasSuffix(" passed, 0 failed\n"))
    }

    @Test func failingScenarioReportAndJUnit() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("oel-scenarios-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let orders = Fixtures.orders.path
        let scenarios = """
            [{"id": "bob-is-staff", "config": "\(orders)/orders-server.json", "directory": "\(orders)/directory.json",
              "request": {"client_id": "0oaweb1A2b3C4d5E6x7", "grant_type": "authorization_code", "user": "bob@example.com", "scope": "openid orders:read"},
              "expect": {"matched": {"policy": "00pweb1A2b3C4d5E6x7", "rule": "0prstaff1A2b3C4d5x7"}}, "why": "Bob is in orders-staff"},
             {"id": "bob-is-admin", "config": "\(orders)/orders-server.json", "directory": "\(orders)/directory.json",
              "request": {"client_id": "0oaweb1A2b3C4d5E6x7", "grant_type": "authorization_code", "user": "bob@example.com", "scope": "openid orders:read"},
              "expect": {"access_token": {"present": {"department": "Engineering"}}}, "why": "a deliberately wrong expectation"}]
            """
        let file = folder.appendingPathComponent("wrong.json")
        try scenarios.write(to: file, atomically: true, encoding: .utf8)
        let junit = folder.appendingPathComponent("report.xml")
        let run = try Self.oel(["test", "--junit", junit.path, file.path])
        #expect(run.status == 1)
        #expect(run.stdout.contains("FAIL bob-is-admin"))
        #expect(run.stdout.contains("why: a deliberately wrong expectation"))
        #expect(run.stdout.contains("department"))
        #expect(run.stdout.hasSuffix("1 passed, 1 failed\n"))
        let document = try XMLDocument(contentsOf: junit)
        let root = try #require(document.rootElement())
        #expect(root.name == "testsuites")
        #expect(root.attribute(forName: "tests")?.stringValue == "2")
        #expect(root.attribute(forName: "failures")?.stringValue == "1")
        #expect(try document.nodes(forXPath: "//testcase[@name='bob-is-admin']/failure").count == 1)
    }
}
