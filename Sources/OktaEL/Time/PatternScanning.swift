/// Byte-level scanning shared by the java.time and Joda pattern compilers.
enum PatternScanning {
    /// ASCII `A`–`Z` or `a`–`z`: the bytes that are pattern letters in both pattern languages.
    static func isLetter(_ c: UInt8) -> Bool { (65...90).contains(c) || (97...122).contains(c) }

    /// The index just past the run of `bytes[start]` repeated from `start` (`yyyy` → start + 4).
    static func runEnd(_ bytes: [UInt8], from start: Int) -> Int {
        var end = start
        while end < bytes.count, bytes[end] == bytes[start] { end += 1 }
        return end
    }
}
