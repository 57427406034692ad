/// Equality and ordering as SpEL defines them (`Operator.equalityCheck`,
/// `StandardTypeComparator`).
enum Comparison {
    /// `==`: numbers by value after promotion, strings by content (UTF-16 units),
    /// booleans by value, null only equals null, lists and maps by Java `equals`;
    /// never coerces between strings, numbers and booleans.
    static func equal(_ a: Value, _ b: Value) -> Bool {
        // The common case first, without pairing the values up (a tuple copies both).
        if case .string(let x) = a, case .string(let y) = b { return PropertyKey.bytesEqual(x, y) }
        if let kind = Arithmetic.kind(a, b) {
            switch kind {
            case .int: return Arithmetic.asInt(a) == Arithmetic.asInt(b)
            case .long: return Arithmetic.asLong(a) == Arithmetic.asLong(b)
            case .double: return Arithmetic.asDouble(a) == Arithmetic.asDouble(b)
            }
        }
        return javaEquals(a, b)
    }

    /// Java's `Object.equals`: type-strict for boxed numbers (`Integer 1` is not `Long 1`),
    /// `Double.equals` for doubles (NaN equals NaN, 0.0 is not -0.0).
    static func javaEquals(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.int(let x), .int(let y)): return x == y
        case (.long(let x), .long(let y)): return x == y
        case (.double(let x), .double(let y)): return x.bitPattern == y.bitPattern || (x.isNaN && y.isNaN)
        case (.string(let x), .string(let y)): return PropertyKey.bytesEqual(x, y)
        case (.array(let x), .array(let y)):
            return x.count == y.count && zip(x, y).allSatisfy { javaEquals($0, $1) }
        case (.object(let x), .object(let y)):
            guard x.count == y.count else { return false }
            for (key, value) in x.entries {
                guard let other = y[key], javaEquals(value, other) else { return false }
            }
            return true
        case (.dateTime(let x), .dateTime(let y)): return x == y
        case (.country(let x), .country(let y)): return x == y
        default: return false
        }
    }

    /// Orders two values for `<`, `<=`, `>`, `>=`: null is smaller than everything,
    /// numbers compare after promotion, strings by UTF-16 code units, booleans false < true.
    static func compare(_ a: Value, _ b: Value) throws(ValueError) -> Int {
        if let kind = Arithmetic.kind(a, b) {
            switch kind {
            case .int: return order(Arithmetic.asInt(a), Arithmetic.asInt(b))
            case .long: return order(Arithmetic.asLong(a), Arithmetic.asLong(b))
            case .double:
                // Double.compare semantics are not used by SpEL's operators: they use primitive
                // comparisons, so NaN is neither smaller nor larger. Map NaN to "unordered".
                let x = Arithmetic.asDouble(a), y = Arithmetic.asDouble(b)
                if x < y { return -1 }
                if x > y { return 1 }
                if x == y { return 0 }
                return 2
            }
        }
        switch (a, b) {
        case (.null, .null): return 0
        case (.null, _): return -1
        case (_, .null): return 1
        case (.string(let x), .string(let y)): return compareUTF16(x, y)
        case (.bool(let x), .bool(let y)): return x == y ? 0 : (x ? 1 : -1)
        case (.dateTime(let x), .dateTime(let y)):
            if x.epochSecond != y.epochSecond { return x.epochSecond < y.epochSecond ? -1 : 1 }
            return order(x.nano, y.nano)
        default:
            throw ValueError(.notComparable, "Cannot compare a value of type \(a.typeName) with a value of type \(b.typeName)",
                             hint: a.isNumber || b.isNumber ? "convert text with Convert.toInt or Convert.toNum before comparing" : nil)
        }
    }

    static func order<T: Comparable>(_ x: T, _ y: T) -> Int { x < y ? -1 : (x == y ? 0 : 1) }

    /// Java's `String.compareTo`: lexicographic by UTF-16 code unit.
    static func compareUTF16(_ x: String, _ y: String) -> Int {
        var left = x.utf16.makeIterator()
        var right = y.utf16.makeIterator()
        while true {
            switch (left.next(), right.next()) {
            case (nil, nil): return 0
            case (nil, _): return -1
            case (_, nil): return 1
            case (let l?, let r?):
                if l != r { return l < r ? -1 : 1 }
            }
        }
    }
}

extension Value {
    /// Java `equals`: type-strict (`Integer 1` is not `Long 1`), lists and maps element-wise.
    public func isJavaEqual(to other: Value) -> Bool { Comparison.javaEquals(self, other) }

    /// SpEL `==`: numbers compare by value across int, long and double.
    public func isSpelEqual(to other: Value) -> Bool { Comparison.equal(self, other) }
}
