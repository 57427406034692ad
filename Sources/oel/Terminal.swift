import ArgumentParser
import Foundation
import OktaEL

/// Reading inputs and writing to the terminal. Every error line goes through
/// `DiagnosticRenderer`: diagnostics about an expression with its source excerpt, diagnostics
/// about other input (a context, a schema, a file) without one.
enum Terminal {
    /// Whether stderr is a terminal that wants colours.
    static var stderrColors: Bool {
        isatty(STDERR_FILENO) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }

    static func writeError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// The contents of `path`, or of standard input for `-`. A file that cannot be read is
    /// reported (`OEL7003`) and ends the command with status 1.
    static func read(_ path: String) throws(ExitCode) -> String {
        if path == "-" {
            return String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw fail(Diagnostic(.unreadableInput, "Cannot read \(path)", at: .at(0)), status: ExitStatus.unreadableInput)
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Renders diagnostics about `source` to stderr.
    static func report(_ diagnostics: [Diagnostic], in source: SourceText) {
        writeError(renderer.render(diagnostics, in: source))
    }

    /// Renders a diagnostic about input that is not an expression to stderr and gives the exit
    /// code that ends the command.
    static func fail(_ diagnostic: Diagnostic, status: Int32) -> ExitCode {
        writeError(renderer.render(diagnostic))
        return ExitCode(status)
    }

    private static var renderer: DiagnosticRenderer { DiagnosticRenderer(colors: stderrColors) }
}

extension Dialect: ExpressibleByArgument {
    public init?(argument: String) { self.init(name: argument) }
    public static var allValueStrings: [String] { ["classic", "oie"] }
}
