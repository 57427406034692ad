/// Source text and its UTF-8 bytes, for turning byte offsets into lines and columns.
///
/// Lines are found by scanning the bytes when a diagnostic is rendered, so making one
/// (once per compile) costs a copy of the bytes and nothing else.
public struct SourceText: Sendable {
    /// The text.
    public let text: String
    /// The UTF-8 bytes of the text.
    public let bytes: [UInt8]

    /// The source `text`.
    public init(_ text: String) {
        self.text = text
        self.bytes = text.utf8.withContiguousStorageIfAvailable { Array($0) } ?? Array(text.utf8)
    }

    /// A 1-based line and a 1-based column counted in user-perceived characters.
    public func location(of offset: Int) -> (line: Int, column: Int) {
        let clamped = min(max(0, offset), bytes.count)
        var line = 1
        var lineStart = 0
        for index in 0..<clamped where bytes[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        let prefix = String(decoding: bytes[lineStart..<clamped], as: UTF8.self)
        return (line, prefix.count + 1)
    }

    /// The text of the 1-based line `line`, without its terminator.
    public func line(_ line: Int) -> String {
        guard let start = startOfLine(line) else { return "" }
        var end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return String(decoding: bytes[start..<max(start, end)], as: UTF8.self)
    }

    /// The byte offset where the 1-based line `line` starts.
    public func lineStart(_ line: Int) -> Int {
        startOfLine(line) ?? bytes.count
    }

    /// The offset after the `line - 1`th line feed; nil when there is no such line.
    private func startOfLine(_ line: Int) -> Int? {
        guard line >= 1 else { return nil }
        var remaining = line - 1
        if remaining == 0 { return 0 }
        for index in bytes.indices where bytes[index] == UInt8(ascii: "\n") {
            remaining -= 1
            if remaining == 0 { return index + 1 }
        }
        return nil
    }
}
