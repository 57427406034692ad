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
        /// Per key of `index`: for a method name, its `MethodTable` per dialect and argument count.
        let methodTables: [[MethodTable?]]

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
            let bindings = functions.map(FunctionBinding.init)
            let index = FunctionIndex(functions)
            self.bindings = bindings
            self.index = index
            self.methodTables = (0..<index.keyCount).map { key in
                guard index.isMethodKey(key) else { return [] }
                return Dialect.allCases.flatMap { dialect in
                    (0...FunctionRegistry.cachedMethodArity).map { count in
                        FunctionRegistry.methodTable(index.indices(ofKey: key), functions, bindings, dialect, count)
                    }
                }
            }
        }
    }

    private let storage: Storage

    /// Every function, in registration order.
    public var all: [BuiltinFunction] { storage.all }
    /// Namespace names (`String`, `Arrays`, ...).
    public var namespaces: Set<String> { storage.namespaces }

    /// The texts parameters take as constants (`"active_directory"`, `"id"`, `"status"`), for the
    /// hint on one written without quotes.
    public var constantArguments: Set<String> {
        Set(all.flatMap { $0.parameters.flatMap(\.types) }.compactMap { type -> String? in
            if case .constant(let text) = type { return text }
            return nil
        })
    }
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

    /// Whether `profile` refuses calls of `name` of `kind`, and why: the restriction of its rows,
    /// in any dialect and of any arity. A name a namespace lacks takes the restriction of the
    /// namespace's rows (which share one), so `Convert.toInteger(x)` in a group rule is refused
    /// as `Convert.toInt(x)` is.
    public func restriction(_ kind: FunctionKind, _ name: String, in profile: UsageProfile) -> ProfileRestriction? {
        var rows = lookup(kind, name)
        if rows.isEmpty, case .namespaced = kind { rows = all.filter { $0.kind == kind } }
        return rows.lazy.compactMap { $0.restriction(in: profile) }.first
    }

    /// Method tables are made once for calls with up to this many arguments.
    static let cachedMethodArity = 4

    /// The overloads of the methods at `indices` that exist in `dialect` and take `count`
    /// arguments, the first per receiver kind; nil when there is none.
    private static func methodTable(_ indices: [Int], _ functions: [BuiltinFunction], _ bindings: [FunctionBinding],
                                    _ dialect: Dialect, _ count: Int) -> MethodTable? {
        var table: [ReceiverKind: FunctionRef] = [:]
        for index in indices where bindings[index].isIn(dialect) && bindings[index].accepts(count) {
            if case .method(let kind) = functions[index].kind, table[kind] == nil { table[kind] = bindings[index].ref }
        }
        guard let first = indices.first, !table.isEmpty else { return nil }
        return MethodTable(name: functions[first].name, byReceiver: table)
    }

    /// The overloads of the method `name` that exist in `dialect` and take `argumentCount`
    /// arguments, the first per receiver kind, made once per registry and shared by every
    /// call site; nil when there is none or more than `cachedMethodArity` arguments.
    func methodTable(_ name: SourceName, in dialect: Dialect, argumentCount: Int) -> MethodTable? {
        guard argumentCount >= 0, argumentCount <= FunctionRegistry.cachedMethodArity,
              let dialectIndex = Dialect.allCases.firstIndex(of: dialect),
              let key = storage.index.key(.method, namespace: nil, name) else { return nil }
        let tables = storage.methodTables[key]
        let slot = dialectIndex * (FunctionRegistry.cachedMethodArity + 1) + argumentCount
        return slot < tables.count ? tables[slot] : nil
    }

    /// Whether the source name `name` is a namespace.
    func isNamespace(_ name: SourceName) -> Bool {
        storage.index.mayBeNamespace(name) && storage.index.key(.namespace, namespace: nil, name) != nil
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

/// An open-addressing table from (kind, namespace, name) to the indices of the matching
/// functions, hashed with `NameHash` so a lookup costs one pass over the name. Names are kept
/// as bytes in one array, so a probe compares plain bytes and touches no reference; a
/// class, so a lookup retains nothing.
private final class FunctionIndex: Sendable {
    enum Tag: UInt8 { case global, namespaced, userMethod, method, namespace }

    /// One key: its tag, where its namespace and name are in `text`, and the name's hash.
    private struct Key: Sendable {
        let tag: Tag
        let nameHash: UInt32
        let namespace: Range<Int>
        let name: Range<Int>
    }

    private let keys: [Key]
    /// The function indices of each key, in registration order.
    private let lists: [[Int]]
    /// Every key's namespace and name bytes.
    private let text: [UInt8]
    /// Key index + 1 per slot; 0 is empty.
    private let slots: [Int]
    private let shift: UInt64
    /// The first bytes of the namespace names, as a 256-bit set, so most names (`user`)
    /// are known not to be namespaces without a lookup.
    private let namespaceInitials: [UInt64]

    init(_ functions: [BuiltinFunction]) {
        var bits: UInt64 = 4
        while (1 << bits) < functions.count * 4 { bits += 1 }
        var builder = Builder(shift: 64 - bits)
        for (position, function) in functions.enumerated() {
            switch function.kind {
            case .global: builder.add(.global, "", function.name, position)
            case .namespaced(let namespace):
                builder.add(.namespaced, namespace, function.name, position)
                builder.add(.namespace, "", namespace, nil)
            case .userMethod: builder.add(.userMethod, "", function.name, position)
            case .method: builder.add(.method, "", function.name, position)
            }
        }
        var initials = [UInt64](repeating: 0, count: 4)
        for key in builder.keys where key.tag == .namespace {
            // An empty namespace name sets every bit: any name may then need the lookup.
            guard key.name.lowerBound < key.name.upperBound else { initials = [UInt64](repeating: ~0, count: 4); break }
            let byte = builder.text[key.name.lowerBound]
            initials[Int(byte >> 6)] |= 1 << UInt64(byte & 63)
        }
        namespaceInitials = initials
        keys = builder.keys
        lists = builder.lists
        text = builder.text
        slots = builder.slots
        shift = builder.shift
    }

    /// `namespaceHash` is nil for an empty namespace.
    private static func slot(_ tag: Tag, namespaceHash: UInt32?, nameHash: UInt32, shift: UInt64) -> Int {
        var hash = UInt64(nameHash) &* 0x9E37_79B9_7F4A_7C15
        hash ^= UInt64(tag.rawValue) &* 0xC2B2_AE3D_27D4_EB4F
        if let namespaceHash { hash ^= UInt64(namespaceHash) &* 0x1656_67B1_9E37_79F9 }
        return Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The table while it is filled.
    private struct Builder {
        let shift: UInt64
        var keys: [Key] = []
        var lists: [[Int]] = []
        var text: [UInt8] = []
        var slots: [Int]
        var seen: [[UInt8]: Int] = [:]

        init(shift: UInt64) {
            self.shift = shift
            slots = Array(repeating: 0, count: 1 << (64 - shift))
        }

        /// Adds `position` (if any) under (tag, namespace, name), making the key if it is new.
        mutating func add(_ tag: Tag, _ namespace: String, _ name: String, _ position: Int?) {
            let identity = [tag.rawValue] + Array(namespace.utf8) + [0] + Array(name.utf8)
            if let existing = seen[identity] {
                if let position { lists[existing].append(position) }
                return
            }
            let namespaceStart = text.count
            text.append(contentsOf: namespace.utf8)
            let nameStart = text.count
            text.append(contentsOf: name.utf8)
            keys.append(Key(tag: tag, nameHash: NameHash.of(name), namespace: namespaceStart..<nameStart, name: nameStart..<text.count))
            lists.append(position.map { [$0] } ?? [])
            seen[identity] = keys.count - 1
            var slot = FunctionIndex.slot(tag, namespaceHash: namespace.isEmpty ? nil : NameHash.of(namespace),
                                          nameHash: NameHash.of(name), shift: shift)
            while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = keys.count
        }
    }

    /// Whether `text[range]` is the source name `name`.
    @inline(__always) private func matches(_ range: Range<Int>, _ name: SourceName) -> Bool {
        guard range.count == name.range.end - name.range.start, name.range.start >= 0, name.range.end <= name.bytes.count,
              range.lowerBound >= 0, range.upperBound <= text.count else {
            return false
        }
        return text.withUnsafeBytes { text in
            name.bytes.withUnsafeBytes { source in
                SourceName.equal(text, range.lowerBound, source, name.range.start, count: range.count)
            }
        }
    }

    /// False when `name` is certainly not a namespace name (its first byte starts none).
    func mayBeNamespace(_ name: SourceName) -> Bool {
        guard name.range.start >= 0, name.range.start < name.range.end, name.range.start < name.bytes.count else { return true }
        let byte = name.bytes[name.range.start]
        return namespaceInitials[Int(byte >> 6)] & (1 << UInt64(byte & 63)) != 0
    }

    /// How many keys there are.
    var keyCount: Int { keys.count }

    /// Whether key `key` is a method name.
    func isMethodKey(_ key: Int) -> Bool { keys[key].tag == .method }

    /// The function indices of key `key`.
    func indices(ofKey key: Int) -> [Int] { lists[key] }

    /// The indices under (tag, namespace, name) for names written in a source, or nil when
    /// there are none; a nil `namespace` is the empty one.
    func find(_ tag: Tag, namespace: SourceName?, _ name: SourceName) -> [Int]? {
        key(tag, namespace: namespace, name).map { lists[$0] }
    }

    /// The key (tag, namespace, name) for names written in a source, or nil when there is
    /// none; a nil `namespace` is the empty one.
    func key(_ tag: Tag, namespace: SourceName?, _ name: SourceName) -> Int? {
        let namespaceHash = namespace.flatMap { $0.range.end > $0.range.start ? $0.hash : nil }
        var slot = FunctionIndex.slot(tag, namespaceHash: namespaceHash, nameHash: name.hash, shift: shift)
        while slots[slot] != 0 {
            let index = slots[slot] - 1
            let key = keys[index]
            if key.tag == tag, key.nameHash == name.hash, matches(key.name, name),
               namespace.map({ matches(key.namespace, $0) }) ?? key.namespace.isEmpty {
                return index
            }
            slot = (slot + 1) & (slots.count - 1)
        }
        return nil
    }
}
