/// Resolves the call sites of one syntax tree against the function table: which row a call
/// binds to, which overloads a method call chooses among, in which dialect, or the diagnostic
/// saying why none fits. The one place that looks functions up for a tree: the compiler asks
/// it while building nodes, and the type checker reads what it answered.
///
/// It reads names from the tree's source bytes, hashed as the registry's index wants them,
/// and makes strings only for a diagnostic or a method table of its own.
struct CallResolver {
    let registry: FunctionRegistry
    let dialect: Dialect

    /// The tree whose call sites it resolves (the compiler reads it through here too).
    let tree: SyntaxTree
    /// The tree's source bytes, held here: reading `tree.bytes` retains the array each time.
    let bytes: [UInt8]

    init(registry: FunctionRegistry, dialect: Dialect, tree: SyntaxTree) {
        self.registry = registry
        self.dialect = dialect
        self.tree = tree
        self.bytes = tree.bytes
    }

    /// The name written at `range`, for registry lookups.
    private func name(_ range: SourceRange) -> SourceName {
        SourceName(bytes, range, hash: SourceName.hash(bytes, range))
    }

    /// The text at `range`.
    private func text(_ range: SourceRange) -> String { SyntaxTree.text(bytes, range) }

    // MARK: Call sites

    /// The call `node`: `name(args)` or `base.name(args)`. `inSelection` when it is inside
    /// the body of a projection or selection, where a bare call may be a method of the
    /// current element and a bare name is a property of it, never a namespace or `user`.
    func resolve(_ node: SyntaxNode, inSelection: Bool) -> CallResolution {
        node.kind == .function ? resolveFunction(node, inSelection: inSelection) : resolveCall(node, inSelection: inSelection)
    }

    /// The bare call `node` (`name(args)`).
    private func resolveFunction(_ node: SyntaxNode, inSelection: Bool) -> CallResolution {
        let written = name(node.text), count = Int(node.count)
        let candidates = registry.globalIndices(written)
        if let binding = firstMatch(candidates, argumentCount: count) { return .function(binding) }
        guard let first = candidates.first else {
            // SpEL: inside a projection or selection a bare call is a method of the current element.
            if inSelection, let table = methodTable(written, argumentCount: count, nameRange: node.text) {
                return .elementMethod(table)
            }
            return .unresolved(.function, unknownFunction(node))
        }
        return .unresolved(.function, noMatch(candidates, first: first, display: "\(text(node.text))()", argumentCount: count, range: node.range))
    }

    /// The call `node` on a base (`base.name(args)`): a namespaced function, a method of
    /// `user`, or a method on a value.
    private func resolveCall(_ node: SyntaxNode, inSelection: Bool) -> CallResolution {
        let base = tree[node.a], count = Int(node.count)
        if base.kind == .name, !inSelection {
            let written = name(base.text)
            if registry.isNamespace(written) {
                let candidates = registry.namespacedIndices(written, name(node.text))
                if let binding = firstMatch(candidates, argumentCount: count) { return .namespaced(binding) }
                guard let first = candidates.first else {
                    return .unresolved(.namespaced, unknownNamespacedFunction(base, node))
                }
                return .unresolved(.namespaced, noMatch(candidates, first: first, display: "\(text(base.text)).\(text(node.text))()",
                                                        argumentCount: count, range: node.range))
            }
            if SyntaxTree.spells(bytes, base.text, "user") {
                let candidates = registry.userMethodIndices(name(node.text))
                if let first = candidates.first {
                    if let binding = firstMatch(candidates, argumentCount: count) { return .userMethod(binding) }
                    return .unresolved(.userMethod, noMatch(candidates, first: first, display: "user.\(text(node.text))()",
                                                            argumentCount: count, range: node.range))
                }
            }
        }
        let method = name(node.text)
        if let table = methodTable(method, argumentCount: count, nameRange: node.text) { return .method(table) }
        // `Strings.toLowerCase(x)`, `string.len(x)`, `Array.contains(...)`: a misspelt namespace
        // (namespaces are case-sensitive), before the method of that name in either dialect. The
        // base is a namespace written wrong, not a root: nothing reads or checks it as one.
        if let misspelt = misspeltNamespace(base, text(node.text), argumentCount: count, range: base.range.union(node.text)) {
            return .unresolved(.namespaced, misspelt)
        }
        return .unresolved(.method, noMethod(method, node, base: base, argumentCount: count))
    }

    /// The first of `candidates` (indices in the registry) in this dialect that takes
    /// `argumentCount` arguments.
    private func firstMatch(_ candidates: [Int], argumentCount: Int) -> FunctionBinding? {
        let bindings = registry.bindings
        for candidate in candidates where bindings[candidate].isIn(dialect) && bindings[candidate].accepts(argumentCount) {
            return bindings[candidate]
        }
        return nil
    }

    /// The overloads of the method `name` in this dialect that take `argumentCount`
    /// arguments, the first per receiver kind: the registry's shared table, or for more
    /// arguments than it keeps tables for, one made here; nil when there is none.
    private func methodTable(_ name: SourceName, argumentCount: Int, nameRange: SourceRange) -> MethodTable? {
        if let table = registry.methodTable(name, in: dialect, argumentCount: argumentCount) { return table }
        guard argumentCount > FunctionRegistry.cachedMethodArity else { return nil }
        var table: [ReceiverKind: FunctionRef] = [:]
        for index in registry.methodIndices(name) {
            let binding = registry.bindings[index]
            guard binding.isIn(dialect), binding.accepts(argumentCount) else { continue }
            if case .method(let kind) = registry.all[index].kind, table[kind] == nil { table[kind] = binding.ref }
        }
        return table.isEmpty ? nil : MethodTable(name: text(nameRange), byReceiver: table)
    }

    // MARK: Why there is none

    private var dialectName: String { dialect == .classic ? "classic" : "Identity Engine" }

    /// Why none of `candidates` (`first` the first of them) takes `argumentCount` arguments
    /// in this dialect: the wrong count for the first one in the dialect, otherwise the wrong dialect.
    private func noMatch(_ candidates: [Int], first: Int, display: String, argumentCount: Int, range: SourceRange) -> Diagnostic {
        if let inDialect = candidates.first(where: { registry.bindings[$0].isIn(dialect) }) {
            return wrongArgumentCount(registry.all[inDialect], argumentCount, range)
        }
        return Diagnostic(.wrongDialect, "\(display) is not available in the \(dialectName) dialect",
                          at: range, hint: registry.all[first].wrongDialectHint(in: dialect))
    }

    private func wrongArgumentCount(_ function: BuiltinFunction, _ count: Int, _ range: SourceRange) -> Diagnostic {
        Diagnostic(.wrongArgumentCount, "\(function.qualifiedName) takes \(function.arityDescription), not \(count)",
                   at: range, hint: function.signature)
    }

    /// `name(args)` where no bare function has the name: the nearest bare function, the method
    /// or the namespaced function of that name.
    private func unknownFunction(_ node: SyntaxNode) -> Diagnostic {
        let name = text(node.text)
        let names = registry.all.filter { $0.kind == .global && $0.dialects.contains(dialect) }.map(\.name)
        var hint = FunctionRegistry.nearest(name, in: names).map { "did you mean \($0)(...)?" }
        if hint == nil, !registry.methods(named: name).isEmpty, dialect == .identityEngine {
            hint = "in the Identity Engine dialect call it on a value: value.\(name)(...)"
        }
        if hint == nil, let namespaced = registry.all.first(where: { $0.name == name && $0.dialects.contains(dialect) }) {
            hint = "did you mean \(namespaced.qualifiedName)(...)?"
        }
        return Diagnostic(.unknownFunction, "Unknown function \(name)()", at: node.text, hint: hint)
    }

    /// `Namespace.name(args)` where the namespace has no function of that name.
    private func unknownNamespacedFunction(_ base: SyntaxNode, _ node: SyntaxNode) -> Diagnostic {
        let namespace = text(base.text), name = text(node.text)
        let names = registry.all.compactMap { function -> String? in
            if case .namespaced(namespace) = function.kind, function.dialects.contains(dialect) { return function.name }
            return nil
        }
        let hint = FunctionRegistry.nearest(name, in: names).map { "did you mean \(namespace).\($0)(...)?" }
        return Diagnostic(.unknownFunction, "Unknown function \(namespace).\(name)()", at: base.range.union(node.text), hint: hint)
    }

    /// `receiver.name(args)` where no method of that name takes `argumentCount` arguments in
    /// this dialect: a method of the other dialect, a misspelt namespace, an unknown method,
    /// or the wrong count (for the last overload in the dialect).
    private func noMethod(_ method: SourceName, _ node: SyntaxNode, base: SyntaxNode, argumentCount: Int) -> Diagnostic {
        let name = text(node.text)
        let candidates = registry.methodIndices(method)
        let inDialect = candidates.filter { registry.bindings[$0].isIn(dialect) }
        if let last = inDialect.last {
            return wrongArgumentCount(registry.all[last], argumentCount, node.range)
        }
        if let other = candidates.first {
            return Diagnostic(.wrongDialect, "Methods on values such as .\(name)() are Identity Engine syntax, not classic",
                              at: node.text, hint: registry.all[other].wrongDialectHint(in: dialect))
        }
        let names = Set(registry.all.compactMap { function -> String? in
            if case .method = function.kind, function.dialects.contains(dialect) { return function.name }
            return nil
        })
        var hint = FunctionRegistry.nearest(name, in: names).map { "did you mean .\($0)(...)?" }
        if dialect == .classic {
            hint = "the classic dialect has no methods on values; use the namespaced functions such as String.len(x)"
        }
        return Diagnostic(.unknownMethod, "Unknown method \(name)()", at: node.text, hint: hint)
    }

    /// `Written.name(args)` where `Written`, a bare name that is no documented root, is near a
    /// namespace (`Strings`, `string`, `Array`, `Group`, `Converts`) that has a function `name`:
    /// the function of that namespace, as this dialect writes it.
    private func misspeltNamespace(_ base: SyntaxNode, _ name: String, argumentCount: Int, range: SourceRange) -> Diagnostic? {
        guard base.kind == .name, case let written = text(base.text), !EvaluationContext.documentedRoots.contains(written),
              let namespace = FunctionRegistry.nearest(written, in: registry.namespaces) else { return nil }
        let functions = registry.lookup(.namespaced(namespace), name)
        guard let function = functions.first(where: { $0.dialects.contains(dialect) }) ?? functions.first else { return nil }
        let caseOnly = written.lowercased() == namespace.lowercased()
        var hint = "did you mean \(namespace).\(name)(...)?" + (caseOnly ? " Namespaces are case-sensitive." : "")
        if !function.dialects.contains(dialect) {
            hint += " That is \(dialect == .classic ? "Identity Engine" : "classic") syntax: \(function.wrongDialectHint(in: dialect))"
        }
        return Diagnostic(.unknownFunction, "Unknown function \(written).\(name)(): there is no namespace \(written)", at: range, hint: hint)
    }

    // MARK: Namespaces as values

    /// Whether the source name `name` is a function namespace (`String`, `Arrays`, ...).
    func isNamespace(_ name: SourceName) -> Bool { registry.isNamespace(name) }

    /// The bare name `node`, a namespace, used as a value.
    func namespaceAsValue(_ node: SyntaxNode) -> Diagnostic {
        let written = text(node.text)
        return Diagnostic(.namespaceAsValue, "'\(written)' is a function namespace, not a value", at: node.range,
                          hint: "call one of its functions, for example \(written).\(exampleFunction(in: written))(...)")
    }

    /// `Namespace.name` (the property `node` of a namespace) used as a value.
    func namespacedFunctionAsValue(_ node: SyntaxNode, base: SyntaxNode) -> Diagnostic {
        let namespace = text(base.text), name = text(node.text)
        return Diagnostic(.namespaceAsValue, "'\(namespace).\(name)' is a function; call it with parentheses", at: node.range,
                          hint: "write \(namespace).\(name)(...)")
    }

    private func exampleFunction(in namespace: String) -> String {
        registry.all.first { $0.kind == .namespaced(namespace) }?.name ?? "function"
    }
}
