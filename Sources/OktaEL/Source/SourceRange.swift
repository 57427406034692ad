/// A half-open range of UTF-8 byte offsets into an expression's source text.
///
/// Tokens, syntax nodes, diagnostics and runtime errors all carry this one currency;
/// lines and columns are computed only when a diagnostic is rendered.
public struct SourceRange: Sendable, Hashable, CustomStringConvertible {
    /// Offset of the first byte.
    public var start: Int
    /// Offset one past the last byte.
    public var end: Int

    /// A range from `start` up to, not including, `end`.
    public init(start: Int, end: Int) {
        self.start = start
        self.end = max(start, end)
    }

    /// An empty range at `offset`.
    public static func at(_ offset: Int) -> SourceRange { SourceRange(start: offset, end: offset) }

    /// The smallest range that covers both.
    public func union(_ other: SourceRange) -> SourceRange {
        SourceRange(start: min(start, other.start), end: max(end, other.end))
    }

    public var description: String { "\(start)..<\(end)" }
}
