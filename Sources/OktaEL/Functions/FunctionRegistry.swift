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

    /// Whether `name` is a namespace; `hash` is `NameHash.fnv1a(name)`.
    func isNamespace(_ name: String, hash: UInt32) -> Bool {
        storage.index.find(.namespace, "", name, nameHash: hash) != nil
    }

    /// The indices in `all` of the functions `methods(named:)` returns, in the same order.
    func methodIndices(named name: String) -> [Int] {
        storage.index.find(.method, "", name, nameHash: NameHash.fnv1a(name)) ?? []
    }

    /// The indices in `all` of the functions `lookup(kind, name)` returns, in the same order.
    func indices(_ kind: FunctionKind, _ name: String) -> [Int] {
        let hash = NameHash.fnv1a(name)
        switch kind {
        case .global: return storage.index.find(.global, "", name, nameHash: hash) ?? []
        case .namespaced(let namespace): return storage.index.find(.namespaced, namespace, name, nameHash: hash) ?? []
        case .userMethod: return storage.index.find(.userMethod, "", name, nameHash: hash) ?? []
        case .method: return (storage.index.find(.method, "", name, nameHash: hash) ?? []).filter { all[$0].kind == kind }
        }
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

    private func slot(_ tag: Tag, _ namespace: String, nameHash: UInt32) -> Int {
        var hash = UInt64(nameHash) &* 0x9E37_79B9_7F4A_7C15
        hash ^= UInt64(tag.rawValue) &* 0xC2B2_AE3D_27D4_EB4F
        if !namespace.isEmpty { hash ^= UInt64(NameHash.fnv1a(namespace)) &* 0x1656_67B1_9E37_79F9 }
        return Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> shift)
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
        entries.append(Entry(tag: tag, namespace: namespace, name: name, indices: position.map { [$0] } ?? []))
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
}
