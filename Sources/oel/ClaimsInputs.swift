import ArgumentParser
import Foundation
import OktaClaims
import OktaEL

/// Reading the claims engine's inputs for `preview`, `lint` and `test`: the configuration (a
/// bundle file, a folder of API responses, or `terraform show -json` output), the directory and
/// the request. A file is read with the shared `InputFile` reader (an unreadable one is OEL7003,
/// status 2); a folder is the folder form. Which file form it is comes from the JSON's keys
/// (`authorizationServer` … for a bundle, `format_version` + `values` or `planned_values` for
/// Terraform). Every load diagnostic is written to stderr with its object path.
enum ClaimsInputs {
    /// The configuration at `path`, compiled; nil when nothing usable could be read (the
    /// diagnostics are printed). `minimum` is the least severity printed; nil prints none (the caller does).
    static func configuration(_ path: String, options: CompileOptions = CompileOptions(), print minimum: Severity? = .warning)
        throws(ExitCode) -> LoadResult<CompiledConfiguration> {
        var isFolder: ObjCBool = false
        let loaded: LoadResult<CompiledConfiguration>
        if path != "-", FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            loaded = CompiledConfiguration.load(path: path, options: options)
        } else {
            let input = InputFile(path)
            loaded = CompiledConfiguration.load(bytes: try input.bytes(), name: input.displayName, options: options)
        }
        guard let minimum else { return loaded }
        report(loaded.diagnostics, minimum: minimum)
        let hidden = loaded.diagnostics.filter { rank($0.severity) == 1 && rank(minimum) > 1 }.count
        if hidden > 0 { Terminal.writeError("note: \(hidden) configuration warning\(hidden == 1 ? "" : "s") not shown (oel lint --server \(path) lists them)") }
        return loaded
    }

    /// The directory in the file at `path`; an unusable one is reported and ends the command (status 2).
    static func directory(_ path: String) throws(ExitCode) -> Directory {
        let input = InputFile(path)
        let loaded = DirectoryLoader.load(bytes: try input.bytes(), name: input.displayName)
        report(loaded.diagnostics, minimum: .warning)
        guard let directory = loaded.value, !loaded.hasErrors else {
            Terminal.writeError("\(input.displayName): the directory cannot be used")
            throw ExitCode(ExitStatus.validationError)
        }
        return directory
    }

    /// The request in the JSON file at `path`; an unusable one is reported and ends the command (status 2).
    static func request(_ path: String) throws(ExitCode) -> TokenRequest {
        let input = InputFile(path)
        let loaded = RequestLoader.load(bytes: try input.bytes(), name: input.displayName)
        report(loaded.diagnostics, minimum: .warning)
        guard let request = loaded.value, !loaded.hasErrors else {
            Terminal.writeError("\(input.displayName): the request cannot be used")
            throw ExitCode(ExitStatus.validationError)
        }
        return request
    }

    /// Writes `diagnostics` of at least `minimum` severity to stderr.
    static func report(_ diagnostics: [ConfigDiagnostic], minimum: Severity) {
        let renderer = DiagnosticRenderer(colors: Terminal.stderrColors)
        for diagnostic in diagnostics where rank(diagnostic.severity) >= rank(minimum) {
            Terminal.writeError(diagnostic.rendered(with: renderer))
        }
    }

    /// Orders severities: note < warning < error.
    static func rank(_ severity: Severity) -> Int {
        switch severity {
        case .error: 2
        case .warning: 1
        default: 0
        }
    }

    /// The instant of an ISO-8601 `--now`, or the current time.
    static func clock(_ now: String?) throws(ExitCode) -> ZonedDateTime {
        guard let now else {
            let seconds = Date().timeIntervalSince1970
            let millis = Int64(seconds * 1000)
            return ZonedDateTime(epochSecond: millis / 1000, nano: Int32(millis % 1000) * 1_000_000, zone: .utc)
        }
        guard let instant = Clock.parse(now) else {
            Terminal.writeError("error: --now \(now) is not an ISO-8601 instant (2015-07-31T17:18:37.979Z)")
            throw ExitCode(ExitStatus.usage)
        }
        return instant
    }
}

/// ANSI styling for stdout, only on a terminal and without `NO_COLOR`.
struct Style {
    let enabled: Bool

    /// Styling for stdout.
    static var stdout: Style {
        Style(enabled: isatty(STDOUT_FILENO) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil)
    }

    func bold(_ text: String) -> String { wrap(text, "1") }
    func red(_ text: String) -> String { wrap(text, "31") }
    func green(_ text: String) -> String { wrap(text, "32") }
    func yellow(_ text: String) -> String { wrap(text, "33") }
    func dim(_ text: String) -> String { wrap(text, "2") }

    private func wrap(_ text: String, _ code: String) -> String { enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
}
