/// The result of parsing: a tree when there were no errors, and every diagnostic found.
public struct ParseResult: Sendable {
    /// The syntax tree, or nil when the source has errors.
    public var expression: Expr?
    /// Errors and warnings, in source order.
    public var diagnostics: [Diagnostic]
}

/// A recursive-descent parser with SpEL's precedence table (`grammar/precedence.md`).
///
/// It recovers inside argument lists, lists and maps, so one parse can report several
/// problems, and it rejects the SpEL constructs that Okta does not support with their own codes.
public struct Parser {
    private struct Abort: Error {}

    private let tokens: [RawToken]
    private let bytes: [UInt8]
    private var index = 0
    private var depth = 0
    private var nodeCount = 0
    private let limits: ParseLimits
    private var diagnostics: [Diagnostic] = []

    /// Parses `source` into a tree.
    public static func parse(_ source: String, limits: ParseLimits = .default) -> ParseResult {
        if source.utf8.count > limits.maxSourceBytes { return tooLong(source.utf8.count, limits) }
        return parse(SourceText(source), limits: limits)
    }

    private static func tooLong(_ count: Int, _ limits: ParseLimits) -> ParseResult {
        let diagnostic = Diagnostic(
            .sourceTooLong, "The expression is \(count) bytes long; the limit is \(limits.maxSourceBytes)",
            at: SourceRange(start: 0, end: min(count, 1)), hint: "raise the source limit if this is intended")
        return ParseResult(expression: nil, diagnostics: [diagnostic])
    }

    /// Parses `source` into a tree.
    public static func parse(_ source: SourceText, limits: ParseLimits = .default) -> ParseResult {
        if source.bytes.count > limits.maxSourceBytes { return tooLong(source.bytes.count, limits) }
        var scanner = Scanner(source.bytes)
        let (tokens, truncated) = scanner.tokens(maxTokens: limits.maxNodes.multipliedReportingOverflow(by: 8).partialValue + 64)
        if truncated {
            let diagnostic = Diagnostic(.tooManyNodes, "The expression has far more than \(limits.maxNodes) syntax nodes",
                                        at: .at(0), hint: "split the expression or raise the node limit")
            return ParseResult(expression: nil, diagnostics: [diagnostic])
        }
        var parser = Parser(tokens: tokens, bytes: source.bytes, limits: limits)
        parser.diagnostics = scanner.diagnostics
        let expression = parser.parseAll()
        if parser.diagnostics.isEmpty { return ParseResult(expression: expression, diagnostics: []) }
        var diagnostics = parser.diagnostics.count == 1 ? parser.diagnostics
            : parser.diagnostics.sorted { ($0.range.start, $0.range.end) < ($1.range.start, $1.range.end) }
        if diagnostics.count > limits.maxDiagnostics {
            // A limit that stopped parsing is never among the dropped ones: it explains why parsing stopped.
            let isLimit: (Diagnostic) -> Bool = { $0.code == .nestingTooDeep || $0.code == .tooManyNodes }
            let limitDiagnostics = diagnostics.filter(isLimit)
            let room = max(0, limits.maxDiagnostics - limitDiagnostics.count)
            let dropped = diagnostics.count - limits.maxDiagnostics
            diagnostics = (Array(diagnostics.filter { !isLimit($0) }.prefix(room)) + limitDiagnostics)
                .sorted { ($0.range.start, $0.range.end) < ($1.range.start, $1.range.end) }
            diagnostics.append(Diagnostic(.tooManyDiagnostics, "\(dropped) more diagnostics were not shown",
                                          at: .at(diagnostics.last?.range.end ?? 0), severity: .note))
        }
        let hasError = diagnostics.contains { $0.severity == .error }
        return ParseResult(expression: hasError ? nil : expression, diagnostics: diagnostics)
    }

    /// A parser over `tokens` (without the invalid ones, which the scanner reported) of `bytes`.
    private init(tokens: [RawToken], bytes: [UInt8], limits: ParseLimits) {
        self.tokens = tokens
        self.bytes = bytes
        self.limits = limits
    }

    private mutating func parseAll() -> Expr? {
        if current.kind == .endOfInput {
            if diagnostics.isEmpty {
                report(.emptyExpression, "The expression is empty", current.range)
            }
            return nil
        }
        do {
            let expression = try parseExpression()
            if current.kind != .endOfInput {
                reportTrailing(after: expression)
            }
            return expression
        } catch {
            return nil
        }
    }

    // MARK: Token helpers

    private var current: RawToken { tokens[min(index, tokens.count - 1)] }

    private func peek(_ offset: Int) -> RawToken { tokens[min(index + offset, tokens.count - 1)] }

    @discardableResult
    private mutating func advance() -> RawToken {
        let token = current
        if index < tokens.count - 1 { index += 1 }
        return token
    }

    private mutating func report(_ code: DiagnosticCode, _ message: String, _ range: SourceRange, hint: String? = nil, fixIt: FixIt? = nil) {
        diagnostics.append(Diagnostic(code, message, at: range, hint: hint, fixIt: fixIt))
    }

    /// Whether `token` is the word `keyword`, in any letter case.
    private func isWord(_ token: RawToken, _ keyword: Keyword) -> Bool {
        token.kind == .identifier && token.keyword == keyword
    }

    /// The text of a name token.
    private func nameText(_ token: RawToken) -> String { token.text(in: bytes) }

    /// How `token` reads in a message.
    private func display(_ token: RawToken) -> String { token.tokenKind(in: bytes).display }

    private mutating func node(_ kind: ExprKind, _ range: SourceRange) throws(Abort) -> Expr {
        nodeCount += 1
        if nodeCount > limits.maxNodes {
            report(.tooManyNodes, "The expression has more than \(limits.maxNodes) syntax nodes", range,
                   hint: "split the expression or raise the node limit")
            throw Abort()
        }
        return Expr(kind, range)
    }

    private mutating func enter(_ range: SourceRange) throws(Abort) {
        depth += 1
        if depth > limits.maxDepth {
            report(.nestingTooDeep, "The expression nests deeper than \(limits.maxDepth) levels", range,
                   hint: "simplify the expression or raise the depth limit")
            throw Abort()
        }
    }

    private mutating func expect(_ kind: RawTokenKind, _ what: String, opening: RawToken? = nil) throws(Abort) -> RawToken {
        if current.kind == kind { return advance() }
        if current.kind == .endOfInput {
            if let opening {
                report(.missingClose, "Expected \(what) to close the \(display(opening)) at the end of the expression",
                       current.range, hint: "add \(what)")
            } else {
                report(.unexpectedEnd, "The expression ends where \(what) was expected", current.range)
            }
        } else {
            report(.unexpectedToken, "Expected \(what) but found \(display(current))", current.range)
        }
        throw Abort()
    }

    private mutating func reportTrailing(after expression: Expr) {
        let token = current
        switch token.kind {
        case .less, .lessEqual, .greater, .greaterEqual, .equalEqual, .notEqual:
            report(.chainedComparison, "Comparison operators cannot be chained", token.range,
                   hint: "combine two comparisons with &&, for example a < b && b < c")
        case .identifier where isRelationalWord(token):
            report(.chainedComparison, "Comparison operators cannot be chained", token.range,
                   hint: "combine two comparisons with &&, for example a < b && b < c")
        case .caret:
            report(.chainedComparison, "The power operator ^ cannot be chained", token.range,
                   hint: "add parentheses: (a ^ b) ^ c")
        case .rightParen, .rightBracket, .rightBrace:
            report(.unexpectedToken, "Unmatched \(display(token))", token.range, hint: "remove it or add the opening bracket")
        default:
            report(.trailingInput, "After a complete expression there is still more: \(display(token))", token.range,
                   hint: "is an operator missing before it?")
        }
    }

    private func isRelationalWord(_ token: RawToken) -> Bool {
        switch token.keyword {
        case .eq, .ne, .lt, .le, .gt, .ge, .matches: return token.kind == .identifier
        default: return false
        }
    }

    // MARK: Expressions

    /// expression := logicalOr ( '?' expression ':' expression | '?:' expression | '=' logicalOr )?
    private mutating func parseExpression() throws(Abort) -> Expr {
        try enter(current.range)
        defer { depth -= 1 }
        let condition = try parseBinary(2)
        switch current.kind {
        case .question:
            advance()
            let then = try parseExpression()
            if current.kind != .colon {
                if current.kind == .endOfInput {
                    report(.missingTernaryBranch, "The conditional has no ':' branch", current.range,
                           hint: "write condition ? valueIfTrue : valueIfFalse")
                } else {
                    report(.missingTernaryBranch, "Expected ':' of the conditional but found \(display(current))", current.range,
                           hint: "write condition ? valueIfTrue : valueIfFalse")
                }
                throw Abort()
            }
            advance()
            let otherwise = try parseExpression()
            return try node(.ternary(condition, then, otherwise), condition.range.union(otherwise.range))
        case .elvis:
            advance()
            let fallback = try parseExpression()
            return try node(.elvis(condition, fallback), condition.range.union(fallback.range))
        case .assign:
            let token = advance()
            report(.assignmentNotSupported, "Assignment '=' is not supported in Okta Expression Language", token.range,
                   hint: "to compare values use ==", fixIt: FixIt(range: token.range, replacement: "=="))
            _ = try parseBinary(2)
            return condition
        default:
            return condition
        }
    }

    /// The binary operator at the current token, if any.
    private func binaryOperator() -> BinaryOperator? {
        switch current.kind {
        case .barBar, .bar: return .or
        case .ampAmp, .amp: return .and
        case .equalEqual: return .equal
        case .notEqual: return .notEqual
        case .less: return .less
        case .lessEqual: return .lessEqual
        case .greater: return .greater
        case .greaterEqual: return .greaterEqual
        case .plus: return .add
        case .minus: return .subtract
        case .star: return .multiply
        case .slash: return .divide
        case .percent: return .modulo
        case .caret: return .power
        case .identifier:
            switch current.keyword {
            case .or: return .or
            case .and: return .and
            case .eq: return .equal
            case .ne: return .notEqual
            case .lt: return .less
            case .le: return .lessEqual
            case .gt: return .greater
            case .ge: return .greaterEqual
            case .matches: return .matches
            case .div: return .divide
            case .mod: return .modulo
            default: return nil
            }
        default: return nil
        }
    }

    /// Precedence climbing over levels 2 (or) to 7 (power); relational (4) and power (7)
    /// take at most one operator, as in SpEL. Each operator in a chain counts one level of
    /// depth, so a 100,000-term sum is refused like 100,000 parentheses.
    private mutating func parseBinary(_ minimum: Int) throws(Abort) -> Expr {
        var left = try parseUnary()
        var chain = 0
        defer { depth -= chain }
        var lastLevel = 0
        while true {
            if minimum <= 4, isWord(current, .instanceof) || isWord(current, .between) {
                let token = advance()
                if isWord(token, .instanceof) {
                    report(.instanceofNotSupported, "'instanceof' is not supported in Okta Expression Language", token.range)
                } else {
                    report(.betweenNotSupported, "'between' is not supported in Okta Expression Language", token.range,
                           hint: "write the bounds out: x >= low && x <= high")
                }
                _ = try parseBinary(5)
                lastLevel = 4
                continue
            }
            guard let op = binaryOperator(), op.precedence >= minimum else { return left }
            let token = current
            let level = op.precedence
            if level == lastLevel, level == 4 || level == 7 {
                report(.chainedComparison,
                       level == 4 ? "Comparison operators cannot be chained" : "The power operator ^ cannot be chained",
                       token.range, hint: level == 4 ? "combine two comparisons with &&, for example a < b && b < c" : "add parentheses: (a ^ b) ^ c")
                throw Abort()
            }
            if token.kind == .bar {
                report(.singleBarOrAmpersand, "'|' is not an operator", token.range, hint: "use || or OR for a logical or",
                       fixIt: FixIt(range: token.range, replacement: "||"))
            } else if token.kind == .amp {
                report(.singleBarOrAmpersand, "'&' is not an operator here", token.range, hint: "use && or AND for a logical and",
                       fixIt: FixIt(range: token.range, replacement: "&&"))
            }
            advance()
            if op == .and || op == .or { try requireOperand(after: op == .and ? "and" : "or") }
            let right = try parseBinary(level + 1)
            chain += 1
            try enter(token.range)
            left = try node(.binary(op, left, right), left.range.union(right.range))
            lastLevel = level
        }
    }

    /// A dedicated message for a dangling AND/OR, a classic mistake.
    private mutating func requireOperand(after word: String) throws(Abort) {
        if current.kind == .endOfInput || current.kind == .rightParen {
            report(.unexpectedEnd, "The expression ends after '\(word.uppercased())': it needs a right-hand operand", current.range,
                   hint: "remove the trailing \(word.uppercased()) or add the missing condition")
            throw Abort()
        }
    }

    private mutating func reportIncrement(_ token: RawToken) {
        if token.kind == .plusPlus {
            report(.incrementNotSupported, "'++' is not supported in Okta Expression Language", token.range,
                   hint: "expressions cannot change values; write x + 1")
        } else {
            report(.decrementNotSupported, "'--' is not supported in Okta Expression Language", token.range,
                   hint: "expressions cannot change values; write x - 1")
        }
    }

    private mutating func parseUnary() throws(Abort) -> Expr {
        let token = current
        let op: UnaryOperator
        switch token.kind {
        case .bang: op = .not
        case .minus: op = .negate
        case .plus: op = .plus
        case .identifier where token.keyword == .not: op = .not
        case .plusPlus, .minusMinus:
            advance()
            reportIncrement(token)
            try enter(token.range)
            defer { depth -= 1 }
            return try parseUnary()
        default:
            return try parsePostfix()
        }
        advance()
        try enter(token.range)
        defer { depth -= 1 }
        let operand = try parseUnary()
        return try node(.unary(op, operand), token.range.union(operand.range))
    }

    // MARK: Primary and postfix chain

    private mutating func parsePostfix() throws(Abort) -> Expr {
        var base = try parsePrimary()
        while true {
            switch current.kind {
            case .dot, .safeNavigation:
                let safe = current.kind == .safeNavigation
                advance()
                base = try parseDotted(base: base, safe: safe)
            case .leftBracket:
                let open = advance()
                let index = try parseExpression()
                let close = try expect(.rightBracket, "']'", opening: open)
                base = try node(.index(base: base, index: index), base.range.union(close.range))
            case .plusPlus, .minusMinus:
                reportIncrement(advance())
                return base
            default:
                return base
            }
        }
    }

    private mutating func parseDotted(base: Expr, safe: Bool) throws(Abort) -> Expr {
        let token = current
        switch token.kind {
        case .identifier:
            let name = nameText(token)
            advance()
            if current.kind == .leftParen {
                let (arguments, close) = try parseArguments()
                return try node(.call(base: base, name: name, nameRange: token.range, arguments: arguments, safe: safe),
                                base.range.union(close.range))
            }
            return try node(.property(base: base, name: name, nameRange: token.range, safe: safe), base.range.union(token.range))
        case .project, .select, .selectFirst, .selectLast:
            advance()
            let inner = try parseExpression()
            let close = try expect(.rightBracket, "']'", opening: token)
            let range = base.range.union(close.range)
            switch token.kind {
            case .project: return try node(.projection(base: base, inner, safe: safe), range)
            case .select: return try node(.selection(base: base, .all, inner, safe: safe), range)
            case .selectFirst: return try node(.selection(base: base, .first, inner, safe: safe), range)
            default: return try node(.selection(base: base, .last, inner, safe: safe), range)
            }
        case .hash:
            reportHash()
            throw Abort()
        case .endOfInput:
            report(.unexpectedEnd, "The expression ends after '.': a property or method name is missing", token.range)
            throw Abort()
        default:
            report(.unexpectedToken, "Expected a property or method name after '.' but found \(display(token))", token.range)
            throw Abort()
        }
    }

    private mutating func parseArguments() throws(Abort) -> ([Expr], RawToken) {
        let open = try expect(.leftParen, "'('")
        var arguments: [Expr] = []
        if current.kind == .rightParen { return (arguments, advance()) }
        arguments.reserveCapacity(4)
        var failed = false
        while true {
            if current.kind == .rightParen, !arguments.isEmpty || failed {
                report(.trailingComma, "An argument is missing after ','", current.range, hint: "remove the trailing comma")
                failed = true
                break
            }
            do {
                arguments.append(try parseExpression())
            } catch {
                failed = true
                if !recover(closer: .rightParen) { throw Abort() }
            }
            if current.kind == .comma {
                advance()
                continue
            }
            break
        }
        let close = try expect(.rightParen, "')' or ','", opening: open)
        if failed { throw Abort() }
        return (arguments, close)
    }

    /// Skips to the next ',' or `closer` at this nesting level; false at the end of input.
    private mutating func recover(closer: RawTokenKind) -> Bool {
        var nesting = 0
        while current.kind != .endOfInput {
            switch current.kind {
            case .leftParen, .leftBracket, .leftBrace, .project, .select, .selectFirst, .selectLast:
                nesting += 1
            case .rightParen, .rightBracket, .rightBrace:
                if nesting == 0 { return current.kind == closer }
                nesting -= 1
            case .comma where nesting == 0:
                return true
            default:
                break
            }
            advance()
        }
        return false
    }

    private mutating func reportHash() {
        let token = current
        var range = token.range
        if peek(1).kind == .identifier { range = range.union(peek(1).range) }
        report(.variableReferenceNotSupported, "Variable and function references with '#' are not supported in Okta Expression Language",
               range, hint: "refer to context values by name, for example user.email")
    }

    private mutating func parsePrimary() throws(Abort) -> Expr {
        let token = current
        switch token.kind {
        case .int:
            advance()
            return try node(.literal(.int(Int32(truncatingIfNeeded: token.bits))), token.range)
        case .long:
            advance()
            return try node(.literal(.long(Int64(truncatingIfNeeded: token.bits))), token.range)
        case .real:
            advance()
            return try node(.literal(.double(Double(bitPattern: token.bits))), token.range)
        case .string, .curlyString:
            advance()
            return try node(.literal(.string(token.stringValue(in: bytes))), token.range)
        case .identifier:
            return try parseNamePrimary(token)
        case .leftParen:
            advance()
            let inner = try parseExpression()
            let close = try expect(.rightParen, "')'", opening: token)
            return Expr(inner.kind, token.range.union(close.range))
        case .leftBrace:
            return try parseListOrMap()
        case .hash:
            reportHash()
            throw Abort()
        case .at:
            report(.beanReferenceNotSupported, "Bean references with '@' are not supported in Okta Expression Language", token.range)
            throw Abort()
        case .amp:
            report(.factoryBeanReferenceNotSupported, "Factory bean references with '&' are not supported in Okta Expression Language", token.range)
            throw Abort()
        case .endOfInput:
            report(.unexpectedEnd, "The expression ends where a value was expected", token.range)
            throw Abort()
        case .assign:
            report(.assignmentNotSupported, "Assignment '=' is not supported in Okta Expression Language", token.range)
            throw Abort()
        default:
            report(.unexpectedToken, "Expected a value but found \(display(token))", token.range)
            throw Abort()
        }
    }

    private mutating func parseNamePrimary(_ token: RawToken) throws(Abort) -> Expr {
        switch token.keyword {
        case .true:
            advance()
            return try node(.literal(.bool(true)), token.range)
        case .false:
            advance()
            return try node(.literal(.bool(false)), token.range)
        case .null:
            advance()
            return try node(.literal(.null), token.range)
        case .new:
            if peek(1).kind == .identifier {
                report(.constructorNotSupported, "Constructors ('new') are not supported in Okta Expression Language",
                       token.range.union(peek(1).range))
                throw Abort()
            }
        case .t where bytes[token.range.start] == UInt8(ascii: "T") && peek(1).kind == .leftParen:
            report(.typeReferenceNotSupported, "Type references T(...) are not supported in Okta Expression Language",
                   token.range.union(peek(1).range), hint: "Java classes cannot be used; use the String, Arrays, Convert and Time functions")
            throw Abort()
        case .div, .mod, .eq, .ne, .lt, .le, .gt, .ge:
            report(.unexpectedToken, "Expected a value but found the operator '\(nameText(token))'", token.range)
            throw Abort()
        default:
            break
        }
        let name = nameText(token)
        advance()
        if current.kind == .leftParen {
            let (arguments, close) = try parseArguments()
            return try node(.function(name: name, nameRange: token.range, arguments: arguments), token.range.union(close.range))
        }
        return try node(.name(name), token.range)
    }

    /// `{}` empty list, `{:}` empty map, `{a, b}` list, `{k: v}` map.
    private mutating func parseListOrMap() throws(Abort) -> Expr {
        let open = advance()
        if current.kind == .rightBrace {
            let close = advance()
            return try node(.list([]), open.range.union(close.range))
        }
        if current.kind == .colon, peek(1).kind == .rightBrace {
            advance()
            let close = advance()
            return try node(.map([]), open.range.union(close.range))
        }
        var failed = false
        var items: [Expr] = []
        var entries: [MapEntry] = []
        var isMap: Bool?
        while true {
            if current.kind == .rightBrace {
                report(.trailingComma, "An element is missing after ','", current.range, hint: "remove the trailing comma")
                failed = true
                break
            }
            do {
                let first = try parseExpression()
                if isMap == nil { isMap = current.kind == .colon }
                if isMap == true {
                    _ = try expect(.colon, "':' in a map entry")
                    let value = try parseExpression()
                    entries.append(MapEntry(key: first, value: value))
                } else {
                    if current.kind == .colon {
                        report(.unexpectedToken, "A list cannot contain 'key: value' entries", current.range)
                        throw Abort()
                    }
                    items.append(first)
                }
            } catch {
                failed = true
                if !recover(closer: .rightBrace) { throw Abort() }
            }
            if current.kind == .comma {
                advance()
                continue
            }
            break
        }
        let close = try expect(.rightBrace, "'}' or ','", opening: open)
        if failed { throw Abort() }
        let range = open.range.union(close.range)
        return isMap == true ? try node(.map(entries), range) : try node(.list(items), range)
    }
}
