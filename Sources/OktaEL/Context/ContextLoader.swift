/// Turns an evaluation context given as JSON into an `EvaluationContext`, following the
/// documented context shape (README "Evaluation context"): every top-level key is a root,
/// `now` fixes the clock, and in the Identity Engine dialect the user's date fields
/// (`KnownShapes.identityEngineDateFields`) become `ZonedDateTime` values. The CLI, the batch
/// mode and the corpus load contexts with it; so should library code that reads JSON.
public enum ContextLoader {
    /// The example instant of Okta's documentation, which the corpus, the tests and the
    /// benchmarks pass as `now` so results are reproducible (without a `now` from the caller
    /// or the context, the clock is the current time).
    public static let documentationNow = "2015-07-31T17:18:37.979Z"

    /// A context from parsed JSON. `now` (ISO-8601) overrides the context's own `now` key.
    public static func context(from json: Value, dialect: Dialect, now: String? = nil,
                               missingAttributes: MissingAttributePolicy = .null) throws(Diagnostic) -> EvaluationContext {
        var roots: ObjectValue
        switch json {
        case .object(let object): roots = object
        case .null: roots = ObjectValue()
        default:
            throw Diagnostic(.invalidContext, "The evaluation context must be a JSON object, not \(json.typeName)", at: .at(0),
                             hint: #"for example {"user": {"email": "ann@example.com"}}"#)
        }
        try ContextShapes.validate(roots)
        if let clock = roots["now"], !clock.isNull, clock.stringValue == nil {
            throw Diagnostic(.invalidContext, "The clock $.now is \(ContextShapes.describe(clock)); it must be an ISO-8601 date-time String", at: .at(0),
                             hint: #"write it like "now": "2015-07-31T17:18:37.979Z""#)
        }
        let clockText = now ?? roots["now"]?.stringValue
        var clock: ZonedDateTime? = nil
        if let clockText {
            do {
                clock = try OIETime.parseStringTime(clockText)
            } catch {
                throw Diagnostic(.invalidContext, "The clock '\(clockText)' is not an ISO-8601 date-time: \(error.message)", at: .at(0),
                                 hint: "write it like 2015-07-31T17:18:37.979Z")
            }
        }
        if dialect == .identityEngine, case .object(var user) = roots["user"] ?? .null {
            for field in KnownShapes.identityEngineDateFields {
                guard let value = user[field], !value.isNull else { continue }
                guard let text = value.stringValue, let instant = try? OIETime.parseStringTime(text) else {
                    throw Diagnostic(.contextShape, "In the evaluation context, $.user.\(field) is \(ContextShapes.describe(value)); in the Identity Engine dialect it must be an ISO-8601 date-time",
                                     at: .at(0), hint: #"write it like "2015-07-30T23:58:32.000Z" (Okta's user object)"#)
                }
                user[field] = .dateTime(instant)
            }
            roots["user"] = .object(user)
        }
        return EvaluationContext(roots: roots, now: clock, missingAttributes: missingAttributes)
    }

    /// A context from JSON text.
    public static func context(fromJSON text: String, dialect: Dialect, now: String? = nil,
                               missingAttributes: MissingAttributePolicy = .null) throws(Diagnostic) -> EvaluationContext {
        let json: Value
        do {
            json = try JSONReader.parse(text)
        } catch {
            throw Diagnostic(.invalidContext, "The evaluation context is not valid JSON: \(error.message)",
                             at: error.range(in: text))
        }
        return try context(from: json, dialect: dialect, now: now, missingAttributes: missingAttributes)
    }
}
