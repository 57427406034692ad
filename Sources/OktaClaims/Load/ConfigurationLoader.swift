import OktaEL

/// Loads an authorization-server configuration from any of its forms: the bundle file, the
/// folder of raw API responses, or `terraform show -json` output. Never throws and never traps:
/// every problem is a `ConfigDiagnostic`, and the value is nil only when nothing usable was read.
public enum ConfigurationLoader {
    /// A bundle or Terraform JSON document (recognised by its keys), from bytes (a file or stdin).
    public static func load(bytes: [UInt8], name: String? = nil) -> LoadResult<Configuration> {
        let log = DiagnosticLog(file: name)
        guard let document = log.parse(bytes, what: name ?? "The configuration") else {
            return LoadResult(value: nil, diagnostics: log.items)
        }
        guard case .object(let object) = document else {
            log.add(ConfigDiagnosticCodes.standard.unrecognizedFormat,
                    "The configuration must be a JSON object, not \(FieldReader.jsonType(document))", at: .root)
            return LoadResult(value: nil, diagnostics: log.items)
        }
        let configuration: Configuration?
        if BundleLoader.recognises(object) {
            configuration = BundleLoader.read(object, log: log)
        } else if TerraformLoader.recognises(object) {
            configuration = TerraformLoader.read(object, log: log)
        } else {
            log.add(ConfigDiagnosticCodes.standard.unrecognizedFormat,
                    "The JSON is neither a configuration bundle nor `terraform show -json` output", at: .root,
                    hint: #"a bundle has the keys "authorizationServer", "scopes", "claims" and "policies""#)
            configuration = nil
        }
        return LoadResult(value: configuration.map { named($0, name) }, diagnostics: log.items)
    }

    private static func named(_ configuration: Configuration, _ name: String?) -> Configuration {
        var named = configuration
        named.sourceName = name
        return named
    }

    /// The folder form from its files (name → bytes); `folder` prefixes file names in diagnostics.
    public static func loadFolder(files: [String: [UInt8]], folder: String? = nil) -> LoadResult<Configuration> {
        let log = DiagnosticLog()
        let configuration = FolderLoader.read(files, folder: folder, log: log)
        return LoadResult(value: configuration.map { named($0, folder) }, diagnostics: log.items)
    }

    /// A configuration at `path`: the folder form when it is a directory, else a file.
    public static func load(path: String) -> LoadResult<Configuration> {
        switch FileSource.read(path) {
        case .file(let bytes):
            return load(bytes: bytes, name: path)
        case .folder(let files):
            return loadFolder(files: files, folder: path)
        case .unreadable(let reason):
            let diagnostic = Diagnostic(DiagnosticCode.unreadableInput, "Cannot read \(path): \(reason)", at: .at(0))
            return LoadResult(value: nil, diagnostics: [ConfigDiagnostic(diagnostic, path: .root, file: path)])
        }
    }
}
