/// Turns a syntax tree into `Node`s: binds every function and method to its table row,
/// checks argument counts and dialects, folds constant lists and maps.
///
/// It reads the parser's flat tree: names are hashed and looked up in the registry from
/// the source bytes, and made into strings only where a node keeps one.
struct Compiler {
    let dialect: Dialect
    let registry: FunctionRegistry
    private(set) var diagnostics: [Diagnostic] = []
    /// Expressions passed as constant strings to functions that evaluate them, compiled now.
    private(set) var nested: [String: Node] = [:]
    private var selectionDepth = 0

    private let tree: SyntaxTree
    /// The tree's source bytes, held here: reading `tree.bytes` retains the array each time.
    private let bytes: [UInt8]

    init(dialect: Dialect, registry: FunctionRegistry, tree: SyntaxTree) {
        self.dialect = dialect
        self.registry = registry
        self.tree = tree
        self.bytes = tree.bytes
    }

    /// Compiles the whole tree.
    mutating func compile() -> Node { compile(tree.root) }

    /// The name written at `range`, for registry lookups.
    private func name(_ range: SourceRange) -> SourceName {
        SourceName(bytes, range, hash: hash(range))
    }

    /// The text at `range`.
    private func text(_ range: SourceRange) -> String { SyntaxTree.text(bytes, range) }

    /// The hash of the name at `range` (`NameHash`, as `PropertyKey` hashes names).
    private func hash(_ range: SourceRange) -> UInt32 { SourceName.hash(bytes, range) }

    /// The value of the string literal `node`.
    private func stringValue(_ node: SyntaxNode) -> String { SyntaxTree.stringValue(bytes, node) }

    /// The operator between two operands: the gap between them without spaces and parentheses,
    /// so a runtime error points at `/`, not at the whole expression.
    private func operatorRange(between left: Int32, and right: Int32, fallback: SourceRange) -> SourceRange {
        let source = bytes
        var start = tree[left].range.end
        var end = tree[right].range.start
        guard start < end, end <= source.count else { return fallback }
        func skip(_ byte: UInt8) -> Bool {
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0D, 0x28, 0x29: return true
            default: return false
            }
        }
        while start < end, skip(source[start]) { start += 1 }
        while end > start, skip(source[end - 1]) { end -= 1 }
        return start < end ? SourceRange(start: start, end: end) : fallback
    }

    private mutating func error(_ code: DiagnosticCode, _ message: String, _ range: SourceRange, hint: String? = nil) -> Node {
        diagnostics.append(Diagnostic(code, message, at: range, hint: hint))
        return .constant(.null)
    }

    /// The value of a literal node; nil for any other.
    private func literal(_ node: SyntaxNode) -> Value? {
        switch node.kind {
        case .int: return .int(Int32(truncatingIfNeeded: node.bits))
        case .long: return .long(Int64(truncatingIfNeeded: node.bits))
        case .real: return .double(Double(bitPattern: node.bits))
        case .string, .curlyString: return .string(stringValue(node))
        case .bool: return .bool(node.bits != 0)
        case .null: return .null
        default: return nil
        }
    }

    /// The compiled arguments (or elements) of `node`, in order.
    private mutating func compileChildren(_ node: SyntaxNode) -> [Node] {
        var nodes: [Node] = []
        nodes.reserveCapacity(Int(node.count))
        for child in tree.children(of: node) { nodes.append(compile(child)) }
        return nodes
    }

    mutating func compile(_ index: Int32) -> Node {
        let node = tree[index]
        switch node.kind {
        case .int, .long, .real, .string, .curlyString, .bool, .null:
            return .constant(literal(node) ?? .null)
        case .name:
            let name = name(node.text)
            if registry.isNamespace(name) {
                let written = text(node.text)
                return error(.namespaceAsValue, "'\(written)' is a function namespace, not a value", node.range,
                             hint: "call one of its functions, for example \(written).\(exampleFunction(in: written))(...)")
            }
            let key = PropertyKey(text(node.text), hash: name.hash)
            return selectionDepth > 0 ? .element(key, node.range) : .root(key, node.range)
        case .property:
            let base = tree[node.a]
            if base.kind == .name {
                let root = name(base.text)
                if registry.isNamespace(root) {
                    let namespace = text(base.text), name = text(node.text)
                    return error(.namespaceAsValue, "'\(namespace).\(name)' is a function; call it with parentheses", node.range,
                                 hint: "write \(namespace).\(name)(...)")
                }
                if selectionDepth == 0 {
                    // `root.name`: what `Node.property` makes of a root node, without making the root node.
                    return RootPropertyNode(root: PropertyKey(text(base.text), hash: root.hash), rootRange: base.range,
                                            key: PropertyKey(text(node.text), hash: hash(node.text)),
                                            safe: node.safe, nameRange: node.text)
                }
            }
            let compiledBase = compile(node.a)
            return .property(compiledBase, PropertyKey(text(node.text), hash: hash(node.text)), safe: node.safe, nameRange: node.text)
        case .index:
            let base = compile(node.a)
            return .index(base, compile(node.b), node.range)
        case .call:
            return compileCall(node)
        case .function:
            return compileFunction(node)
        case .unary:
            let inner = compile(node.a)
            switch node.unary {
            case .not: return .not(inner, node.range)
            case .negate:
                if let value = inner.constantValue, let folded = try? Arithmetic.negate(value) { return .constant(folded) }
                return .negate(inner, node.range)
            case .plus: return .unaryPlus(inner, node.range)
            }
        case .binary:
            let op = node.binary
            if op == .add, tree[node.a].kind == .binary, tree[node.a].binary == .add { return compileConcat(index) }
            let l = compile(node.a)
            let opRange = operatorRange(between: node.a, and: node.b, fallback: node.range)
            if op != .matches, op != .and, op != .or, let constant = literal(tree[node.b]) {
                // What `Node.binary` makes of a constant right operand, without its node.
                return .binaryConstant(op, l, constant, opRange)
            }
            let r = compile(node.b)
            if op == .matches, case .string(let pattern)? = r.constantValue {
                do {
                    return .matchesPattern(l, try JavaRegex(pattern), opRange)
                } catch {
                    return self.error(.invalidRegex, "Invalid regular expression '\(pattern)': \(error.message)", tree[node.b].range,
                                      hint: "patterns use Java regex syntax; matches compares the whole string")
                }
            }
            switch op {
            case .and: return .and(l, r, opRange)
            case .or: return .or(l, r, opRange)
            default: return .binary(op, l, r, opRange)
            }
        case .ternary:
            let condition = compile(node.a), then = compile(node.b)
            return .ternary(condition, then, compile(node.c), tree[node.a].range)
        case .elvis:
            let value = compile(node.a)
            return .elvis(value, compile(node.b))
        case .list:
            let nodes = compileChildren(node)
            var constants: [Value] = []
            for item in nodes {
                guard let value = item.constantValue else { return .list(nodes, node.range) }
                constants.append(value)
            }
            return .constant(.array(constants))
        case .map:
            return compileMap(node)
        case .projection:
            let compiledBase = compile(node.a)
            selectionDepth += 1
            let body = compile(node.b)
            selectionDepth -= 1
            return .projection(compiledBase, body, safe: node.safe, node.range)
        case .selection:
            let compiledBase = compile(node.a)
            selectionDepth += 1
            let body = compile(node.b)
            selectionDepth -= 1
            return .selection(compiledBase, node.selection, body, safe: node.safe, node.range)
        }
    }

    /// A chain of two or more `+` (`a + b + c`, left-nested) as one `ConcatNode`, which
    /// computes what the pairwise `+` nodes would, in the same order and steps.
    private mutating func compileConcat(_ index: Int32) -> Node {
        var length = 1
        var spine = tree[index]
        while spine.kind == .binary, spine.binary == .add { length += 1; spine = tree[spine.a] }
        var operands: [ConcatNode.Operand] = [], ranges: [SourceRange] = []
        operands.reserveCapacity(length)
        ranges.reserveCapacity(length - 1)
        appendConcatOperands(index, &operands, &ranges)
        return ConcatNode(operands: operands, ranges: ranges)
    }

    /// Compiles the operands of the `+` chain at `index` left to right (the order the
    /// pairwise tree compiles them in), with the range of each `+`.
    private mutating func appendConcatOperands(_ index: Int32, _ operands: inout [ConcatNode.Operand], _ ranges: inout [SourceRange]) {
        let node = tree[index]
        guard node.kind == .binary, node.binary == .add else {
            operands.append(concatOperand(index))
            return
        }
        appendConcatOperands(node.a, &operands, &ranges)
        operands.append(concatOperand(node.b))
        ranges.append(operatorRange(between: node.a, and: node.b, fallback: node.range))
    }

    /// A string literal as its text; anything else compiled.
    private mutating func concatOperand(_ index: Int32) -> ConcatNode.Operand {
        let node = tree[index]
        if node.kind == .string { return .text(stringValue(node)) }
        return .node(compile(index))
    }

    private mutating func compileMap(_ node: SyntaxNode) -> Node {
        var compiled: [(key: String, value: Node)] = []
        var children = tree.children(of: node)
        while let keyIndex = children.next(), let valueIndex = children.next() {
            let keyNode = tree[keyIndex]
            let key: String
            switch keyNode.kind {
            case .name, .property: key = text(keyNode.text)
            case .int, .long, .real, .string, .curlyString, .bool, .null:
                key = literal(keyNode)?.convertedToString ?? "null"
            default:
                _ = error(.unexpectedToken, "A map key must be a name or a literal", keyNode.range)
                continue
            }
            compiled.append((key, compile(valueIndex)))
        }
        if compiled.allSatisfy({ $0.value.constantValue != nil }) {
            var object = ObjectValue()
            for (key, node) in compiled { if let value = node.constantValue { object[key] = value } }
            return .constant(.object(object))
        }
        return .map(compiled, node.range)
    }

    private func exampleFunction(in namespace: String) -> String {
        registry.all.first { $0.kind == .namespaced(namespace) }?.name ?? "function"
    }

    private mutating func checkArity(_ function: BuiltinFunction, _ count: Int, _ range: SourceRange) -> Bool {
        if function.accepts(count) { return true }
        diagnostics.append(Diagnostic(
            .wrongArgumentCount,
            "\(function.qualifiedName) takes \(function.arityDescription), not \(count)",
            at: range, hint: function.signature))
        return false
    }

    /// The first of `candidates` (indices in the registry) in this dialect that takes
    /// `argumentCount` arguments; otherwise reports why there is none.
    private mutating func pick(_ candidates: [Int], display: () -> String, argumentCount: Int, range: SourceRange) -> FunctionBinding? {
        if let match = firstMatch(candidates, argumentCount: argumentCount) { return match }
        reportNoMatch(candidates, display: display, argumentCount: argumentCount, range: range)
        return nil
    }

    /// Why none of `candidates` takes `argumentCount` arguments in this dialect: the wrong
    /// count for the first one in the dialect, otherwise the wrong dialect.
    private mutating func reportNoMatch(_ candidates: [Int], display: () -> String, argumentCount: Int, range: SourceRange) {
        if let first = candidates.first(where: { registry.bindings[$0].isIn(dialect) }) {
            _ = checkArity(registry.all[first], argumentCount, range)
        } else if let other = candidates.first {
            diagnostics.append(Diagnostic(
                .wrongDialect,
                "\(display()) is not available in the \(dialect == .classic ? "classic" : "Identity Engine") dialect",
                at: range, hint: registry.all[other].wrongDialectHint(in: dialect)))
        }
    }

    /// The binding `pick` would choose for `argumentCount` arguments, found without reporting.
    private func firstMatch(_ candidates: [Int], argumentCount: Int) -> FunctionBinding? {
        let bindings = registry.bindings
        for candidate in candidates where bindings[candidate].isIn(dialect) && bindings[candidate].accepts(argumentCount) {
            return bindings[candidate]
        }
        return nil
    }

    /// The call of `function` with the arguments of `node`. A function with a body over
    /// argument values gets them compiled straight into its node, with no array in between;
    /// this is the one place such nodes are made.
    private mutating func compileCall(to function: FunctionRef, _ node: SyntaxNode) -> Node {
        if let kind = function.groupMembership, kind.accepts(Int(node.count)),
           tree.children(of: node).allSatisfy({ tree[$0].kind == .string || tree[$0].kind == .curlyString }) {
            if node.count == 1 {
                return GroupMembershipNode.make(kind, texts: CollectionOfOne(stringValue(tree[node.first])), node.range)
            }
            return GroupMembershipNode.make(kind, texts: tree.children(of: node).map { stringValue(tree[$0]) }, node.range)
        }
        var children = tree.children(of: node)
        switch function.direct {
        case .unary(let body)? where node.count == 1:
            guard let a = children.next() else { break }
            if let constant = literal(tree[a]) { return UnaryConstantCallNode(body, constant, node.range) }
            return UnaryCallNode(body, compile(a), node.range)
        case .binary(let body)? where node.count == 2:
            guard let a = children.next(), let b = children.next() else { break }
            let first = compile(a)
            if let constant = literal(tree[b]) { return BinaryConstantCallNode(body, first, constant, node.range) }
            return BinaryCallNode(body, first, compile(b), node.range)
        case .ternary(let body)? where node.count == 3:
            guard let a = children.next(), let b = children.next(), let c = children.next() else { break }
            let first = compile(a)
            if let second = literal(tree[b]), let third = literal(tree[c]) {
                return TernaryConstantsCallNode(body, first, second, third, node.range)
            }
            let second = compile(b)
            return TernaryCallNode(body, first, second, compile(c), node.range)
        default:
            break
        }
        return .call(function, compileChildren(node), node.range)
    }

    private mutating func compileFunction(_ node: SyntaxNode) -> Node {
        let written = name(node.text)
        let candidates = registry.globalIndices(written)
        if let function = firstMatch(candidates, argumentCount: Int(node.count)), function.expressionArgument == nil {
            return compileCall(to: function.ref, node)
        }
        let args = compileChildren(node)
        if candidates.isEmpty, selectionDepth > 0 {
            // SpEL: inside a projection or selection a bare call is a method of the current element.
            if let table = registry.methodTable(written, in: dialect, argumentCount: args.count) {
                return .method(.current(node.text), table, args, safe: false, node.range)
            }
            var table: [ReceiverKind: FunctionRef] = [:]
            for index in registry.methodIndices(written) {
                let binding = registry.bindings[index]
                guard binding.isIn(dialect), binding.accepts(args.count) else { continue }
                if case .method(let kind) = registry.all[index].kind, table[kind] == nil { table[kind] = binding.ref }
            }
            if !table.isEmpty {
                return .method(.current(node.text), MethodTable(name: text(node.text), byReceiver: table), args, safe: false, node.range)
            }
        }
        if candidates.isEmpty {
            let name = text(node.text)
            let names = registry.all.filter { $0.kind == .global && $0.dialects.contains(dialect) }.map(\.name)
            var hint = FunctionRegistry.nearest(name, in: names).map { "did you mean \($0)(...)?" }
            if hint == nil, !registry.methods(named: name).isEmpty, dialect == .identityEngine {
                hint = "in the Identity Engine dialect call it on a value: value.\(name)(...)"
            }
            if hint == nil, let namespaced = registry.all.first(where: { $0.name == name && $0.dialects.contains(dialect) }) {
                hint = "did you mean \(namespaced.qualifiedName)(...)?"
            }
            return error(.unknownFunction, "Unknown function \(name)()", node.text, hint: hint)
        }
        let tree = self.tree, nameRange = node.text
        guard let function = pick(candidates, display: { "\(tree.text(nameRange))()" }, argumentCount: args.count, range: node.range) else {
            return .constant(.null)
        }
        if let index = function.expressionArgument, index < args.count, case .string(let source)? = args[index].constantValue,
           let argument = tree.children(of: node).dropFirst(index).first(where: { _ in true }) {
            compileNested(source, at: tree[argument].range)
        }
        return .call(function.ref, args, node.range)
    }

    /// Compiles a constant expression argument once, with the calling expression; its errors
    /// are reported at the argument.
    private mutating func compileNested(_ source: String, at range: SourceRange) {
        guard nested[source] == nil else { return }
        let parsed = Parser.parseTree(SourceText(source))
        guard let tree = parsed.tree else {
            let first = parsed.diagnostics.first { $0.severity == .error }
            diagnostics.append(Diagnostic(first?.code ?? .unexpectedToken,
                                          "The expression '\(source)' in this string is invalid: \(first?.message ?? "syntax error")",
                                          at: range, hint: first?.hint))
            return
        }
        var inner = Compiler(dialect: dialect, registry: registry, tree: tree)
        let node = inner.compile()
        if let first = inner.diagnostics.first(where: { $0.severity == .error }) {
            diagnostics.append(Diagnostic(first.code, "The expression '\(source)' in this string is invalid: \(first.message)",
                                          at: range, hint: first.hint))
            return
        }
        nested.merge(inner.nested) { current, _ in current }
        nested[source] = node
    }

    private mutating func compileCall(_ node: SyntaxNode) -> Node {
        let base = tree[node.a]
        // The display closures capture these, not whole nodes.
        let tree = self.tree, baseRange = base.text, nameRange = node.text
        if base.kind == .name, selectionDepth == 0 {
            let written = name(base.text)
            if registry.isNamespace(written) {
                let candidates = registry.namespacedIndices(written, name(node.text))
                if let function = firstMatch(candidates, argumentCount: Int(node.count)) {
                    return compileCall(to: function.ref, node)
                }
                let args = compileChildren(node)
                if candidates.isEmpty {
                    let namespace = text(base.text), name = text(node.text)
                    let names = registry.all.compactMap { function -> String? in
                        if case .namespaced(namespace) = function.kind, function.dialects.contains(dialect) { return function.name }
                        return nil
                    }
                    let hint = FunctionRegistry.nearest(name, in: names).map { "did you mean \(namespace).\($0)(...)?" }
                    return error(.unknownFunction, "Unknown function \(namespace).\(name)()", base.range.union(node.text), hint: hint)
                }
                // None of them matched (`firstMatch` above): say why.
                reportNoMatch(candidates, display: { "\(tree.text(baseRange)).\(tree.text(nameRange))()" },
                              argumentCount: args.count, range: node.range)
                return .constant(.null)
            }
            if SyntaxTree.spells(bytes, base.text, "user") {
                let candidates = registry.userMethodIndices(name(node.text))
                if !candidates.isEmpty {
                    let args = compileChildren(node)
                    guard let function = pick(candidates, display: { "user.\(tree.text(nameRange))()" },
                                              argumentCount: args.count, range: node.range) else {
                        return .constant(.null)
                    }
                    return .userCall(function.ref, compile(node.a), args, node.range)
                }
            }
        }
        let receiver = compile(node.a)
        let args = compileChildren(node)
        let method = name(node.text)
        if let table = registry.methodTable(method, in: dialect, argumentCount: args.count) {
            return .method(receiver, table, args, safe: node.safe, node.range)
        }
        let name = text(node.text)
        let candidates = registry.methodIndices(method)
        let inDialect = candidates.filter { registry.bindings[$0].isIn(dialect) }
        if inDialect.isEmpty {
            if let other = candidates.first {
                return error(.wrongDialect, "Methods on values such as .\(name)() are Identity Engine syntax, not classic",
                             node.text, hint: registry.all[other].wrongDialectHint(in: dialect))
            }
            let names = Set(registry.all.compactMap { function -> String? in
                if case .method = function.kind, function.dialects.contains(dialect) { return function.name }
                return nil
            })
            var hint = FunctionRegistry.nearest(name, in: names).map { "did you mean .\($0)(...)?" }
            if dialect == .classic {
                hint = "the classic dialect has no methods on values; use the namespaced functions such as String.len(x)"
            }
            // `Strng.len(x)`, `string.len(x)`: a misspelled namespace (namespaces are case-sensitive).
            if base.kind == .name, case let written = text(base.text),
               let namespace = FunctionRegistry.nearest(written, in: registry.namespaces),
               !registry.lookup(.namespaced(namespace), name).isEmpty {
                return error(.unknownFunction, "Unknown function \(written).\(name)()", base.range.union(node.text),
                             hint: "did you mean \(namespace).\(name)(...)? Namespaces are case-sensitive")
            }
            return error(.unknownMethod, "Unknown method \(name)()", node.text, hint: hint)
        }
        var table: [ReceiverKind: FunctionRef] = [:]
        var arityMismatch: Int?
        for index in inDialect {
            guard case .method(let kind) = registry.all[index].kind else { continue }
            if registry.bindings[index].accepts(args.count) {
                if table[kind] == nil { table[kind] = registry.bindings[index].ref }
            } else {
                arityMismatch = index
            }
        }
        if table.isEmpty, let index = arityMismatch {
            _ = checkArity(registry.all[index], args.count, node.range)
            return .constant(.null)
        }
        return .method(receiver, MethodTable(name: name, byReceiver: table), args, safe: node.safe, node.range)
    }
}
