#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Strings held as their UTF-8 bytes in one allocation, with their `NameHash`es: a table to
/// look strings up in by their bytes (Java's `String.equals`), or a list of strings to look
/// up in order. Lookups read plain bytes and integers through pointers, so they touch no
/// reference counts (reading a `String` or an array out of a shared object retains its
/// storage, and threads retaining one object contend for its cache line).
///
/// The group index keeps the user's group names and IDs in two (`GroupIndex`), and
/// `GroupMembershipNode` the names or IDs of its string literals in one. Immutable once made.
/// A plain value of pointers (copying it touches no reference count): the one object that
/// makes it owns it and calls `deallocate()` from its `deinit`.
struct ByteStringSet: @unchecked Sendable {
    /// The number of strings.
    let count: Int
    /// Open addressing: string number + 1 per slot, 0 for empty; a power of two at least
    /// twice the count. A repeated string has one slot (the first).
    private let slots: UnsafeMutablePointer<Int32>
    private let mask: Int
    /// Each string's hash.
    private let hashes: UnsafeMutablePointer<UInt32>
    /// Where each string starts in `bytes`, and one more entry: where the last one ends.
    private let starts: UnsafeMutablePointer<Int>
    /// The bytes of every string, one after another.
    private let bytes: UnsafeMutablePointer<UInt8>

    /// The one allocation the four regions above live in.
    private let storage: UnsafeMutableRawPointer

    /// The strings, in order.
    init<Strings: Collection<String>>(_ strings: Strings) {
        count = strings.count
        var size = 4
        while size < count &* 2 { size &*= 2 }
        mask = size &- 1
        var byteCount = 0
        for string in strings { byteCount &+= string.utf8.count }
        // Regions in falling alignment: starts (Int), hashes and slots (4 bytes), bytes.
        let startsBytes = (count &+ 1) &* MemoryLayout<Int>.stride
        let hashesBytes = count &* MemoryLayout<UInt32>.stride
        let slotsBytes = size &* MemoryLayout<Int32>.stride
        storage = .allocate(byteCount: startsBytes &+ hashesBytes &+ slotsBytes &+ max(byteCount, 1),
                            alignment: MemoryLayout<Int>.alignment)
        starts = storage.bindMemory(to: Int.self, capacity: count &+ 1)
        hashes = (storage + startsBytes).bindMemory(to: UInt32.self, capacity: count)
        slots = (storage + (startsBytes &+ hashesBytes)).bindMemory(to: Int32.self, capacity: size)
        bytes = (storage + (startsBytes &+ hashesBytes &+ slotsBytes)).bindMemory(to: UInt8.self, capacity: max(byteCount, 1))
        slots.initialize(repeating: 0, count: size)
        var offset = 0
        starts[0] = 0
        for (number, string) in strings.enumerated() {
            var copy = string
            copy.withUTF8 { utf8 in
                if let base = utf8.baseAddress { (bytes + offset).initialize(from: base, count: utf8.count) }
                hashes[number] = NameHash.of(UnsafeRawBufferPointer(utf8))
                offset &+= utf8.count
            }
            starts[number &+ 1] = offset
        }
        for number in 0..<count where !contains(hashes[number], bytes + starts[number], starts[number &+ 1] &- starts[number]) {
            var slot = Int(hashes[number]) & mask
            while slots[slot] != 0 { slot = (slot &+ 1) & mask }
            slots[slot] = Int32(truncatingIfNeeded: number &+ 1)
        }
    }

    /// Frees the storage; called once, by the owner's `deinit`.
    func deallocate() {
        storage.deallocate()
    }

    /// Whether `text` is one of the strings.
    func contains(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { utf8 in
            guard let base = utf8.baseAddress else { return contains(NameHash.of(UnsafeRawBufferPointer(utf8)), bytes, 0) }
            return contains(NameHash.of(UnsafeRawBufferPointer(utf8)), base, utf8.count)
        }
    }

    /// Whether the `length` bytes at `probe` (whose hash is `hash`) are one of the strings.
    @inline(__always) func contains(_ hash: UInt32, _ probe: UnsafePointer<UInt8>, _ length: Int) -> Bool {
        var slot = Int(hash) & mask
        while true {
            let number = Int(slots[slot]) &- 1
            if number < 0 { return false }
            if hashes[number] == hash, starts[number &+ 1] &- starts[number] == length,
               length == 0 || memcmp(bytes + starts[number], probe, length) == 0 {
                return true
            }
            slot = (slot &+ 1) & mask
        }
    }

    /// Whether string number `number` (in the order given) is one of `table`'s strings.
    @inline(__always) func string(_ number: Int, isIn table: ByteStringSet) -> Bool {
        table.contains(hashes[number], bytes + starts[number], starts[number &+ 1] &- starts[number])
    }
}
