import Foundation

// Time-zone display names for the `z`/`zzzz` pattern letters. java.time and Joda take these from the JDK's
// locale data; we take them from Foundation (ICU, en_US), so some zones print "GMT+9"-style names where
// Java prints "JST". A small override table fixes the common ones. Cached behind a lock.

enum ZoneNames {
    private static let shortOverrides: [String: (std: String, dst: String)] = [
        "Asia/Tokyo": ("JST", "JDT"), "Asia/Kolkata": ("IST", "IST"), "Asia/Calcutta": ("IST", "IST"),
        "Europe/London": ("GMT", "BST"), "Europe/Dublin": ("GMT", "IST"), "Asia/Shanghai": ("CST", "CDT"),
        "Asia/Seoul": ("KST", "KDT"), "Australia/Sydney": ("AEST", "AEDT"), "Australia/Melbourne": ("AEST", "AEDT"),
        "Australia/Brisbane": ("AEST", "AEDT"), "Australia/Adelaide": ("ACST", "ACDT"), "Australia/Darwin": ("ACST", "ACDT"),
        "Australia/Perth": ("AWST", "AWDT"), "Pacific/Auckland": ("NZST", "NZDT"), "Asia/Singapore": ("SGT", "SGT"),
        "Asia/Hong_Kong": ("HKT", "HKST"), "Asia/Dubai": ("GST", "GST"), "Asia/Karachi": ("PKT", "PKST"),
        "Asia/Dhaka": ("BDT", "BDST"), "Asia/Ho_Chi_Minh": ("ICT", "ICT"), "Asia/Bangkok": ("ICT", "ICT"),
        "Asia/Jakarta": ("WIB", "WIB"), "Europe/Moscow": ("MSK", "MSD"), "America/Sao_Paulo": ("BRT", "BRST"),
        "America/Argentina/Buenos_Aires": ("ART", "ARST"), "Asia/Yerevan": ("AMT", "AMST"),
        "Pacific/Guadalcanal": ("SBT", "SBST"), "Pacific/Apia": ("WSST", "WSDT"), "Africa/Addis_Ababa": ("EAT", "EAT"),
        "Africa/Nairobi": ("EAT", "EAT"), "Africa/Harare": ("CAT", "CAT"), "Africa/Johannesburg": ("SAST", "SAST"),
        "Africa/Lagos": ("WAT", "WAT"), "Asia/Jerusalem": ("IST", "IDT"), "Asia/Manila": ("PST", "PDT"),
        "UTC": ("UTC", "UTC"), "Etc/UTC": ("UTC", "UTC"), "GMT": ("GMT", "GMT"), "Etc/GMT": ("GMT", "GMT"),
    ]
    private static let lock = NSLock()
    nonisolated(unsafe) private static var cache: [String: String] = [:]

    /// Short (`z`) or long (`zzzz`) name of a region at an instant.
    static func name(region id: String, epochSecond: Int64, long: Bool) -> String {
        guard let tz = TimeZoneCache.shared.zone(id) else { return id }
        let clamped = max(min(epochSecond, 253_402_300_799), -62_135_596_800)
        let date = Date(timeIntervalSince1970: Double(clamped))
        let dst = tz.isDaylightSavingTime(for: date)
        if !long, let o = shortOverrides[id] { return dst ? o.dst : o.std }
        let key = "\(id)|\(dst)|\(long)"
        lock.lock()
        if let c = cache[key] { lock.unlock(); return c }
        lock.unlock()
        let style: NSTimeZone.NameStyle = long ? (dst ? .daylightSaving : .standard) : (dst ? .shortDaylightSaving : .shortStandard)
        let name = tz.localizedName(for: style, locale: Locale(identifier: "en_US"))
            ?? tz.abbreviation(for: date) ?? id
        lock.lock()
        if cache.count < 2048 { cache[key] = name }
        lock.unlock()
        return name
    }
}
