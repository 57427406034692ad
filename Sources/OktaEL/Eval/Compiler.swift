/// Turns a syntax tree into `Node`s: binds every function and method to its table row,
/// checks argument counts and dialects, folds constant lists and maps.
struct Compiler {
    let dialect: Dialect
    let registry: FunctionRegistry
    private(set) var diagnostics: [Diagnostic] = []
    /// Expressions passed as constant strings to functions that evaluate them, compiled now.
    private(set) var nested: [String: Node] = [:]
    private var selectionDepth = 0

    private let source: [UInt8]

    init(dialect: Dialect, registry: FunctionRegistry, source: [UInt8] = []) {
        self.dialect = dialect
        self.registry = registry
        self.source = source
    }

    /// The operator between two operands: the gap between them without spaces and parentheses,
    /// so a runtime error points at `/`, not at the whole expression.
    private func operatorRange(between left: Expr, and right: Expr, fallback: SourceRange) -> SourceRange {
        var start = left.range.end
        var end = right.range.start
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

    mutating func compile(_ expr: Expr) -> Node {
        switch expr.kind {
        case .literal(let value):
            return .constant(value)
        case .name(let name):
            let hash = NameHash.fnv1a(name)
            if registry.isNamespace(name, hash: hash) {
                return error(.namespaceAsValue, "'\(name)' is a function namespace, not a value", expr.range,
                             hint: "call one of its functions, for example \(name).\(exampleFunction(in: name))(...)")
            }
            let key = PropertyKey(name, hash: hash)
            return selectionDepth > 0 ? .element(key, expr.range) : .root(key, expr.range)
        case .property(let base, let name, let nameRange, let safe):
            if case .name(let namespace) = base.kind, registry.isNamespace(namespace, hash: NameHash.fnv1a(namespace)) {
                return error(.namespaceAsValue, "'\(namespace).\(name)' is a function; call it with parentheses", expr.range,
                             hint: "write \(namespace).\(name)(...)")
            }
            return .property(compile(base), PropertyKey(name, hash: NameHash.fnv1a(name)), safe: safe, nameRange: nameRange)
        case .index(let base, let index):
            return .index(compile(base), compile(index), expr.range)
        case .call(let base, let name, let nameRange, let arguments, let safe):
            return compileCall(base: base, name: name, nameRange: nameRange, arguments: arguments, safe: safe, range: expr.range)
        case .function(let name, let nameRange, let arguments):
            return compileFunction(name: name, nameRange: nameRange, arguments: arguments, range: expr.range)
        case .unary(let op, let operand):
            let inner = compile(operand)
            switch op {
            case .not: return .not(inner, expr.range)
            case .negate:
                if let value = inner.constantValue, let folded = try? Arithmetic.negate(value) { return .constant(folded) }
                return .negate(inner, expr.range)
            case .plus: return .unaryPlus(inner, expr.range)
            }
        case .binary(let op, let left, let right):
            let l = compile(left), r = compile(right)
            let opRange = operatorRange(between: left, and: right, fallback: expr.range)
            if op == .matches, case .string(let pattern)? = r.constantValue {
                do {
                    return .matchesPattern(l, try JavaRegex(pattern), opRange)
                } catch {
                    return self.error(.invalidRegex, "Invalid regular expression '\(pattern)': \(error.message)", right.range,
                                      hint: "patterns use Java regex syntax; matches compares the whole string")
                }
            }
            switch op {
            case .and: return .and(l, r, opRange)
            case .or: return .or(l, r, opRange)
            default: return .binary(op, l, r, opRange)
            }
        case .ternary(let condition, let then, let otherwise):
            return .ternary(compile(condition), compile(then), compile(otherwise), condition.range)
        case .elvis(let value, let fallback):
            return .elvis(compile(value), compile(fallback))
        case .list(let items):
            let nodes = items.map { compile($0) }
            var constants: [Value] = []
            for node in nodes {
                guard let value = node.constantValue else { return .list(nodes, expr.range) }
                constants.append(value)
            }
            return .constant(.array(constants))
        case .map(let entries):
            var compiled: [(key: String, value: Node)] = []
            for entry in entries {
                let key: String
                switch entry.key.kind {
                case .name(let name): key = name
                case .literal(let value): key = value.convertedToString ?? "null"
                case .property(_, let name, _, _): key = name
                default:
                    _ = error(.unexpectedToken, "A map key must be a name or a literal", entry.key.range)
                    continue
                }
                compiled.append((key, compile(entry.value)))
            }
            if compiled.allSatisfy({ $0.value.constantValue != nil }) {
                var object = ObjectValue()
                for (key, node) in compiled { if let value = node.constantValue { object[key] = value } }
                return .constant(.object(object))
            }
            return .map(compiled, expr.range)
        case .projection(let base, let inner, let safe):
            let compiledBase = compile(base)
            selectionDepth += 1
            let body = compile(inner)
            selectionDepth -= 1
            return .projection(compiledBase, body, safe: safe, expr.range)
        case .selection(let base, let kind, let inner, let safe):
            let compiledBase = compile(base)
            selectionDepth += 1
            let body = compile(inner)
            selectionDepth -= 1
            return .selection(compiledBase, kind, body, safe: safe, expr.range)
        }
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
        var firstInDialect: Int?
        let bindings = registry.bindings
        for candidate in candidates where bindings[candidate].isIn(dialect) {
            if bindings[candidate].accepts(argumentCount) { return bindings[candidate] }
            if firstInDialect == nil { firstInDialect = candidate }
        }
        if let first = firstInDialect {
            _ = checkArity(registry.all[first], argumentCount, range)
        } else if let other = candidates.first {
            diagnostics.append(Diagnostic(
                .wrongDialect,
                "\(display()) is not available in the \(dialect == .classic ? "classic" : "Identity Engine") dialect",
                at: range, hint: DialectHints.hint(for: registry.all[other], in: dialect)))
        }
        return nil
    }

    private mutating func compileFunction(name: String, nameRange: SourceRange, arguments: [Expr], range: SourceRange) -> Node {
        let args = arguments.map { compile($0) }
        let candidates = registry.indices(.global, name)
        if candidates.isEmpty, selectionDepth > 0 {
            // SpEL: inside a projection or selection a bare call is a method of the current element.
            var table: [ReceiverKind: FunctionRef] = [:]
            for index in registry.methodIndices(named: name) {
                let binding = registry.bindings[index]
                guard binding.isIn(dialect), binding.accepts(args.count) else { continue }
                if case .method(let kind) = registry.all[index].kind, table[kind] == nil { table[kind] = binding.ref }
            }
            if !table.isEmpty {
                return .method(.current(nameRange), MethodTable(name: name, byReceiver: table), args, safe: false, range)
            }
        }
        if candidates.isEmpty {
            let names = registry.all.filter { $0.kind == .global && $0.dialects.contains(dialect) }.map(\.name)
            var hint = FunctionRegistry.nearest(name, in: names).map { "did you mean \($0)(...)?" }
            if hint == nil, !registry.methods(named: name).isEmpty, dialect == .identityEngine {
                hint = "in the Identity Engine dialect call it on a value: value.\(name)(...)"
            }
            if hint == nil, let namespaced = registry.all.first(where: { $0.name == name && $0.dialects.contains(dialect) }) {
                hint = "did you mean \(namespaced.qualifiedName)(...)?"
            }
            return error(.unknownFunction, "Unknown function \(name)()", nameRange, hint: hint)
        }
        guard let function = pick(candidates, display: { "\(name)()" }, argumentCount: args.count, range: range) else {
            return .constant(.null)
        }
        if let index = function.expressionArgument, index < args.count, case .string(let source)? = args[index].constantValue {
            compileNested(source, at: arguments[index].range)
        }
        return .call(function.ref, args, range)
    }

    /// Compiles a constant expression argument once, with the calling expression; its errors
    /// are reported at the argument.
    private mutating func compileNested(_ source: String, at range: SourceRange) {
        guard nested[source] == nil else { return }
        let parsed = Parser.parse(source)
        guard let expression = parsed.expression else {
            let first = parsed.diagnostics.first { $0.severity == .error }
            diagnostics.append(Diagnostic(first?.code ?? .unexpectedToken,
                                          "The expression '\(source)' in this string is invalid: \(first?.message ?? "syntax error")",
                                          at: range, hint: first?.hint))
            return
        }
        var inner = Compiler(dialect: dialect, registry: registry, source: Array(source.utf8))
        let node = inner.compile(expression)
        if let first = inner.diagnostics.first(where: { $0.severity == .error }) {
            diagnostics.append(Diagnostic(first.code, "The expression '\(source)' in this string is invalid: \(first.message)",
                                          at: range, hint: first.hint))
            return
        }
        nested.merge(inner.nested) { current, _ in current }
        nested[source] = node
    }

    private mutating func compileCall(base: Expr, name: String, nameRange: SourceRange, arguments: [Expr], safe: Bool, range: SourceRange) -> Node {
        if case .name(let namespace) = base.kind, selectionDepth == 0 {
            if registry.isNamespace(namespace, hash: NameHash.fnv1a(namespace)) {
                let args = arguments.map { compile($0) }
                let candidates = registry.indices(.namespaced(namespace), name)
                if candidates.isEmpty {
                    let names = registry.all.compactMap { function -> String? in
                        if case .namespaced(namespace) = function.kind, function.dialects.contains(dialect) { return function.name }
                        return nil
                    }
                    let hint = FunctionRegistry.nearest(name, in: names).map { "did you mean \(namespace).\($0)(...)?" }
                    return error(.unknownFunction, "Unknown function \(namespace).\(name)()", base.range.union(nameRange), hint: hint)
                }
                guard let function = pick(candidates, display: { "\(namespace).\(name)()" }, argumentCount: args.count, range: range) else {
                    return .constant(.null)
                }
                return .call(function.ref, args, range)
            }
            if namespace == "user" {
                let candidates = registry.indices(.userMethod, name)
                if !candidates.isEmpty {
                    let args = arguments.map { compile($0) }
                    guard let function = pick(candidates, display: { "user.\(name)()" }, argumentCount: args.count, range: range) else {
                        return .constant(.null)
                    }
                    return .userCall(function.ref, compile(base), args, range)
                }
            }
        }
        let receiver = compile(base)
        let args = arguments.map { compile($0) }
        let candidates = registry.methodIndices(named: name)
        let inDialect = candidates.filter { registry.bindings[$0].isIn(dialect) }
        if inDialect.isEmpty {
            if let other = candidates.first {
                return error(.wrongDialect, "Methods on values such as .\(name)() are Identity Engine syntax, not classic",
                             nameRange, hint: DialectHints.hint(for: registry.all[other], in: dialect))
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
            if case .name(let written) = base.kind, let namespace = FunctionRegistry.nearest(written, in: registry.namespaces),
               !registry.lookup(.namespaced(namespace), name).isEmpty {
                return error(.unknownFunction, "Unknown function \(written).\(name)()", base.range.union(nameRange),
                             hint: "did you mean \(namespace).\(name)(...)? Namespaces are case-sensitive")
            }
            return error(.unknownMethod, "Unknown method \(name)()", nameRange, hint: hint)
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
            _ = checkArity(registry.all[index], args.count, range)
            return .constant(.null)
        }
        return .method(receiver, MethodTable(name: name, byReceiver: table), args, safe: safe, range)
    }
}
