/// The state of one evaluation: the program's shared core, the context (borrowed through a
/// pointer, so nothing is copied or retained per evaluation), the step counter, and the
/// current element of the innermost projection or selection. Lives on the stack of
/// `Program.evaluate`.
struct Evaluation {
    unowned(unsafe) let core: ProgramCore
    let context: UnsafePointer<EvaluationContext>
    private var steps = 0
    /// The element the innermost projection or selection is at, inside the array it loops
    /// over (which it keeps alive and unchanged meanwhile); nil outside them. Nested loops
    /// save and restore it on the Swift stack. A pointer, not a `Value?`: an evaluation then
    /// holds nothing to release when it ends.
    var current: UnsafePointer<Value>?

    init(core: ProgramCore, context: UnsafePointer<EvaluationContext>) {
        self.core = core
        self.context = context
    }

    var limits: EvaluationLimits { core.limits }
    var dialect: Dialect { core.dialect }

    @inline(__always) mutating func charge(_ count: Int = 1) throws(ValueError) {
        steps &+= count
        if steps > limits.maxSteps { throw stepBudgetExceeded() }
    }

    /// The error for an exhausted step budget, made out of line so the checks inlined into
    /// every node stay a compare and a branch.
    @inline(never) private func stepBudgetExceeded() -> ValueError {
        ValueError(.stepBudgetExceeded, "Evaluation took more than \(limits.maxSteps) steps",
                   hint: "the expression or its data is too large; raise the step limit if this is intended")
    }

    mutating func evaluateNested(_ source: String, bindings: [String: Value]) throws(ValueError) -> Value {
        let node: Node
        let innerCore: ProgramCore
        if let compiled = core.nested[source] {
            node = compiled
            innerCore = core
        } else {
            // A group expression computed at run time: compile it now.
            do {
                let program = try core.environment.compile(source)
                node = program.root
                innerCore = program.core
            } catch {
                let first = error.diagnostics.first
                throw ValueError(first?.code ?? .unexpectedToken,
                                 "The nested expression '\(source)' is invalid: \(first?.message ?? "syntax error")")
            }
        }
        var roots = context.pointee.roots
        for (name, value) in bindings { roots[name] = value }
        let innerContext: EvaluationContext
        if bindings["groups"] == nil {
            innerContext = EvaluationContext(roots: roots, now: context.pointee.now, missingAttributes: context.pointee.missingAttributes,
                                             groupIndex: context.pointee.groupIndex)
        } else {
            innerContext = EvaluationContext(roots: roots, now: context.pointee.now, missingAttributes: context.pointee.missingAttributes)
        }
        let startSteps = steps
        let outcome: (Value, Int)
        do {
            outcome = try withExtendedLifetime(innerCore) { () throws(Diagnostic) -> (Value, Int) in
                try withUnsafePointer(to: innerContext) { pointer throws(Diagnostic) -> (Value, Int) in
                    var inner = Evaluation(core: innerCore, context: pointer)
                    inner.steps = startSteps
                    let value = try inner.evaluate(node)
                    return (value, inner.steps)
                }
            }
        } catch {
            throw ValueError(error.code, error.message, hint: error.hint)
        }
        steps = outcome.1
        return outcome.0
    }

    // MARK: Nodes

    @inline(__always) mutating func evaluate(_ node: Node) throws(Diagnostic) -> Value {
        try chargeNode()
        return try node.evaluate(&self)
    }

    /// Charges one node's step; a budget overrun is reported at the start of the expression.
    @inline(__always) mutating func chargeNode() throws(Diagnostic) {
        steps &+= 1
        if steps > limits.maxSteps { throw nodeBudgetExceeded() }
    }

    /// `stepBudgetExceeded()` at the start of the expression, made out of line: built inline,
    /// the diagnostic would take room in the stack frame of every node that charges a step.
    @inline(never) private func nodeBudgetExceeded() -> Diagnostic {
        stepBudgetExceeded().at(.at(0))
    }

    /// Evaluates `arguments` and calls `function` with them. The argument values are made
    /// inside the call's scope and moved into the `Call`, not copied.
    mutating func invoke(_ function: FunctionRef, receiver: Value, _ arguments: NodeList, _ range: SourceRange) throws(Diagnostic) -> Value {
        try withUnsafeMutablePointer(to: &self) { pointer throws(Diagnostic) -> Value in
            let values = try arguments.evaluateArguments(&pointer.pointee)
            return try withUnsafePointer(to: receiver) { receiverSlot throws(Diagnostic) -> Value in
                try withUnsafePointer(to: values) { valuesSlot throws(Diagnostic) -> Value in
                    var call = Call(receiver: receiverSlot, values: valuesSlot, evaluation: pointer)
                    do throws(ValueError) {
                        return try function.body(&call)
                    } catch {
                        throw error.at(range)
                    }
                }
            }
        }
    }

    func boolean(_ value: Value, _ range: SourceRange) throws(Diagnostic) -> Bool {
        if case .bool(let b) = value { return b }
        do { return try value.requireBoolean() } catch { throw error.at(range) }
    }

    func checkedArray(_ values: [Value], _ range: SourceRange) throws(Diagnostic) -> Value {
        if values.count > limits.maxArrayCount {
            throw Diagnostic(.arrayTooLong, "The array has more than \(limits.maxArrayCount) elements", at: range)
        }
        return .array(values)
    }

    func unknownName(_ name: String, _ range: SourceRange) -> Diagnostic {
        let known = Set(context.pointee.roots.keys).union(EvaluationContext.documentedRoots)
        // A text a function takes as a constant (`getManagerUser(active_directory)`) written without quotes.
        var hint = core.environment.registry.constantArguments.contains(name) ? "text needs quotes: write \"\(name)\"" : nil
        if hint == nil { hint = FunctionRegistry.nearest(name, in: known).map { "did you mean \($0)?" } }
        if hint == nil, let namespace = FunctionRegistry.nearest(name, in: core.environment.registry.namespaces) {
            // `Strings.toLowerCase`, `string`: a misspelt namespace.
            let call = Evaluation.propertyName(after: range, in: core.source).map { "\(namespace).\($0)(...)" } ?? "\(namespace).f(...)"
            hint = "did you mean the namespace \(namespace)? Its functions are called as \(call)"
                + (namespace.lowercased() == name.lowercased() ? "; namespaces are case-sensitive" : "")
        }
        // `profile.department`: profile attributes are read on user (okta/terraform-provider-okta#2277).
        if name == "profile" {
            let attribute = Evaluation.propertyName(after: range, in: core.source) ?? "<attribute>"
            hint = dialect == .classic ? "profile attributes are read on user: write user.\(attribute)"
                : "profile attributes are read on user.profile: write user.profile.\(attribute)"
        }
        return Diagnostic(.unknownName, "Unknown name '\(name)': it is not a root of the evaluation context",
                          at: range, hint: hint ?? "roots are the top-level keys of the context, such as user, app, org")
    }

    /// The name in `.name` right after `range` in `source`, if the source goes on so.
    static func propertyName(after range: SourceRange, in source: String) -> String? {
        let bytes = Array(source.utf8)
        guard range.end < bytes.count, bytes[range.end] == UInt8(ascii: ".") else { return nil }
        var end = range.end + 1
        while end < bytes.count, bytes[end] == UInt8(ascii: "_") || bytes[end] == UInt8(ascii: "$")
                || (bytes[end] | 0x20 >= UInt8(ascii: "a") && bytes[end] | 0x20 <= UInt8(ascii: "z"))
                || (bytes[end] >= UInt8(ascii: "0") && bytes[end] <= UInt8(ascii: "9")) { end += 1 }
        return end > range.end + 1 ? String(decoding: bytes[(range.end + 1)..<end], as: UTF8.self) : nil
    }

    func root(_ key: PropertyKey, _ range: SourceRange) throws(Diagnostic) -> Value {
        if let value = context.pointee.root(key) { return value }
        throw unknownName(key.name, range)
    }

    func property(of base: Value, _ key: PropertyKey, safe: Bool, range: SourceRange) throws(Diagnostic) -> Value {
        let name = key.name
        switch base {
        case .object(let object):
            if let value = object[key] { return value }
            if context.pointee.missingAttributes == .error {
                throw Diagnostic(.missingProperty, "Invalid property \(name): it does not exist on this object", at: range,
                                 hint: Evaluation.missingPropertyHint(name, in: object))
            }
            return .null
        case .null:
            if safe { return .null }
            throw Diagnostic(.propertyOnNull, "Property '\(name)' cannot be read from null", at: range,
                             hint: "the value before '.\(name)' is null; guard it (x != null ? x.\(name) : ...) or use ?.")
        default:
            throw Diagnostic(.propertyNotFound, "A value of type \(base.typeName) has no property '\(name)'", at: range,
                             hint: base.stringValue != nil && dialect == .classic ? "string functions are called as String.fn(x) in the classic dialect" : nil)
        }
    }

    /// The suggestion for `name`, missing from `object`: its nearest key, if one is near
    /// (`--strict-attributes` errors and the attribute warnings share it).
    static func missingPropertyHint(_ name: String, in object: ObjectValue) -> String? {
        FunctionRegistry.nearest(name, in: object.keys).map { "did you mean \($0)?" }
    }

    func index(_ base: Value, _ index: Value, _ range: SourceRange) throws(Diagnostic) -> Value {
        switch base {
        case .array(let items):
            let position = Int(try indexPosition(index, "list", range))
            guard position >= 0, position < items.count else {
                throw Diagnostic(.indexOutOfBounds, "The list has \(items.count) elements; index \(position) is out of bounds",
                                 at: range, hint: "check the size first, for example Arrays.size(x) > \(max(0, position))")
            }
            return items[position]
        case .string(let s):
            let i = Int(try indexPosition(index, "string", range))
            let units = Array(s.utf16)
            guard i >= 0, i < units.count else {
                throw Diagnostic(.indexOutOfBounds, "The string has \(units.count) characters; index \(i) is out of bounds", at: range)
            }
            return .string(String(decoding: [units[i]], as: UTF16.self))
        case .object(let object):
            guard let key = index.convertedToString else { return .null }
            return object[key] ?? .null
        case .null:
            throw Diagnostic(.notIndexable, "Cannot index into null", at: range, hint: "guard the value first (x != null ? x[0] : ...)")
        default:
            throw Diagnostic(.notIndexable, "A value of type \(base.typeName) cannot be indexed", at: range)
        }
    }

    /// The index as SpEL converts it to `Integer` (Spring's conversion service): ints as is,
    /// longs and doubles narrowed when in range (doubles truncated), strings parsed as
    /// decimal or `0x`/`#` hex after trimming; anything else cannot index.
    private func indexPosition(_ index: Value, _ what: String, _ range: SourceRange) throws(Diagnostic) -> Int32 {
        switch index {
        case .int(let i): return i
        case .long(let l):
            if let i = Int32(exactly: l) { return i }
        case .double(let d):
            if !d.isNaN, let i = Int32(exactly: JavaCast.toLong(d)) { return i }
        case .string(let s):
            let text = String(s.unicodeScalars.filter { !$0.properties.isWhitespace })
            var digits = Substring(text)
            var negative = false
            if let sign = digits.first, sign == "-" || sign == "+" {
                negative = sign == "-"
                digits = digits.dropFirst()
            }
            var radix = 10
            if digits.hasPrefix("0x") || digits.hasPrefix("0X") {
                radix = 16
                digits = digits.dropFirst(2)
            } else if digits.hasPrefix("#") {
                radix = 16
                digits = digits.dropFirst()
            }
            if radix == 16, let sign = digits.first, sign == "-" || sign == "+" { break }
            if let magnitude = Int64(digits, radix: radix), let i = Int32(exactly: negative ? 0 &- magnitude : magnitude) {
                return i
            }
        default:
            break
        }
        throw Diagnostic(.notIndexable, "A \(what) index must be an int, not \(index.shortDescription)", at: range)
    }

    func binary(_ op: BinaryOperator, _ left: Value, _ right: Value, _ range: SourceRange) throws(Diagnostic) -> Value {
        do throws(ValueError) {
            switch op {
            case .add: return try Arithmetic.add(left, right, maxStringLength: limits.maxStringBytes)
            case .subtract: return try Arithmetic.subtract(left, right)
            case .multiply: return try Arithmetic.multiply(left, right, maxStringLength: limits.maxStringBytes)
            case .divide: return try Arithmetic.divide(left, right)
            case .modulo: return try Arithmetic.modulo(left, right)
            case .power: return try Arithmetic.power(left, right)
            case .equal: return .bool(Comparison.equal(left, right))
            case .notEqual: return .bool(!Comparison.equal(left, right))
            case .less: return .bool(try Comparison.compare(left, right) == -1)
            case .lessEqual:
                let order = try Comparison.compare(left, right)
                return .bool(order == -1 || order == 0)
            case .greater: return .bool(try Comparison.compare(left, right) == 1)
            case .greaterEqual:
                let order = try Comparison.compare(left, right)
                return .bool(order == 1 || order == 0)
            case .matches: return try matches(left, right)
            case .and, .or:
                let l = try left.requireBoolean()
                let r = try right.requireBoolean()
                return .bool(op == .and ? l && r : l || r)
            }
        } catch {
            throw error.at(range)
        }
    }

    private func matches(_ left: Value, _ right: Value) throws(ValueError) -> Value {
        guard let text = try left.convertedToStringTarget(for: "'matches'") else {
            throw ValueError(.invalidArgument, "The left operand of 'matches' is null; it must be a String")
        }
        guard case .string(let pattern) = right else {
            throw ValueError(.invalidArgument, "The right operand of 'matches' must be a String pattern, not \(right.typeName)")
        }
        return .bool(try RegexSupport.matchesWhole(pattern, text, limits: limits))
    }

    private func elementsOf(_ base: Value, safe: Bool, _ what: String, _ range: SourceRange) throws(Diagnostic) -> [Value]? {
        switch base {
        case .array(let items): return items
        case .object(let object):
            return object.entries.map { .object(ObjectValue([("key", .string($0.key)), ("value", $0.value)])) }
        case .null:
            if safe { return nil }
            throw Diagnostic(.notACollection, "\(what) is not supported on null", at: range, hint: "use ?. to skip a null collection")
        default:
            throw Diagnostic(.notACollection, "\(what) is not supported on a value of type \(base.typeName)", at: range)
        }
    }

    /// The address of the elements of `items`, an array the caller keeps alive and unchanged
    /// while it uses the address (a dangling base for an empty one, never read).
    static func elementsAddress(_ items: [Value]) -> UnsafePointer<Value> {
        items.withUnsafeBufferPointer { $0.baseAddress ?? UnsafePointer(bitPattern: MemoryLayout<Value>.alignment)! }
    }

    mutating func project(_ base: Value, _ body: Node, safe: Bool, _ range: SourceRange) throws(Diagnostic) -> Value {
        guard let items = try elementsOf(base, safe: safe, "Projection", range) else { return .null }
        var result: [Value] = []
        result.reserveCapacity(items.count)
        let saved = current
        defer { current = saved }
        let elements = Evaluation.elementsAddress(items)
        for position in items.indices {
            current = elements + position
            result.append(try evaluate(body))
        }
        withExtendedLifetime(items) {}
        return .array(result)
    }

    /// A selection `name == text` (or `!=`) over `items` whose `name` strings are `strings`,
    /// position by position (every item an object holding a string there): what `select`
    /// computes for them through `ElementComparison`. Strings are compared by hash first, then
    /// bytes. The three steps per element examined are charged at once (nothing else can fail
    /// on the way, so a budget overrun is the same error).
    mutating func selectIndexed(_ items: [Value], _ strings: [PropertyKey], _ text: PropertyKey, equal: Bool,
                                _ kind: SelectionKind) throws(Diagnostic) -> Value {
        var kept: [Value] = []
        var examined = strings.count
        for position in strings.indices {
            let key = strings[position]
            if (key.hash == text.hash && PropertyKey.bytesEqual(key.name, text.name)) == equal {
                kept.append(items[position])
                if kind == .first {
                    examined = position &+ 1
                    break
                }
            }
        }
        do { try charge(3 &* examined) } catch { throw error.at(.at(0)) }
        switch kind {
        case .all: return .array(kept)
        case .first: return kept.first ?? .null
        case .last: return kept.last ?? .null
        }
    }

    mutating func select(_ base: Value, _ kind: SelectionKind, _ body: Node, comparison: ElementComparison? = nil,
                         safe: Bool, _ range: SourceRange) throws(Diagnostic) -> Value {
        let isMap: Bool
        if case .object = base { isMap = true } else { isMap = false }
        guard let items = try elementsOf(base, safe: safe, "Selection", range) else { return .null }
        var kept: [Value] = []
        let saved = current
        defer { current = saved }
        let elements = Evaluation.elementsAddress(items)
        defer { withExtendedLifetime(items) {} }
        for position in items.indices {
            let keep: Bool
            if let fast = comparison?.verdict(items[position]) {
                do { try charge(3) } catch { throw error.at(.at(0)) }
                keep = fast
            } else {
                current = elements + position
                let verdict = try evaluate(body)
                guard case .bool(let value) = verdict else {
                    throw Diagnostic(.notBoolean, "The selection condition must give a Boolean, not \(verdict.typeName)", at: range)
                }
                keep = value
            }
            if keep {
                kept.append(items[position])
                if kind == .first { break }
            }
        }
        if isMap {
            var object = ObjectValue()
            let chosen: [Value]
            switch kind {
            case .all: chosen = kept
            case .first: chosen = Array(kept.prefix(1))
            case .last: chosen = Array(kept.suffix(1))
            }
            for entry in chosen {
                if case .object(let pair) = entry, let key = pair["key"]?.stringValue { object[key] = pair["value"] ?? .null }
            }
            return .object(object)
        }
        switch kind {
        case .all: return .array(kept)
        case .first: return kept.first ?? .null
        case .last: return kept.last ?? .null
        }
    }
}
