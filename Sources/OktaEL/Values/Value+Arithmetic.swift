/// SpEL's arithmetic operators with Java's numeric promotion: double if either side is a
/// double, long if either is a long, otherwise 32-bit int with wrap-around.
enum Arithmetic {
    enum Kind { case int, long, double }

    static func kind(_ a: Value, _ b: Value) -> Kind? {
        switch (a, b) {
        case (.double, .int), (.double, .long), (.double, .double), (.int, .double), (.long, .double): return .double
        case (.long, .int), (.long, .long), (.int, .long): return .long
        case (.int, .int): return .int
        default: return nil
        }
    }

    static func asDouble(_ v: Value) -> Double {
        switch v {
        case .int(let i): return Double(i)
        case .long(let l): return Double(l)
        case .double(let d): return d
        default: return 0
        }
    }

    static func asLong(_ v: Value) -> Int64 {
        switch v {
        case .int(let i): return Int64(i)
        case .long(let l): return l
        default: return 0
        }
    }

    static func asInt(_ v: Value) -> Int32 {
        if case .int(let i) = v { return i }
        return 0
    }

    static func unsupported(_ op: String, _ a: Value, _ b: Value) -> ValueError {
        ValueError(.operatorNotSupported,
                   "The operator '\(op)' is not supported between \(a.typeName) and \(b.typeName)",
                   hint: op == "ADD" ? nil : "convert text to a number first, for example Convert.toInt(x)")
    }

    static func add(_ a: Value, _ b: Value, maxStringLength: Int) throws(ValueError) -> Value {
        if let kind = kind(a, b) {
            switch kind {
            case .int: return .int(asInt(a) &+ asInt(b))
            case .long: return .long(asLong(a) &+ asLong(b))
            case .double: return .double(asDouble(a) + asDouble(b))
            }
        }
        switch (a, b) {
        case (.string(let l), .string(let r)):
            if maxStringLength >= 15, let short = SmallASCII.concatenate(l, r) { return .string(short) }
            return try checked(l + r, maxStringLength)
        case (.string(let l), _):
            return try checked(l + (try b.concatenationText()), maxStringLength)
        case (_, .string(let r)):
            return try checked((try a.concatenationText()) + r, maxStringLength)
        default:
            throw unsupported("ADD", a, b)
        }
    }

    static func checked(_ s: String, _ max: Int) throws(ValueError) -> Value {
        if s.utf8.count > max {
            throw ValueError(.stringTooLong, "The string result is longer than the limit of \(max) bytes")
        }
        return .string(s)
    }

    static func subtract(_ a: Value, _ b: Value) throws(ValueError) -> Value {
        if let kind = kind(a, b) {
            switch kind {
            case .int: return .int(asInt(a) &- asInt(b))
            case .long: return .long(asLong(a) &- asLong(b))
            case .double: return .double(asDouble(a) - asDouble(b))
            }
        }
        // SpEL: a one-character String minus an int is character arithmetic.
        if case .string(let s) = a, case .int(let i) = b, s.utf16.count == 1, let unit = s.utf16.first {
            let code = UInt16(truncatingIfNeeded: Int(unit) &- Int(i))
            return .string(String(decoding: [code], as: UTF16.self))
        }
        throw unsupported("SUBTRACT", a, b)
    }

    static func multiply(_ a: Value, _ b: Value, maxStringLength: Int) throws(ValueError) -> Value {
        if let kind = kind(a, b) {
            switch kind {
            case .int: return .int(asInt(a) &* asInt(b))
            case .long: return .long(asLong(a) &* asLong(b))
            case .double: return .double(asDouble(a) * asDouble(b))
            }
        }
        // SpEL: String * int repeats the string.
        if case .string(let s) = a, case .int(let count) = b {
            let total = s.utf8.count.multipliedReportingOverflow(by: max(0, Int(count)))
            if total.overflow || total.partialValue > maxStringLength {
                throw ValueError(.stringTooLong, "Repeating the string \(count) times exceeds the limit of \(maxStringLength) bytes")
            }
            // An empty string repeated is empty at once (the library would still loop `count` times).
            return .string(count <= 0 || s.isEmpty ? "" : String(repeating: s, count: Int(count)))
        }
        throw unsupported("MULTIPLY", a, b)
    }

    static func divide(_ a: Value, _ b: Value) throws(ValueError) -> Value {
        guard let kind = kind(a, b) else { throw unsupported("DIVIDE", a, b) }
        switch kind {
        case .int:
            let divisor = asInt(b)
            if divisor == 0 { throw divisionByZero("/") }
            return .int(asInt(a).dividedReportingOverflow(by: divisor).partialValue)
        case .long:
            let divisor = asLong(b)
            if divisor == 0 { throw divisionByZero("/") }
            return .long(asLong(a).dividedReportingOverflow(by: divisor).partialValue)
        case .double:
            return .double(asDouble(a) / asDouble(b))
        }
    }

    static func modulo(_ a: Value, _ b: Value) throws(ValueError) -> Value {
        guard let kind = kind(a, b) else { throw unsupported("MODULUS", a, b) }
        switch kind {
        case .int:
            let divisor = asInt(b)
            if divisor == 0 { throw divisionByZero("%") }
            return .int(asInt(a).remainderReportingOverflow(dividingBy: divisor).partialValue)
        case .long:
            let divisor = asLong(b)
            if divisor == 0 { throw divisionByZero("%") }
            return .long(asLong(a).remainderReportingOverflow(dividingBy: divisor).partialValue)
        case .double:
            return .double(asDouble(a).truncatingRemainder(dividingBy: asDouble(b)))
        }
    }

    static func divisionByZero(_ op: String) -> ValueError {
        ValueError(.divisionByZero, "Division by zero ('\(op)' with an integer divisor of 0)",
                   hint: "guard the divisor, or use a real number (1.0) to get Infinity")
    }

    /// SpEL's `^`: Math.pow on doubles; for int and long operands the result is narrowed
    /// back to long when it exceeds Integer.MAX_VALUE or a side is long, otherwise to int.
    static func power(_ a: Value, _ b: Value) throws(ValueError) -> Value {
        guard let kind = kind(a, b) else { throw unsupported("POWER", a, b) }
        let result = javaPow(asDouble(a), asDouble(b))
        switch kind {
        case .double: return .double(result)
        case .long: return .long(JavaCast.toLong(result))
        case .int: return result > 2147483647.0 ? .long(JavaCast.toLong(result)) : .int(JavaCast.toInt(result))
        }
    }

    /// Java's `Math.pow`. For an integral base and a small positive integral exponent whose
    /// exact result fits in 64 bits, the result is that exact integer rounded once to a
    /// double (ties to even), as Java gives it; the C library's `pow` can land on the other
    /// neighbour of an exact halfway value (`123456789 ^ 2`). Otherwise `pow`.
    static func javaPow(_ x: Double, _ y: Double) -> Double {
        let limit = 9007199254740992.0  // 2^53: every integer up to here is exact
        guard x != 0, y >= 2, y <= 64, x.rounded(.towardZero) == x, y.rounded(.towardZero) == y,
              x.magnitude <= limit, let base = Int64(exactly: x), let exponent = Int(exactly: y) else {
            return pow(x, y)
        }
        var product: Int64 = 1
        for _ in 0..<exponent {
            let (next, overflow) = product.multipliedReportingOverflow(by: base)
            if overflow { return pow(x, y) }
            product = next
        }
        return Double(product)
    }

    static func negate(_ a: Value) throws(ValueError) -> Value {
        switch a {
        case .int(let i): return .int(0 &- i)
        case .long(let l): return .long(0 &- l)
        // SpEL's OpMinus computes `0 - d`, so `-0.0` is +0.0 (and `1 / -0.0` is Infinity).
        case .double(let d): return .double(0 - d)
        default:
            throw ValueError(.operatorNotSupported, "The operator 'SUBTRACT' is not supported on a value of type \(a.typeName)")
        }
    }

    static func unaryPlus(_ a: Value) throws(ValueError) -> Value {
        switch a {
        case .int, .long, .double: return a
        default:
            throw ValueError(.operatorNotSupported, "The operator 'ADD' is not supported on a value of type \(a.typeName)")
        }
    }
}

/// `Math.pow` without importing Foundation into every file.
@inline(__always) func pow(_ x: Double, _ y: Double) -> Double {
    powImpl(x, y)
}
