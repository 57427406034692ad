import ArgumentParser
import OktaEL

/// `oel parse`: print the canonical form or the tree of an expression.
struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Parse an expression and print its canonical form (or its tree).",
        discussion: "The expression is the argument, - (read from standard input) or --file PATH."
    )

    @Flag(help: "Print the syntax tree with byte ranges.")
    var tree = false

    @OptionGroup var parseLimits: ParseLimitOptions
    @OptionGroup var input: ExpressionSource

    func run() throws {
        guard let expression = try input.text() else { throw ExpressionSource.missing("parse") }
        let source = SourceText(expression)
        let result = Parser.parse(source, limits: parseLimits.limits)
        guard let syntax = result.expression else {
            Terminal.report(result.diagnostics, in: source)
            throw ExitCode(ExitStatus.validationError)
        }
        print(tree ? TreePrinter.outline(syntax) : Printer.print(syntax))
    }
}
