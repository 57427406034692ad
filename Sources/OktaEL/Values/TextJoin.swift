/// Joining strings in one pass: the byte count first, then one buffer written once
/// (`[String].joined(separator:)` grows its result piece by piece).
enum TextJoin {
    /// `parts` with `separator` between them.
    static func joined(_ parts: [String], separator: String) -> String {
        guard parts.count > 1 else { return parts.first ?? "" }
        let separatorBytes = separator.utf8.count
        var total = separatorBytes &* (parts.count &- 1)
        for part in parts { total &+= part.utf8.count }
        return String(unsafeUninitializedCapacity: total) { buffer -> Int in
            var written = 0
            for (index, part) in parts.enumerated() {
                if index > 0 { written = copy(separator, into: buffer, at: written) }
                written = copy(part, into: buffer, at: written)
            }
            return written
        }
    }

    /// Copies the UTF-8 bytes of `text` into `buffer` at `offset`; the offset after them.
    private static func copy(_ text: String, into buffer: UnsafeMutableBufferPointer<UInt8>, at offset: Int) -> Int {
        var written = offset
        let copied = text.utf8.withContiguousStorageIfAvailable { bytes -> Int in
            guard let source = bytes.baseAddress, let target = buffer.baseAddress, bytes.count <= buffer.count &- offset else { return offset }
            (target + offset).update(from: source, count: bytes.count)
            return offset &+ bytes.count
        }
        if let copied { return copied }
        for byte in text.utf8 where written < buffer.count {
            buffer[written] = byte
            written &+= 1
        }
        return written
    }
}
