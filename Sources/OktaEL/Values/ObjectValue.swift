#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An insertion-ordered, string-keyed map: a profile, a group, an inline map.
///
/// Keys compare by their bytes, as Java's `String.equals` compares code units (Swift's `==`
/// would also equate canonically equivalent spellings). Small objects are searched linearly;
/// larger ones keep an open-addressing index of their hashes (`NameHash`). A `PropertyKey` carries its
/// hash, computed once when an expression is compiled, so `user.firstName` costs one probe.
public struct ObjectValue: Sendable {
    /// The entries live in one copy-on-write box, so copying an object (which Swift does
    /// whenever one is read out of a value) costs one reference count, not four.
    ///
    /// Its fields skip Swift's dynamic exclusivity checks: they are written only through
    /// `ObjectValue`'s mutating methods after `makeUnique()`, so no two accesses can overlap.
    private final class Storage: @unchecked Sendable {
        @exclusivity(unchecked) var keys: [String] = []
        @exclusivity(unchecked) var values: [Value] = []
        /// Slots of `keys` indices + 1 (0 = empty), size a power of two; empty for small objects.
        @exclusivity(unchecked) var index: [Int32] = []
        @exclusivity(unchecked) var hashes: [UInt32] = []

        init() {}

        init(copying other: Storage) {
            keys = other.keys
            values = other.values
            index = other.index
            hashes = other.hashes
        }
    }

    private var storage: Storage
    private static let linearLimit = 8
    private static let empty = Storage()

    /// An empty object.
    public init() {
        storage = ObjectValue.empty
    }

    /// An object from key/value pairs; a repeated key keeps its first position and last value.
    public init(_ pairs: [(String, Value)]) {
        storage = Storage()
        storage.keys.reserveCapacity(pairs.count)
        storage.values.reserveCapacity(pairs.count)
        for (key, value) in pairs { self[key] = value }
    }

    /// The keys in insertion order.
    public var keys: [String] { storage.keys }

    /// The number of entries.
    public var count: Int { storage.keys.count }

    /// The entries in insertion order.
    public var entries: [(key: String, value: Value)] {
        Array(zip(storage.keys, storage.values).map { (key: $0.0, value: $0.1) })
    }

    /// The value stored under `key`, or `nil` when the key is absent.
    public subscript(key: String) -> Value? {
        get { self[PropertyKey(key)] }
        set { set(PropertyKey(key), newValue) }
    }

    /// The value stored under a key whose hash is already known.
    package subscript(key: PropertyKey) -> Value? {
        guard let position = position(of: key) else { return nil }
        return storage.values[position]
    }

    /// Whether the value under `key` is `Comparison.equal` to `other`, compared in place;
    /// nil when the key is absent.
    func valueEquals(_ key: PropertyKey, _ other: Value) -> Bool? {
        guard let position = position(of: key) else { return nil }
        return Comparison.equal(storage.values[position], other)
    }

    /// The address of `self[outer]?[inner]` inside the inner object's storage, when
    /// `self[outer]` is an object holding `inner`; nil when either is absent or `self[outer]`
    /// is not an object. The address is valid while the objects are neither mutated nor freed
    /// (the caller borrows them for that long). Tries the positions `hints` packs first (outer
    /// in the low 32 bits, inner in the high: where the keys were in the objects looked up last
    /// time, usually of the same shape) and sets `hints` to the positions where they were found.
    @inline(__always) func address(at outer: PropertyKey, _ inner: PropertyKey, hints: inout Int) -> UnsafePointer<Value>? {
        guard let position = position(of: outer, hint: hints & 0xFFFF_FFFF) else { return nil }
        guard case .object(let object) = storage.values[position] else { return nil }
        guard let innerPosition = object.position(of: inner, hint: hints >> 32) else { return nil }
        hints = position | innerPosition << 32
        return object.storage.values.withUnsafeBufferPointer { values in
            values.baseAddress.map { UnsafePointer($0 + innerPosition) }
        }
    }

    /// The position of `key`, checking position `hint` first.
    @inline(__always) private func position(of key: PropertyKey, hint: Int) -> Int? {
        let storage = self.storage
        if hint < storage.hashes.count, storage.hashes[hint] == key.hash, PropertyKey.bytesEqual(storage.keys[hint], key.name) {
            return hint
        }
        return position(of: key)
    }

    private func position(of key: PropertyKey) -> Int? {
        let storage = self.storage
        let hash = key.hash
        if storage.index.isEmpty {
            return storage.hashes.withUnsafeBufferPointer { hashes -> Int? in
                for position in hashes.indices where hashes[position] == hash {
                    if PropertyKey.bytesEqual(storage.keys[position], key.name) { return position }
                }
                return nil
            }
        }
        let mask = storage.index.count &- 1
        var slot = Int(key.hash) & mask
        while true {
            let entry = Int(storage.index[slot])
            if entry == 0 { return nil }
            let position = entry &- 1
            if storage.hashes[position] == key.hash, PropertyKey.bytesEqual(storage.keys[position], key.name) { return position }
            slot = (slot &+ 1) & mask
        }
    }

    private mutating func makeUnique() {
        if !isKnownUniquelyReferenced(&storage) { storage = Storage(copying: storage) }
    }

    private mutating func set(_ key: PropertyKey, _ newValue: Value?) {
        if let position = position(of: key) {
            makeUnique()
            if let newValue {
                storage.values[position] = newValue
            } else {
                storage.keys.remove(at: position)
                storage.values.remove(at: position)
                storage.hashes.remove(at: position)
                rebuildIndex()
            }
            return
        }
        guard let newValue else { return }
        makeUnique()
        storage.keys.append(key.name)
        storage.values.append(newValue)
        storage.hashes.append(key.hash)
        if storage.keys.count > ObjectValue.linearLimit {
            if storage.index.count < storage.keys.count &* 2 { rebuildIndex() } else { insertIntoIndex(storage.keys.count &- 1) }
        }
    }

    private mutating func rebuildIndex() {
        guard storage.keys.count > ObjectValue.linearLimit else {
            storage.index = []
            return
        }
        var size = 16
        while size < storage.keys.count &* 2 { size &*= 2 }
        storage.index = [Int32](repeating: 0, count: size)
        for position in storage.keys.indices { insertIntoIndex(position) }
    }

    private mutating func insertIntoIndex(_ position: Int) {
        let mask = storage.index.count &- 1
        var slot = Int(storage.hashes[position]) & mask
        while storage.index[slot] != 0 { slot = (slot &+ 1) & mask }
        storage.index[slot] = Int32(truncatingIfNeeded: position &+ 1)
    }

    fileprivate func hashAt(_ position: Int) -> UInt32 { storage.hashes[position] }
    fileprivate func valueAt(_ position: Int) -> Value { storage.values[position] }
}

extension ObjectValue: Hashable {
    /// Map equality: the same keys with equal values, in any order.
    public static func == (lhs: ObjectValue, rhs: ObjectValue) -> Bool {
        guard lhs.count == rhs.count else { return false }
        for (position, key) in lhs.keys.enumerated() {
            guard let other = rhs[PropertyKey(key, hash: lhs.hashAt(position))], other == lhs.valueAt(position) else { return false }
        }
        return true
    }

    public func hash(into hasher: inout Hasher) {
        // Order-independent: the sum of the entries' own hashes.
        var sum = 0
        for position in keys.indices {
            var entry = Hasher()
            entry.combine(hashAt(position))
            entry.combine(valueAt(position))
            sum = sum &+ entry.finalize()
        }
        hasher.combine(count)
        hasher.combine(sum)
    }
}

/// A property name with its hash, computed once (at compile time for names in expressions).
package struct PropertyKey: Sendable, Hashable {
    /// The name.
    package let name: String
    /// The hash of the name's UTF-8 bytes (`NameHash`).
    package let hash: UInt32

    /// A key; hashes `name`.
    package init(_ name: String) {
        self.name = name
        self.hash = NameHash.of(name)
    }

    init(_ name: String, hash: UInt32) {
        self.name = name
        self.hash = hash
    }

    /// Whether two strings have the same UTF-8 bytes (Java `String.equals`).
    @inline(__always) static func bytesEqual(_ a: String, _ b: String) -> Bool {
        // Fast path: identical representations (the same small string inline, or the same
        // storage object) are the same bytes. Different representations fall through.
        if MemoryLayout<String>.size == MemoryLayout<(UInt64, UInt64)>.size {
            let p = unsafeBitCast(a, to: (UInt64, UInt64).self), q = unsafeBitCast(b, to: (UInt64, UInt64).self)
            if p.0 == q.0 && p.1 == q.1 { return true }
            // Two small (inline) strings hold their bytes in these words canonically, so
            // different words are different bytes (bit 61 of the second word marks small).
            if p.1 & q.1 & (1 << 61) != 0 { return false }
        }
        return bytesEqualSlow(a, b)
    }

    @inline(never) static func bytesEqualSlow(_ a: String, _ b: String) -> Bool {
        let x = a.utf8, y = b.utf8
        guard x.count == y.count else { return false }
        if let result = x.withContiguousStorageIfAvailable({ p in
            y.withContiguousStorageIfAvailable { q in
                guard let left = p.baseAddress, let right = q.baseAddress else { return p.count == q.count }
                return memcmp(left, right, p.count) == 0
            }
        }), let equal = result {
            return equal
        }
        return x.elementsEqual(y)
    }
}
