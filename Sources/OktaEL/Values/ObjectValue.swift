/// An insertion-ordered, string-keyed map: a profile, a group, an inline map.
///
/// Keys compare by their bytes, as Java's `String.equals` compares code units (Swift's `==`
/// would also equate canonically equivalent spellings). Small objects are searched linearly;
/// larger ones keep an open-addressing index of FNV-1a hashes. A `PropertyKey` carries its
/// hash, computed once when an expression is compiled, so `user.firstName` costs one probe.
public struct ObjectValue: Sendable {
    /// The keys in insertion order.
    public private(set) var keys: [String]
    private var values: [Value]
    /// Slots of `keys` indices + 1 (0 = empty), size a power of two; empty for small objects.
    private var index: [Int32]
    private var hashes: [UInt32]

    private static let linearLimit = 8

    /// An empty object.
    public init() {
        keys = []
        values = []
        index = []
        hashes = []
    }

    /// An object from key/value pairs; a repeated key keeps its first position and last value.
    public init(_ pairs: [(String, Value)]) {
        self.init()
        keys.reserveCapacity(pairs.count)
        values.reserveCapacity(pairs.count)
        for (key, value) in pairs { self[key] = value }
    }

    /// The number of entries.
    public var count: Int { keys.count }

    /// The entries in insertion order.
    public var entries: [(key: String, value: Value)] {
        Array(zip(keys, values).map { (key: $0.0, value: $0.1) })
    }

    /// The value stored under `key`, or `nil` when the key is absent.
    public subscript(key: String) -> Value? {
        get { self[PropertyKey(key)] }
        set { set(PropertyKey(key), newValue) }
    }

    /// The value stored under a key whose hash is already known.
    public subscript(key: PropertyKey) -> Value? {
        guard let position = position(of: key) else { return nil }
        return values[position]
    }

    private func position(of key: PropertyKey) -> Int? {
        if index.isEmpty {
            for position in keys.indices where PropertyKey.bytesEqual(keys[position], key.name) { return position }
            return nil
        }
        let mask = index.count &- 1
        var slot = Int(key.hash) & mask
        while true {
            let entry = Int(index[slot])
            if entry == 0 { return nil }
            let position = entry &- 1
            if hashes[position] == key.hash, PropertyKey.bytesEqual(keys[position], key.name) { return position }
            slot = (slot &+ 1) & mask
        }
    }

    private mutating func set(_ key: PropertyKey, _ newValue: Value?) {
        if let position = position(of: key) {
            if let newValue {
                values[position] = newValue
            } else {
                keys.remove(at: position)
                values.remove(at: position)
                hashes.remove(at: position)
                rebuildIndex()
            }
            return
        }
        guard let newValue else { return }
        keys.append(key.name)
        values.append(newValue)
        hashes.append(key.hash)
        if keys.count > ObjectValue.linearLimit {
            if index.count < keys.count &* 2 { rebuildIndex() } else { insertIntoIndex(keys.count &- 1) }
        }
    }

    private mutating func rebuildIndex() {
        guard keys.count > ObjectValue.linearLimit else {
            index = []
            return
        }
        var size = 16
        while size < keys.count &* 2 { size &*= 2 }
        index = [Int32](repeating: 0, count: size)
        for position in keys.indices { insertIntoIndex(position) }
    }

    private mutating func insertIntoIndex(_ position: Int) {
        let mask = index.count &- 1
        var slot = Int(hashes[position]) & mask
        while index[slot] != 0 { slot = (slot &+ 1) & mask }
        index[slot] = Int32(truncatingIfNeeded: position &+ 1)
    }
}

extension ObjectValue: Hashable {
    /// Map equality: the same keys with equal values, in any order.
    public static func == (lhs: ObjectValue, rhs: ObjectValue) -> Bool {
        guard lhs.count == rhs.count else { return false }
        for (position, key) in lhs.keys.enumerated() {
            guard let other = rhs[PropertyKey(key, hash: lhs.hashes[position])], other == lhs.values[position] else { return false }
        }
        return true
    }

    public func hash(into hasher: inout Hasher) {
        // Order-independent: the sum of the entries' own hashes.
        var sum = 0
        for position in keys.indices {
            var entry = Hasher()
            entry.combine(hashes[position])
            entry.combine(values[position])
            sum = sum &+ entry.finalize()
        }
        hasher.combine(count)
        hasher.combine(sum)
    }
}

/// A property name with its hash, computed once (at compile time for names in expressions).
public struct PropertyKey: Sendable, Hashable {
    /// The name.
    public let name: String
    /// FNV-1a of the name's UTF-8 bytes.
    public let hash: UInt32

    /// A key; hashes `name`.
    public init(_ name: String) {
        self.name = name
        self.hash = PropertyKey.fnv1a(name)
    }

    init(_ name: String, hash: UInt32) {
        self.name = name
        self.hash = hash
    }

    static func fnv1a(_ text: String) -> UInt32 {
        var hash: UInt32 = 2_166_136_261
        for byte in text.utf8 {
            hash ^= UInt32(byte)
            hash = hash &* 16_777_619
        }
        return hash
    }

    /// Whether two strings have the same UTF-8 bytes (Java `String.equals`).
    @inline(__always) static func bytesEqual(_ a: String, _ b: String) -> Bool {
        let x = a.utf8, y = b.utf8
        guard x.count == y.count else { return false }
        if let result = x.withContiguousStorageIfAvailable({ p in
            y.withContiguousStorageIfAvailable { q in p.elementsEqual(q) }
        }), let equal = result {
            return equal
        }
        return x.elementsEqual(y)
    }
}
