import ArgumentParser
import OktaEL

/// `oel functions`: the function table with signatures, dialects, summaries and examples.
struct FunctionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "functions",
        abstract: "List the builtin functions, or show those matching NAME."
    )

    @Option(help: "Only functions of this dialect: classic or oie.")
    var dialect: Dialect?

    @Argument(help: "A function name or part of one (case-insensitive), e.g. substringBefore or String.len.")
    var name: String?

    func run() throws {
        var functions = FunctionRegistry.standard.all
        if let dialect { functions = functions.filter { $0.dialects.contains(dialect) } }
        if let name {
            let needle = name.lowercased()
            functions = functions.filter { $0.qualifiedName.lowercased().contains(needle) }
            if functions.isEmpty {
                let nearest = FunctionRegistry.nearest(name, in: FunctionRegistry.standard.all.map(\.qualifiedName))
                throw Terminal.fail(Diagnostic(.unknownFunction, "No function matches '\(name)'", at: .at(0),
                                               hint: nearest.map { "did you mean \($0)?" }),
                                    status: ExitStatus.validationError)
            }
        }
        for (offset, function) in functions.enumerated() {
            if offset > 0 { print("") }
            let dialects = function.dialects.map { $0 == .classic ? "classic" : "oie" }.sorted().joined(separator: ", ")
            print(function.signature + "   [\(dialects)]" + (function.deprecated ? " (deprecated)" : ""))
            print("  " + function.summary)
            for example in function.examples {
                print("  e.g. \(example.expression)  →  \(example.result ?? "error \(example.errorCode?.rawValue ?? "")")")
            }
        }
        if name == nil { print("\n\(functions.count) functions") }
    }
}
