/// Limits applied by ``JSONReader``.
public struct JSONLimits: Sendable {
    /// Maximum nesting depth of arrays and objects (a top-level `[]` has depth 1).
    public var maxDepth = 512
    /// Maximum input size in bytes (including a leading byte-order mark).
    public var maxBytes = 64 << 20

    /// Limits with the given values.
    public init(maxDepth: Int = 512, maxBytes: Int = 64 << 20) {
        self.maxDepth = maxDepth
        self.maxBytes = maxBytes
    }

    /// 512 levels, 64 MiB.
    public static let `default` = JSONLimits()
}

/// A JSON syntax or limit error.
public struct JSONError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong, for example `expected ',' or ']' after array element`.
    public var message: String
    /// Byte offset into the input (counting a leading byte-order mark) where the problem was found.
    public var offset: Int

    /// An error with a message and byte offset.
    public init(message: String, offset: Int) {
        self.message = message
        self.offset = offset
    }

    /// `"<message> at byte offset <offset>"`.
    public var description: String { "\(message) at byte offset \(offset)" }
}
