import ArgumentParser
import Foundation
import OktaEL

/// Writing to the terminal (reading is `InputFile`). Every error line goes through
/// `DiagnosticRenderer`: diagnostics about an expression or a place in a file with its source
/// excerpt, diagnostics about other input (a context's shape, a file as a whole) without one.
enum Terminal {
    /// Whether stderr is a terminal that wants colours.
    static var stderrColors: Bool {
        isatty(STDERR_FILENO) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }

    static func writeError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Renders diagnostics about `source` to stderr; `name` and `firstLine` place it in its
    /// input (a file, a line of a JSON Lines file).
    static func report(_ diagnostics: [Diagnostic], in source: SourceText, name: String? = nil, firstLine: Int = 1) {
        writeError(renderer.render(LimitHints.naming(diagnostics, in: source), in: source, name: name, firstLine: firstLine))
    }

    /// Renders a diagnostic about input that is not an expression (`name`: the file it is about)
    /// to stderr and gives the exit code that ends the command.
    static func fail(_ diagnostic: Diagnostic, name: String? = nil, status: Int32) -> ExitCode {
        writeError(renderer.render(diagnostic, name: name))
        return ExitCode(status)
    }

    /// Renders a diagnostic about a place in a file (`source` is its text or one line of it) to
    /// stderr and gives the exit code that ends the command.
    static func fail(_ diagnostic: Diagnostic, in source: SourceText, name: String, firstLine: Int = 1, status: Int32) -> ExitCode {
        report([diagnostic], in: source, name: name, firstLine: firstLine)
        return ExitCode(status)
    }

    private static var renderer: DiagnosticRenderer { DiagnosticRenderer(colors: stderrColors) }
}

extension Dialect: ExpressibleByArgument {
    public init?(argument: String) { self.init(name: argument) }
    public static var allValueStrings: [String] { ["classic", "oie"] }
}
