import Foundation

// Offsets of zones. Region IDs are looked up once in Foundation.TimeZone (the only Foundation use in the
// time library) and cached in a lock-protected dictionary; fixed-offset region IDs ("UTC+01:00",
// "GMT-05:00", "Etc/GMT+5" is left to tzdata) are computed without Foundation.

/// How a zone turns instants into offsets.
enum ZoneRules: Sendable {
    case fixed(Int32)
    case tz(TimeZone)

    func offset(atEpochSecond s: Int64) -> Int32 {
        switch self {
        case .fixed(let o): return o
        case .tz(let tz):
            // Clamp far-away instants: tzdata has no transitions there and Double stays exact.
            let clamped = max(min(s, 253_402_300_799 * 4), -62_135_596_800 * 4)
            return Int32(tz.secondsFromGMT(for: Date(timeIntervalSince1970: Double(clamped))))
        }
    }

    /// The instant for a local date-time, java.time `ZonedDateTime.ofLocal` rules: one valid offset → it;
    /// overlap → `preferred` if valid, else the earlier offset; gap → shifted later by the gap length.
    func resolveLocal(_ localSecond: Int64, preferred: Int32?) -> Int64 {
        switch self {
        case .fixed(let o): return localSecond - Int64(o)
        case .tz:
            var candidates: [Int32] = []
            for probe in [localSecond - 86_400 * 2, localSecond, localSecond + 86_400 * 2] {
                let o = offset(atEpochSecond: probe)
                if !candidates.contains(o) { candidates.append(o) }
            }
            var valid: [Int32] = []
            for o in candidates where offset(atEpochSecond: localSecond - Int64(o)) == o && !valid.contains(o) {
                valid.append(o)
            }
            if valid.isEmpty {
                // Gap: use the offset before the transition (the smaller one).
                let before = candidates.min() ?? 0
                return localSecond - Int64(before)
            }
            if let p = preferred, valid.contains(p) { return localSecond - Int64(p) }
            return localSecond - Int64(valid.max() ?? 0)
        }
    }
}

/// Lock-protected cache of Foundation time zones by ID (`nil` = unknown ID).
final class TimeZoneCache: @unchecked Sendable {
    static let shared = TimeZoneCache()
    private let lock = NSLock()
    private var zones: [String: TimeZone?] = [:]

    func zone(_ id: String) -> TimeZone? {
        lock.lock()
        if let cached = zones[id] { lock.unlock(); return cached }
        lock.unlock()
        let tz = TimeZone(identifier: id)
        lock.lock()
        if zones.count > 4096 { zones.removeAll() }   // bound memory against hostile IDs
        zones[id] = tz
        lock.unlock()
        return tz
    }
}

extension TimeZoneRef {
    /// The rules for this zone. Unknown region IDs (which the resolvers never produce) behave as UTC.
    var rules: ZoneRules {
        switch self {
        case .utc: return .fixed(0)
        case .fixed(let o): return .fixed(o)
        case .region(let id):
            if let o = ZoneIDSyntax.prefixedOffset(id) { return .fixed(o) }
            if let tz = TimeZoneCache.shared.zone(id) { return .tz(tz) }
            return .fixed(0)
        }
    }

    /// The ID as java.time prints it (`Z`, `+09:00`, `Asia/Tokyo`).
    var javaID: String {
        switch self {
        case .utc: return "Z"
        case .fixed(let o): return ZoneIDSyntax.offsetID(o, zeroAsZ: true)
        case .region(let id): return id
        }
    }

    /// The ID as Joda-Time prints it (`UTC`, `+09:00`, `Asia/Tokyo`).
    var jodaID: String {
        switch self {
        case .utc: return "UTC"
        case .fixed(let o): return ZoneIDSyntax.offsetID(o, zeroAsZ: false)
        case .region(let id): return id
        }
    }
}

enum ZoneIDSyntax {
    /// `+HH:MM` or `+HH:MM:SS`; zero is `Z` (java) or `+00:00` (joda).
    static func offsetID(_ o: Int32, zeroAsZ: Bool) -> String {
        if o == 0 && zeroAsZ { return "Z" }
        let a = abs(Int(o))
        var s = o < 0 ? "-" : "+"
        s += twoDigits(a / 3600) + ":" + twoDigits((a / 60) % 60)
        if a % 60 != 0 { s += ":" + twoDigits(a % 60) }
        return s
    }

    static func twoDigits(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }

    /// Offset of java.time prefixed region IDs: `UTC+01:00`, `GMT-05:00`, `UT+3`.
    static func prefixedOffset(_ id: String) -> Int32? {
        for prefix in ["UTC", "GMT", "UT"] where id.hasPrefix(prefix) {
            let rest = id.dropFirst(prefix.count)
            guard let f = rest.first, f == "+" || f == "-" else { continue }
            return javaOffset(String(rest))
        }
        return nil
    }

    /// java.time ZoneOffset.of: ±H, ±HH, ±HH:MM, ±HHMM, ±HH:MM:SS, ±HHMMSS; within ±18:00.
    static func javaOffset(_ s: String) -> Int32? {
        let u = Array(s.utf8)
        guard u.count >= 2, u[0] == 43 || u[0] == 45 else { return nil }
        let neg = u[0] == 45
        func d(_ i: Int) -> Int? { i < u.count && u[i] >= 48 && u[i] <= 57 ? Int(u[i] - 48) : nil }
        var h = 0, m = 0, sec = 0
        switch u.count {
        case 2: guard let a = d(1) else { return nil }; h = a
        case 3: guard let a = d(1), let b = d(2) else { return nil }; h = a * 10 + b
        case 5:
            guard let a = d(1), let b = d(2), let c = d(3), let e = d(4) else { return nil }
            h = a * 10 + b; m = c * 10 + e
        case 6:
            guard let a = d(1), let b = d(2), u[3] == 58, let c = d(4), let e = d(5) else { return nil }
            h = a * 10 + b; m = c * 10 + e
        case 7:
            guard let a = d(1), let b = d(2), let c = d(3), let e = d(4), let f = d(5), let g = d(6) else { return nil }
            h = a * 10 + b; m = c * 10 + e; sec = f * 10 + g
        case 9:
            guard let a = d(1), let b = d(2), u[3] == 58, let c = d(4), let e = d(5), u[6] == 58,
                  let f = d(7), let g = d(8) else { return nil }
            h = a * 10 + b; m = c * 10 + e; sec = f * 10 + g
        default: return nil
        }
        guard h <= 18, m <= 59, sec <= 59 else { return nil }
        let total = h * 3600 + m * 60 + sec
        guard total <= 18 * 3600 else { return nil }
        return Int32(neg ? -total : total)
    }

    /// Joda DateTimeZone.forID offsets: ±HH, ±HH:mm, ±HHmm, ±HH:mm:ss, ±HH:mm:ss.SSS (hours 0-23).
    static func jodaOffset(_ s: String) -> Int32? {
        let u = Array(s.utf8)
        guard u.count >= 3, u[0] == 43 || u[0] == 45 else { return nil }
        let neg = u[0] == 45
        var i = 1
        func two() -> Int? {
            guard i + 1 < u.count, (48...57).contains(u[i]), (48...57).contains(u[i + 1]) else { return nil }
            defer { i += 2 }
            return Int(u[i] - 48) * 10 + Int(u[i + 1] - 48)
        }
        guard let h = two(), h <= 23 else { return nil }
        var m = 0, sec = 0
        if i < u.count {
            let colon = u[i] == 58
            if colon { i += 1 }
            guard let mm = two(), mm <= 59 else { return nil }
            m = mm
            if i < u.count {
                if colon { guard u[i] == 58 else { return nil }; i += 1 }
                guard let ss = two(), ss <= 59 else { return nil }
                sec = ss
                if i < u.count {
                    // .SSS millis: accepted and dropped (offsets are whole seconds here).
                    guard u[i] == 46, i + 1 < u.count, u[(i + 1)...].allSatisfy({ (48...57).contains($0) }) else { return nil }
                    i = u.count
                }
            }
        }
        let total = h * 3600 + m * 60 + sec
        return Int32(neg ? -total : total)
    }
}
