import Foundation

extension ZonedDateTime {
    /// The current instant in UTC, to millisecond precision.
    static func currentUTC() -> ZonedDateTime {
        let millis = Int64((Date().timeIntervalSince1970 * 1000).rounded(.down))
        return ZonedDateTime(epochMillis: millis, zone: .utc)
    }
}
