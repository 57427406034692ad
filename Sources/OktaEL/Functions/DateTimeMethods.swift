// Identity Engine time (Okta's Identity Engine Expression Language reference, "Time methods"):
// `DateTime.now()` / `Time.now()` answer a ZonedDateTime, string methods parse one, and
// ZonedDateTime methods convert, shift and compare it. The arithmetic, zone
// resolution and java.time patterns live in Time/ (OIETime, ZonedDateTime+Methods); this file binds them.
//
// DECISIONS (each pinned by a corpus case with a note in corpus/oie/time-methods.json)
//   * The clock is the evaluation context's `now`, converted to UTC (ZoneOffset.UTC, printed `...Z` without
//     a `[UTC]` suffix, as the documented `DateTime.now()` output shows). `Time.now()` in the Identity
//     Engine dialect is the same function (page B uses both); it takes no arguments.
//   * The parse methods exist on String receivers only: `1438377580979L.parseUnixTime()` is OEL5005
//     (Java's String methods; write the number as text).
//   * Numeric arguments (plusDays ... withinSeconds) are Java longs, converted as SpEL converts method
//     arguments: int/long as is, a double truncated toward zero (Java's (long) cast), numeric text parsed
//     (OEL6013 when it is not a whole number); null is OEL6010 (SpEL cannot pass null as a primitive
//     long); booleans, lists and objects are OEL6010.
//   * A null or empty pattern (parseStringTime(null), toString(null)) and a null or empty zone
//     (toZone(null)) are OEL6017, like any other invalid pattern or zone.
//   * Overflowing shifts (plusDays(9223372036854775807)) and results beyond years ±999,999,999 are OEL6017
//     (java.time throws DateTimeException / ArithmeticException).
//   * withinX(n): |now − t| ≤ n units, inclusive, absolute (future dates count), false for negative n (see
//     ZonedDateTime+Methods.swift).
//   * toZone uses java.time ZoneId.of rules: 'EST' is OEL6017 in the Identity Engine (classic Time.now
//     maps it to America/New_York).

/// Identity Engine `DateTime.now()`, `Time.now()` and the ZonedDateTime methods.
enum DateTimeMethods {
    static let javaPatternHint = "Identity Engine patterns are java.time DateTimeFormatter patterns, e.g. yyyy-MM-dd'T'HH:mm:ss"
    static let zoneHint = "use a java.time zone ID such as America/New_York, UTC or +09:00 (3-letter IDs such as EST are not accepted)"
    static let createdContext = #"{"user": {"created": "2015-07-30T23:58:32.000Z"}}"#

    /// Runs a time computation, turning its TimeError into OEL6017.
    static func timed<T>(hint: String?, _ body: () throws(TimeError) -> T) throws(ValueError) -> T {
        do { return try body() } catch { throw ValueError(.invalidTime, error.message, hint: hint) }
    }

    /// The current instant in UTC.
    static func now(_ call: Call) -> Value {
        .dateTime(call.context.now.withZoneSameInstant(.utc))
    }

    /// The receiver of a ZonedDateTime method (the compiler dispatches only ZonedDateTime receivers here).
    static func receiver(_ call: Call, _ method: String) throws(ValueError) -> ZonedDateTime {
        guard case .dateTime(let t) = call.receiver else {
            throw ValueError(.invalidArgument, "\(method)() needs a ZonedDateTime, not \(call.receiver.typeName)")
        }
        return t
    }

    /// The receiver of a String method.
    static func text(_ call: Call, _ method: String) throws(ValueError) -> String {
        guard case .string(let s) = call.receiver else {
            throw ValueError(.invalidArgument, "\(method)() needs a String, not \(call.receiver.typeName)")
        }
        return s
    }

    /// Argument `index` as a Java long, converted as SpEL converts a method argument.
    static func long(_ call: Call, _ index: Int, _ method: String) throws(ValueError) -> Int64 {
        switch call[index] {
        case .null:
            throw ValueError(.invalidArgument, "\(method)() needs a number, not null",
                             hint: "guard the argument, e.g. n != null ? t.\(method)(n) : t")
        case .int(let v): return Int64(v)
        case .long(let v): return v
        case .double(let d): return JavaCast.toLong(d)
        case .string(let s):
            guard let v = Int64(s.trimmingJavaWhitespace()) else {
                throw ValueError(.numberFormat, "\(method)() needs a whole number, not '\(s.prefix(64))'")
            }
            return v
        case let other:
            throw ValueError(.invalidArgument, "\(method)() needs a number, not a \(other.typeName)")
        }
    }

    /// A required text argument (pattern or zone ID); null is an invalid pattern / zone.
    static func textArgument(_ call: Call, _ index: Int, _ what: String, hint: String) throws(ValueError) -> String {
        guard let s = call.string(index) else {
            throw ValueError(.invalidTime, "The \(what) is null", hint: hint)
        }
        return s
    }

    /// A plus/minus method row.
    static func shift(_ name: String, _ unit: String, examples: [FunctionExample],
                      _ op: @escaping @Sendable (ZonedDateTime, Int64) throws(TimeError) -> ZonedDateTime) -> BuiltinFunction {
        let verb = name.hasPrefix("plus") ? "added" : "subtracted"
        return BuiltinFunction(
            .method(.dateTime), name, dialects: [.identityEngine],
            parameters: [.init(unit, .long)], returns: .dateTime,
            summary: "The date-time with \(unit) \(verb)\(unit == "days" ? " (local date, same local time)" : "").",
            examples: examples
        ) { call throws(ValueError) in
            let t = try receiver(call, name)
            let n = try long(call, 0, name)
            return .dateTime(try timed(hint: nil) { () throws(TimeError) in try op(t, n) })
        }
    }

    /// A withinX method row.
    static func within(_ name: String, _ unit: String, examples: [FunctionExample],
                       _ op: @escaping @Sendable (ZonedDateTime, Int64, ZonedDateTime) -> Bool) -> BuiltinFunction {
        BuiltinFunction(
            .method(.dateTime), name, dialects: [.identityEngine],
            parameters: [.init(unit, .long)], returns: .boolean,
            summary: "Whether the date-time is at most that many \(unit) before or after now (inclusive).",
            examples: examples
        ) { call throws(ValueError) in
            let t = try receiver(call, name)
            return .bool(op(t, try long(call, 0, name), call.context.now))
        }
    }

    static func example(_ expression: String, _ result: String) -> FunctionExample {
        FunctionExample(expression, result, context: createdContext)
    }

    static let functions: [BuiltinFunction] = [
        BuiltinFunction(
            .namespaced("DateTime"), "now", dialects: [.identityEngine],
            parameters: [], returns: .dateTime,
            summary: "The current time as a UTC ZonedDateTime.",
            examples: [FunctionExample("DateTime.now()", #""2015-07-31T17:18:37.979Z""#)]
        ) { call in now(call) },

        BuiltinFunction(
            .namespaced("Time"), "now", dialects: [.identityEngine],
            parameters: [], returns: .dateTime,
            restrictions: TimeFunctions.restrictions,
            summary: "The current time as a UTC ZonedDateTime (same as DateTime.now()).",
            examples: [FunctionExample("Time.now().toZone('Asia/Tokyo')", #""2015-08-01T02:18:37.979+09:00[Asia/Tokyo]""#)]
        ) { call in now(call) },

        // MARK: String → ZonedDateTime

        BuiltinFunction(
            .method(.string), "parseWindowsTime", dialects: [.identityEngine],
            parameters: [], returns: .dateTime,
            summary: "Windows/LDAP FILETIME text (100-ns ticks since 1601-01-01Z) as a UTC ZonedDateTime.",
            examples: [FunctionExample("'130828367179790000'.parseWindowsTime()", #""2015-07-31T17:18:37.979Z""#)]
        ) { call throws(ValueError) in
            let s = try text(call, "parseWindowsTime")
            return .dateTime(try timed(hint: "a Windows time is a whole number of 100-ns ticks, e.g. 130828367179790000") {
                () throws(TimeError) in try OIETime.parseWindowsTime(s)
            })
        },

        BuiltinFunction(
            .method(.string), "parseUnixTime", dialects: [.identityEngine],
            parameters: [], returns: .dateTime,
            summary: "Unix time text in milliseconds as a UTC ZonedDateTime.",
            examples: [FunctionExample("'1438377580979'.parseUnixTime()", #""2015-07-31T21:19:40.979Z""#)]
        ) { call throws(ValueError) in
            let s = try text(call, "parseUnixTime")
            return .dateTime(try timed(hint: "a Unix time is a whole number of milliseconds, e.g. 1438377580979") {
                () throws(TimeError) in try OIETime.parseUnixTime(s)
            })
        },

        BuiltinFunction(
            .method(.string), "parseStringTime", dialects: [.identityEngine],
            parameters: [.optional("format", .string)], returns: .dateTime,
            summary: "ISO 8601 text with an offset (no format), or text in a java.time pattern (UTC unless it has a zone), as a ZonedDateTime.",
            examples: [
                FunctionExample("'2015-06-17T00:23:19.676Z'.parseStringTime()", #""2015-06-17T00:23:19.676Z""#),
                FunctionExample("'17 June 2015 00:23:19'.parseStringTime('dd MMMM yyyy HH:mm:ss')", #""2015-06-17T00:23:19.000Z""#),
            ]
        ) { call throws(ValueError) in
            let s = try text(call, "parseStringTime")
            if (call.argumentCount == 0) {
                return .dateTime(try timed(hint: "write ISO 8601 text with an offset, e.g. 2015-06-17T00:23:19.676Z") {
                    () throws(TimeError) in try OIETime.parseStringTime(s)
                })
            }
            let pattern = try textArgument(call, 0, "pattern", hint: javaPatternHint)
            return .dateTime(try timed(hint: javaPatternHint) { () throws(TimeError) in
                try OIETime.parseStringTime(s, pattern: pattern)
            })
        },

        // MARK: ZonedDateTime → String

        BuiltinFunction(
            .method(.dateTime), "toWindows", dialects: [.identityEngine],
            parameters: [], returns: .string,
            summary: "The Windows/LDAP FILETIME (100-ns ticks since 1601-01-01Z) as text.",
            examples: [example("user.created.toWindows()", #""130827743120000000""#)]
        ) { call throws(ValueError) in
            try call.result(try receiver(call, "toWindows").toWindowsTicksString())
        },

        BuiltinFunction(
            .method(.dateTime), "toUnix", dialects: [.identityEngine],
            parameters: [], returns: .string,
            summary: "The Unix time in milliseconds as text.",
            examples: [FunctionExample("DateTime.now().toUnix()", #""1438363117979""#)]
        ) { call throws(ValueError) in
            try call.result(try receiver(call, "toUnix").toUnixMillisString())
        },

        BuiltinFunction(
            .method(.dateTime), "toString", dialects: [.identityEngine],
            parameters: [.optional("format", .string)], returns: .string,
            check: ArgumentRules.probe(.identityEngine, "DateTime.now().toString($)", argument: 0),
            summary: "ISO 8601 text as java.time prints it (no format), or the date-time formatted with a java.time pattern.",
            examples: [
                example("user.created.toString()", #""2015-07-30T23:58:32Z""#),
                example("user.created.toString('MM/dd/yyyy')", #""07/30/2015""#),
            ]
        ) { call throws(ValueError) in
            let t = try receiver(call, "toString")
            if (call.argumentCount == 0) { return try call.result(t.javaToString()) }
            let pattern = try textArgument(call, 0, "pattern", hint: javaPatternHint)
            let output = try timed(hint: javaPatternHint) { () throws(TimeError) in try t.format(javaPattern: pattern) }
            return try call.result(output)
        },

        BuiltinFunction(
            .method(.dateTime), "toZone", dialects: [.identityEngine],
            parameters: [.init("zoneId", .string)], returns: .dateTime,
            check: ArgumentRules.probe(.identityEngine, "DateTime.now().toZone($)", argument: 0),
            summary: "The same instant in another time zone (java.time zone IDs).",
            examples: [FunctionExample("Time.now().toZone('Asia/Tokyo')", #""2015-08-01T02:18:37.979+09:00[Asia/Tokyo]""#)]
        ) { call throws(ValueError) in
            let t = try receiver(call, "toZone")
            let id = try textArgument(call, 0, "zone ID", hint: zoneHint)
            return .dateTime(try timed(hint: zoneHint) { () throws(TimeError) in try t.toZone(id) })
        },

        // MARK: Arithmetic

        shift("plusDays", "days", examples: [example("user.created.plusDays(2)", #""2015-08-01T23:58:32.000Z""#)]) { t, n throws(TimeError) in
            try t.plusDays(n)
        },
        shift("plusHours", "hours", examples: [example("user.created.plusHours(-1)", #""2015-07-30T22:58:32.000Z""#)]) { t, n throws(TimeError) in
            try t.plusHours(n)
        },
        shift("plusMinutes", "minutes", examples: [example("user.created.plusMinutes(0)", #""2015-07-30T23:58:32.000Z""#)]) { t, n throws(TimeError) in
            try t.plusMinutes(n)
        },
        shift("plusSeconds", "seconds", examples: [example("user.created.plusSeconds(0)", #""2015-07-30T23:58:32.000Z""#)]) { t, n throws(TimeError) in
            try t.plusSeconds(n)
        },
        shift("minusDays", "days", examples: [FunctionExample("Time.now().minusDays(3)", #""2015-07-28T17:18:37.979Z""#)]) { t, n throws(TimeError) in
            try t.minusDays(n)
        },
        shift("minusHours", "hours", examples: [FunctionExample("Time.now().minusHours(100)", #""2015-07-27T13:18:37.979Z""#)]) { t, n throws(TimeError) in
            try t.minusHours(n)
        },
        shift("minusMinutes", "minutes", examples: [FunctionExample("Time.now().minusMinutes(-1)", #""2015-07-31T17:19:37.979Z""#)]) { t, n throws(TimeError) in
            try t.minusMinutes(n)
        },
        shift("minusSeconds", "seconds", examples: [FunctionExample("Time.now().minusSeconds(2)", #""2015-07-31T17:18:35.979Z""#)]) { t, n throws(TimeError) in
            try t.minusSeconds(n)
        },

        // MARK: Comparison with now

        within("withinDays", "days", examples: [example("user.created.withinDays(1)", "true")]) { t, n, now in
            t.withinDays(n, of: now)
        },
        within("withinHours", "hours", examples: [example("user.created.withinHours(100)", "true")]) { t, n, now in
            t.withinHours(n, of: now)
        },
        within("withinMinutes", "minutes", examples: [example("user.created.withinMinutes(2)", "false")]) { t, n, now in
            t.withinMinutes(n, of: now)
        },
        within("withinSeconds", "seconds", examples: [example("user.created.withinSeconds(100)", "false")]) { t, n, now in
            t.withinSeconds(n, of: now)
        },
    ]
}
