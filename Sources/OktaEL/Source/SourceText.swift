/// Source text with a line table, for turning byte offsets into lines and columns.
public struct SourceText: Sendable {
    /// The text.
    public let text: String
    /// The UTF-8 bytes of the text.
    public let bytes: [UInt8]
    private let lineStarts: [Int]

    /// Builds the line table of `text`.
    public init(_ text: String) {
        self.text = text
        self.bytes = Array(text.utf8)
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            starts.append(offset + 1)
        }
        self.lineStarts = starts
    }

    /// A 1-based line and a 1-based column counted in user-perceived characters.
    public func location(of offset: Int) -> (line: Int, column: Int) {
        let clamped = min(max(0, offset), bytes.count)
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= clamped { low = mid } else { high = mid - 1 }
        }
        let lineStart = lineStarts[low]
        let prefix = String(decoding: bytes[lineStart..<clamped], as: UTF8.self)
        return (low + 1, prefix.count + 1)
    }

    /// The text of the 1-based line `line`, without its terminator.
    public func line(_ line: Int) -> String {
        guard line >= 1, line <= lineStarts.count else { return "" }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return String(decoding: bytes[start..<max(start, end)], as: UTF8.self)
    }

    /// The byte offset where the 1-based line `line` starts.
    public func lineStart(_ line: Int) -> Int {
        guard line >= 1, line <= lineStarts.count else { return bytes.count }
        return lineStarts[line - 1]
    }
}
