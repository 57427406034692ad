/// A stable diagnostic code. The catalogue below is the single list of every code;
/// tests and tools match codes, never message text.
public struct DiagnosticCode: Sendable, Hashable, Codable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// The code text, for example `OEL2001`.
    public let rawValue: String

    /// A code from its text.
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public var description: String { rawValue }

    /// Warnings are `OEL8xxx`; everything else is an error by default.
    public var defaultSeverity: Severity { rawValue.hasPrefix("OEL8") ? .warning : .error }

    /// The catalogue entry of this code, if it is a known one.
    public var entry: DiagnosticCatalogue.Entry? { DiagnosticCatalogue.byCode[self] }
}

extension DiagnosticCode {
    // MARK: Lexical (OEL1xxx)
    /// A string literal has no closing quote.
    public static let unterminatedString: DiagnosticCode = "OEL1001"
    /// A curly "smart" quote where a straight quote was meant.
    public static let smartQuote: DiagnosticCode = "OEL1002"
    /// A backslash outside a string literal.
    public static let strayBackslash: DiagnosticCode = "OEL1003"
    /// A character that cannot start any token.
    public static let invalidCharacter: DiagnosticCode = "OEL1004"
    /// An int literal outside Java's 32-bit range.
    public static let intLiteralOutOfRange: DiagnosticCode = "OEL1005"
    /// A long literal outside Java's 64-bit range.
    public static let longLiteralOutOfRange: DiagnosticCode = "OEL1006"
    /// A number that is not well formed (`0x`, `1e`).
    public static let malformedNumber: DiagnosticCode = "OEL1007"

    // MARK: Syntax (OEL2xxx)
    /// A token that does not fit here.
    public static let unexpectedToken: DiagnosticCode = "OEL2001"
    /// The expression ends where more was needed.
    public static let unexpectedEnd: DiagnosticCode = "OEL2002"
    /// A valid expression is followed by more input.
    public static let trailingInput: DiagnosticCode = "OEL2003"
    /// `a < b < c`: relational operators do not chain.
    public static let chainedComparison: DiagnosticCode = "OEL2004"
    /// A closing bracket, parenthesis or brace is missing.
    public static let missingClose: DiagnosticCode = "OEL2005"
    /// The expression is empty.
    public static let emptyExpression: DiagnosticCode = "OEL2006"
    /// A trailing comma in an argument list, list or map.
    public static let trailingComma: DiagnosticCode = "OEL2007"
    /// A ternary without its `:` branch.
    public static let missingTernaryBranch: DiagnosticCode = "OEL2008"
    /// A lone `|` or `&` where `||` or `&&` was meant.
    public static let singleBarOrAmpersand: DiagnosticCode = "OEL2009"

    // MARK: SpEL constructs Okta rejects (OEL3xxx)
    /// `=` assignment.
    public static let assignmentNotSupported: DiagnosticCode = "OEL3001"
    /// `++`.
    public static let incrementNotSupported: DiagnosticCode = "OEL3002"
    /// `--`.
    public static let decrementNotSupported: DiagnosticCode = "OEL3003"
    /// `instanceof`.
    public static let instanceofNotSupported: DiagnosticCode = "OEL3004"
    /// `between`.
    public static let betweenNotSupported: DiagnosticCode = "OEL3005"
    /// `T(type)`.
    public static let typeReferenceNotSupported: DiagnosticCode = "OEL3006"
    /// `new Type(...)`.
    public static let constructorNotSupported: DiagnosticCode = "OEL3007"
    /// `#var`, `#this`, `#root`, `#f()`.
    public static let variableReferenceNotSupported: DiagnosticCode = "OEL3008"
    /// `@bean`.
    public static let beanReferenceNotSupported: DiagnosticCode = "OEL3009"
    /// `&factoryBean`.
    public static let factoryBeanReferenceNotSupported: DiagnosticCode = "OEL3010"

    // MARK: Limits (OEL4xxx)
    /// The source is longer than the configured maximum.
    public static let sourceTooLong: DiagnosticCode = "OEL4001"
    /// Nesting deeper than the configured maximum.
    public static let nestingTooDeep: DiagnosticCode = "OEL4002"
    /// More syntax nodes than the configured maximum.
    public static let tooManyNodes: DiagnosticCode = "OEL4003"
    /// Evaluation took more steps than the budget.
    public static let stepBudgetExceeded: DiagnosticCode = "OEL4004"
    /// A string result longer than the configured maximum.
    public static let stringTooLong: DiagnosticCode = "OEL4005"
    /// An array result longer than the configured maximum.
    public static let arrayTooLong: DiagnosticCode = "OEL4006"
    /// Too many diagnostics; the rest were dropped.
    public static let tooManyDiagnostics: DiagnosticCode = "OEL4007"

    // MARK: Names and calls (OEL5xxx)
    /// No function of that name.
    public static let unknownFunction: DiagnosticCode = "OEL5001"
    /// Wrong number of arguments.
    public static let wrongArgumentCount: DiagnosticCode = "OEL5002"
    /// A function of the other dialect.
    public static let wrongDialect: DiagnosticCode = "OEL5003"
    /// A name that is not a root of the evaluation context.
    public static let unknownName: DiagnosticCode = "OEL5004"
    /// A method on a value that has no such method.
    public static let unknownMethod: DiagnosticCode = "OEL5005"
    /// A namespace used as a value (`String` alone).
    public static let namespaceAsValue: DiagnosticCode = "OEL5006"

    // MARK: Checker (OEL51xx)
    /// An attribute the schema does not define (Okta: "Invalid property X in expression ...").
    public static let invalidProperty: DiagnosticCode = "OEL5101"
    /// An argument whose type the function cannot use.
    public static let argumentTypeMismatch: DiagnosticCode = "OEL5102"
    /// A result of the wrong type for where the expression is used.
    public static let resultTypeMismatch: DiagnosticCode = "OEL5103"
    /// A function namespace not allowed in this usage profile.
    public static let namespaceNotAllowed: DiagnosticCode = "OEL5104"
    /// A root not available in this usage profile.
    public static let rootNotAllowed: DiagnosticCode = "OEL5105"
    /// `user.status` in a group rule.
    public static let userStatusInGroupRule: DiagnosticCode = "OEL5106"
    /// An expression longer than Okta accepts here.
    public static let expressionTooLong: DiagnosticCode = "OEL5107"
    /// A function not allowed in this usage profile.
    public static let functionNotAllowed: DiagnosticCode = "OEL5108"
    /// Projection or selection where Okta does not support iteration.
    public static let iterationNotAllowed: DiagnosticCode = "OEL5109"
    /// `user.profile.x` in classic or `user.x` in Identity Engine.
    public static let wrongDialectAttribute: DiagnosticCode = "OEL5110"
    /// A method that the receiver's type does not have.
    public static let methodNotOnType: DiagnosticCode = "OEL5111"
    /// Property access on a value that has no properties.
    public static let propertyOnNonObject: DiagnosticCode = "OEL5112"
    /// An expression of one dialect checked under a profile of the other.
    public static let profileDialectMismatch: DiagnosticCode = "OEL5113"
    /// `access.scope` outside a custom claim.
    public static let accessScopeOutsideClaim: DiagnosticCode = "OEL5114"
    /// Reading a property of the literal null.
    public static let propertyOfNullLiteral: DiagnosticCode = "OEL5115"

    // MARK: Evaluation (OEL6xxx)
    /// Property access on null.
    public static let propertyOnNull: DiagnosticCode = "OEL6001"
    /// Method call on null.
    public static let methodOnNull: DiagnosticCode = "OEL6002"
    /// Null where a Boolean is needed.
    public static let nullToBoolean: DiagnosticCode = "OEL6003"
    /// A non-Boolean where a Boolean is needed.
    public static let notBoolean: DiagnosticCode = "OEL6004"
    /// An operator applied to operand types it does not support.
    public static let operatorNotSupported: DiagnosticCode = "OEL6005"
    /// Integer division or remainder by zero.
    public static let divisionByZero: DiagnosticCode = "OEL6006"
    /// An index outside the list or string.
    public static let indexOutOfBounds: DiagnosticCode = "OEL6007"
    /// Indexing a value that cannot be indexed.
    public static let notIndexable: DiagnosticCode = "OEL6008"
    /// `<`, `>`... between values that cannot be compared.
    public static let notComparable: DiagnosticCode = "OEL6009"
    /// A function argument that the function cannot use.
    public static let invalidArgument: DiagnosticCode = "OEL6010"
    /// A property that does not exist (strict attribute mode).
    public static let missingProperty: DiagnosticCode = "OEL6011"
    /// Property access on a value that has no properties.
    public static let propertyNotFound: DiagnosticCode = "OEL6012"
    /// Text that is not a number where a number is needed.
    public static let numberFormat: DiagnosticCode = "OEL6013"
    /// A regular expression that is malformed or unsupported.
    public static let invalidRegex: DiagnosticCode = "OEL6014"
    /// A regular expression that ran out of its backtracking budget.
    public static let regexBudgetExceeded: DiagnosticCode = "OEL6015"
    /// A value outside the range of the target integer type.
    public static let integerOverflow: DiagnosticCode = "OEL6016"
    /// A date, time, zone or time pattern that cannot be used.
    public static let invalidTime: DiagnosticCode = "OEL6017"
    /// A group-function limit outside 1...100, or more groups than the limit.
    public static let groupLimit: DiagnosticCode = "OEL6018"
    /// Selection or projection over a value that is not a collection.
    public static let notACollection: DiagnosticCode = "OEL6019"

    // MARK: Warnings (OEL8xxx)
    /// `===` (JavaScript) instead of `==`.
    public static let tripleEquals: DiagnosticCode = "OEL8001"
    /// A comparison between an attribute and a literal of another type.
    public static let comparisonTypeMismatch: DiagnosticCode = "OEL8002"
    /// `matches`, deprecated by Okta.
    public static let matchesDeprecated: DiagnosticCode = "OEL8003"
    /// `isMemberOfGroupName`, ambiguous across group sources.
    public static let groupNameAmbiguous: DiagnosticCode = "OEL8004"
    /// A regular expression that backtracks catastrophically in Java.
    public static let catastrophicRegex: DiagnosticCode = "OEL8005"
    /// String concatenation with an attribute that may be null (gives the text "null").
    public static let nullableConcatenation: DiagnosticCode = "OEL8006"
    /// An argument that works only through a silent conversion (a Boolean where text is expected).
    public static let argumentConversion: DiagnosticCode = "OEL8007"
    /// A deprecated function.
    public static let deprecatedFunction: DiagnosticCode = "OEL8008"
    /// A function that Okta does not document.
    public static let undocumentedFunction: DiagnosticCode = "OEL8009"
    /// A root that is not an Okta variable (`groups` is this engine's context, not Okta's).
    public static let nonOktaRoot: DiagnosticCode = "OEL8010"

    // MARK: Input (OEL7xxx)
    /// The evaluation context is not valid JSON or not an object.
    public static let invalidContext: DiagnosticCode = "OEL7001"
    /// A batch input line is not a valid request.
    public static let invalidRequest: DiagnosticCode = "OEL7002"
}
