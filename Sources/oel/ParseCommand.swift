import ArgumentParser
import OktaEL

/// `oel parse`: print the canonical form or the tree of an expression.
struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Parse an expression and print its canonical form (or its tree)."
    )

    @Flag(help: "Print the syntax tree with byte ranges.")
    var tree = false

    @Argument(help: "The expression.")
    var expression: String

    func run() throws {
        let source = SourceText(expression)
        let result = Parser.parse(source)
        guard let syntax = result.expression else {
            Terminal.report(result.diagnostics, in: source)
            throw ExitCode(ExitStatus.validationError)
        }
        print(tree ? TreePrinter.outline(syntax) : Printer.print(syntax))
    }
}
