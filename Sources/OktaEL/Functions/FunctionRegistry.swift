/// The function table: every builtin, looked up by the compiler once per call site.
public struct FunctionRegistry: Sendable {
    private struct Key: Hashable {
        var kind: FunctionKind
        var name: String
    }

    /// Everything the registry holds, behind one reference so copying an `Environment`
    /// retains one object.
    private final class Storage: Sendable {
        let all: [BuiltinFunction]
        let byKey: [Key: [BuiltinFunction]]
        let methodsByName: [String: [BuiltinFunction]]
        let namespaces: Set<String>
        let bindings: [FunctionBinding]
        let index: FunctionIndex

        init(_ functions: [BuiltinFunction]) {
            var byKey: [Key: [BuiltinFunction]] = [:]
            var methods: [String: [BuiltinFunction]] = [:]
            var namespaces: Set<String> = []
            for function in functions {
                byKey[Key(kind: function.kind, name: function.name), default: []].append(function)
                if case .method = function.kind { methods[function.name, default: []].append(function) }
                if case .namespaced(let namespace) = function.kind { namespaces.insert(namespace) }
            }
            self.all = functions
            self.byKey = byKey
            self.methodsByName = methods
            self.namespaces = namespaces
            self.bindings = functions.map(FunctionBinding.init)
            self.index = FunctionIndex(functions)
        }
    }

    private let storage: Storage

    /// Every function, in registration order.
    public var all: [BuiltinFunction] { storage.all }
    /// Namespace names (`String`, `Arrays`, ...).
    public var namespaces: Set<String> { storage.namespaces }
    /// What the compiler reads of each function of `all`, at the same index.
    var bindings: [FunctionBinding] { storage.bindings }

    /// A registry of `functions`.
    public init(_ functions: [BuiltinFunction]) {
        storage = Storage(functions)
    }

    /// Every builtin of the language.
    public static let standard = FunctionRegistry(StandardLibrary.functions)

    /// The functions of `kind` named `name`, in any dialect.
    public func lookup(_ kind: FunctionKind, _ name: String) -> [BuiltinFunction] {
        storage.byKey[Key(kind: kind, name: name)] ?? []
    }

    /// The methods named `name`, for every receiver kind, in any dialect.
    public func methods(named name: String) -> [BuiltinFunction] {
        storage.methodsByName[name] ?? []
    }

    /// Whether the source name `name` is a namespace.
    func isNamespace(_ name: SourceName) -> Bool {
        storage.index.find(.namespace, namespace: nil, name) != nil
    }

    /// The indices in `all` of the functions `methods(named:)` returns for the source name
    /// `name`, in the same order.
    func methodIndices(_ name: SourceName) -> [Int] {
        storage.index.find(.method, namespace: nil, name) ?? []
    }

    /// The indices in `all` of the functions `lookup(.global, name)` returns for the source name `name`.
    func globalIndices(_ name: SourceName) -> [Int] {
        storage.index.find(.global, namespace: nil, name) ?? []
    }

    /// The indices in `all` of the functions `lookup(.userMethod, name)` returns for the source name `name`.
    func userMethodIndices(_ name: SourceName) -> [Int] {
        storage.index.find(.userMethod, namespace: nil, name) ?? []
    }

    /// The indices in `all` of the functions `lookup(.namespaced(namespace), name)` returns
    /// for the source names `namespace` and `name`.
    func namespacedIndices(_ namespace: SourceName, _ name: SourceName) -> [Int] {
        storage.index.find(.namespaced, namespace: namespace, name) ?? []
    }

    /// The closest known qualified name to `name` among `candidates`, if one is close enough.
    public static func nearest(_ name: String, in candidates: some Sequence<String>) -> String? {
        var best: (String, Int)?
        let lowered = name.lowercased()
        for candidate in candidates {
            let distance = EditDistance.between(lowered, candidate.lowercased())
            if distance < (best?.1 ?? Int.max) { best = (candidate, distance) }
        }
        guard let (candidate, distance) = best else { return nil }
        return distance <= max(2, name.count / 3) ? candidate : nil
    }
}

/// Levenshtein distance, for did-you-mean hints.
enum EditDistance {
    static func between(_ a: String, _ b: String) -> Int {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[y.count]
    }
}

/// What the compiler binds a call to: the arity, the dialects and the shared `FunctionRef`
/// of one builtin, so binding copies no `BuiltinFunction` and builds no name.
struct FunctionBinding: Sendable {
    let minArguments: Int
    /// `Int.max` for a variadic function.
    let maxArguments: Int
    /// Bit 0: classic; bit 1: Identity Engine.
    private let dialects: UInt8
    let expressionArgument: Int?
    let ref: FunctionRef

    init(_ function: BuiltinFunction) {
        minArguments = function.minArguments
        maxArguments = function.maxArguments ?? Int.max
        dialects = (function.dialects.contains(.classic) ? 1 : 0) | (function.dialects.contains(.identityEngine) ? 2 : 0)
        expressionArgument = function.expressionArgument
        ref = FunctionRef(function)
    }

    /// Whether the function exists in `dialect`.
    func isIn(_ dialect: Dialect) -> Bool {
        dialects & (dialect == .classic ? 1 : 2) != 0
    }

    /// Whether `count` arguments fit (as `BuiltinFunction.accepts`).
    func accepts(_ count: Int) -> Bool { count >= minArguments && count <= maxArguments }
}

/// A name as written in a source: where its bytes are and their FNV-1a hash, so the
/// registry can look it up without making a string.
struct SourceName {
    let bytes: [UInt8]
    let range: SourceRange
    let hash: UInt32

    /// The name in `range` of `bytes`.
    init(_ bytes: [UInt8], _ range: SourceRange, hash: UInt32) {
        self.bytes = bytes
        self.range = range
        self.hash = hash
    }

    /// Whether the name's bytes are `text`.
    func spells(_ text: [UInt8]) -> Bool {
        guard range.end - range.start == text.count, range.start >= 0, range.end <= bytes.count else { return false }
        var offset = 0
        while offset < text.count {
            if bytes[range.start &+ offset] != text[offset] { return false }
            offset &+= 1
        }
        return true
    }
}

/// FNV-1a over a name's UTF-8 bytes: the hash `PropertyKey` stores, computed from the
/// string's contiguous bytes.
enum NameHash {
    static func fnv1a(_ text: String) -> UInt32 {
        @inline(__always) func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
            var hash: UInt32 = 2_166_136_261
            for byte in bytes {
                hash ^= UInt32(byte)
                hash = hash &* 16_777_619
            }
            return hash
        }
        if let result = text.utf8.withContiguousStorageIfAvailable(hash) { return result }
        var copy = text
        copy.makeContiguousUTF8()
        return copy.utf8.withContiguousStorageIfAvailable(hash) ?? PropertyKey.fnv1a(text)
    }
}

/// An open-addressing table from (kind, namespace, name) to the indices of the matching
/// functions, hashed with FNV-1a so a lookup costs one pass over the name.
private struct FunctionIndex: Sendable {
    enum Tag: UInt8 { case global, namespaced, userMethod, method, namespace }

    private struct Entry: Sendable {
        let tag: Tag
        let namespace: String
        let name: String
        let namespaceBytes: [UInt8]
        let nameBytes: [UInt8]
        var indices: [Int]
    }

    private var entries: [Entry] = []
    /// Entry index + 1 per slot; 0 is empty.
    private var slots: [Int]
    private let shift: UInt64

    init(_ functions: [BuiltinFunction]) {
        var bits: UInt64 = 4
        while (1 << bits) < functions.count * 4 { bits += 1 }
        shift = 64 - bits
        slots = Array(repeating: 0, count: 1 << bits)
        for (position, function) in functions.enumerated() {
            switch function.kind {
            case .global: add(.global, "", function.name, position)
            case .namespaced(let namespace):
                add(.namespaced, namespace, function.name, position)
                if find(.namespace, "", namespace, nameHash: NameHash.fnv1a(namespace)) == nil {
                    add(.namespace, "", namespace, nil)
                }
            case .userMethod: add(.userMethod, "", function.name, position)
            case .method: add(.method, "", function.name, position)
            }
        }
    }

    /// `namespaceHash` is nil for an empty namespace.
    private func slot(_ tag: Tag, namespaceHash: UInt32?, nameHash: UInt32) -> Int {
        var hash = UInt64(nameHash) &* 0x9E37_79B9_7F4A_7C15
        hash ^= UInt64(tag.rawValue) &* 0xC2B2_AE3D_27D4_EB4F
        if let namespaceHash { hash ^= UInt64(namespaceHash) &* 0x1656_67B1_9E37_79F9 }
        return Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    private func slot(_ tag: Tag, _ namespace: String, nameHash: UInt32) -> Int {
        slot(tag, namespaceHash: namespace.isEmpty ? nil : NameHash.fnv1a(namespace), nameHash: nameHash)
    }

    private mutating func add(_ tag: Tag, _ namespace: String, _ name: String, _ position: Int?) {
        var slot = slot(tag, namespace, nameHash: NameHash.fnv1a(name))
        while slots[slot] != 0 {
            let existing = slots[slot] - 1
            if entries[existing].tag == tag, entries[existing].name == name, entries[existing].namespace == namespace {
                if let position { entries[existing].indices.append(position) }
                return
            }
            slot = (slot + 1) & (slots.count - 1)
        }
        entries.append(Entry(tag: tag, namespace: namespace, name: name, namespaceBytes: Array(namespace.utf8),
                             nameBytes: Array(name.utf8), indices: position.map { [$0] } ?? []))
        slots[slot] = entries.count
    }

    /// The indices under (tag, namespace, name), or nil when there are none.
    func find(_ tag: Tag, _ namespace: String, _ name: String, nameHash: UInt32) -> [Int]? {
        var slot = slot(tag, namespace, nameHash: nameHash)
        while slots[slot] != 0 {
            let entry = slots[slot] - 1
            if entries[entry].tag == tag, entries[entry].name == name, entries[entry].namespace == namespace {
                return entries[entry].indices
            }
            slot = (slot + 1) & (slots.count - 1)
        }
        return nil
    }

    /// The indices under (tag, namespace, name) for names written in a source, or nil when
    /// there are none; a nil `namespace` is the empty one.
    func find(_ tag: Tag, namespace: SourceName?, _ name: SourceName) -> [Int]? {
        let namespaceHash = namespace.flatMap { $0.range.end > $0.range.start ? $0.hash : nil }
        var slot = slot(tag, namespaceHash: namespaceHash, nameHash: name.hash)
        while slots[slot] != 0 {
            let entry = slots[slot] - 1
            if entries[entry].tag == tag, name.spells(entries[entry].nameBytes),
               namespace?.spells(entries[entry].namespaceBytes) ?? entries[entry].namespaceBytes.isEmpty {
                return entries[entry].indices
            }
            slot = (slot + 1) & (slots.count - 1)
        }
        return nil
    }
}
