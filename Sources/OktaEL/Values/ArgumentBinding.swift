/// Builtin arguments bound to the types a body reads, so each body is written once over them:
/// text as Spring converts a value to a String (`convertedToString`: numbers and booleans as
/// Java prints them, a list joined with ","; nil for null), lists as Spring converts a value to
/// a collection (`Call.asArray`: a CSV string split, a scalar as a one-element list; nil for
/// null).
///
/// The argument the bodies nearly always get (a String where text is read, a list where a list
/// is) is lent to the body where it is, without a copy or a reference count; only the others
/// are converted. The helpers are inlined into each body, so the body is compiled once per path
/// (the same code the hand-written fast path and fallback were) and binding costs nothing.
enum ArgumentBinding {
    /// `body` of `a` as text.
    @inline(__always)
    static func text<R, E: Error>(_ a: Value, _ body: (String?) throws(E) -> R) throws(E) -> R {
        if case .string(let text) = a { return try body(text) }
        return try body(a.convertedToString)
    }

    /// `body` of `a` and `b` as text; lent in place when both are Strings.
    @inline(__always)
    static func text<R, E: Error>(_ a: Value, _ b: Value, _ body: (String?, String?) throws(E) -> R) throws(E) -> R {
        if case .string(let first) = a, case .string(let second) = b { return try body(first, second) }
        return try body(a.convertedToString, b.convertedToString)
    }

    /// `body` of `a`, `b` and `c` as text; lent in place when all three are Strings.
    @inline(__always)
    static func text<R, E: Error>(_ a: Value, _ b: Value, _ c: Value,
                                  _ body: (String?, String?, String?) throws(E) -> R) throws(E) -> R {
        if case .string(let first) = a, case .string(let second) = b, case .string(let third) = c {
            return try body(first, second, third)
        }
        return try body(a.convertedToString, b.convertedToString, c.convertedToString)
    }

    /// `body` of `a` as a list.
    @inline(__always)
    static func list<R, E: Error>(_ a: Value, _ body: ([Value]?) throws(E) -> R) throws(E) -> R {
        if case .array(let items) = a { return try body(items) }
        return try body(Call.asArray(a))
    }
}
