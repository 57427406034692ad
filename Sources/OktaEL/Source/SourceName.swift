/// A name as written in a source: where its bytes are and their hash (`NameHash`), so the
/// registry can look it up without making a string.
struct SourceName {
    let bytes: [UInt8]
    let range: SourceRange
    let hash: UInt32

    /// The name in `range` of `bytes`.
    init(_ bytes: [UInt8], _ range: SourceRange, hash: UInt32) {
        self.bytes = bytes
        self.range = range
        self.hash = hash
    }


    /// Whether `count` bytes of `a` from `aStart` equal those of `b` from `bStart`; both
    /// ranges must be in bounds. Compares eight bytes at a time (the last eight overlapping).
    @inline(__always) static func equal(_ a: UnsafeRawBufferPointer, _ aStart: Int, _ b: UnsafeRawBufferPointer, _ bStart: Int,
                                        count: Int) -> Bool {
        if count >= 8 {
            var offset = 0
            while offset &+ 8 < count {
                if a.loadUnaligned(fromByteOffset: aStart &+ offset, as: UInt64.self)
                    != b.loadUnaligned(fromByteOffset: bStart &+ offset, as: UInt64.self) { return false }
                offset &+= 8
            }
            return a.loadUnaligned(fromByteOffset: aStart &+ count &- 8, as: UInt64.self)
                == b.loadUnaligned(fromByteOffset: bStart &+ count &- 8, as: UInt64.self)
        }
        var offset = 0
        while offset < count {
            if a[aStart &+ offset] != b[bStart &+ offset] { return false }
            offset &+= 1
        }
        return true
    }

    /// The hash of `bytes[range]` (as `PropertyKey` hashes a name); an out-of-bounds part is ignored.
    static func hash(_ bytes: [UInt8], _ range: SourceRange) -> UInt32 {
        let start = min(max(0, range.start), bytes.count), end = max(start, min(range.end, bytes.count))
        return bytes.withUnsafeBytes { NameHash.of(UnsafeRawBufferPointer(rebasing: $0[start..<end])) }
    }
}
