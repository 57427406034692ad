import OktaEL

/// Finds `Groups.startsWith(...)`, `Groups.endsWith(...)` and `Groups.contains(...)` calls whose
/// result is not followed by the Elvis operator `?:` (the null-result pattern: these functions
/// return null, not `{}`, when no group matches). A scan of the source text that skips string
/// literals and balances parentheses; the range is the call's `Groups.name`.
enum NullableGroupsCall {
    /// One unguarded call.
    struct Found {
        let function: String
        let range: SourceRange
    }

    private static let functions = ["startsWith", "endsWith", "contains"]

    /// The unguarded calls of `source`.
    static func unguarded(in source: String) -> [Found] {
        let bytes = Array(source.utf8)
        var found: [Found] = []
        var index = 0
        let prefix = Array("Groups.".utf8)
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                index = endOfString(bytes, from: index)
                continue
            }
            let preceded = index > 0 && (isNameByte(bytes[index - 1]) || bytes[index - 1] == UInt8(ascii: "."))
            if !preceded, bytes[index...].starts(with: prefix) {
                let nameStart = index + prefix.count
                var nameEnd = nameStart
                while nameEnd < bytes.count, isNameByte(bytes[nameEnd]) { nameEnd += 1 }
                let name = String(decoding: bytes[nameStart..<nameEnd], as: UTF8.self)
                if functions.contains(name), let open = skipSpaces(bytes, nameEnd), open < bytes.count, bytes[open] == UInt8(ascii: "(") {
                    let close = matchingParenthesis(bytes, open)
                    let next = skipSpaces(bytes, close + 1) ?? bytes.count
                    let guarded = next + 1 < bytes.count && bytes[next] == UInt8(ascii: "?") && bytes[next + 1] == UInt8(ascii: ":")
                    if !guarded { found.append(Found(function: name, range: SourceRange(start: index, end: nameEnd))) }
                    index = nameEnd
                    continue
                }
            }
            index += 1
        }
        return found
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        byte.isASCIILetter || byte.isASCIIDigit || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "$")
    }

    private static func skipSpaces(_ bytes: [UInt8], _ start: Int) -> Int? {
        var index = start
        while index < bytes.count, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t") || bytes[index] == UInt8(ascii: "\n") { index += 1 }
        return index
    }

    /// The index after the string literal opening at `start` (quotes doubled or backslash-escaped).
    private static func endOfString(_ bytes: [UInt8], from start: Int) -> Int {
        let quote = bytes[start]
        var index = start + 1
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "\\") { index += 2; continue }
            if bytes[index] == quote { return index + 1 }
            index += 1
        }
        return bytes.count
    }

    /// The index of the `)` closing the `(` at `open` (the last index when unbalanced).
    private static func matchingParenthesis(_ bytes: [UInt8], _ open: Int) -> Int {
        var depth = 0
        var index = open
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                index = endOfString(bytes, from: index)
                continue
            case UInt8(ascii: "("): depth += 1
            case UInt8(ascii: ")"):
                depth -= 1
                if depth == 0 { return index }
            default: break
            }
            index += 1
        }
        return bytes.count - 1
    }
}
