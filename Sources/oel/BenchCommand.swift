import ArgumentParser
import Foundation
import OktaEL

/// `oel bench`: times compile and evaluation of each expression of a JSON Lines workload.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Time compiling and evaluating each line ({\"id\", \"expr\", \"context\"}) of a JSON Lines file.",
        discussion: "Build with -c release for meaningful figures. Prints ns per evaluation and µs per compile, per row and in total."
    )

    @Option(help: "Evaluations per expression and round.")
    var iterations = 20_000

    @Option(help: "Rounds; the median is reported.")
    var rounds = 5

    @OptionGroup var dialectOption: DialectOption
    @OptionGroup var parseLimits: ParseLimitOptions
    @OptionGroup var evaluationLimits: EvaluationLimitOptions

    @Argument(help: "The workload file.")
    var file: String

    func validate() throws {
        guard iterations >= 1, rounds >= 1 else { throw ValidationError("--iterations and --rounds must be at least 1.") }
    }

    func run() throws {
        let input = InputFile(file)
        var lines = try input.lines()
        let dialect = dialectOption.dialect
        let clock = ContinuousClock()
        var totalEval = 0.0, totalCompile = 0.0
        print("id".padding(toLength: 28, withPad: " ", startingAt: 0) + "  eval ns   compile µs")
        while let text = try lines.next() {
            if text.allSatisfy(\.isWhitespace) { continue }
            let line = BatchLine(text, number: lines.lineNumber, offset: lines.lineOffset)
            let place = "\(input.displayName):\(line.number)"
            let request: ObjectValue
            do {
                request = try line.request()
            } catch {
                throw Terminal.fail(error, in: SourceText(text), name: input.displayName, firstLine: line.number,
                                    status: ExitStatus.validationError)
            }
            guard let expression = request["expr"]?.stringValue else { continue }
            let id = request["id"]?.convertedToString ?? "?"
            let environment = Environment(dialect: dialect, parseLimits: parseLimits.limits, evaluationLimits: evaluationLimits.limits)
            let context: EvaluationContext
            do {
                context = try ContextLoader.context(from: request["context"] ?? .null, dialect: dialect,
                                                    now: ContextLoader.documentationNow)
            } catch {
                throw Terminal.fail(error, name: place, status: ExitStatus.validationError)
            }
            let program: Program
            do {
                program = try environment.compile(expression)
            } catch {
                Terminal.writeError("\(place): the expression of this line does not compile:")
                Terminal.report(error.diagnostics, in: error.source)
                throw ExitCode(ExitStatus.validationError)
            }
            do {
                _ = try program.evaluate(context)
            } catch {
                Terminal.writeError("\(place): the expression of this line fails:")
                Terminal.report([error], in: program.source)
                throw ExitCode(ExitStatus.evaluationError)
            }
            var evalSamples: [Double] = [], compileSamples: [Double] = []
            for _ in 0..<rounds {
                let evalTime = clock.measure {
                    for _ in 0..<iterations { _ = try? program.evaluate(context) }
                }
                evalSamples.append(Double(evalTime.components.attoseconds) / 1e9 / Double(iterations)
                                   + Double(evalTime.components.seconds) * 1e9 / Double(iterations))
                let compileCount = max(1, iterations / 20)
                let compileTime = clock.measure {
                    for _ in 0..<compileCount { _ = try? environment.compile(expression) }
                }
                compileSamples.append((Double(compileTime.components.attoseconds) / 1e12 + Double(compileTime.components.seconds) * 1e6)
                                      / Double(compileCount))
            }
            let evalNs = evalSamples.sorted()[rounds / 2]
            let compileUs = compileSamples.sorted()[rounds / 2]
            totalEval += evalNs
            totalCompile += compileUs
            print(id.padding(toLength: 28, withPad: " ", startingAt: 0)
                  + String(format: "%9.0f   %9.2f", evalNs, compileUs))
        }
        print("TOTAL".padding(toLength: 28, withPad: " ", startingAt: 0) + String(format: "%9.0f   %9.2f", totalEval, totalCompile))
    }
}
