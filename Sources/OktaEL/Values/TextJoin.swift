/// Joining strings in one pass: the byte count first, then one buffer written once
/// (`[String].joined(separator:)` grows its result piece by piece).
enum TextJoin {
    /// `parts` with `separator` between them.
    static func joined(_ parts: [String], separator: String) -> String {
        joined(count: parts.count, separator: separator, maxBytes: .max) { parts[$0] } ?? ""
    }

    /// The `count` pieces `piece(0)`, `piece(1)`, ... with `separator` between them, without
    /// collecting them in an array (each piece is asked for twice: once to measure, once to
    /// copy); nil when the result would be longer than `maxBytes`.
    static func joined(count: Int, separator: String, maxBytes: Int, _ piece: (Int) -> String) -> String? {
        guard count > 0 else { return "" }
        if count == 1 {
            let only = piece(0)
            return only.utf8.count > maxBytes ? nil : only
        }
        var total = separator.utf8.count &* (count &- 1)
        for index in 0..<count {
            total &+= piece(index).utf8.count
            if total > maxBytes { return nil }
        }
        return String(unsafeUninitializedCapacity: total) { buffer -> Int in
            var written = 0
            for index in 0..<count {
                if index > 0 { written = copy(separator, into: buffer, at: written) }
                written = copy(piece(index), into: buffer, at: written)
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
