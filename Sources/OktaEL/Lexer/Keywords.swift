/// The words the parser treats specially, recognised (in any letter case) when an
/// identifier is scanned.
enum Keyword: UInt8, Sendable, CaseIterable {
    case none
    case or, and, not, eq, ne, lt, le, gt, ge, matches, div, mod
    case `true`, `false`, null, new, instanceof, between
    /// `t` or `T` (only an upper-case `T(` is a type reference).
    case t
}

/// Recognises keywords and word operators (`and`, `NOT`, `matches`, `true`, ...) in the
/// bytes of an identifier, in any ASCII letter case, without building a string.
enum Keywords {
    /// The keyword spelled by `bytes[start..<end]`, or `.none`.
    static func match(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Keyword {
        let count = end - start
        guard count >= 1, count <= 10, start >= 0, end <= bytes.count else { return .none }
        // Identifier bytes are letters, digits, `_` and `$`: setting bit 5 lower-cases a
        // letter and never turns any of the others into a letter.
        @inline(__always) func lower(_ offset: Int) -> UInt32 { UInt32(bytes[start + offset] | 0x20) }
        @inline(__always) func word(_ text: StaticString) -> Bool {
            text.withUTF8Buffer { buffer in
                guard buffer.count == count else { return false }
                for offset in 0..<count where lower(offset) != UInt32(buffer[offset]) { return false }
                return true
            }
        }
        switch lower(0) {
        case 0x61: // a
            return word("and") ? .and : .none
        case 0x62: // b
            return word("between") ? .between : .none
        case 0x64: // d
            return word("div") ? .div : .none
        case 0x65: // e
            return word("eq") ? .eq : .none
        case 0x66: // f
            return word("false") ? .false : .none
        case 0x67: // g
            return word("gt") ? .gt : word("ge") ? .ge : .none
        case 0x69: // i
            return word("instanceof") ? .instanceof : .none
        case 0x6C: // l
            return word("lt") ? .lt : word("le") ? .le : .none
        case 0x6D: // m
            return word("matches") ? .matches : word("mod") ? .mod : .none
        case 0x6E: // n
            return word("ne") ? .ne : word("not") ? .not : word("null") ? .null : word("new") ? .new : .none
        case 0x6F: // o
            return word("or") ? .or : .none
        case 0x74: // t
            return count == 1 ? .t : word("true") ? .true : .none
        default:
            return .none
        }
    }
}

extension Keyword {
    /// The word in lower case, as `Keywords.match` recognises it (the case name).
    var word: String { String(describing: self) }
}
