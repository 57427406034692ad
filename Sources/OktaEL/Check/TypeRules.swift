/// How well a value of one static type serves where another is expected.
enum TypeRules {
    enum Fit { case fits, converts, cannot }

    /// Whether `actual` is acceptable as a result where `required` is needed.
    static func fits(_ actual: StaticType, _ required: StaticType) -> Bool {
        switch (actual, required) {
        case (.unknown, _): return true
        case (let a, let r) where a == r: return true
        case (.int, .long), (.int, .double), (.long, .double): return true
        case (.array, .array): return true
        default: return false
        }
    }

    /// How `actual` serves a parameter of type `expected` (Spring's conversions decide what works).
    static func argument(_ actual: StaticType, _ expected: StaticType) -> Fit {
        switch (actual, expected) {
        case (.unknown, _), (.null, _), (_, .unknown): return .fits
        case (let a, let e) where a == e: return .fits
        case (.string, .string): return .fits
        case (_, .string): return .converts
        case (let a, .int), (let a, .long), (let a, .double):
            if a.isNumeric { return .fits }
            return a == .string ? .converts : .cannot
        case (.boolean, .boolean): return .fits
        case (.string, .boolean): return .converts
        case (_, .boolean): return .cannot
        case (.array, .array): return .fits
        case (.string, .array): return .fits
        case (.object, .array), (.group, .array): return .cannot
        case (_, .array): return .converts
        case (.object, .object), (.group, .object), (.object, .group), (.group, .group): return .fits
        case (_, .object), (_, .group): return .cannot
        case (_, .dateTime), (_, .country): return .cannot
        default: return .fits
        }
    }
}
