/// The function table: every builtin, looked up by the compiler once per call site.
public struct FunctionRegistry: Sendable {
    private struct Key: Hashable {
        var kind: FunctionKind
        var name: String
    }

    /// Every function, in registration order.
    public let all: [BuiltinFunction]
    private let byKey: [Key: [BuiltinFunction]]
    private let methodsByName: [String: [BuiltinFunction]]
    /// Namespace names (`String`, `Arrays`, ...).
    public let namespaces: Set<String>

    /// A registry of `functions`.
    public init(_ functions: [BuiltinFunction]) {
        all = functions
        var byKey: [Key: [BuiltinFunction]] = [:]
        var methods: [String: [BuiltinFunction]] = [:]
        var namespaces: Set<String> = []
        for function in functions {
            byKey[Key(kind: function.kind, name: function.name), default: []].append(function)
            if case .method = function.kind { methods[function.name, default: []].append(function) }
            if case .namespaced(let namespace) = function.kind { namespaces.insert(namespace) }
        }
        self.byKey = byKey
        self.methodsByName = methods
        self.namespaces = namespaces
    }

    /// Every builtin of the language.
    public static let standard = FunctionRegistry(StandardLibrary.functions)

    /// The functions of `kind` named `name`, in any dialect.
    public func lookup(_ kind: FunctionKind, _ name: String) -> [BuiltinFunction] {
        byKey[Key(kind: kind, name: name)] ?? []
    }

    /// The methods named `name`, for every receiver kind, in any dialect.
    public func methods(named name: String) -> [BuiltinFunction] {
        methodsByName[name] ?? []
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
