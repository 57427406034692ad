/// Turns a syntax tree into `Node`s: binds every function and method as `CallResolver`
/// resolves it, folds constant lists and maps.
///
/// It reads the parser's flat tree: names are hashed and looked up from the source bytes,
/// and made into strings only where a node keeps one. For the checker it can record each
/// call site's resolution by node index, so the type checker reads the same answer.
struct Compiler {
    private let resolver: CallResolver
    private(set) var diagnostics: [Diagnostic] = []
    /// Expressions passed as constant strings to functions that evaluate them, compiled now.
    private(set) var nested: [String: Node] = [:]
    /// The resolution of every call site, by node index, when `recordsResolutions`.
    private(set) var resolutions: CallResolutions
    private let recordsResolutions: Bool
    private var selectionDepth = 0

    /// The tree being compiled and its source bytes, held once, by the resolver.
    private var tree: SyntaxTree { resolver.tree }
    private var bytes: [UInt8] { resolver.bytes }

    /// A compiler for `tree`; with `recordsResolutions`, it keeps the resolution of each
    /// call site in `resolutions` (for the type checker), including those under map keys,
    /// which no node is built from.
    init(dialect: Dialect, registry: FunctionRegistry, tree: SyntaxTree, recordsResolutions: Bool = false) {
        self.resolver = CallResolver(registry: registry, dialect: dialect, tree: tree)
        self.recordsResolutions = recordsResolutions
        self.resolutions = recordsResolutions ? CallResolutions(nodeCount: tree.count) : CallResolutions()
    }

    var dialect: Dialect { resolver.dialect }
    var registry: FunctionRegistry { resolver.registry }

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
        error(Diagnostic(code, message, at: range, hint: hint))
    }

    private mutating func error(_ diagnostic: Diagnostic) -> Node {
        diagnostics.append(diagnostic)
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
            if resolver.isNamespace(name) { return error(resolver.namespaceAsValue(node)) }
            let key = PropertyKey(text(node.text), hash: name.hash)
            return selectionDepth > 0 ? .element(key, node.range) : .root(key, node.range)
        case .property:
            let base = tree[node.a]
            if base.kind == .name {
                let root = name(base.text)
                if resolver.isNamespace(root) { return error(resolver.namespacedFunctionAsValue(node, base: base)) }
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
        case .call, .function:
            return compileCall(node, at: index)
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
            case .name: key = text(keyNode.text)
            case .property:
                key = text(keyNode.text)
                recordResolutions(under: keyIndex)
            case .int, .long, .real, .string, .curlyString, .bool, .null:
                key = literal(keyNode)?.convertedToString ?? "null"
            default:
                _ = error(.unexpectedToken, "A map key must be a name or a literal", keyNode.range)
                recordResolutions(under: keyIndex)
                recordResolutions(under: valueIndex)
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

    /// Records the resolutions of the call sites under node `index`, from which no node is
    /// built (a map key, the value of a rejected key) but which the type checker still types:
    /// compiles it and keeps nothing else of that.
    private mutating func recordResolutions(under index: Int32) {
        guard recordsResolutions else { return }
        let reported = diagnostics.count, compiledNested = nested
        _ = compile(index)
        diagnostics.removeSubrange(reported...)
        nested = compiledNested
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

    /// The call `node` (`name(args)` or `base.name(args)`, node `index`), built as it resolves.
    private mutating func compileCall(_ node: SyntaxNode, at index: Int32) -> Node {
        let resolution = resolver.resolve(node, inSelection: selectionDepth > 0)
        if recordsResolutions { resolutions[index] = resolution }
        switch resolution {
        case .function(let function):
            guard let expression = function.expressionArgument else { return compileCall(to: function.ref, node) }
            let args = compileChildren(node)
            if expression < args.count, case .string(let source)? = args[expression].constantValue,
               let argument = tree.children(of: node).dropFirst(expression).first(where: { _ in true }) {
                compileNested(source, at: tree[argument].range)
            }
            return .call(function.ref, args, node.range)
        case .namespaced(let function):
            return compileCall(to: function.ref, node)
        case .userMethod(let function):
            let args = compileChildren(node)
            return .userCall(function.ref, compile(node.a), args, node.range)
        case .method(let table):
            let receiver = compile(node.a)
            return .method(receiver, table, compileChildren(node), safe: node.safe, node.range)
        case .elementMethod(let table):
            return .method(.current(node.text), table, compileChildren(node), safe: false, node.range)
        case .unresolved(let form, let diagnostic):
            if form == .method { _ = compile(node.a) }
            _ = compileChildren(node)
            return error(diagnostic)
        }
    }
}
