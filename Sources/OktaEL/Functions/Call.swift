/// The evaluated arguments of one call. The first four are stored inline, so the common
/// calls (up to four arguments) allocate no array; any further ones are in `rest`.
package struct ArgumentValues {
    /// How many arguments were passed.
    package let count: Int
    let first: Value
    let second: Value
    let third: Value
    let fourth: Value
    let rest: [Value]?

    init(count: Int, _ first: Value, _ second: Value, _ third: Value, _ fourth: Value, rest: [Value]?) {
        self.count = count
        self.first = first
        self.second = second
        self.third = third
        self.fourth = fourth
        self.rest = rest
    }

    /// Argument `index`, or null when absent.
    @inline(__always) package subscript(index: Int) -> Value {
        switch index {
        case 0: return first
        case 1: return second
        case 2: return third
        case 3: return fourth
        default:
            guard index >= 4, index < count, let rest else { return .null }
            return rest[index &- 4]
        }
    }

    /// All the arguments as an array (allocates; for variadic functions).
    package var array: [Value] {
        var values: [Value] = []
        values.reserveCapacity(count)
        for index in 0..<count { values.append(self[index]) }
        return values
    }
}

/// One invocation of a builtin: its receiver, its arguments, and what it may use of the
/// evaluation (the context, the limits, nested evaluation for group expressions).
package struct Call {
    /// The receiver and the arguments, borrowed from the caller's stack for the duration of
    /// the call (a `Call` is three pointers: making one copies and destroys no values).
    private let receiverSlot: UnsafePointer<Value>
    private let valuesSlot: UnsafePointer<ArgumentValues>
    /// The evaluation this call belongs to; valid for the duration of the call.
    let evaluation: UnsafeMutablePointer<Evaluation>

    init(receiver: UnsafePointer<Value>, values: UnsafePointer<ArgumentValues>, evaluation: UnsafeMutablePointer<Evaluation>) {
        self.receiverSlot = receiver
        self.valuesSlot = values
        self.evaluation = evaluation
    }

    /// The value a method is called on; `.null` for functions.
    package var receiver: Value { receiverSlot.pointee }
    /// The evaluated arguments, without an array for up to four of them.
    package var values: ArgumentValues { valuesSlot.pointee }

    /// The evaluated arguments as an array (allocates: prefer `argumentCount` and `self[i]`).
    package var arguments: [Value] { valuesSlot.pointee.array }
    /// How many arguments were passed.
    package var argumentCount: Int { valuesSlot.pointee.count }

    /// The evaluation context.
    package var context: EvaluationContext { _read { yield evaluation.pointee.context.pointee } }
    /// The evaluation limits.
    package var limits: EvaluationLimits { evaluation.pointee.core.limits }
    /// The dialect being evaluated.
    package var dialect: Dialect { evaluation.pointee.core.dialect }

    /// Argument `index`, or null when absent.
    @inline(__always) package subscript(index: Int) -> Value { valuesSlot.pointee[index] }

    /// Charges `count` steps to the step budget (for functions that loop over data).
    package func charge(_ count: Int) throws(ValueError) {
        try evaluation.pointee.charge(count)
    }

    /// Compiles and evaluates `source` with `bindings` added to the roots (group expressions).
    package func evaluateNested(_ source: String, bindings: [String: Value]) throws(ValueError) -> Value {
        try evaluation.pointee.evaluateNested(source, bindings: bindings)
    }

    // MARK: Argument conversion, as Spring's conversion service does it

    /// Argument `index` as a String: text as is, numbers and booleans as Java prints them,
    /// a list joined with ","; nil for null.
    package func string(_ index: Int) -> String? { self[index].convertedToString }

    /// Argument `index` as a String, with null read as "".
    package func stringOrEmpty(_ index: Int) -> String { self[index].convertedToString ?? "" }

    /// Argument `index` as a Java int: ints as is, longs if they fit, doubles truncated,
    /// numeric text parsed; nil for null.
    package func int(_ index: Int, _ what: String = "argument") throws(ValueError) -> Int32? {
        try Call.int(self[index], what)
    }

    /// A value as a Java int, as `int(_:_:)` converts an argument.
    @inline(__always) static func int(_ value: Value, _ what: String = "argument") throws(ValueError) -> Int32? {
        if case .int(let i) = value { return i }
        return try convertedInt(value, what)
    }

    /// `int(_:_:)` for values that are not an int already, out of line.
    @inline(never) private static func convertedInt(_ value: Value, _ what: String) throws(ValueError) -> Int32? {
        switch value {
        case .null: return nil
        case .int(let i): return i
        case .long(let l):
            guard let i = Int32(exactly: l) else {
                throw ValueError(.integerOverflow, "The \(what) \(l) does not fit in an int")
            }
            return i
        case .double(let d):
            guard d.isFinite, d > -2147483649.0, d < 2147483648.0 else {
                throw ValueError(.integerOverflow, "The \(what) \(JavaNumberFormat.doubleToString(d)) does not fit in an int")
            }
            return Int32(d)
        case .string(let s):
            guard let i = Int32(s.trimmingJavaWhitespace()) else {
                throw ValueError(.numberFormat, "The \(what) '\(s)' is not an int")
            }
            return i
        case let other:
            throw ValueError(.invalidArgument, "The \(what) must be an int, not \(other.shortDescription)")
        }
    }

    /// Argument `index` as a list: lists as is, text split on "," with each piece trimmed
    /// (Spring's string-to-collection conversion, which Okta documents for `Arrays.*`),
    /// any other value as a one-element list; nil for null.
    package func array(_ index: Int) -> [Value]? {
        Call.asArray(self[index])
    }

    /// A value as a list, as `array(_:)` converts it.
    package static func asArray(_ value: Value) -> [Value]? {
        switch value {
        case .null: return nil
        case .array(let items): return items
        case .string(let s):
            if s.isEmpty { return [] }
            return s.split(separator: ",", omittingEmptySubsequences: false).map { .string(String($0).trimmingJavaWhitespace()) }
        default: return [value]
        }
    }

    /// A string result, checked against the string limit.
    package func result(_ s: String) throws(ValueError) -> Value {
        try Call.result(s, limits)
    }

    /// A string result, checked against `limits`.
    @inline(__always) static func result(_ s: String, _ limits: EvaluationLimits) throws(ValueError) -> Value {
        if s.utf8.count > limits.maxStringBytes {
            throw ValueError(.stringTooLong, "The string result is longer than the limit of \(limits.maxStringBytes) bytes")
        }
        return .string(s)
    }

    /// An array result, checked against the array limit.
    package func result(_ items: [Value]) throws(ValueError) -> Value {
        if items.count > limits.maxArrayCount {
            throw ValueError(.arrayTooLong, "The array result has more than \(limits.maxArrayCount) elements")
        }
        return .array(items)
    }
}
