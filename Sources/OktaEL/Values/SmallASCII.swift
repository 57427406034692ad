/// Short ASCII strings built straight into Swift's inline ("small") string representation.
///
/// A string of at most 15 UTF-8 bytes lives inside the `String` value itself: the bytes in
/// order in its two words (little-endian), the count and an ASCII flag in the top byte.
/// Building one from bytes through `String(decoding:as:)` validates and classifies them
/// first, which costs more than the rest of a `String.substringBefore` call; for bytes known
/// to be ASCII the representation can be written directly. The layout is checked once
/// against strings the standard library made; where it differs, `isAvailable` is false and
/// every function here returns nil, so callers take the general path.
enum SmallASCII {
    /// Whether this platform lays out small strings as `string(_:count:)` writes them.
    static let isAvailable: Bool = {
        guard MemoryLayout<String>.size == 16 else { return false }
        for sample in ["", "a", "abc", "Jordan", "Jordan.Rivera12", "0123456789abcde"] {
            let made = String(decoding: Array(sample.utf8), as: UTF8.self)
            let written = Array(sample.utf8).withUnsafeBufferPointer { load($0) }.map { string($0, count: sample.utf8.count) }
            guard let written, unsafeBitCast(made, to: (UInt64, UInt64).self) == unsafeBitCast(written, to: (UInt64, UInt64).self),
                  written == sample else { return false }
        }
        return true
    }()

    /// `bytes` loaded into two words (zero-padded); nil when there are more than 15 or one is not ASCII.
    @inline(__always) static func load(_ bytes: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64)? {
        guard bytes.count <= 15 else { return nil }
        var words: (UInt64, UInt64) = (0, 0)
        withUnsafeMutableBytes(of: &words) { target in
            if let source = bytes.baseAddress, let base = target.baseAddress { base.copyMemory(from: source, byteCount: bytes.count) }
        }
        guard (words.0 | words.1) & 0x8080_8080_8080_8080 == 0 else { return nil }
        return words
    }

    /// The small string of the `count` ASCII bytes in `words` (as `load` gives them).
    @inline(__always) static func string(_ words: (UInt64, UInt64), count: Int) -> String {
        unsafeBitCast((words.0, words.1 | (0xE0 | UInt64(count)) << 56), to: String.self)
    }

    /// `bytes` as a String built in place when they are at most 15 ASCII bytes; nil otherwise.
    @inline(__always) static func make(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard isAvailable, let words = load(bytes) else { return nil }
        return string(words, count: bytes.count)
    }

    /// Valid UTF-8 `bytes` as a String: built in place when short ASCII, decoded otherwise.
    @inline(__always) static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        make(bytes) ?? String(decoding: bytes, as: UTF8.self)
    }

    /// The bytes of `text` as `load` gives them (two words, zero-padded) and how many there
    /// are, when `text` is a small ASCII string; nil for any other string. Callers check
    /// `isAvailable` first.
    @inline(__always) static func bytes(of text: String) -> (words: (UInt64, UInt64), count: Int)? {
        let raw = unsafeBitCast(text, to: (UInt64, UInt64).self)
        // Top nibble 0xE: immortal, ASCII, small; the low nibble of the top byte is the count.
        guard raw.1 >> 60 == 0xE else { return nil }
        return ((raw.0, raw.1 & 0x00FF_FFFF_FFFF_FFFF), Int(truncatingIfNeeded: (raw.1 >> 56) & 0xF))
    }

    /// `text` in upper case (`upper`) or lower case when it is a small ASCII string: the
    /// letters flipped eight bytes at a time in place; nil for any other string.
    @inline(__always) static func caseMapped(_ text: String, upper: Bool) -> String? {
        guard isAvailable, let small = bytes(of: text) else { return nil }
        return string((flipCase(small.words.0, upper: upper), flipCase(small.words.1, upper: upper)), count: small.count)
    }

    /// The ASCII bytes of `word` with the letters of the other case flipped (bit 5): each byte
    /// is tested for lying in `A...Z` (or `a...z`) by adding offsets that set its top bit,
    /// which cannot carry into the next byte because every byte is below 0x80.
    @inline(__always) private static func flipCase(_ word: UInt64, upper: Bool) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let first: UInt64 = upper ? 0x61 : 0x41, last: UInt64 = upper ? 0x7A : 0x5A
        let atLeastFirst = word &+ ones &* (0x80 &- first)
        let pastLast = word &+ ones &* (0x80 &- last &- 1)
        let letters = atLeastFirst & ~pastLast & (ones &* 0x80)
        return word ^ (letters >> 2)
    }

    /// `left + right` when both are small ASCII strings and together at most 15 bytes; nil otherwise.
    @inline(__always) static func concatenate(_ left: String, _ right: String) -> String? {
        guard isAvailable, let l = bytes(of: left), let r = bytes(of: right), l.count &+ r.count <= 15 else { return nil }
        var buffer: (UInt64, UInt64, UInt64, UInt64) = (l.words.0, l.words.1, 0, 0)
        withUnsafeMutableBytes(of: &buffer) { raw in
            raw.storeBytes(of: r.words.0, toByteOffset: l.count, as: UInt64.self)
            raw.storeBytes(of: r.words.1, toByteOffset: l.count &+ 8, as: UInt64.self)
        }
        return string((buffer.0, buffer.1), count: l.count &+ r.count)
    }
}
