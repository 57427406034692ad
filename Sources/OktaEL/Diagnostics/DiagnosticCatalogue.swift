/// The catalogue of diagnostic codes: a title for each, and the SpEL message code
/// that corresponds to it where there is one (so oracle runs can be compared).
public enum DiagnosticCatalogue {
    /// One catalogue row.
    public struct Entry: Sendable, Hashable {
        /// The code.
        public let code: DiagnosticCode
        /// A short title.
        public let title: String
        /// The matching SpEL message code (`EL1041E`), if any.
        public let spel: String?
    }

    /// Every code, in order.
    public static let all: [Entry] = [
        Entry(code: .unterminatedString, title: "unterminated string literal", spel: "EL1045E"),
        Entry(code: .smartQuote, title: "curly quote instead of a straight quote", spel: "EL1069E"),
        Entry(code: .strayBackslash, title: "backslash outside a string", spel: "EL1069E"),
        Entry(code: .invalidCharacter, title: "character that starts no token", spel: "EL1069E"),
        Entry(code: .intLiteralOutOfRange, title: "int literal out of range", spel: "EL1035E"),
        Entry(code: .longLiteralOutOfRange, title: "long literal out of range", spel: "EL1036E"),
        Entry(code: .malformedNumber, title: "malformed number literal", spel: "EL1040E"),
        Entry(code: .unexpectedToken, title: "unexpected token", spel: "EL1043E"),
        Entry(code: .unexpectedEnd, title: "unexpected end of expression", spel: "EL1044E"),
        Entry(code: .trailingInput, title: "more input after a complete expression", spel: "EL1041E"),
        Entry(code: .chainedComparison, title: "comparison operators do not chain", spel: "EL1041E"),
        Entry(code: .missingClose, title: "missing closing bracket", spel: "EL1058E"),
        Entry(code: .emptyExpression, title: "empty expression", spel: "EL1042E"),
        Entry(code: .trailingComma, title: "trailing comma", spel: "EL1043E"),
        Entry(code: .missingTernaryBranch, title: "ternary without ':'", spel: "EL1044E"),
        Entry(code: .singleBarOrAmpersand, title: "single | or &", spel: "EL1070E"),
        Entry(code: .assignmentNotSupported, title: "assignment is not supported", spel: nil),
        Entry(code: .incrementNotSupported, title: "++ is not supported", spel: nil),
        Entry(code: .decrementNotSupported, title: "-- is not supported", spel: nil),
        Entry(code: .instanceofNotSupported, title: "instanceof is not supported", spel: nil),
        Entry(code: .betweenNotSupported, title: "between is not supported", spel: nil),
        Entry(code: .typeReferenceNotSupported, title: "T(...) type references are not supported", spel: nil),
        Entry(code: .constructorNotSupported, title: "constructors are not supported", spel: nil),
        Entry(code: .variableReferenceNotSupported, title: "#variables and #functions are not supported", spel: nil),
        Entry(code: .beanReferenceNotSupported, title: "@bean references are not supported", spel: nil),
        Entry(code: .factoryBeanReferenceNotSupported, title: "&bean references are not supported", spel: nil),
        Entry(code: .sourceTooLong, title: "expression too long", spel: nil),
        Entry(code: .nestingTooDeep, title: "nesting too deep", spel: nil),
        Entry(code: .tooManyNodes, title: "expression too large", spel: nil),
        Entry(code: .stepBudgetExceeded, title: "evaluation step budget exceeded", spel: nil),
        Entry(code: .stringTooLong, title: "string result too long", spel: nil),
        Entry(code: .arrayTooLong, title: "array result too long", spel: nil),
        Entry(code: .tooManyDiagnostics, title: "too many diagnostics", spel: nil),
        Entry(code: .unknownFunction, title: "unknown function", spel: "EL1004E"),
        Entry(code: .wrongArgumentCount, title: "wrong number of arguments", spel: "EL1004E"),
        Entry(code: .wrongDialect, title: "function of the other dialect", spel: "EL1004E"),
        Entry(code: .unknownName, title: "unknown name", spel: "EL1008E"),
        Entry(code: .unknownMethod, title: "no such method on this value", spel: "EL1004E"),
        Entry(code: .namespaceAsValue, title: "namespace used as a value", spel: "EL1008E"),
        Entry(code: .invalidProperty, title: "attribute not in the schema", spel: nil),
        Entry(code: .argumentTypeMismatch, title: "argument of a type the function cannot use", spel: nil),
        Entry(code: .resultTypeMismatch, title: "result of the wrong type for this use", spel: nil),
        Entry(code: .namespaceNotAllowed, title: "function namespace not allowed here", spel: nil),
        Entry(code: .rootNotAllowed, title: "variable not available here", spel: nil),
        Entry(code: .userStatusInGroupRule, title: "user.status in a group rule", spel: nil),
        Entry(code: .expressionTooLong, title: "expression longer than Okta accepts here", spel: nil),
        Entry(code: .functionNotAllowed, title: "function not allowed here", spel: nil),
        Entry(code: .iterationNotAllowed, title: "projection or selection not allowed here", spel: nil),
        Entry(code: .wrongDialectAttribute, title: "attribute path of the other dialect", spel: nil),
        Entry(code: .methodNotOnType, title: "method not available on this type", spel: nil),
        Entry(code: .propertyOnNonObject, title: "property of a value without properties", spel: nil),
        Entry(code: .profileDialectMismatch, title: "dialect does not fit the usage profile", spel: nil),
        Entry(code: .accessScopeOutsideClaim, title: "access.scope outside a custom claim", spel: nil),
        Entry(code: .propertyOfNullLiteral, title: "property of the literal null", spel: nil),
        Entry(code: .propertyOnNull, title: "property of null", spel: "EL1007E"),
        Entry(code: .methodOnNull, title: "method call on null", spel: "EL1011E"),
        Entry(code: .nullToBoolean, title: "null where a Boolean is needed", spel: "EL1001E"),
        Entry(code: .notBoolean, title: "not a Boolean", spel: "EL1001E"),
        Entry(code: .operatorNotSupported, title: "operator not supported between these types", spel: "EL1030E"),
        Entry(code: .divisionByZero, title: "division by zero", spel: nil),
        Entry(code: .indexOutOfBounds, title: "index out of bounds", spel: "EL1025E"),
        Entry(code: .notIndexable, title: "value cannot be indexed", spel: "EL1027E"),
        Entry(code: .notComparable, title: "values cannot be compared", spel: "EL1013E"),
        Entry(code: .invalidArgument, title: "invalid function argument", spel: nil),
        Entry(code: .missingProperty, title: "property does not exist", spel: "EL1008E"),
        Entry(code: .propertyNotFound, title: "value has no such property", spel: "EL1008E"),
        Entry(code: .numberFormat, title: "text is not a number", spel: nil),
        Entry(code: .invalidRegex, title: "invalid regular expression", spel: "EL1065E"),
        Entry(code: .regexBudgetExceeded, title: "regular expression too expensive", spel: "EL1072E"),
        Entry(code: .integerOverflow, title: "integer overflow", spel: nil),
        Entry(code: .invalidTime, title: "invalid date, time, zone or pattern", spel: nil),
        Entry(code: .groupLimit, title: "group limit out of range or exceeded", spel: nil),
        Entry(code: .notACollection, title: "selection or projection over a non-collection", spel: "EL1004E"),
        Entry(code: .tripleEquals, title: "=== instead of ==", spel: nil),
        Entry(code: .comparisonTypeMismatch, title: "comparison with a literal of another type", spel: nil),
        Entry(code: .matchesDeprecated, title: "matches is deprecated", spel: nil),
        Entry(code: .groupNameAmbiguous, title: "group name may match groups of several sources", spel: nil),
        Entry(code: .catastrophicRegex, title: "regular expression that backtracks catastrophically in Java", spel: nil),
        Entry(code: .nullableConcatenation, title: "concatenation with an attribute that may be null", spel: nil),
        Entry(code: .argumentConversion, title: "argument converted silently", spel: nil),
        Entry(code: .deprecatedFunction, title: "deprecated function", spel: nil),
        Entry(code: .undocumentedFunction, title: "function Okta does not document", spel: nil),
        Entry(code: .nonOktaRoot, title: "not an Okta variable", spel: nil),
        Entry(code: .invalidContext, title: "invalid evaluation context", spel: nil),
        Entry(code: .invalidRequest, title: "invalid batch request", spel: nil),
    ]

    /// The catalogue keyed by code.
    public static let byCode: [DiagnosticCode: Entry] = Dictionary(
        all.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
}
