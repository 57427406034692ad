// oel-bench: per expression of a JSON Lines workload ({"id", "expr", "context"}), the median
// ns per evaluation of a compiled program, ns per compile (parse + bind), ns per check,
// allocations per evaluation; then throughput on 1 and 2 threads.
// Usage: oel-bench [FILE] [--iterations N] [--rounds N] [--json OUT] [--eval-only|--compile-only]
//        OEL_BENCH_LOOP=ID:N[:compile] oel-bench FILE   (evaluates, or compiles, row ID (or `all`) N times and exits: for callgrind)
import Foundation
import MallocCounter
import OktaEL

struct Row: Codable {
    var id: String
    var expression: String
    var evalNs: Double
    var compileNs: Double
    var checkNs: Double
    var allocationsPerEval: Double
    var allocationsPerCompile: Double
}

var arguments = Array(CommandLine.arguments.dropFirst())
func option(_ name: String, in arguments: inout [String]) -> String? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    let value = arguments[index + 1]
    arguments.removeSubrange(index...index + 1)
    return value
}
let iterations = max(1, Int(option("--iterations", in: &arguments) ?? "") ?? 20_000)
let rounds = max(1, Int(option("--rounds", in: &arguments) ?? "") ?? 5)
let jsonPath = option("--json", in: &arguments)
let evalOnly = arguments.contains("--eval-only")
let compileOnly = arguments.contains("--compile-only")
arguments.removeAll { $0 == "--eval-only" || $0 == "--compile-only" }
let file = arguments.first ?? "../bench/bench-expressions.jsonl"

guard let data = FileManager.default.contents(atPath: file) else {
    FileHandle.standardError.write(Data("cannot read \(file)\n".utf8))
    exit(64)
}

struct Workload {
    var id: String
    var source: String
    var program: Program
    var context: EvaluationContext
    var contextJSON: Value
}

let environment = Environment(dialect: .classic)
var workloads: [Workload] = []
for line in String(decoding: data, as: UTF8.self).split(separator: "\n") where !line.isEmpty {
    guard case .object(let request)? = try? JSONReader.parse(String(line)), let source = request["expr"]?.stringValue else { continue }
    do {
        let program = try environment.compile(source)
        let context = try ContextLoader.context(from: request["context"] ?? .null, dialect: .classic, now: ContextLoader.documentationNow)
        _ = try program.evaluate(context)
        workloads.append(Workload(id: request["id"]?.convertedToString ?? "?", source: source, program: program, context: context,
                                  contextJSON: request["context"] ?? .null))
    } catch {
        FileHandle.standardError.write(Data("skipping \(source): \(error)\n".utf8))
    }
}

let clock = ContinuousClock()
func nanoseconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) * 1e9 + Double(duration.components.attoseconds) / 1e9
}
func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

@inline(never) func profileLoop(_ program: Program, _ context: EvaluationContext, _ count: Int) {
    for _ in 0..<count { _ = try? program.evaluate(context) }
}

@inline(never) func profileCompileLoop(_ source: String, _ count: Int) {
    for _ in 0..<count { _ = try? environment.compile(source) }
}

// Profiling mode (OEL_BENCH_LOOP=ID:N): only evaluate one row N times, for callgrind;
// OEL_BENCH_LOOP=ID:N:compile compiles it N times instead; ID `all` takes every row.
if let loop = ProcessInfo.processInfo.environment["OEL_BENCH_LOOP"] {
    let parts = loop.split(separator: ":")
    let count = parts.count > 1 ? Int(parts[1]) ?? 10_000 : 10_000
    let compiling = parts.count > 2 && parts[2] == "compile"
    for workload in workloads where workload.id == parts[0] || parts[0] == "all" {
        if compiling { profileCompileLoop(workload.source, count) } else { profileLoop(workload.program, workload.context, count) }
    }
    exit(0)
}

// Warm-up: every program, a few thousand times.
for workload in workloads { for _ in 0..<2_000 { _ = try? workload.program.evaluate(workload.context) } }

var rows: [Row] = []
for workload in workloads {
    var evalSamples: [Double] = [], compileSamples: [Double] = [], checkSamples: [Double] = []
    for _ in 0..<rounds {
        let evalTime = clock.measure { for _ in 0..<(compileOnly ? 1 : iterations) { _ = try? workload.program.evaluate(workload.context) } }
        evalSamples.append(nanoseconds(evalTime) / Double(iterations))
        let compiles = evalOnly ? 1 : max(1, iterations / 20)
        let compileTime = clock.measure { for _ in 0..<compiles { _ = try? environment.compile(workload.source) } }
        compileSamples.append(nanoseconds(compileTime) / Double(compiles))
        let checkTime = clock.measure { for _ in 0..<(compileOnly ? 1 : compiles) { _ = Checker.check(workload.source) } }
        checkSamples.append(nanoseconds(checkTime) / Double(compiles))
    }
    let before = oel_malloc_count()
    for _ in 0..<1_000 { _ = try? workload.program.evaluate(workload.context) }
    let allocations = Double(oel_malloc_count() - before) / 1_000
    let beforeCompiles = oel_malloc_count()
    for _ in 0..<100 { _ = try? environment.compile(workload.source) }
    let compileAllocations = Double(oel_malloc_count() - beforeCompiles) / 100
    rows.append(Row(id: workload.id, expression: workload.source, evalNs: median(evalSamples),
                    compileNs: median(compileSamples), checkNs: median(checkSamples), allocationsPerEval: allocations,
                    allocationsPerCompile: compileAllocations))
}

print("id".padding(toLength: 20, withPad: " ", startingAt: 0) + "   eval ns  compile ns    check ns  allocs/eval  allocs/compile")
for row in rows {
    print(row.id.padding(toLength: 20, withPad: " ", startingAt: 0)
          + String(format: "%10.0f  %10.0f  %10.0f  %11.1f  %14.1f", row.evalNs, row.compileNs, row.checkNs, row.allocationsPerEval,
                   row.allocationsPerCompile))
}
print("TOTAL".padding(toLength: 20, withPad: " ", startingAt: 0)
      + String(format: "%10.0f  %10.0f  %10.0f  %11.1f  %14.1f", rows.map(\.evalNs).reduce(0, +), rows.map(\.compileNs).reduce(0, +),
               rows.map(\.checkNs).reduce(0, +), rows.map(\.allocationsPerEval).reduce(0, +), rows.map(\.allocationsPerCompile).reduce(0, +)))

// Throughput: the whole workload round-robin, on 1 thread, then on 2 threads at once. The
// compiled programs are shared; each thread has its own contexts (as each request would),
// parsed separately so no two threads touch the same reference counts.
// Each trial runs the workload `iterations` times per thread (about 0.1 s at 20,000): long
// enough that starting and waking the second thread does not weigh in the figure.
let passes = max(1, iterations)
let loaded = workloads
func contexts() -> [EvaluationContext] {
    loaded.map { workload in
        let copy = (try? JSONReader.parse(ValueOutput.json(workload.contextJSON))) ?? .null
        return (try? ContextLoader.context(from: copy, dialect: .classic, now: ContextLoader.documentationNow)) ?? workload.context
    }
}
let programs = loaded.map(\.program)
// OEL_BENCH_PRIVATE_PROGRAMS=1: each thread compiles its own programs (to tell sharing costs apart).
let privatePrograms = ProcessInfo.processInfo.environment["OEL_BENCH_PRIVATE_PROGRAMS"] == "1"
let programsPerThread = privatePrograms
    ? [0, 1].map { _ in loaded.map { (try? environment.compile($0.source)) ?? $0.program } }
    : [programs, programs]
let perThread = [contexts(), contexts()]
@Sendable func pass(_ count: Int, _ thread: Int) {
    // Local copies: reading a global array inside the loop would retain and release its
    // buffer on every access, and two threads doing that contend on one reference count.
    let mine = perThread[thread]
    let shared = ContiguousArray(programsPerThread[thread])   // a buffer of its own; the programs themselves may be shared
    for _ in 0..<count { for index in shared.indices { _ = try? shared[index].evaluate(mine[index]) } }
}
pass(passes / 10 + 1, 0)
pass(passes / 10 + 1, 1)
// Five trials of one thread, then two at once; the trial with the median scaling is reported
// (on a shared virtual machine a single trial can catch the other core busy).
var trials: [(single: Double, double: Double)] = []
for _ in 0..<5 {
    let single = nanoseconds(clock.measure { pass(passes, 0) })
    let group = DispatchGroup()
    let double = nanoseconds(clock.measure {
        for thread in 0..<2 { DispatchQueue.global().async(group: group) { pass(passes, thread) } }
        group.wait()
    })
    trials.append((single, double))
}
let medianTrial = trials.sorted { $0.single / $0.double < $1.single / $1.double }[trials.count / 2]
let (single, double) = medianTrial
let scaling = (2 * single) / double
print(String(format: "throughput: 1 thread %.0f evals/s, 2 threads %.0f evals/s, scaling %.2fx (median of 5 trials: %@)",
             Double(passes * workloads.count) / single * 1e9, Double(2 * passes * workloads.count) / double * 1e9, scaling,
             trials.map { String(format: "%.2fx", 2 * $0.single / $0.double) }.joined(separator: ", ")))

if let jsonPath {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    struct Report: Codable { var rows: [Row]; var threadScaling: Double }
    if let encoded = try? encoder.encode(Report(rows: rows, threadScaling: scaling)) {
        if !FileManager.default.createFile(atPath: jsonPath, contents: encoded) {
            FileHandle.standardError.write(Data("cannot write \(jsonPath)\n".utf8))
            exit(1)
        }
    }
}
