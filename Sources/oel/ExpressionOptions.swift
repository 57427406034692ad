import ArgumentParser
import OktaEL

/// Where an expression comes from (eval, check, parse): the argument, `-` for standard input, or
/// `--file PATH`. A leading byte-order mark and one final line break of a file or of standard
/// input are not part of the expression.
struct ExpressionSource: ParsableArguments {
    @Option(help: ArgumentHelp("Read the expression from this file (- for standard input).", valueName: "path"))
    var file: String?

    @Argument(help: "The expression; - reads it from standard input.")
    var expression: String?

    func validate() throws {
        if file != nil, expression != nil {
            throw ValidationError("Give the expression either as an argument or with --file, not both.")
        }
    }

    /// The file or standard input the expression is read from; nil when it is the argument.
    var input: InputFile? {
        if let file { return InputFile(file) }
        return expression == "-" ? InputFile("-") : nil
    }

    /// Whether the expression is read from standard input.
    var readsStandardInput: Bool { input?.isStandardInput ?? false }

    /// The expression, read from its file or standard input when it comes from one; nil when
    /// none was given.
    func text() throws(ExitCode) -> String? {
        guard let input else { return expression }
        var text = try input.text()
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }  // a byte-order mark some editors write
        if text.last == "\n" || text.last == "\r\n" { text.removeLast() }  // "\r\n" is one Character
        return text
    }

    /// The usage error for a missing expression.
    static func missing(_ verb: String) -> ValidationError {
        ValidationError("Missing the expression to \(verb): give it as an argument, as - to read it from standard input, or with --file PATH.")
    }
}

/// `--jsonl` and the expression (eval, check); in batch mode the argument names the batch file.
struct ExpressionInput: ParsableArguments {
    @Flag(help: "Batch mode: JSON Lines in, JSON Lines out.")
    var jsonl = false

    @OptionGroup var source: ExpressionSource

    func validate() throws {
        if jsonl, source.file != nil {
            throw ValidationError("--file names one expression; with --jsonl give the batch file as the argument.")
        }
    }

    /// The batch input: the file named by the argument, or standard input.
    var batch: InputFile { InputFile(source.expression ?? "-") }

    /// Whether this input reads standard input (the expression or the batch).
    var readsStandardInput: Bool { jsonl ? batch.isStandardInput : source.readsStandardInput }

    /// What reads standard input, for the usage error when two inputs want it.
    var standardInputUse: String { jsonl ? "the batch (--jsonl)" : "the expression" }
}

/// Standard input can feed one input only; two inputs asking for it (`-` as the expression and
/// `--context -`, or `--jsonl` without a file and `--context -`) is a usage error.
enum StandardInput {
    /// Throws when more than one of `uses` (what, whether it reads standard input) reads it.
    static func check(_ uses: [(String, Bool)]) throws {
        let readers = uses.filter(\.1).map(\.0)
        if readers.count > 1 {
            throw ValidationError("Only one input can be read from standard input, but \(readers.joined(separator: " and ")) both ask for it; "
                                  + "give the other one as a file.")
        }
    }
}
