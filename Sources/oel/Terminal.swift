import ArgumentParser
import Foundation
import OktaEL

/// Reading inputs and writing to the terminal.
enum Terminal {
    /// Whether stderr is a terminal that wants colours.
    static var stderrColors: Bool {
        isatty(STDERR_FILENO) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }

    static func writeError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// The contents of `path`, or of standard input for `-`.
    static func read(_ path: String) throws -> String {
        if path == "-" {
            return String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ValidationErrorText("cannot read \(path)")
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Renders diagnostics to stderr.
    static func report(_ diagnostics: [Diagnostic], in source: SourceText) {
        writeError(DiagnosticRenderer(colors: stderrColors).render(diagnostics, in: source))
    }
}

struct ValidationErrorText: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

extension Dialect: ExpressibleByArgument {
    public init?(argument: String) { self.init(name: argument) }
    public static var allValueStrings: [String] { ["classic", "oie"] }
}
