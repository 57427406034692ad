import OktaEL

/// Collects the diagnostics of one load. A reference type so that the field readers of nested
/// objects add to one list; it lives only for the duration of a load and never crosses threads.
final class DiagnosticLog {
    private(set) var items: [ConfigDiagnostic] = []
    /// The file being read, if it has a name.
    var file: String?

    init(file: String? = nil) { self.file = file }

    /// Adds a diagnostic of `row` at `path`.
    func add(_ row: ConfigDiagnosticRow, _ message: String, at path: ObjectPath, id: String? = nil, hint: String? = nil) {
        items.append(ConfigDiagnostic(row.diagnostic(message, hint: hint), path: path, objectID: id, file: file))
    }

    /// Adds a finished diagnostic.
    func add(_ diagnostic: ConfigDiagnostic) { items.append(diagnostic) }

    /// Parses `bytes` as JSON; on a syntax error logs OEL9001 with the byte offset (so line and
    /// column) and returns nil.
    func parse(_ bytes: [UInt8], what: String) -> Value? {
        do {
            return try JSONReader.parse(bytes: bytes)
        } catch {
            let text = SourceText(String(decoding: bytes, as: UTF8.self))
            var diagnostic = ConfigDiagnostic(
                Diagnostic(ConfigDiagnosticCodes.standard.invalidJSON.code, "\(what) is not valid JSON: \(error.message)",
                           at: .at(error.offset), severity: .error),
                path: .root, file: file)
            diagnostic.fileText = text
            items.append(diagnostic)
            return nil
        }
    }
}
