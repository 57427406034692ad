/// A point in time with a time zone, like Java's `java.time.ZonedDateTime`
/// (Identity Engine dialect values such as `user.created` and `DateTime.now()`).
public struct ZonedDateTime: Sendable, Hashable {
    /// Seconds since 1970-01-01T00:00:00Z.
    public var epochSecond: Int64
    /// Nanoseconds within the second, 0 ..< 1_000_000_000.
    public var nano: Int32
    /// The zone the value is expressed in.
    public var zone: TimeZoneRef

    /// A value from its parts.
    public init(epochSecond: Int64, nano: Int32, zone: TimeZoneRef) {
        self.epochSecond = epochSecond
        self.nano = nano
        self.zone = zone
    }
}

/// A time zone as Java names it: UTC (`Z`), a fixed offset (`+09:00`), or a region ID
/// (`Asia/Tokyo`) whose offset depends on the instant.
public enum TimeZoneRef: Sendable, Hashable {
    case utc
    case fixed(offsetSeconds: Int32)
    case region(String)
}
