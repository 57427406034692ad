/// A failure of a time function: bad input text, an unknown zone, an invalid pattern, or a value
/// outside the supported range (years -999,999,999 ... 999,999,999, like java.time).
struct TimeError: Error, Sendable, Equatable, CustomStringConvertible {
    var message: String
    init(_ message: String) { self.message = message }
    init(message: String) { self.message = message }
    var description: String { message }
}
