// The claims engine's benchmark: ns per preview once compiled (without the trace, as `oel preview`
// and `oel test` run it, and with it, as `--explain` does), ns to load and compile the
// configuration, allocations per preview, for the example and for generated configurations of
// growing size; and the workload (the same claim expressions with the same context) for the
// SpEL oracle's `bench`, which `claims_compare.py` runs beside it.
//
// Usage (from Benchmarks/): claims-bench [--iterations N] [--rounds N] [--json OUT] [--spel-workload OUT]
import Foundation
import MallocCounter
import OktaClaims
import OktaEL

var arguments = Array(CommandLine.arguments.dropFirst())
func option(_ name: String, in arguments: inout [String]) -> String? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    defer { arguments.removeSubrange(index...(index + 1)) }
    return arguments[index + 1]
}
let iterations = option("--iterations", in: &arguments).flatMap(Int.init) ?? 2_000
let rounds = option("--rounds", in: &arguments).flatMap(Int.init) ?? 7
let jsonOut = option("--json", in: &arguments)
let spelOut = option("--spel-workload", in: &arguments)
let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let examples = here.deletingLastPathComponent().appendingPathComponent("examples/orders")

let clock = ContinuousClock()
func nanoseconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) * 1e9 + Double(duration.components.attoseconds) / 1e9
}
func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
func timed(_ count: Int, _ body: () -> Void) -> Double {
    median((0..<rounds).map { _ in nanoseconds(clock.measure { for _ in 0..<count { body() } }) / Double(count) })
}
func bytes(_ url: URL) -> [UInt8] { (try? [UInt8](Data(contentsOf: url))) ?? [] }
let now = Clock.documentation

/// One measured configuration.
struct Case {
    let name: String
    let claims: Int
    let groups: Int
    let configurationBytes: [UInt8]
    let directoryBytes: [UInt8]
    let request: TokenRequest
}

struct Measured {
    let name: String, claims: Int, groups: Int
    let previewNs: Double, tracedNs: Double, loadCompileNs: Double, allocationsPerPreview: Double
    let evalNs: Double, expressions: Int
    /// ns per evaluation of each expression alone, in `spelRows`' order (for the like-for-like sum over the rows SpEL runs).
    let expressionNs: [Double]
    let spelRows: [(String, String, ObjectValue)]
}

func measure(_ item: Case) -> Measured? {
    guard let configuration = CompiledConfiguration.load(bytes: item.configurationBytes, name: item.name).value,
          let directory = DirectoryLoader.load(bytes: item.directoryBytes).value else {
        print("\(item.name): cannot load")
        return nil
    }
    // OEL_CLAIMS_BENCH_LOOP=N: only N previews (for perf stat / callgrind instruction counts).
    // OEL_CLAIMS_BENCH_EXPLAIN=1: the loop previews with the trace (what --explain asks for).
    let explainLoop = ProcessInfo.processInfo.environment["OEL_CLAIMS_BENCH_EXPLAIN"] == "1"
    if let loop = ProcessInfo.processInfo.environment["OEL_CLAIMS_BENCH_LOOP"].flatMap(Int.init) {
        for _ in 0..<loop {
            _ = Preview.preview(configuration: configuration, directory: directory, request: item.request, now: now, explain: explainLoop)
        }
        return nil
    }
    let first = Preview.preview(configuration: configuration, directory: directory, request: item.request, now: now)
    guard first.succeeded else {
        print("\(item.name): the request fails: \(first.error?.description ?? "")")
        return nil
    }
    // The preview as `oel preview` and `oel test` run it (no trace), then with the trace (--explain).
    func untraced() -> PreviewResult {
        Preview.preview(configuration: configuration, directory: directory, request: item.request, now: now, explain: false)
    }
    for _ in 0..<200 { _ = untraced() }
    let preview = timed(iterations) { _ = untraced() }
    let traced = timed(iterations) { _ = Preview.preview(configuration: configuration, directory: directory, request: item.request, now: now) }
    let before = oel_malloc_count()
    for _ in 0..<200 { _ = untraced() }
    let allocations = Double(oel_malloc_count() - before) / 200
    let loadCompile = timed(max(5, iterations / 50)) {
        _ = CompiledConfiguration.load(bytes: item.configurationBytes, name: item.name)
    }
    // The EXPRESSION claims the preview evaluated (in, or out with a null result), alone.
    let evaluated = Set(first.trace.claims.filter { $0.outcome == .in || $0.reason == .nullResult }.map(\.name))
    let roots = Preview.claimContext(configuration: configuration, directory: directory, request: item.request, now: now) ?? ObjectValue()
    let context = EvaluationContext(roots: roots, now: now)
    var programs: [(String, String, Program)] = []
    for claim in configuration.claims where evaluated.contains(claim.name) {
        guard case .expression(let program?) = claim.value, let source = claim.claim.value else { continue }
        programs.append((claim.name, source, program))
    }
    let eval = timed(iterations) { for (_, _, program) in programs { _ = try? program.evaluate(context) } }
    let each = programs.map { entry in timed(iterations) { _ = try? entry.2.evaluate(context) } }
    return Measured(name: item.name, claims: item.claims, groups: item.groups, previewNs: preview, tracedNs: traced, loadCompileNs: loadCompile,
                    allocationsPerPreview: allocations, evalNs: eval, expressions: programs.count, expressionNs: each,
                    spelRows: programs.map { ($0.0, $0.1, roots) })
}

let example = Case(
    name: "example", claims: 29, groups: 7,
    configurationBytes: bytes(examples.appendingPathComponent("orders-server.json")),
    directoryBytes: bytes(examples.appendingPathComponent("directory.json")),
    request: TokenRequest(clientID: "0oaweb1A2b3C4d5E6x7", grantType: .authorizationCode, user: "alice@example.com",
                          scopes: ["openid", "profile", "email", "orders:read", "orders:admin", "groups"], responseType: "code"))
func large(_ claims: Int, _ groups: Int) -> Case {
    let generated = LargeConfiguration(claims: claims, groups: groups)
    return Case(name: "large-\(claims)c-\(groups)g", claims: claims, groups: groups,
                configurationBytes: Array(generated.bundle.utf8), directoryBytes: Array(generated.directory.utf8),
                request: TokenRequest(clientID: LargeConfiguration.client, grantType: .authorizationCode, user: LargeConfiguration.user,
                                      scopes: LargeConfiguration.scope.split(separator: " ").map(String.init), responseType: "code"))
}
let cases = [example] + [10, 25, 50].map { large($0, 500) } + [10, 100, 250].map { large(50, $0) }
// OEL_CLAIMS_BENCH_ONLY=NAME measures one case (for a profiler).
let only = ProcessInfo.processInfo.environment["OEL_CLAIMS_BENCH_ONLY"]
let results = cases.filter { only == nil || $0.name == only }.compactMap(measure)

print("case".padding(toLength: 18, withPad: " ", startingAt: 0) + "  claims  groups  preview ns  +trace ns  load+compile ns  allocs/preview  exprs  eval-only ns")
for row in results {
    print(row.name.padding(toLength: 18, withPad: " ", startingAt: 0)
          + String(format: "  %6d  %6d  %10.0f  %9.0f  %15.0f  %14.1f  %5d  %12.0f", row.claims, row.groups, row.previewNs, row.tracedNs, row.loadCompileNs,
                   row.allocationsPerPreview, row.expressions, row.evalNs))
}

/// Least-squares slope of y over x.
func slope(_ points: [(Double, Double)]) -> Double {
    let n = Double(points.count)
    let mx = points.map(\.0).reduce(0, +) / n, my = points.map(\.1).reduce(0, +) / n
    let sxy = points.map { ($0.0 - mx) * ($0.1 - my) }.reduce(0, +), sxx = points.map { ($0.0 - mx) * ($0.0 - mx) }.reduce(0, +)
    return sxx == 0 ? 0 : sxy / sxx
}
let byClaims = results.filter { $0.name.hasPrefix("large") && $0.groups == 500 }.map { (Double($0.claims), $0.previewNs) }
let byGroups = results.filter { $0.name.hasPrefix("large") && $0.claims == 50 }.map { (Double($0.groups), $0.previewNs) }
let claimSlope = slope(byClaims), groupSlope = slope(byGroups)
print(String(format: "slope: %.0f ns per claim (500 groups, %d sizes); %.1f ns per group (50 claims, %d sizes)",
             claimSlope, byClaims.count, groupSlope, byGroups.count))

if let spelOut {
    var lines: [String] = []
    for row in results where row.name == "example" || row.name == "large-50c-500g" {
        for (claim, source, roots) in row.spelRows {
            lines.append(JSONWriter.write(.object(ObjectValue([("id", .string("\(row.name)/\(claim)")), ("expr", .string(source)),
                                                               ("context", .object(roots))]))))
        }
    }
    try? (lines.joined(separator: "\n") + "\n").write(toFile: spelOut, atomically: true, encoding: .utf8)
}
if let jsonOut {
    let rows: [Value] = results.map { row in
        .object(ObjectValue([
            ("name", .string(row.name)), ("claims", .int(Int32(row.claims))), ("groups", .int(Int32(row.groups))),
            ("previewNs", .double(row.previewNs)), ("tracedPreviewNs", .double(row.tracedNs)), ("loadCompileNs", .double(row.loadCompileNs)),
            ("allocationsPerPreview", .double(row.allocationsPerPreview)), ("evalNs", .double(row.evalNs)),
            ("expressions", .array(row.spelRows.map { .string("\(row.name)/\($0.0)") })),
            ("expressionNs", .array(row.expressionNs.map(Value.double))),
        ]))
    }
    let report = Value.object(ObjectValue([("rows", .array(rows)), ("nsPerClaim", .double(claimSlope)), ("nsPerGroup", .double(groupSlope))]))
    try? JSONWriter.write(report).write(toFile: jsonOut, atomically: true, encoding: .utf8)
}
