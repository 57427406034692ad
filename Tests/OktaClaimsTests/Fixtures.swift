import Foundation
import OktaEL
@testable import OktaClaims

/// The example files of the repository and small helpers shared by the tests.
enum Fixtures {
    /// The repository root (three levels above this file).
    static let root: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// `examples/orders`.
    static let orders = root.appendingPathComponent("examples/orders")

    static func bytes(_ relative: String) -> [UInt8] {
        (try? [UInt8](Data(contentsOf: orders.appendingPathComponent(relative)))) ?? []
    }

    static var bundle: [UInt8] { bytes("orders-server.json") }

    /// The folder form's files, name → bytes.
    static var folderFiles: [String: [UInt8]] {
        let folder = orders.appendingPathComponent("api")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        var files: [String: [UInt8]] = [:]
        for name in names where name.hasSuffix(".json") { files[name] = bytes("api/" + name) }
        return files
    }

    /// A bundle document parsed, for editing.
    static func bundleObject() -> ObjectValue {
        (try? JSONReader.parse(bytes: bundle))?.objectValue ?? ObjectValue()
    }

    /// Text of a JSON value.
    static func text(_ value: Value) -> [UInt8] { Array(JSONWriter.write(value).utf8) }

    /// Loads and compiles bundle text.
    static func compile(_ text: String) -> LoadResult<CompiledConfiguration> {
        CompiledConfiguration.load(bytes: Array(text.utf8), name: "test.json")
    }

    /// A minimal valid bundle with the given claims, policies and scopes (JSON texts).
    static func minimal(claims: String = "[]", policies: String = "[]", scopes: String = "[]",
                        server: String = #"{"id": "aus1", "name": "Test", "audiences": ["api://test"], "status": "ACTIVE"}"#) -> String {
        #"{"authorizationServer": \#(server), "scopes": \#(scopes), "claims": \#(claims), "policies": \#(policies)}"#
    }

    /// The rendered errors of a load.
    static func errors<T>(_ result: LoadResult<T>) -> [String] {
        result.diagnostics.filter { $0.severity == .error }.map { $0.rendered() }
    }

    /// The findings of `code`.
    static func findings(_ diagnostics: [ConfigDiagnostic], _ code: String) -> [ConfigDiagnostic] {
        diagnostics.filter { $0.code.rawValue == code }
    }
}
