import Foundation

/// Compiled programs by source text, for servers that see the same expressions on every
/// request: the first request compiles, later ones share the immutable `Program`.
///
/// Thread-safe. Compile failures are cached too (an invalid claim expression stays invalid).
/// Bounded: past `capacity` entries the oldest are evicted first.
public final class ProgramCache: @unchecked Sendable {
    /// The environment programs are compiled in.
    public let environment: Environment
    /// The most entries kept.
    public let capacity: Int

    private let lock = NSLock()
    private var entries: [String: Result<Program, CompileFailure>] = [:]
    /// Sources in insertion order, for eviction; `head` is the oldest still present.
    private var order: [String] = []
    private var head = 0

    /// A cache of programs compiled in `environment`, holding at most `capacity` (≥ 1) of them.
    public init(environment: Environment, capacity: Int = 4096) {
        self.environment = environment
        self.capacity = max(1, capacity)
    }

    /// The number of cached entries.
    public var count: Int { lock.withLock { entries.count } }

    /// The program for `source`: cached, or compiled now (outside the lock) and cached.
    public func program(for source: String) throws(CompileFailure) -> Program {
        if let cached = lock.withLock({ entries[source] }) { return try cached.get() }
        let compiled: Result<Program, CompileFailure>
        do {
            compiled = .success(try environment.compile(source))
        } catch {
            compiled = .failure(error)
        }
        lock.withLock { insert(source, compiled) }
        return try compiled.get()
    }

    /// Empties the cache.
    public func removeAll() {
        lock.withLock {
            entries.removeAll()
            order.removeAll()
            head = 0
        }
    }

    private func insert(_ source: String, _ compiled: Result<Program, CompileFailure>) {
        guard entries[source] == nil else { return }  // another thread compiled it first
        while entries.count >= capacity, head < order.count {
            entries[order[head]] = nil
            head += 1
        }
        if head > capacity {  // compact the eviction queue now and then
            order.removeFirst(head)
            head = 0
        }
        entries[source] = compiled
        order.append(source)
    }
}
