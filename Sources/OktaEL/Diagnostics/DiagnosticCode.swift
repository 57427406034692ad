/// A stable diagnostic code. Codes are defined in `DiagnosticTable`, one row each; tests and
/// tools match codes, never message text.
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

    /// The severity of the code's table row (error for a code that is not in the table).
    public var defaultSeverity: Severity { row?.severity ?? .error }

    /// The table row of this code, if it is a known one.
    public var row: DiagnosticRow? { DiagnosticTable.row(for: self) }
}

/// The named codes: each is the code of the `DiagnosticTable` row of the same name, so a name
/// cannot exist without its row.
extension DiagnosticCode {
    // MARK: Lexical (OEL1xxx)
    /// A string literal has no closing quote.
    public static let unterminatedString = DiagnosticTable.standard.unterminatedString.code
    /// A curly "smart" quote where a straight quote was meant.
    public static let smartQuote = DiagnosticTable.standard.smartQuote.code
    /// A backslash outside a string literal.
    public static let strayBackslash = DiagnosticTable.standard.strayBackslash.code
    /// A character that cannot start any token.
    public static let invalidCharacter = DiagnosticTable.standard.invalidCharacter.code
    /// An int literal outside Java's 32-bit range.
    public static let intLiteralOutOfRange = DiagnosticTable.standard.intLiteralOutOfRange.code
    /// A long literal outside Java's 64-bit range.
    public static let longLiteralOutOfRange = DiagnosticTable.standard.longLiteralOutOfRange.code
    /// A number that is not well formed (`0x`, `1e`).
    public static let malformedNumber = DiagnosticTable.standard.malformedNumber.code

    // MARK: Syntax (OEL2xxx)
    /// A token that does not fit here.
    public static let unexpectedToken = DiagnosticTable.standard.unexpectedToken.code
    /// The expression ends where more was needed.
    public static let unexpectedEnd = DiagnosticTable.standard.unexpectedEnd.code
    /// A valid expression is followed by more input.
    public static let trailingInput = DiagnosticTable.standard.trailingInput.code
    /// `a < b < c`: relational operators do not chain.
    public static let chainedComparison = DiagnosticTable.standard.chainedComparison.code
    /// A closing bracket, parenthesis or brace is missing.
    public static let missingClose = DiagnosticTable.standard.missingClose.code
    /// The expression is empty.
    public static let emptyExpression = DiagnosticTable.standard.emptyExpression.code
    /// A trailing comma in an argument list, list or map.
    public static let trailingComma = DiagnosticTable.standard.trailingComma.code
    /// A ternary without its `:` branch.
    public static let missingTernaryBranch = DiagnosticTable.standard.missingTernaryBranch.code
    /// A lone `|` or `&` where `||` or `&&` was meant.
    public static let singleBarOrAmpersand = DiagnosticTable.standard.singleBarOrAmpersand.code
    /// `AND`, `OR` or `NOT` (`&&`, `||`, `!`) with an operand missing: leading, trailing, doubled.
    public static let missingLogicalOperand = DiagnosticTable.standard.missingLogicalOperand.code
    /// An operator of another language: `===`, `!==`, `<>`, `=<`, `=>`, `regex`, `like`, ...
    public static let foreignOperator = DiagnosticTable.standard.foreignOperator.code

    // MARK: SpEL constructs Okta rejects (OEL3xxx)
    /// `=` assignment.
    public static let assignmentNotSupported = DiagnosticTable.standard.assignmentNotSupported.code
    /// `++`.
    public static let incrementNotSupported = DiagnosticTable.standard.incrementNotSupported.code
    /// `--`.
    public static let decrementNotSupported = DiagnosticTable.standard.decrementNotSupported.code
    /// `instanceof`.
    public static let instanceofNotSupported = DiagnosticTable.standard.instanceofNotSupported.code
    /// `between`.
    public static let betweenNotSupported = DiagnosticTable.standard.betweenNotSupported.code
    /// `T(type)`.
    public static let typeReferenceNotSupported = DiagnosticTable.standard.typeReferenceNotSupported.code
    /// `new Type(...)`.
    public static let constructorNotSupported = DiagnosticTable.standard.constructorNotSupported.code
    /// `#var`, `#this`, `#root`, `#f()`.
    public static let variableReferenceNotSupported = DiagnosticTable.standard.variableReferenceNotSupported.code
    /// `@bean`.
    public static let beanReferenceNotSupported = DiagnosticTable.standard.beanReferenceNotSupported.code
    /// `&factoryBean`.
    public static let factoryBeanReferenceNotSupported = DiagnosticTable.standard.factoryBeanReferenceNotSupported.code

    // MARK: Limits (OEL4xxx)
    /// The source is longer than the configured maximum.
    public static let sourceTooLong = DiagnosticTable.standard.sourceTooLong.code
    /// Nesting deeper than the configured maximum.
    public static let nestingTooDeep = DiagnosticTable.standard.nestingTooDeep.code
    /// More syntax nodes than the configured maximum.
    public static let tooManyNodes = DiagnosticTable.standard.tooManyNodes.code
    /// Evaluation took more steps than the budget.
    public static let stepBudgetExceeded = DiagnosticTable.standard.stepBudgetExceeded.code
    /// A string result longer than the configured maximum.
    public static let stringTooLong = DiagnosticTable.standard.stringTooLong.code
    /// An array result longer than the configured maximum.
    public static let arrayTooLong = DiagnosticTable.standard.arrayTooLong.code
    /// Too many diagnostics; the rest were dropped.
    public static let tooManyDiagnostics = DiagnosticTable.standard.tooManyDiagnostics.code

    // MARK: Names and calls (OEL5xxx)
    /// No function of that name.
    public static let unknownFunction = DiagnosticTable.standard.unknownFunction.code
    /// Wrong number of arguments.
    public static let wrongArgumentCount = DiagnosticTable.standard.wrongArgumentCount.code
    /// A function of the other dialect.
    public static let wrongDialect = DiagnosticTable.standard.wrongDialect.code
    /// A name that is not a root of the evaluation context.
    public static let unknownName = DiagnosticTable.standard.unknownName.code
    /// A method on a value that has no such method.
    public static let unknownMethod = DiagnosticTable.standard.unknownMethod.code
    /// A namespace used as a value (`String` alone).
    public static let namespaceAsValue = DiagnosticTable.standard.namespaceAsValue.code

    // MARK: Checker (OEL51xx)
    /// An attribute the schema does not define (Okta: "Invalid property X in expression ...").
    public static let invalidProperty = DiagnosticTable.standard.invalidProperty.code
    /// An argument whose type the function cannot use.
    public static let argumentTypeMismatch = DiagnosticTable.standard.argumentTypeMismatch.code
    /// A result of the wrong type for where the expression is used.
    public static let resultTypeMismatch = DiagnosticTable.standard.resultTypeMismatch.code
    /// A function namespace not allowed in this usage profile.
    public static let namespaceNotAllowed = DiagnosticTable.standard.namespaceNotAllowed.code
    /// A root not available in this usage profile.
    public static let rootNotAllowed = DiagnosticTable.standard.rootNotAllowed.code
    /// `user.status` in a group rule.
    public static let userStatusInGroupRule = DiagnosticTable.standard.userStatusInGroupRule.code
    /// An expression longer than Okta accepts here.
    public static let expressionTooLong = DiagnosticTable.standard.expressionTooLong.code
    /// A function not allowed in this usage profile.
    public static let functionNotAllowed = DiagnosticTable.standard.functionNotAllowed.code
    /// Projection or selection where Okta does not support iteration.
    public static let iterationNotAllowed = DiagnosticTable.standard.iterationNotAllowed.code
    /// `user.profile.x` in classic or `user.x` in Identity Engine.
    public static let wrongDialectAttribute = DiagnosticTable.standard.wrongDialectAttribute.code
    /// A method that the receiver's type does not have.
    public static let methodNotOnType = DiagnosticTable.standard.methodNotOnType.code
    /// Property access on a value that has no properties.
    public static let propertyOnNonObject = DiagnosticTable.standard.propertyOnNonObject.code
    /// An expression of one dialect checked under a profile of the other.
    public static let profileDialectMismatch = DiagnosticTable.standard.profileDialectMismatch.code
    /// `access.scope` outside a custom claim.
    public static let accessScopeOutsideClaim = DiagnosticTable.standard.accessScopeOutsideClaim.code
    /// Reading a property of the literal null.
    public static let propertyOfNullLiteral = DiagnosticTable.standard.propertyOfNullLiteral.code

    // MARK: Evaluation (OEL6xxx)
    /// Property access on null.
    public static let propertyOnNull = DiagnosticTable.standard.propertyOnNull.code
    /// Method call on null.
    public static let methodOnNull = DiagnosticTable.standard.methodOnNull.code
    /// Null where a Boolean is needed.
    public static let nullToBoolean = DiagnosticTable.standard.nullToBoolean.code
    /// A non-Boolean where a Boolean is needed.
    public static let notBoolean = DiagnosticTable.standard.notBoolean.code
    /// An operator applied to operand types it does not support.
    public static let operatorNotSupported = DiagnosticTable.standard.operatorNotSupported.code
    /// Integer division or remainder by zero.
    public static let divisionByZero = DiagnosticTable.standard.divisionByZero.code
    /// An index outside the list or string.
    public static let indexOutOfBounds = DiagnosticTable.standard.indexOutOfBounds.code
    /// Indexing a value that cannot be indexed.
    public static let notIndexable = DiagnosticTable.standard.notIndexable.code
    /// `<`, `>`... between values that cannot be compared.
    public static let notComparable = DiagnosticTable.standard.notComparable.code
    /// A function argument that the function cannot use.
    public static let invalidArgument = DiagnosticTable.standard.invalidArgument.code
    /// A property that does not exist (strict attribute mode).
    public static let missingProperty = DiagnosticTable.standard.missingProperty.code
    /// Property access on a value that has no properties.
    public static let propertyNotFound = DiagnosticTable.standard.propertyNotFound.code
    /// Text that is not a number where a number is needed.
    public static let numberFormat = DiagnosticTable.standard.numberFormat.code
    /// A regular expression that is malformed or unsupported.
    public static let invalidRegex = DiagnosticTable.standard.invalidRegex.code
    /// A regular expression that ran out of its backtracking budget.
    public static let regexBudgetExceeded = DiagnosticTable.standard.regexBudgetExceeded.code
    /// A value outside the range of the target integer type.
    public static let integerOverflow = DiagnosticTable.standard.integerOverflow.code
    /// A date, time, zone or time pattern that cannot be used.
    public static let invalidTime = DiagnosticTable.standard.invalidTime.code
    /// A group-function limit outside 1...100, or more groups than the limit.
    public static let groupLimit = DiagnosticTable.standard.groupLimit.code
    /// Selection or projection over a value that is not a collection.
    public static let notACollection = DiagnosticTable.standard.notACollection.code

    // MARK: Input (OEL7xxx)
    /// The evaluation context is not valid JSON or not an object.
    public static let invalidContext = DiagnosticTable.standard.invalidContext.code
    /// A batch input line is not a valid request.
    public static let invalidRequest = DiagnosticTable.standard.invalidRequest.code
    /// An input file that does not exist or cannot be read.
    public static let unreadableInput = DiagnosticTable.standard.unreadableInput.code
    /// A context root whose shape the engine relies on has another (`"groups": ["Admins"]`).
    public static let contextShape = DiagnosticTable.standard.contextShape.code

    // MARK: Warnings (OEL8xxx)
    /// `===` (JavaScript) instead of `==`: once the warning OEL8001, now the syntax error
    /// `foreignOperator` (OEL2011), which `eval` and `check` both report.
    @available(*, deprecated, renamed: "foreignOperator")
    public static var tripleEquals: DiagnosticCode { foreignOperator }
    /// A comparison between an attribute and a literal of another type.
    public static let comparisonTypeMismatch = DiagnosticTable.standard.comparisonTypeMismatch.code
    /// `matches`, deprecated by Okta.
    public static let matchesDeprecated = DiagnosticTable.standard.matchesDeprecated.code
    /// `isMemberOfGroupName`, ambiguous across group sources.
    public static let groupNameAmbiguous = DiagnosticTable.standard.groupNameAmbiguous.code
    /// A regular expression that backtracks catastrophically in Java.
    public static let catastrophicRegex = DiagnosticTable.standard.catastrophicRegex.code
    /// String concatenation with an attribute that may be null (gives the text "null").
    public static let nullableConcatenation = DiagnosticTable.standard.nullableConcatenation.code
    /// An argument that works only through a silent conversion (a Boolean where text is expected).
    public static let argumentConversion = DiagnosticTable.standard.argumentConversion.code
    /// A deprecated function.
    public static let deprecatedFunction = DiagnosticTable.standard.deprecatedFunction.code
    /// A function that Okta does not document.
    public static let undocumentedFunction = DiagnosticTable.standard.undocumentedFunction.code
    /// A root that is not an Okta variable (`groups` is this engine's context, not Okta's).
    public static let nonOktaRoot = DiagnosticTable.standard.nonOktaRoot.code
    /// A root or function no source places in or out of the usage profile (unverified there).
    public static let unverifiedInProfile = DiagnosticTable.standard.unverifiedInProfile.code
    public static let undeclaredAppReference = DiagnosticTable.standard.undeclaredAppReference.code
}
