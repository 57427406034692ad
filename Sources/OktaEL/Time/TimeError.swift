/// A failure of a time function: bad input text, an unknown zone, an invalid pattern, or a value
/// outside the supported range (years -999,999,999 ... 999,999,999, like java.time).
public struct TimeError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public init(message: String) { self.message = message }
    public var description: String { message }
}
