import Foundation
import Synchronization
import Testing
@testable import OktaEL

/// `Environment.compile` parses into one spare `SyntaxTree` shared by every compile and
/// keeps no tree in the program. A program must never see the tree it was parsed from
/// reused: each keeps its own meaning, whatever was compiled after it, on any thread.
@Suite struct SyntaxTreePoolTests {
    /// Expression `index` of several shapes (names, literals, calls, operators, a selection)
    /// and what it gives against `context()`.
    static func expression(_ index: Int) -> (source: String, expected: Value) {
        switch index % 5 {
        case 0: return ("user.name + '-\(index)'", .string("ann-\(index)"))
        case 1: return ("String.substringBefore('\(index)@x', '@')", .string("\(index)"))
        case 2: return ("user.age + \(index % 50) > 50 ? 'old' : 'young'", .string(index % 50 > 20 ? "old" : "young"))
        case 3: return ("Arrays.size(groups.?[name == 'g\(index % 7)'])", .int(index % 7 < 3 ? 1 : 0))
        default: return (String(repeating: "(", count: index % 40) + "\(index)" + String(repeating: ")", count: index % 40), .int(Int32(index)))
        }
    }

    static func context() -> EvaluationContext {
        let groups = (0..<3).map { Value.object(ObjectValue([("name", .string("g\($0)"))])) }
        return EvaluationContext(roots: ObjectValue([
            ("user", .object(ObjectValue([("name", .string("ann")), ("age", .int(30))]))),
            ("groups", .array(groups)),
        ]))
    }

    @Test func programsCompiledOneAfterAnotherKeepTheirOwnMeaning() throws {
        let environment = Environment()
        let programs = try (0..<400).map { try environment.compile(Self.expression($0).source) }
        let context = Self.context()
        for (index, program) in programs.enumerated() {
            let (source, expected) = Self.expression(index)
            #expect(try program.evaluate(context) == expected, "\(source)")
            #expect(program.canonicalText == Printer.print(Parser.parse(source).expression!), "\(source)")
            #expect(program.source.text == source)
        }
    }

    @Test func programsCompiledOnFourThreadsAtOnceKeepTheirOwnMeaning() {
        let environment = Environment()
        let context = Self.context()
        let failures = Mutex(0)
        DispatchQueue.concurrentPerform(iterations: 4) { thread in
            var programs: [(Program, Value)] = []
            for round in 0..<500 {
                let (source, expected) = Self.expression(thread * 1_000 + round)
                guard let program = try? environment.compile(source) else { failures.withLock { $0 += 1 }; continue }
                programs.append((program, expected))
                // Check an earlier program now and then, while the others keep compiling.
                if round % 7 == 0, let (earlier, value) = programs.randomElement(), (try? earlier.evaluate(context)) != value {
                    failures.withLock { $0 += 1 }
                }
            }
            for (program, expected) in programs where (try? program.evaluate(context)) != expected {
                failures.withLock { $0 += 1 }
            }
        }
        #expect(failures.withLock { $0 } == 0)
    }

    @Test func failedCompilesAndTheirDiagnosticsAreUnaffected() throws {
        let environment = Environment()
        for index in 0..<50 {
            do {
                _ = try environment.compile("user.name + (\(index)")
                Issue.record("compiled an unclosed parenthesis")
            } catch {
                #expect(!error.diagnostics.isEmpty)
                #expect(error.diagnostics == Parser.parse("user.name + (\(index)").diagnostics)
                #expect(error.source.text == "user.name + (\(index)")
            }
            #expect(try environment.compile("'ok\(index)'").evaluate(EvaluationContext()) == .string("ok\(index)"))
        }
    }

    /// Compiling gives the tree back and the next compile parses into it, whether the
    /// compile succeeded or not; a program never holds it.
    @Test func compilingReusesOneTree() throws {
        let pool = SyntaxTreePool()
        let environment = Environment()
        let first = try environment.compile("user.name + 'x'", pool: pool)
        // Taken out to look at, then given back (held by `spare` alone, so it is kept).
        var spare = pool.takeSpare()
        let identity = try #require(spare.map(ObjectIdentifier.init))
        #expect(spare?.count == 0)
        let firstCapacity = spare?.nodeCapacity ?? 0
        pool.give(&spare)
        let second = try environment.compile("'ab' + user.name", pool: pool)  // no longer than the first
        spare = pool.takeSpare()
        #expect(spare.map(ObjectIdentifier.init) == identity)
        pool.give(&spare)
        // A longer source needs a tree with more room: a new one, which is kept instead.
        let third = try environment.compile("String.len(user.name) > 2 ? 'long' : 'short'", pool: pool)
        spare = pool.takeSpare()
        #expect(spare != nil && spare.map(ObjectIdentifier.init) != identity)
        #expect((spare?.nodeCapacity ?? 0) > firstCapacity)
        pool.give(&spare)
        #expect(throws: CompileFailure.self) { try environment.compile("user.name +", pool: pool) }
        #expect(pool.takeSpare() != nil, "given back after a parse error")
        #expect(throws: CompileFailure.self) { try environment.compile("Nope.nothing(1)", pool: pool) }
        #expect(pool.takeSpare() != nil, "given back after a compile error")
        let context = Self.context()
        #expect(try first.evaluate(context) == .string("annx"))
        #expect(try second.evaluate(context) == .string("abann"))
        #expect(try third.evaluate(context) == .string("long"))
        #expect(first.canonicalText == "user.name + 'x'")
    }

    /// A pool of its own, so compiles running in other tests cannot take its spare.
    @Test func keepsOnlyTreesNothingElseHolds() {
        let pool = SyntaxTreePool(largestKept: 64)
        #expect(pool.takeSpare() == nil)

        var tree: SyntaxTree? = pool.tree(for: "abc", capacity: 8)
        #expect(tree?.bytes == Array("abc".utf8))
        let identity = ObjectIdentifier(tree!)
        #expect(tree!.append(SyntaxNode(.name, SourceRange(start: 0, end: 3))))
        tree!.setRoot(0)
        pool.give(&tree)
        #expect(tree == nil)
        // Reused: emptied, holding the new source's bytes.
        let reused = pool.tree(for: "xy é", capacity: 8)
        #expect(ObjectIdentifier(reused) == identity)
        #expect(reused.count == 0)
        #expect(reused.root == -1)
        #expect(reused.bytes == Array("xy é".utf8))
        #expect(pool.takeSpare() == nil, "taken once")

        // Held elsewhere: not kept.
        withExtendedLifetime(reused) {
            var shared: SyntaxTree? = reused
            pool.give(&shared)
            #expect(pool.takeSpare() == nil)
        }

        // Too large to keep (nodes or bytes), or too small for what is asked: not given out.
        var large: SyntaxTree? = SyntaxTree.make(bytes: [], capacity: 65)
        pool.give(&large)
        #expect(pool.takeSpare() == nil)
        var longSource: SyntaxTree? = pool.tree(for: String(repeating: "a", count: 64 * 64 + 1), capacity: 4)
        pool.give(&longSource)
        #expect(pool.takeSpare() == nil)
        var small: SyntaxTree? = SyntaxTree.make(bytes: [], capacity: 4)
        let smallIdentity = ObjectIdentifier(small!)
        pool.give(&small)
        #expect(ObjectIdentifier(pool.tree(for: "a", capacity: 5)) != smallIdentity)
        #expect(pool.takeSpare() == nil, "the small spare was let go")
    }
}
