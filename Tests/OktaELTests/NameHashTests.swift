import Testing
@testable import OktaEL

/// Object keys, names in a source and function names are hashed by one function; lookups
/// depend on every representation of the same bytes agreeing, and tables on the low bits spreading.
@Suite struct NameHashTests {
    @Test func stringsAndSourceRangesAgreeAtEveryLength() {
        for length in 0...40 {
            for text in [String(repeating: "a", count: length), String((0..<length).map { Character(UnicodeScalar(UInt8(97 + $0 % 26))) })] {
                let padded = Array(("  " + text + "  ").utf8)
                let inSource = SourceName.hash(padded, SourceRange(start: 2, end: 2 + length))
                #expect(PropertyKey(text).hash == inSource, "length \(length)")
                var native = String(repeating: "-", count: 20)   // heap storage, then cut to `text`
                native = text.isEmpty ? "" : String(native.prefix(0)) + text
                #expect(NameHash.of(native) == inSource)
            }
        }
        #expect(NameHash.of("caf\u{E9}") == SourceName.hash(Array("caf\u{E9}".utf8), SourceRange(start: 0, end: 5)))
        // Out-of-bounds parts of a range are ignored, as before.
        #expect(SourceName.hash(Array("ab".utf8), SourceRange(start: 0, end: 9)) == NameHash.of("ab"))
        #expect(SourceName.hash(Array("ab".utf8), SourceRange(start: 5, end: 9)) == NameHash.of(""))
    }

    @Test func everyByteAndTheLengthCount() {
        // Changing any one byte, or adding a NUL byte, changes the hash (for these lengths).
        for length in 1...24 {
            let base = Array(repeating: UInt8(ascii: "x"), count: length)
            let hash = base.withUnsafeBytes { NameHash.of($0) }
            for position in 0..<length {
                var changed = base
                changed[position] = UInt8(ascii: "y")
                #expect(changed.withUnsafeBytes { NameHash.of($0) } != hash, "length \(length), byte \(position)")
            }
            #expect((base + [0]).withUnsafeBytes { NameHash.of($0) } != hash)
        }
    }

    @Test func lowBitsSpreadOverTableSlots() {
        // 20,000 realistic keys into 1,024 slots by their low bits (as ObjectValue's index and
        // the function table use them): about 20 a slot; a weak mix piles them up.
        var slots = [Int](repeating: 0, count: 1_024)
        var hashes = Set<UInt32>()
        for i in 0..<20_000 {
            let key = i % 2 == 0 ? "00g\(i)A1b2C3d4E5f6" : "attr\(i)"
            let hash = NameHash.of(key)
            hashes.insert(hash)
            slots[Int(hash & 1_023)] += 1
        }
        #expect(slots.max()! < 45)
        #expect(slots.min()! > 3)
        #expect(hashes.count >= 19_990)
    }
}
