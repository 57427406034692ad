// Instant ⇄ local calendar conversions for ZonedDateTime.

extension ZonedDateTime {
    /// A value from Unix milliseconds (floor semantics for negative values, like Instant.ofEpochMilli).
    public init(epochMillis: Int64, zone: TimeZoneRef) {
        self.init(epochSecond: timeFloorDiv(epochMillis, 1000), nano: Int32(timeFloorMod(epochMillis, 1000)) * 1_000_000, zone: zone)
    }

    /// Unix milliseconds (floor of the nanosecond-precise instant). Saturates outside Int64.
    public var epochMillis: Int64 {
        let (ms, o1) = epochSecond.multipliedReportingOverflow(by: 1000)
        if o1 { return epochSecond < 0 ? Int64.min : Int64.max }
        let (r, o2) = ms.addingReportingOverflow(Int64(nano / 1_000_000))
        return o2 ? Int64.max : r
    }

    /// The offset from UTC at this instant (DST-aware for regions).
    public var offsetSeconds: Int32 { zone.rules.offset(atEpochSecond: epochSecond) }

    /// The same instant seen in another zone.
    public func withZoneSameInstant(_ zone: TimeZoneRef) -> ZonedDateTime {
        ZonedDateTime(epochSecond: epochSecond, nano: nano, zone: zone)
    }

    /// The local date-time in this value's zone.
    var local: LocalDateTimeFields { localDateTime(offset: offsetSeconds) }

    func localDateTime(offset: Int32) -> LocalDateTimeFields {
        var days = timeFloorDiv(epochSecond, 86_400)
        var sod = timeFloorMod(epochSecond, 86_400) + Int64(offset)
        days += timeFloorDiv(sod, 86_400)
        sod = timeFloorMod(sod, 86_400)
        return LocalDateTimeFields(epochDay: days, secondOfDay: Int(sod), nano: nano)
    }

    /// The value for a local date-time in `zone` (java.time ofLocal rules; `preferredOffset` wins in overlaps).
    static func fromLocal(epochDay: Int64, secondOfDay: Int, nano: Int32, zone: TimeZoneRef,
                          preferredOffset: Int32? = nil) throws(TimeError) -> ZonedDateTime {
        guard epochDay >= TimeLimits.minEpochDay, epochDay <= TimeLimits.maxEpochDay else {
            throw TimeError("Instant exceeds minimum or maximum date-time")
        }
        let localSecond = epochDay * 86_400 + Int64(secondOfDay)
        let instant = zone.rules.resolveLocal(localSecond, preferred: preferredOffset)
        return ZonedDateTime(epochSecond: instant, nano: nano, zone: zone)
    }

    /// Whether the instant is within the supported range.
    var isInSupportedRange: Bool {
        epochSecond >= TimeLimits.minEpochSecond && epochSecond <= TimeLimits.maxEpochSecond
            && nano >= 0 && nano < 1_000_000_000
    }
}

