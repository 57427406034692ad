/// The hash of a key's UTF-8 bytes, shared by every place that hashes a name: object keys
/// (`PropertyKey`), names in a source (`SourceName`) and the function table. They must agree,
/// so there is one function; it is never stored or shown, so it may change between versions.
///
/// Eight bytes per multiply (a 64 × 64 → 128-bit product folded, as wyhash mixes), not one
/// multiply per byte: a 19-byte group ID takes three rounds instead of nineteen. The length
/// seeds the hash, so the overlapping loads of a short tail cannot make two lengths collide
/// by construction. Folded to 32 bits; tables index by the low bits.
enum NameHash {
    private static let seed: UInt64 = 0x9E37_79B9_7F4A_7C15
    private static let multiplier: UInt64 = 0xE703_7ED1_A0B4_28DB

    @inline(__always) private static func mix(_ state: UInt64, _ word: UInt64) -> UInt64 {
        let product = (state ^ word).multipliedFullWidth(by: multiplier)
        return product.high ^ product.low
    }

    /// The hash of `bytes`.
    @inline(__always) static func of(_ bytes: UnsafeRawBufferPointer) -> UInt32 {
        let count = bytes.count
        var state = seed ^ UInt64(truncatingIfNeeded: count)
        var offset = 0
        while offset &+ 8 <= count {
            state = mix(state, UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
            offset &+= 8
        }
        let remaining = count &- offset
        if remaining > 0 {
            var tail: UInt64
            if count >= 8 {
                // The last eight bytes, without those already mixed in.
                tail = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: count &- 8, as: UInt64.self)) >> UInt64((8 &- remaining) &* 8)
            } else if remaining >= 4 {
                let low = UInt64(UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: 0, as: UInt32.self)))
                let high = UInt64(UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: remaining &- 4, as: UInt32.self)))
                tail = low | high << 32
            } else {
                tail = UInt64(bytes[0]) | UInt64(bytes[remaining >> 1]) << 8 | UInt64(bytes[remaining &- 1]) << 16
            }
            state = mix(state, tail)
        }
        state = mix(state, seed)
        return UInt32(truncatingIfNeeded: state ^ state >> 32)
    }

    /// The hash of `text`'s UTF-8 bytes. Not inlined: callers that store `text` would
    /// otherwise retain and release its storage around the borrowed bytes.
    @inline(never) static func of(_ text: String) -> UInt32 {
        // Over the contiguous bytes when the string has them (native and small strings).
        if let hash = text.utf8.withContiguousStorageIfAvailable({ of(UnsafeRawBufferPointer($0)) }) { return hash }
        return ofCopy(text)
    }

    @inline(never) private static func ofCopy(_ text: String) -> UInt32 {
        Array(text.utf8).withUnsafeBytes { of($0) }
    }
}
