/// One row of the diagnostics table: what a code means, apart from any particular finding.
public struct DiagnosticRow: Sendable, Hashable {
    /// The code, for example `OEL5004`.
    public let code: DiagnosticCode
    /// The severity a diagnostic of this code has unless its producer says otherwise.
    public let severity: Severity
    /// A short title, lower case, no final stop.
    public let title: String
    /// One or two sentences for the documentation: what the code reports and why.
    public let description: String
    /// The hint diagnostics of this code usually carry, with `{placeholders}` for the parts taken
    /// from the expression; nil where the hint depends on the case or there is none.
    public let hint: String?
    /// The SpEL message code of the corresponding SpEL failure (`EL1041E`), if there is one.
    public let spel: String?

    init(_ code: DiagnosticCode, _ severity: Severity, _ title: String, spel: String? = nil,
         _ description: String, hint: String? = nil) {
        self.code = code
        self.severity = severity
        self.title = title
        self.description = description
        self.hint = hint
        self.spel = spel
    }
}

/// Every diagnostic code, one row each, and the only place where codes are defined: each stored
/// property below is a row, and `DiagnosticCode.unknownName` and its siblings are the codes of
/// the rows of the same name. `rows` reads the properties by reflection, so a row cannot be
/// missing from the list; `DiagnosticTableTests` rejects a code defined twice.
/// `grammar/diagnostics.md` is generated from this table (`oel codes --markdown`).
public struct DiagnosticTable: Sendable {
    /// The table.
    public static let standard = DiagnosticTable()

    /// Every row, in table order.
    public static let rows: [DiagnosticRow] = Mirror(reflecting: standard).children.compactMap { $0.value as? DiagnosticRow }

    /// The row of `code`, or nil for a code that is not in the table.
    public static func row(for code: DiagnosticCode) -> DiagnosticRow? { byCode[code] }

    private static let byCode: [DiagnosticCode: DiagnosticRow] = Dictionary(
        rows.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })

    // MARK: Lexical (OEL1xxx)

    let unterminatedString = DiagnosticRow(
        "OEL1001", .error, "unterminated string literal", spel: "EL1045E",
        "A string literal opened with ' or \" has no closing quote before the end of the expression. A quote inside a string is written twice ('it''s').",
        hint: "add the closing {quote} (a quote inside the string is written twice)")
    let smartQuote = DiagnosticRow(
        "OEL1002", .error, "curly quote instead of a straight quote", spel: "EL1069E",
        "A typographic quote (“ ” ‘ ’), usually copied from a document or chat, where a straight quote delimits a string. The fix-it replaces the curly quotes.",
        hint: "use straight quotes: {string} (curly quotes often come from copying out of a document or chat)")
    let strayBackslash = DiagnosticRow(
        "OEL1003", .error, "backslash outside a string", spel: "EL1069E",
        "A backslash outside a string literal. Okta expression strings have no escape sequences, so a backslash is only text inside quotes.",
        hint: "Okta expression strings have no escape sequences; a backslash outside quotes is an error")
    let invalidCharacter = DiagnosticRow(
        "OEL1004", .error, "character that starts no token", spel: "EL1069E",
        "A character that cannot begin a name, number, string or operator, such as a non-ASCII letter outside quotes.",
        hint: "names use ASCII letters, digits, _ and $; other text belongs inside quotes")
    let intLiteralOutOfRange = DiagnosticRow(
        "OEL1005", .error, "int literal out of range", spel: "EL1035E",
        "A whole-number literal outside Java's 32-bit int range. Add `L` for a long or `.0` for a real.",
        hint: "an int literal must lie between -2147483648 and 2147483647; add L for a long ({digits}L) or write a real ({digits}.0)")
    let longLiteralOutOfRange = DiagnosticRow(
        "OEL1006", .error, "long literal out of range", spel: "EL1036E",
        "A literal with the `L` suffix outside Java's 64-bit long range.",
        hint: "a long literal must lie between -9223372036854775808 and 9223372036854775807")
    let malformedNumber = DiagnosticRow(
        "OEL1007", .error, "malformed number literal", spel: "EL1040E",
        "A number literal that is not well formed, such as `0x` without digits or `1e` without an exponent.")

    // MARK: Syntax (OEL2xxx)

    let unexpectedToken = DiagnosticRow(
        "OEL2001", .error, "unexpected token", spel: "EL1043E",
        "A token that cannot stand where it is, for example an operator where a value was expected or an unmatched closing bracket.")
    let unexpectedEnd = DiagnosticRow(
        "OEL2002", .error, "unexpected end of expression", spel: "EL1044E",
        "The expression ends where more was needed: after an operator, a '.', or inside a call.")
    let trailingInput = DiagnosticRow(
        "OEL2003", .error, "more input after a complete expression", spel: "EL1041E",
        "A complete expression is followed by more text, often a missing operator between two values.")
    let chainedComparison = DiagnosticRow(
        "OEL2004", .error, "comparison operators do not chain", spel: "EL1041E",
        "`a < b < c`: relational operators do not chain; each comparison gives a Boolean.",
        hint: "combine two comparisons with &&, for example a < b && b < c")
    let missingClose = DiagnosticRow(
        "OEL2005", .error, "missing closing bracket", spel: "EL1058E",
        "A parenthesis, bracket or brace is opened and never closed.")
    let emptyExpression = DiagnosticRow(
        "OEL2006", .error, "empty expression", spel: "EL1042E",
        "The expression is empty or only white space.")
    let trailingComma = DiagnosticRow(
        "OEL2007", .error, "trailing comma", spel: "EL1043E",
        "A comma after the last argument or element of a list, map or call.",
        hint: "remove the trailing comma")
    let missingTernaryBranch = DiagnosticRow(
        "OEL2008", .error, "ternary without ':'", spel: "EL1044E",
        "A conditional `c ? a` without its `: b` branch.",
        hint: "write condition ? valueIfTrue : valueIfFalse")
    let singleBarOrAmpersand = DiagnosticRow(
        "OEL2009", .error, "single | or &", spel: "EL1070E",
        "A lone `|` or `&`; the logical operators are `||` (`OR`) and `&&` (`AND`).")
    let missingLogicalOperand = DiagnosticRow(
        "OEL2010", .error, "logical operator without an operand", spel: "EL1043E",
        "`AND` or `OR` (`&&`, `||`, any letter case) with no condition on one side, or `NOT` (`!`) with none after it: a leading, trailing or doubled operator, the mistake most reported with group rules. The message says which operand is missing. SpEL would read a misplaced `and` or `or` as a property name.")
    let foreignOperator = DiagnosticRow(
        "OEL2011", .error, "operator from another language",
        "An operator written as in JavaScript, SQL or another language: `===`, `!==`, `<>`, `=<`, `=>`, `=~`, `~=`, the signs `≠ ≤ ≥`, or a word such as `regex`, `like`, `contains`, `in`, `is`, or SCIM's `sw`, `co`, `pr` between two values. Okta cannot parse it; the hint (and, where it is certain, the fix-it) gives Okta's spelling. It replaces the warning OEL8001 for `===`.",
        hint: "write {operator}")

    // MARK: SpEL constructs Okta rejects (OEL3xxx)

    let assignmentNotSupported = DiagnosticRow(
        "OEL3001", .error, "assignment is not supported",
        "`=` assigns in SpEL; Okta does not allow assignment, and `==` compares. The fix-it replaces `=` with `==`.",
        hint: "to compare values use ==")
    let incrementNotSupported = DiagnosticRow(
        "OEL3002", .error, "++ is not supported",
        "`++` changes a value in SpEL; Okta expressions cannot change values.",
        hint: "expressions cannot change values; write x + 1")
    let decrementNotSupported = DiagnosticRow(
        "OEL3003", .error, "-- is not supported",
        "`--` changes a value in SpEL; Okta expressions cannot change values.",
        hint: "expressions cannot change values; write x - 1")
    let instanceofNotSupported = DiagnosticRow(
        "OEL3004", .error, "instanceof is not supported",
        "SpEL's `instanceof` type test; Okta does not support it.")
    let betweenNotSupported = DiagnosticRow(
        "OEL3005", .error, "between is not supported",
        "SpEL's `between {low, high}` range test; Okta does not support it.",
        hint: "write the bounds out: x >= low && x <= high")
    let typeReferenceNotSupported = DiagnosticRow(
        "OEL3006", .error, "T(...) type references are not supported",
        "SpEL's `T(java.lang.Math)` type references; Okta exposes no Java classes.",
        hint: "Java classes cannot be used; use the String, Arrays, Convert and Time functions")
    let constructorNotSupported = DiagnosticRow(
        "OEL3007", .error, "constructors are not supported",
        "SpEL's `new Type(...)`; Okta expressions cannot create objects.")
    let variableReferenceNotSupported = DiagnosticRow(
        "OEL3008", .error, "#variables and #functions are not supported",
        "SpEL's `#var`, `#this`, `#root` and `#f()`; Okta has no evaluation variables (inside a projection or selection, the element's properties are read by name).")
    let beanReferenceNotSupported = DiagnosticRow(
        "OEL3009", .error, "@bean references are not supported",
        "SpEL's `@bean` references to application objects; Okta has none.")
    let factoryBeanReferenceNotSupported = DiagnosticRow(
        "OEL3010", .error, "&bean references are not supported",
        "SpEL's `&factoryBean` references; Okta has none.")

    // MARK: Limits (OEL4xxx)

    let sourceTooLong = DiagnosticRow(
        "OEL4001", .error, "expression too long",
        "The source is longer than the engine's configured limit (`ParseLimits.maxSourceBytes`), which protects servers from hostile input.",
        hint: "raise the source limit if this is intended")
    let nestingTooDeep = DiagnosticRow(
        "OEL4002", .error, "nesting too deep",
        "Brackets, calls or operators nest deeper than the configured limit (`ParseLimits.maxDepth`).",
        hint: "simplify the expression or raise the depth limit")
    let tooManyNodes = DiagnosticRow(
        "OEL4003", .error, "expression too large",
        "The expression has more syntax nodes than the configured limit (`ParseLimits.maxNodes`).",
        hint: "split the expression or raise the node limit")
    let stepBudgetExceeded = DiagnosticRow(
        "OEL4004", .error, "evaluation step budget exceeded",
        "Evaluation took more steps than the budget (`EvaluationLimits.maxSteps`), for example a projection over a very large list.",
        hint: "the expression or its data is too large; raise the step limit if this is intended")
    let stringTooLong = DiagnosticRow(
        "OEL4005", .error, "string result too long",
        "A string built during evaluation is longer than the configured limit (`EvaluationLimits.maxStringBytes`).")
    let arrayTooLong = DiagnosticRow(
        "OEL4006", .error, "array result too long",
        "A list built during evaluation is longer than the configured limit (`EvaluationLimits.maxArrayCount`).")
    let tooManyDiagnostics = DiagnosticRow(
        "OEL4007", .note, "too many diagnostics",
        "More diagnostics than the configured maximum (`ParseLimits.maxDiagnostics`) were found; this note counts those left out.")

    // MARK: Names and calls (OEL5xxx)

    let unknownFunction = DiagnosticRow(
        "OEL5001", .error, "unknown function", spel: "EL1004E",
        "No function of this name and namespace exists in either dialect. Namespaces are case-sensitive; the hint names the nearest function when there is one.")
    let wrongArgumentCount = DiagnosticRow(
        "OEL5002", .error, "wrong number of arguments", spel: "EL1004E",
        "The function exists but takes a different number of arguments.")
    let wrongDialect = DiagnosticRow(
        "OEL5003", .error, "function of the other dialect", spel: "EL1004E",
        "The function or method belongs to the other dialect: classic uses `String.f(x)`, Identity Engine uses methods on values (`x.f()`). The hint gives this dialect's form.")
    let unknownName = DiagnosticRow(
        "OEL5004", .error, "unknown name", spel: "EL1008E",
        "A name that is not a root of the evaluation context (documented roots such as `user` read as empty objects when absent; any other name must be in the context).")
    let unknownMethod = DiagnosticRow(
        "OEL5005", .error, "no such method on this value", spel: "EL1004E",
        "A method call the value does not support, at compile time (no method of that name) or at run time (not for this value's type).")
    let namespaceAsValue = DiagnosticRow(
        "OEL5006", .error, "namespace used as a value", spel: "EL1008E",
        "A function namespace (`String`, `Arrays`...) or a namespaced function used without a call.")

    // MARK: Checker (OEL51xx)

    let invalidProperty = DiagnosticRow(
        "OEL5101", .error, "attribute not in the schema",
        "An attribute the profile schema passed to `oel check --schema` does not define; Okta rejects it with \"Invalid property X in expression\".",
        hint: "did you mean {attribute}?")
    let argumentTypeMismatch = DiagnosticRow(
        "OEL5102", .error, "argument of a type the function cannot use",
        "An argument or operand whose type is known and cannot be used here, such as a list where a Boolean condition is needed.")
    let resultTypeMismatch = DiagnosticRow(
        "OEL5103", .error, "result of the wrong type for this use",
        "The expression gives a type that the usage profile does not accept (a group rule must be Boolean).")
    let namespaceNotAllowed = DiagnosticRow(
        "OEL5104", .error, "function namespace not allowed here",
        "A function namespace that Okta does not offer where the expression is used (for example `Convert` or `Time` in group rules).")
    let rootNotAllowed = DiagnosticRow(
        "OEL5105", .error, "variable not available here",
        "A root variable that does not exist where the expression is used (for example `appuser` in a group rule). The hint lists the roots available.",
        hint: "available here: {roots}")
    let userStatusInGroupRule = DiagnosticRow(
        "OEL5106", .error, "user.status in a group rule",
        "`user.status` is not evaluated reliably in Okta group rules; the fix-it reads it with `user.getInternalProperty(\"status\")`.",
        hint: "use user.getInternalProperty(\"status\")")
    let expressionTooLong = DiagnosticRow(
        "OEL5107", .error, "expression longer than Okta accepts here",
        "The expression exceeds the length Okta accepts for this use (for example 1,024 characters for a claim).",
        hint: "shorten it, for example by moving logic into a profile attribute")
    let functionNotAllowed = DiagnosticRow(
        "OEL5108", .error, "function not allowed here",
        "A function that Okta does not offer where the expression is used (for example `Groups.*` outside custom claims).")
    let iterationNotAllowed = DiagnosticRow(
        "OEL5109", .error, "projection or selection not allowed here",
        "Projection `.![...]` or selection `.?[...]` where Okta does not support iteration (group rules).",
        hint: "use the group membership functions or Arrays.contains instead")
    let wrongDialectAttribute = DiagnosticRow(
        "OEL5110", .error, "attribute path of the other dialect",
        "`user.profile.x` in a classic expression, or `user.x` for a profile attribute in an Identity Engine expression.")
    let methodNotOnType = DiagnosticRow(
        "OEL5111", .error, "method not available on this type",
        "A method whose receiver has a known type that does not have it (for example `.length()` on a number).")
    let propertyOnNonObject = DiagnosticRow(
        "OEL5112", .error, "property of a value without properties",
        "A property read from a value whose known type has no properties (a string, a number, a Boolean).")
    let profileDialectMismatch = DiagnosticRow(
        "OEL5113", .error, "dialect does not fit the usage profile",
        "The dialect chosen with `--dialect` is not the one Okta uses for this profile.",
        hint: "check with --dialect {dialect}")
    let accessScopeOutsideClaim = DiagnosticRow(
        "OEL5114", .error, "access.scope outside a custom claim",
        "`access.scope` holds the scopes granted to a token, so it exists only in custom claims.",
        hint: "the granted scopes are known only when a token is minted")
    let propertyOfNullLiteral = DiagnosticRow(
        "OEL5115", .error, "property of the literal null",
        "A property read from the literal `null`, which always fails at run time.",
        hint: "use ?. or remove the access")

    // MARK: Evaluation (OEL6xxx)

    let propertyOnNull = DiagnosticRow(
        "OEL6001", .error, "property of null", spel: "EL1007E",
        "A property read from a value that is null at run time, such as an unset manager. The safe navigation `?.` gives null instead.",
        hint: "the value before '.{name}' is null; guard it (x != null ? x.{name} : ...) or use ?.")
    let methodOnNull = DiagnosticRow(
        "OEL6002", .error, "method call on null", spel: "EL1011E",
        "A method called on a value that is null at run time. The safe navigation `?.` gives null instead.",
        hint: "guard the value first (x != null ? x.{method}(...) : ...) or use ?.")
    let nullToBoolean = DiagnosticRow(
        "OEL6003", .error, "null where a Boolean is needed", spel: "EL1001E",
        "A condition, `!`, `&&` or `||` operand that is null (or an empty string or list) at run time.")
    let notBoolean = DiagnosticRow(
        "OEL6004", .error, "not a Boolean", spel: "EL1001E",
        "A condition or logical operand whose value is not a Boolean and cannot be converted to one.")
    let operatorNotSupported = DiagnosticRow(
        "OEL6005", .error, "operator not supported between these types", spel: "EL1030E",
        "An arithmetic or concatenation operator applied to values it does not support, such as subtracting from a string.")
    let divisionByZero = DiagnosticRow(
        "OEL6006", .error, "division by zero",
        "Integer division or remainder by zero (Java's ArithmeticException); real division by zero gives Infinity or NaN instead.",
        hint: "guard the divisor, or use a real number (1.0) to get Infinity")
    let indexOutOfBounds = DiagnosticRow(
        "OEL6007", .error, "index out of bounds", spel: "EL1025E",
        "An index below zero or past the end of a list or string.")
    let notIndexable = DiagnosticRow(
        "OEL6008", .error, "value cannot be indexed", spel: "EL1027E",
        "`x[i]` on a value that cannot be indexed (null, a number, a Boolean), or with an index that is not an int.")
    let notComparable = DiagnosticRow(
        "OEL6009", .error, "values cannot be compared", spel: "EL1013E",
        "`<`, `<=`, `>` or `>=` between values that have no order between them, such as a string and a number.")
    let invalidArgument = DiagnosticRow(
        "OEL6010", .error, "invalid function argument",
        "A function argument the function rejects at run time, such as an unknown group-filter key or a null where text is required.")
    let missingProperty = DiagnosticRow(
        "OEL6011", .error, "property does not exist",
        "With strict attributes (`--strict-attributes`, `MissingAttributePolicy.error`), a property the context does not have; otherwise it reads as null, and `oel eval` (`Program.attributeWarnings`) gives this code as a warning when the object has a near spelling, or, in the Identity Engine dialect, the attribute under `user.profile`. Okta rejects such an expression: \"Invalid property x\".")
    let propertyNotFound = DiagnosticRow(
        "OEL6012", .error, "value has no such property", spel: "EL1008E",
        "A property read at run time from a value that has no properties, such as a string or a number.")
    let numberFormat = DiagnosticRow(
        "OEL6013", .error, "text is not a number",
        "A conversion such as `Convert.toInt` or `String.toInteger` of text that is not a number of that kind.")
    let invalidRegex = DiagnosticRow(
        "OEL6014", .error, "invalid regular expression", spel: "EL1065E",
        "A regular expression that is malformed or uses a construct the Java-compatible engine does not support; a constant pattern is reported when the expression is compiled.")
    let regexBudgetExceeded = DiagnosticRow(
        "OEL6015", .error, "regular expression too expensive", spel: "EL1072E",
        "A pattern with backreferences or lookaround needed more backtracking than its step budget; the engine stops rather than hang.",
        hint: "backreferences and lookaround backtrack; simplify the pattern")
    let integerOverflow = DiagnosticRow(
        "OEL6016", .error, "integer overflow",
        "A value outside the range of the integer type a function converts to (`Convert.toInt` of a number beyond 32 bits).")
    let invalidTime = DiagnosticRow(
        "OEL6017", .error, "invalid date, time, zone or pattern",
        "A date-time text, time zone or format pattern that a time function cannot use.")
    let groupLimit = DiagnosticRow(
        "OEL6018", .error, "group limit out of range or exceeded",
        "A group-function limit outside 1 to 100, or more matching groups than the limit allows (`getFilteredGroups`).")
    let notACollection = DiagnosticRow(
        "OEL6019", .error, "selection or projection over a non-collection", spel: "EL1004E",
        "`.![...]` or `.?[...]` over a value that is not a list or map. Over null, `?.![...]` gives null instead.")

    // MARK: Input (OEL7xxx)

    let invalidContext = DiagnosticRow(
        "OEL7001", .error, "invalid evaluation context",
        "The evaluation context, clock or profile schema given to the tool is not valid JSON, not an object, or not of the documented shape. A JSON syntax error is reported at its file, line and column.")
    let invalidRequest = DiagnosticRow(
        "OEL7002", .error, "invalid batch request",
        "A line of a JSON Lines batch (`--jsonl`) that is not a valid request object; the batch reports it, at its line and column of the batch input, and goes on.")
    let unreadableInput = DiagnosticRow(
        "OEL7003", .error, "input file cannot be read",
        "A file named on the command line (a context, a schema, an expression file, a batch, a workload, a corpus file) or standard input cannot be read; the message gives the operating system's reason (\"No such file or directory\", \"Permission denied\", \"Is a directory\"). A report file that cannot be written (`--junit`) is reported the same way.")
    let contextShape = DiagnosticRow(
        "OEL7004", .error, "context root of the wrong shape",
        "A root of the evaluation context that the group, directory or linked-object functions, or Okta's documentation, require to have a shape (`groups` a list of group objects, `access.scope` and `session.amr` lists of strings, ...) has another; the message gives the JSON path of the first offending value (`$.groups[0]`). Read as it is, it would silently give wrong results (`\"groups\": [\"Admins\"]` makes `isMemberOfGroupName(\"Admins\")` false).")

    // MARK: Warnings (OEL8xxx)

    let comparisonTypeMismatch = DiagnosticRow(
        "OEL8002", .warning, "comparison with a literal of another type",
        "An attribute compared with a literal of another type (an Integer attribute with \"123\"); values of different types are never equal.")
    let matchesDeprecated = DiagnosticRow(
        "OEL8003", .warning, "matches is deprecated",
        "The `matches` operator, which Okta has deprecated.",
        hint: "prefer String functions (String.stringContains, String.startsWith) or isMemberOfGroupNameRegex for groups")
    let groupNameAmbiguous = DiagnosticRow(
        "OEL8004", .warning, "group name may match groups of several sources",
        "`isMemberOfGroupName` matches every group of that name, from Okta, directories and apps alike.",
        hint: "prefer isMemberOfGroup(\"<group id>\") to pin one group")
    let catastrophicRegex = DiagnosticRow(
        "OEL8005", .warning, "regular expression that backtracks catastrophically in Java",
        "A pattern with nested repetition, which java.util.regex (what Okta runs) can take exponential time on; this engine is linear-time, Okta is not.",
        hint: "Okta runs java.util.regex: a long non-matching value can make evaluation time out; remove the nested quantifier")
    let nullableConcatenation = DiagnosticRow(
        "OEL8006", .warning, "concatenation with an attribute that may be null",
        "`+` with an attribute that may be unset, which inserts the text \"null\" into the result.",
        hint: "guard it: (x != null ? x : \"\")")
    let argumentConversion = DiagnosticRow(
        "OEL8007", .warning, "argument converted silently",
        "An argument of another type that the function accepts only through a silent conversion (a Boolean where text is expected).")
    let deprecatedFunction = DiagnosticRow(
        "OEL8008", .warning, "deprecated function",
        "A function Okta has deprecated; the hint names its replacement.")
    let undocumentedFunction = DiagnosticRow(
        "OEL8009", .warning, "function Okta does not document",
        "A function this engine knows from Okta's behaviour but Okta's reference does not list.",
        hint: "it may not work in your org; test it there before relying on it")
    let nonOktaRoot = DiagnosticRow(
        "OEL8010", .warning, "not an Okta variable",
        "`groups` is this engine's context of the user's memberships, not an Okta variable.",
        hint: "in Okta use isMemberOfGroupName(...), user.getGroups(...) or getFilteredGroups(...)")
    let unverifiedInProfile = DiagnosticRow(
        "OEL8011", .warning, "not known to work where the expression is used",
        "A root or function that no Okta statement or accepted configuration places in or out of this usage profile (`grammar/profiles.md`): it may work; test it in the org.",
        hint: "unverified: test it in your org before relying on it")
    let undeclaredAppReference = DiagnosticRow(
        "OEL8012", .warning, "name that must be an app instance of the org",
        "In a profile mapping a name that is no root Okta puts in scope is read as an explicit app reference (`zendesk.firstName`); the checker knows the app names Okta's examples use and those declared with `--app-name`. Any other name fails unless the org has an app instance of that name.",
        hint: "if {name} is an app instance of your org, declare it: --app-name {name}; text needs quotes: \"{name}\"")
}
