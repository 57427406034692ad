/// Java's `String.toUpperCase()` and `toLowerCase()`: the standard library's full Unicode
/// mappings (`ß` becomes `SS`), with short ASCII strings flipped in place first.
enum JavaText {
    /// `text.toUpperCase()`.
    static func upperCased(_ text: String) -> String {
        SmallASCII.caseMapped(text, upper: true) ?? text.uppercased()
    }

    /// `text.toLowerCase()`.
    static func lowerCased(_ text: String) -> String {
        SmallASCII.caseMapped(text, upper: false) ?? text.lowercased()
    }
}
