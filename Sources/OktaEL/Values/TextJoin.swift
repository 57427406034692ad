/// Joining strings in one pass: the byte count first, then one buffer written once
/// (`[String].joined(separator:)` grows its result piece by piece).
enum TextJoin {
    /// `parts` with `separator` between them.
    static func joined(_ parts: [String], separator: String) -> String {
        joined(count: parts.count, separator: separator, maxBytes: .max) { parts[$0] } ?? ""
    }

    /// The `count` pieces `piece(0)`, `piece(1)`, ... with `separator` between them, without
    /// collecting them in an array: each piece is asked for once and its bytes appended to a
    /// stack buffer (spilling to the heap past 256 bytes); the String is made once at the
    /// end. Nil when the result would be longer than `maxBytes`.
    static func joined(count: Int, separator: String, maxBytes: Int, _ piece: (Int) -> String) -> String? {
        guard count > 0 else { return "" }
        if count == 1 {
            let only = piece(0)
            return only.utf8.count > maxBytes ? nil : only
        }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: TextAccumulator.stackBytes) { stack -> String? in
            var text = TextAccumulator(stack)
            for index in 0..<count {
                if index > 0 { text.append(separator) }
                text.append(piece(index))
                if text.count > maxBytes { return nil }
            }
            return text.string
        }
    }
}

/// UTF-8 bytes appended into a caller's buffer, spilling into an array when it is full.
struct TextAccumulator {
    let buffer: UnsafeMutableBufferPointer<UInt8>
    var used = 0
    var spilled: [UInt8]?

    /// The stack buffer size callers allocate.
    static let stackBytes = 256

    /// `SmallASCII.isAvailable`, read once (each read of a lazy global is a call).
    private let wordsFit: Bool

    init(_ buffer: UnsafeMutableBufferPointer<UInt8>) {
        self.init(buffer, smallStrings: SmallASCII.isAvailable)
    }

    /// An accumulator for a caller that has read `SmallASCII.isAvailable` already.
    init(_ buffer: UnsafeMutableBufferPointer<UInt8>, smallStrings: Bool) {
        self.buffer = buffer
        self.wordsFit = smallStrings
    }

    var count: Int { spilled?.count ?? used }

    @inline(__always) mutating func append(_ piece: String) {
        // A small ASCII string's bytes are its two words: stored as they are (the bytes past
        // its count land in unused room and are overwritten or never read). Inlined: the
        // call would cost as much as the copy.
        if wordsFit, spilled == nil, buffer.count &- used >= 16, let base = buffer.baseAddress, let small = SmallASCII.bytes(of: piece) {
            let target = UnsafeMutableRawPointer(base + used)
            target.storeBytes(of: small.words.0, as: UInt64.self)
            target.storeBytes(of: small.words.1, toByteOffset: 8, as: UInt64.self)
            used &+= small.count
            return
        }
        appendCopying(piece)
    }

    /// `append` for any other string: its bytes copied.
    @inline(never) private mutating func appendCopying(_ piece: String) {
        let copied = piece.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            append(bytes)
            return true
        }
        if copied == nil { Array(piece.utf8).withUnsafeBufferPointer { append($0) } }
    }

    private mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        if spilled == nil, bytes.count <= buffer.count &- used {
            if let source = bytes.baseAddress, let target = buffer.baseAddress {
                (target + used).update(from: source, count: bytes.count)
            }
            used &+= bytes.count
            return
        }
        if spilled == nil { spilled = Array(buffer[0..<used]) }
        spilled?.append(contentsOf: bytes)
    }

    /// The text (the pieces were whole strings, so the bytes are valid UTF-8).
    var string: String {
        if let spilled { return String(decoding: spilled, as: UTF8.self) }
        let bytes = UnsafeBufferPointer(rebasing: buffer[0..<used])
        if wordsFit, let words = SmallASCII.load(bytes) { return SmallASCII.string(words, count: used) }
        return String(decoding: bytes, as: UTF8.self)
    }
}
