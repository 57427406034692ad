import ArgumentParser
import OktaEL

/// `oel codes`: the diagnostics table, as text, Markdown (`grammar/diagnostics.md`) or JSON.
struct CodesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "codes",
        abstract: "List the diagnostic codes: code, severity, title and SpEL counterpart.",
        discussion: """
            With CODE, shows those codes with their description and usual hint. --markdown writes the page \
            grammar/diagnostics.md exactly; --format json writes the rows as a JSON array of \
            {"code", "severity", "title", "description", "hint"?, "spel"?}.
            """
    )

    @Flag(help: "Write the Markdown page grammar/diagnostics.md.")
    var markdown = false

    @OptionGroup var output: FormatOption

    @Argument(help: "Codes to show (for example OEL5004); default: all.")
    var codes: [String] = []

    func validate() throws {
        if markdown, output.format != .text { throw ValidationError("--markdown and --format json cannot be combined.") }
        if markdown, !codes.isEmpty { throw ValidationError("--markdown writes the whole table; leave out the codes.") }
    }

    func run() throws {
        var rows = DiagnosticTable.rows
        if !codes.isEmpty {
            rows = try codes.map { text in
                guard let row = DiagnosticTable.row(for: DiagnosticCode(text.uppercased())) else {
                    throw ValidationError("Unknown code \(text); oel codes lists them all.")
                }
                return row
            }
        }
        if markdown {
            print(DiagnosticTableDocument.markdown(rows), terminator: "")
            return
        }
        switch output.format {
        case .json: print(ValueOutput.json(DiagnosticTableDocument.json(rows)))
        case .text:
            print(codes.isEmpty ? DiagnosticTableDocument.plainText(rows)
                                : rows.map(DiagnosticTableDocument.detail).joined(separator: "\n"), terminator: "")
        }
    }
}
