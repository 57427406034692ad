// Classic `Time.*` builtins (Okta's Expression Language reference, "Time functions"): strings in, strings out. The arithmetic, zone
// resolution and Joda patterns live in Time/ (ClassicTime); this file only binds them to the table.
//
// DECISIONS (each pinned by a corpus case with a note in corpus/functions/time.json)
//   * The clock is the evaluation context's `now`; Time.now answers in UTC unless a zone is given.
//   * Arguments go through Spring's conversion to String (`call.string`): a Long such as
//     1438377580979L is read as its digits, a list as its CSV text.
//   * Time.now(null) and Time.now(null, fmt) use UTC: Joda's DateTimeZone.forID(null) answers the
//     default zone, and Okta's servers run in UTC. A null format (Time.now(tz, null),
//     fromStringToIso8601(x, null), fromIso8601ToString(x, null)) is OEL6017, as Joda's
//     DateTimeFormat.forPattern(null) rejects it ("Invalid pattern specification").
//   * A null time input (fromWindowsToIso8601(null), fromStringToIso8601(null, fmt), ...) answers
//     null, whatever the format: the null-safe (StringUtils-style) reading the string functions follow, so an
//     unset attribute maps to an unset attribute instead of failing the whole mapping.
//   * Empty strings are never "now" / "UTC" / "ISO": an empty zone, pattern or time text is OEL6017
//     (Joda rejects all three; Long.parseLong("") fails).
//   * Every TimeError (unknown zone, illegal pattern letter, unparsable text, out-of-range number)
//     is OEL6017 `invalidTime`.

/// Classic `Time.*` functions.
enum TimeFunctions {
    /// A TimeError as the ValueError builtins throw.
    static func failure(_ error: TimeError, hint: String? = nil) -> ValueError {
        ValueError(.invalidTime, error.message, hint: hint)
    }

    /// Runs a time computation, turning its TimeError into OEL6017.
    static func timed<T>(hint: String?, _ body: () throws(TimeError) -> T) throws(ValueError) -> T {
        do { return try body() } catch { throw failure(error, hint: hint) }
    }

    static let zoneHint = "use an IANA zone ID such as America/New_York, UTC, an offset such as -05:00, or a legacy ID such as EST"
    static let jodaPatternHint = "classic Time.* patterns are Joda-Time patterns, e.g. yyyy-MM-dd HH:mm:ss"
    static let isoHint = "write ISO 8601 text such as 2015-07-31T17:18:37.979Z"

    /// Group rules refuse the Time.* functions.
    static let restrictions = [ProfileRestriction([.groupRule], reason: "group rules do not support Time.* functions",
                                                  source: "classic reference, Conditional expressions: Time is not supported in conditions; fact sheet 5.11, 6.3")]

    static let functions: [BuiltinFunction] = [
        BuiltinFunction(
            .namespaced("Time"), "now", dialects: [.classic],
            parameters: [.optional("timeZoneId", .string), .optional("format", .string)], returns: .string,
            counterpart: "DateTime.now()", restrictions: restrictions, check: ArgumentRules.booleanIsNeverTimeText,
            summary: "The current time as ISO 8601 text in UTC, in the given zone, or formatted with a Joda-Time pattern.",
            examples: [
                FunctionExample("Time.now()", #""2015-07-31T17:18:37.979Z""#),
                FunctionExample(#"Time.now("EST")"#, #""2015-07-31T13:18:37.979-04:00""#),
                FunctionExample(#"Time.now("EST", "YYYY-MM-dd HH:mm:ss")"#, #""2015-07-31 13:18:37""#),
            ]
        ) { call throws(ValueError) in
            let zone = call.string(0), format = call.string(1), now = call.context.now
            if call.argumentCount == 2, format == nil {
                throw ValueError(.invalidTime, "Invalid pattern specification: the format is null", hint: jodaPatternHint)
            }
            let output = try timed(hint: call.argumentCount == 2 ? jodaPatternHint : zoneHint) { () throws(TimeError) in
                try ClassicTime.now(now, zoneID: zone, format: format)
            }
            return try call.result(output)
        },

        BuiltinFunction(
            .namespaced("Time"), "fromWindowsToIso8601", dialects: [.classic],
            parameters: [.init("time", .string)], returns: .string,
            restrictions: restrictions, check: ArgumentRules.numericTimeText("a Windows time"),
            summary: "Windows/LDAP FILETIME text (100-ns ticks since 1601-01-01Z) as ISO 8601 text in UTC; null for null.",
            examples: [FunctionExample(#"Time.fromWindowsToIso8601("130828367179790000")"#, #""2015-07-31T17:18:37.979Z""#)]
        ) { call throws(ValueError) in
            guard let input = call.string(0) else { return .null }
            let output = try timed(hint: "a Windows time is a whole number of 100-ns ticks, e.g. 130828367179790000") { () throws(TimeError) in
                try ClassicTime.fromWindowsToIso8601(input)
            }
            return try call.result(output)
        },

        BuiltinFunction(
            .namespaced("Time"), "fromUnixToIso8601", dialects: [.classic],
            parameters: [.init("time", .string)], returns: .string,
            restrictions: restrictions, check: ArgumentRules.numericTimeText("a Unix time"),
            summary: "Unix time text in milliseconds as ISO 8601 text in UTC; null for null.",
            examples: [FunctionExample(#"Time.fromUnixToIso8601("1632096000000")"#, #""2021-09-20T00:00:00.000Z""#)]
        ) { call throws(ValueError) in
            guard let input = call.string(0) else { return .null }
            let output = try timed(hint: "a Unix time is a whole number of milliseconds, e.g. 1438377580979") { () throws(TimeError) in
                try ClassicTime.fromUnixToIso8601(input)
            }
            return try call.result(output)
        },

        BuiltinFunction(
            .namespaced("Time"), "fromStringToIso8601", dialects: [.classic],
            parameters: [.init("time", .string), .init("format", .string)], returns: .string,
            restrictions: restrictions, check: { call in
                ArgumentRules.booleanIsNeverTimeText(at: [1], whenTimeSet: [1])(&call)
                ArgumentRules.probe(.classic, "Time.fromIso8601ToString('2015-07-31T17:18:37.979Z', $)", argument: 1)(&call)
            },
            summary: "Parses time with a Joda-Time pattern and answers ISO 8601 text in UTC; null for a null time.",
            examples: [FunctionExample(#"Time.fromStringToIso8601("2015/07/31 17:18:37", "yyyy/MM/dd HH:mm:ss")"#,
                                       #""2015-07-31T17:18:37.000Z""#)]
        ) { call throws(ValueError) in
            guard let input = call.string(0) else { return .null }
            guard let format = call.string(1) else {
                throw ValueError(.invalidTime, "Invalid pattern specification: the format is null", hint: jodaPatternHint)
            }
            let now = call.context.now
            let output = try timed(hint: jodaPatternHint) { () throws(TimeError) in
                try ClassicTime.fromStringToIso8601(input, format: format, now: now)
            }
            return try call.result(output)
        },

        BuiltinFunction(
            .namespaced("Time"), "fromIso8601ToWindows", dialects: [.classic],
            parameters: [.init("time", .string)], returns: .string,
            restrictions: restrictions, check: ArgumentRules.booleanIsNeverTimeText,
            summary: "ISO 8601 text as a Windows/LDAP FILETIME (100-ns ticks since 1601-01-01Z); null for null.",
            examples: [FunctionExample(#"Time.fromIso8601ToWindows("2015-07-31T17:18:37.979Z")"#, #""130828367179790000""#)]
        ) { call throws(ValueError) in
            guard let input = call.string(0) else { return .null }
            let output = try timed(hint: isoHint) { () throws(TimeError) in
                try ClassicTime.fromIso8601ToWindows(input)
            }
            return try call.result(output)
        },

        BuiltinFunction(
            .namespaced("Time"), "fromIso8601ToUnix", dialects: [.classic],
            parameters: [.init("time", .string)], returns: .string,
            restrictions: restrictions, check: ArgumentRules.booleanIsNeverTimeText,
            summary: "ISO 8601 text as Unix time in milliseconds; null for null.",
            examples: [FunctionExample(#"Time.fromIso8601ToUnix("2021-09-20T00:00:00.000Z")"#, #""1632096000000""#)]
        ) { call throws(ValueError) in
            guard let input = call.string(0) else { return .null }
            let output = try timed(hint: isoHint) { () throws(TimeError) in
                try ClassicTime.fromIso8601ToUnix(input)
            }
            return try call.result(output)
        },

        BuiltinFunction(
            .namespaced("Time"), "fromIso8601ToString", dialects: [.classic],
            parameters: [.init("time", .string), .init("format", .string)], returns: .string,
            restrictions: restrictions, check: { call in
                ArgumentRules.booleanIsNeverTimeText(at: nil, whenTimeSet: [1])(&call)
                ArgumentRules.probe(.classic, "Time.fromIso8601ToString('2015-07-31T17:18:37.979Z', $)", argument: 1)(&call)
            },
            summary: "Formats ISO 8601 text with a Joda-Time pattern, in the offset written in the text; null for a null time.",
            examples: [FunctionExample(#"Time.fromIso8601ToString("2015-07-31T17:18:37.979Z", "MM/dd/yyyy HH:mm")"#,
                                       #""07/31/2015 17:18""#)]
        ) { call throws(ValueError) in
            guard let input = call.string(0) else { return .null }
            guard let format = call.string(1) else {
                throw ValueError(.invalidTime, "Invalid pattern specification: the format is null", hint: jodaPatternHint)
            }
            let output = try timed(hint: jodaPatternHint) { () throws(TimeError) in
                try ClassicTime.fromIso8601ToString(input, format: format)
            }
            return try call.result(output)
        },
    ]
}
