/// The result of parsing: a tree when there were no errors, and every diagnostic found.
package struct ParseResult: Sendable {
    /// The syntax tree, or nil when the source has errors.
    package var expression: Expr?
    /// Errors and warnings, in source order.
    package var diagnostics: [Diagnostic]
}

/// What `Parser.parseTree` found: a flat tree when there were no errors, every diagnostic,
/// and what the scanner noticed on the way.
struct ParsedTree {
    /// The tree, or nil when the source has errors.
    var tree: SyntaxTree?
    /// Errors and warnings, in source order.
    var diagnostics: [Diagnostic]
    /// How many tokens were scanned, the invalid ones and the end included; 0 when the
    /// source was too long or had too many tokens.
    var scanned = 0
}

/// A recursive-descent parser with SpEL's precedence levels, read from `OperatorTable.swift`
/// (`grammar/precedence.md`).
///
/// It recovers inside argument lists, lists and maps, so one parse can report several
/// problems, and it rejects the SpEL constructs that Okta does not support with their own codes.
package struct Parser {
    private struct Abort: Error {}

    /// The tokens, scanned as the parser advances.
    private var stream: TokenStream
    /// The source bytes, borrowed for the parse.
    private let buffer: UnsafeBufferPointer<UInt8>
    private let bytes: [UInt8]
    /// The token being looked at.
    private var current: Token
    private var depth = 0
    private let limits: ParseLimits
    private var diagnostics: [Diagnostic] = []
    /// The nodes made so far, children before parents.
    private var nodes: SyntaxTree

    /// Parses `source` into a tree.
    package static func parse(_ source: String, limits: ParseLimits = .default) -> ParseResult {
        if source.utf8.count > limits.maxSourceBytes { return tooLong(source.utf8.count, limits) }
        return parse(SourceText(source), limits: limits)
    }

    private static func tooLong(_ count: Int, _ limits: ParseLimits) -> ParseResult {
        ParseResult(expression: nil, diagnostics: [tooLongDiagnostic(count, limits)])
    }

    private static func tooLongDiagnostic(_ count: Int, _ limits: ParseLimits) -> Diagnostic {
        Diagnostic(.sourceTooLong, "The expression is \(count) bytes long; the limit is \(limits.maxSourceBytes)",
                   at: SourceRange(start: 0, end: min(count, 1)), hint: "raise the source limit if this is intended")
    }

    /// Parses `source` into a tree.
    package static func parse(_ source: SourceText, limits: ParseLimits = .default) -> ParseResult {
        let parsed = parseTree(source, limits: limits)
        return ParseResult(expression: parsed.tree.map { $0.expr($0.root) }, diagnostics: parsed.diagnostics)
    }

    /// Parses `source` into a flat tree, which the compiler reads without making an `Expr`.
    static func parseTree(_ source: SourceText, limits: ParseLimits = .default) -> ParsedTree {
        if source.bytes.count > limits.maxSourceBytes {
            return ParsedTree(tree: nil, diagnostics: [tooLongDiagnostic(source.bytes.count, limits)])
        }
        return parseTree(into: SyntaxTree.make(bytes: source.bytes, capacity: initialCapacity(source.bytes.count, limits)), limits: limits)
    }

    /// How many nodes a new tree for `byteCount` bytes of source has room for. A first guess
    /// of one node per six bytes (the benchmark workload averages one per seven) keeps the
    /// usual tree small enough for the allocator's per-thread cache; denser trees grow.
    static func initialCapacity(_ byteCount: Int, _ limits: ParseLimits) -> Int {
        min(byteCount / 6 + 4, limits.maxNodes)
    }

    /// Parses the source bytes `tree` holds into `tree`, which must have no nodes. The
    /// result's tree is `tree`, or a larger one holding its nodes when it was too small.
    static func parseTree(into tree: SyntaxTree, limits: ParseLimits) -> ParsedTree {
        let bytes = tree.bytes
        if bytes.count > limits.maxSourceBytes {
            return ParsedTree(tree: nil, diagnostics: [tooLongDiagnostic(bytes.count, limits)])
        }
        let maxTokens = limits.maxNodes.multipliedReportingOverflow(by: 8).partialValue + 64
        // The parser's parts are taken out one by one: copying the whole parser or its token
        // stream out of the closure would retain and release each array it holds.
        var root: Int32?, parsedTree: SyntaxTree?, parserDiagnostics: [Diagnostic] = [], scannerDiagnostics: [Diagnostic] = []
        var truncated = false, scanned = 0
        bytes.withUnsafeBufferPointer { buffer in
            var parser = Parser(TokenStream(bytes, maxTokens: maxTokens), buffer: buffer, bytes: bytes, limits: limits, tree: tree)
            root = parser.parseAll()
            // Scan the rest, for its diagnostics and to know whether there were too many tokens.
            while parser.current.kind != .endOfInput { parser.current = parser.stream.next(in: buffer) }
            parsedTree = parser.nodes
            truncated = parser.stream.truncated
            scanned = parser.stream.scanned
            if !parser.stream.scanner.diagnostics.isEmpty { scannerDiagnostics = parser.stream.scanner.diagnostics }
            if !parser.diagnostics.isEmpty { parserDiagnostics = parser.diagnostics }
        }
        guard let tree = parsedTree else { return ParsedTree(tree: nil, diagnostics: []) }
        if truncated {
            let diagnostic = Diagnostic(.tooManyNodes, "The expression has far more than \(limits.maxNodes) syntax nodes",
                                        at: .at(0), hint: "split the expression or raise the node limit")
            return ParsedTree(tree: nil, diagnostics: [diagnostic])
        }
        if let root { tree.setRoot(root) }
        // The scanner's diagnostics first, as if it had scanned everything before parsing.
        let found = scannerDiagnostics.isEmpty ? parserDiagnostics : scannerDiagnostics + parserDiagnostics
        if found.isEmpty {
            return ParsedTree(tree: root == nil ? nil : tree, diagnostics: [], scanned: scanned)
        }
        var diagnostics = found.count == 1 ? found
            : found.sorted { ($0.range.start, $0.range.end) < ($1.range.start, $1.range.end) }
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
        return ParsedTree(tree: hasError || root == nil ? nil : tree, diagnostics: diagnostics, scanned: scanned)
    }

    /// A parser over the tokens of `stream`, whose bytes `buffer` holds.
    private init(_ stream: TokenStream, buffer: UnsafeBufferPointer<UInt8>, bytes: [UInt8], limits: ParseLimits, tree: SyntaxTree) {
        self.stream = stream
        self.buffer = buffer
        self.bytes = bytes
        self.limits = limits
        self.nodes = tree
        self.current = self.stream.next(in: buffer)
    }

    private mutating func parseAll() -> Int32? {
        if current.kind == .endOfInput {
            if diagnostics.isEmpty, stream.scanner.diagnostics.isEmpty {
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

    /// The token after the current one, scanned without consuming it.
    private func peekNext() -> Token {
        guard current.kind != .endOfInput else { return current }
        var lookahead = stream
        return lookahead.next(in: buffer)
    }

    @discardableResult
    private mutating func advance() -> Token {
        let token = current
        if current.kind != .endOfInput { current = stream.next(in: buffer) }
        return token
    }

    private mutating func report(_ code: DiagnosticCode, _ message: String, _ range: SourceRange, hint: String? = nil, fixIt: FixIt? = nil) {
        diagnostics.append(Diagnostic(code, message, at: range, hint: hint, fixIt: fixIt))
    }

    /// Whether `token` is the word `keyword`, in any letter case.
    private func isWord(_ token: Token, _ keyword: Keyword) -> Bool {
        token.kind == .identifier && token.keyword == keyword
    }

    /// The text of a name token.
    private func nameText(_ token: Token) -> String { token.text(in: bytes) }

    /// How `token` reads in a message.
    private func display(_ token: Token) -> String { token.display(in: bytes) }

    @inline(__always) private mutating func node(_ node: SyntaxNode) throws(Abort) -> Int32 {
        if nodes.count >= limits.maxNodes || nodes.count >= Int32.max { try tooManyNodes(node.range) }
        if !nodes.append(node) {
            nodes = nodes.movedInto(capacity: min(max(16, nodes.count * 2), limits.maxNodes))
            _ = nodes.append(node)
        }
        return Int32(truncatingIfNeeded: nodes.count - 1)
    }

    private mutating func tooManyNodes(_ range: SourceRange) throws(Abort) {
        report(.tooManyNodes, "The expression has more than \(limits.maxNodes) syntax nodes", range,
               hint: "split the expression or raise the node limit")
        throw Abort()
    }

    private func range(_ node: Int32) -> SourceRange { nodes[node].range }

    /// A node of `kind` over `range` with children `a`, `b` and `c`.
    private mutating func node(_ kind: SyntaxNode.Kind, _ range: SourceRange, _ a: Int32, _ b: Int32 = -1, _ c: Int32 = -1) throws(Abort) -> Int32 {
        var made = SyntaxNode(kind, range)
        made.a = a
        made.b = b
        made.c = c
        return try node(made)
    }

    /// A node of `kind` over `range` whose value is `bits` (literals).
    private mutating func leaf(_ kind: SyntaxNode.Kind, _ range: SourceRange, bits: UInt64 = 0) throws(Abort) -> Int32 {
        var made = SyntaxNode(kind, range)
        made.bits = bits
        return try node(made)
    }

    /// Appends `item` to the sibling list from `first` to `last`.
    private mutating func link(_ item: Int32, first: inout Int32, last: inout Int32) {
        if last >= 0 { nodes[last].next = item } else { first = item }
        last = item
    }

    private mutating func enter(_ range: SourceRange) throws(Abort) {
        depth += 1
        if depth > limits.maxDepth {
            report(.nestingTooDeep, "The expression nests deeper than \(limits.maxDepth) levels", range,
                   hint: "simplify the expression or raise the depth limit")
            throw Abort()
        }
    }

    private mutating func expect(_ kind: TokenKind, _ what: String, opening: Token? = nil) throws(Abort) -> Token {
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

    private mutating func reportTrailing(after expression: Int32) {
        let token = current
        if let match = OperatorTable.binary(token), match.level.associativity == .nonassociative {
            reportChained(match.level, token.range)
            return
        }
        switch token.kind {
        case .rightParen, .rightBracket, .rightBrace:
            report(.unexpectedToken, "Unmatched \(display(token))", token.range, hint: "remove it or add the opening bracket")
        default:
            if OperatorTable.unary(token) == .not {
                report(.trailingInput, "After a complete expression there is still more: \(display(token))", token.range,
                       hint: "\(nameText(token)) is a prefix operator: to add a negated condition write AND \(nameText(token)) or OR \(nameText(token))")
                return
            }
            report(.trailingInput, "After a complete expression there is still more: \(display(token))", token.range,
                   hint: "is an operator missing before it?")
        }
    }

    /// A second operator of a level that does not chain (relational, power).
    private mutating func reportChained(_ level: Precedence, _ range: SourceRange) {
        if level == .relational {
            report(.chainedComparison, "Comparison operators cannot be chained", range,
                   hint: "combine two comparisons with &&, for example a < b && b < c")
        } else {
            report(.chainedComparison, "The power operator ^ cannot be chained", range, hint: "add parentheses: (a ^ b) ^ c")
        }
    }

    // MARK: Expressions

    /// expression := logicalOr ( '?' expression ':' expression | '?:' expression )?
    /// (`=`, which Okta rejects, is reported where `parseBinary` meets it.)
    private mutating func parseExpression() throws(Abort) -> Int32 {
        try enter(current.range)
        defer { depth -= 1 }
        let condition = try parseBinary(.logicalOr)
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
            return try node(.ternary, range(condition).union(range(otherwise)), condition, then, otherwise)
        case .elvis:
            advance()
            let fallback = try parseExpression()
            return try node(.elvis, range(condition).union(range(fallback)), condition, fallback)
        default:
            return condition
        }
    }

    /// Precedence climbing over the binary levels of `OperatorTable.swift`, from `minimum`
    /// up; a non-associative level (relational, power) takes at most one operator in a row,
    /// as in SpEL. Each operator in a chain counts one level of depth, so a 100,000-term sum
    /// is refused like 100,000 parentheses.
    private mutating func parseBinary(_ minimum: Precedence) throws(Abort) -> Int32 {
        var left = try parseUnary()
        var chain = 0
        defer { depth -= chain }
        var lastLevel: Precedence?
        while true {
            // SpEL's relational words that Okta rejects: reported, their operand skipped.
            if minimum <= .relational, isWord(current, .instanceof) || isWord(current, .between) {
                let token = advance()
                if isWord(token, .instanceof) {
                    report(.instanceofNotSupported, "'instanceof' is not supported in Okta Expression Language", token.range)
                } else {
                    report(.betweenNotSupported, "'between' is not supported in Okta Expression Language", token.range,
                           hint: "write the bounds out: x >= low && x <= high")
                }
                _ = try parseBinary(Precedence.relational.tighter)
                lastLevel = .relational
                continue
            }
            // Operators of other languages (`===`, `<>`, `regex`, ...): reported with Okta's
            // spelling, their right-hand operand parsed as a comparison's.
            if minimum <= .relational, mayBeForeignOperator(), let (foreign, tokens) = foreignOperator() {
                var range = advance().range
                if tokens == 2 { range = range.union(advance().range) }
                report(.foreignOperator, "'\(foreign.spelling)' is not an operator in Okta Expression Language", range,
                       hint: foreign.hint, fixIt: foreign.fixIt.map { FixIt(range: range, replacement: $0) })
                if foreign.takesOperand { _ = try parseBinary(Precedence.relational.tighter) }
                lastLevel = .relational
                continue
            }
            // `=` for `==` (Okta rejects assignment): reported with its fix-it and read as a
            // comparison, so `a = 1 AND b = 2` reports both and nothing else.
            if minimum <= .relational, current.kind == .assign {
                let token = advance()
                report(.assignmentNotSupported, "Assignment '=' is not supported in Okta Expression Language", token.range,
                       hint: "to compare values use ==", fixIt: FixIt(range: token.range, replacement: "=="))
                _ = try parseBinary(Precedence.relational.tighter)
                lastLevel = .relational
                continue
            }
            guard let match = OperatorTable.binary(current), match.level >= minimum else { return left }
            let token = current
            let op = match.op, level = match.level
            if level == lastLevel, level.associativity == .nonassociative {
                reportChained(level, token.range)
                throw Abort()
            }
            // The table's mistaken spellings: reported, then read as the operator they resemble.
            if token.kind == .bar {
                report(.singleBarOrAmpersand, "'|' is not an operator", token.range, hint: "use || or OR for a logical or",
                       fixIt: FixIt(range: token.range, replacement: "||"))
            } else if token.kind == .amp {
                report(.singleBarOrAmpersand, "'&' is not an operator here", token.range, hint: "use && or AND for a logical and",
                       fixIt: FixIt(range: token.range, replacement: "&&"))
            }
            advance()
            if op == .and || op == .or { try requireRightOperand(of: token) }
            let right = try parseBinary(level.associativity == .right ? level : level.tighter)
            chain += 1
            try enter(token.range)
            var made = SyntaxNode(.binary, range(left).union(range(right)))
            made.binary = op
            made.a = left
            made.b = right
            left = try node(made)
            lastLevel = level
        }
    }

    /// The operator of another language that starts at the current token, and how many
    /// tokens it spans: a symbol pair written without a space (`===`, `<>`, `=<`), or a word.
    private func foreignOperator() -> (ForeignOperator, tokens: Int)? {
        switch current.kind {
        case .equalEqual, .notEqual, .less, .assign:
            let end = current.range.end
            guard end < buffer.count, let foreign = ForeignOperator.symbols(current.kind, followedBy: buffer[end]) else { return nil }
            // The byte must be a token of its own (`=<=` is `=` and `<=`, not `=<`).
            let next = peekNext()
            guard next.range.start == end, next.range.end == end + 1 else { return nil }
            return (foreign, 2)
        case .identifier where current.keyword == .none:
            // Never a valid token here: a name cannot follow a complete operand.
            let written = nameText(current)
            return ForeignOperator.word(written, lowercased: written.lowercased()).map { ($0, 1) }
        default:
            return nil
        }
    }

    /// The valid token that ends at or before `offset`, scanned again from the start: only
    /// diagnostics ask, so parsing keeps no previous token.
    private func tokenEnding(before offset: Int) -> Token? {
        var rescan = TokenStream(bytes, maxTokens: Int.max)
        var last: Token?
        while true {
            let token = rescan.next(in: buffer)
            if token.kind == .endOfInput || token.range.end > offset { return last }
            last = token
        }
    }

    /// Whether `current` may start an operator of another language, decided from its kind
    /// and the byte after it, so that valid operators cost a compare or two.
    @inline(__always) private func mayBeForeignOperator() -> Bool {
        switch current.kind {
        case .identifier: return current.keyword == .none
        case .equalEqual, .notEqual, .less, .assign:
            let end = current.range.end
            guard end < buffer.count else { return false }
            let next = buffer[end]
            return next == UInt8(ascii: "=") || next == UInt8(ascii: ">") || next == UInt8(ascii: "<")
        default: return false
        }
    }

    /// Whether an operand starts after `token` without any operator before it: an opening
    /// bracket (projections and selections included), `,`, `?` or `:`.
    private func opensOperand(_ token: Token) -> Bool {
        switch token.kind {
        case .leftParen, .leftBracket, .leftBrace, .project, .select, .selectFirst, .selectLast, .comma, .question, .colon, .elvis:
            return true
        default:
            return false
        }
    }

    /// Whether `token` is `AND` or `OR` (`&&`, `||`, any letter case).
    private func isLogicalBinary(_ token: Token) -> Bool {
        token.kind == .ampAmp || token.kind == .barBar || isWord(token, .and) || isWord(token, .or)
    }

    /// Whether `token` cannot start an operand and ends the one being parsed: the end, a
    /// closing bracket, `,`, `:` or `?`.
    private func endsOperand(_ token: Token) -> Bool {
        switch token.kind {
        case .endOfInput, .rightParen, .rightBracket, .rightBrace, .comma, .colon, .question: return true
        default: return false
        }
    }

    /// What follows an operator whose right-hand operand is missing, for a message.
    private func whatFollows(_ token: Token) -> String {
        token.kind == .endOfInput ? "the expression ends after it" : "\(display(token)) follows it"
    }

    /// After `AND` or `OR` (`token`, consumed): a dangling operator, the most reported
    /// group-rule mistake, gets its own diagnostic at the operator (OEL2010).
    private mutating func requireRightOperand(of token: Token) throws(Abort) {
        guard endsOperand(current) else { return }
        let written = nameText(token)
        report(.missingLogicalOperand, "'\(written)' has no right-hand operand: \(whatFollows(current))", token.range,
               hint: "remove the trailing \(written) or add the missing condition")
        throw Abort()
    }

    /// `AND` or `OR` (`token`, the current one) where a value should start: at the start,
    /// doubled, or right after another operator. Reported at the operator (OEL2010), which
    /// is then skipped so that the operand after it is still parsed. SpEL would read the word
    /// as a property name; no Okta attribute is called `and` or `or`.
    private mutating func misplacedLogicalOperator(_ token: Token) throws(Abort) -> Int32 {
        let written = nameText(token)
        // Past the diagnostics that are kept, skip the rescan: hostile input stays linear.
        let described = diagnostics.count < limits.maxDiagnostics
        let before = described ? tokenEnding(before: token.range.start) : nil
        advance()
        var reason: String, hint: String, fixIt: FixIt?
        if !described {
            reason = "there is no condition before it"
            hint = "write a condition on each side of \(written)"
        } else if let before, isLogicalBinary(before) {
            reason = "it follows '\(nameText(before))' with no condition between them"
            hint = "remove one of them"
            fixIt = FixIt(range: before.range.union(token.range), replacement: nameText(before))
        } else if let before, !opensOperand(before) {
            reason = "it stands where the value after \(display(before)) belongs"
            hint = "give \(display(before)) its value before \(written), or remove \(written)"
        } else {
            reason = before.map { "it follows \(display($0))" } ?? "the expression starts with it"
            hint = "remove the leading \(written) or add the condition before it"
        }
        if endsOperand(current) {
            report(.missingLogicalOperand, "'\(written)' has neither a left-hand nor a right-hand operand: \(reason), and \(whatFollows(current))",
                   token.range, hint: hint, fixIt: fixIt)
            throw Abort()
        }
        let message = "'\(written)' has no left-hand operand: \(reason)"
        report(.missingLogicalOperand, message, token.range, hint: hint, fixIt: fixIt)
        try enter(token.range)
        defer { depth -= 1 }
        return try parseUnary()
    }

    private mutating func reportIncrement(_ token: Token) {
        if token.kind == .plusPlus {
            report(.incrementNotSupported, "'++' is not supported in Okta Expression Language", token.range,
                   hint: "expressions cannot change values; write x + 1")
        } else {
            report(.decrementNotSupported, "'--' is not supported in Okta Expression Language", token.range,
                   hint: "expressions cannot change values; write x - 1")
        }
    }

    private mutating func parseUnary() throws(Abort) -> Int32 {
        let token = current
        if isLogicalBinary(token) { return try misplacedLogicalOperator(token) }
        guard let op = OperatorTable.unary(token) else {
            guard token.kind == .plusPlus || token.kind == .minusMinus else { return try parsePostfix() }
            advance()
            reportIncrement(token)
            try enter(token.range)
            defer { depth -= 1 }
            return try parseUnary()
        }
        advance()
        if op == .not, endsOperand(current) {
            let written = nameText(token)
            report(.missingLogicalOperand, "'\(written)' has no operand: \(whatFollows(current))", token.range,
                   hint: "add the condition that \(written) negates, or remove it")
            throw Abort()
        }
        try enter(token.range)
        defer { depth -= 1 }
        let operand = try parseUnary()
        var made = SyntaxNode(.unary, token.range.union(range(operand)))
        made.unary = op
        made.a = operand
        return try node(made)
    }

    // MARK: Primary and postfix chain

    private mutating func parsePostfix() throws(Abort) -> Int32 {
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
                base = try node(.index, range(base).union(close.range), base, index)
            case .plusPlus, .minusMinus:
                reportIncrement(advance())
                return base
            default:
                return base
            }
        }
    }

    private mutating func parseDotted(base: Int32, safe: Bool) throws(Abort) -> Int32 {
        let token = current
        switch token.kind {
        case .identifier:
            advance()
            if current.kind == .leftParen {
                let (first, count, close) = try parseArguments()
                var made = SyntaxNode(.call, range(base).union(close.range), text: token.range)
                made.a = base
                made.first = first
                made.count = count
                made.safe = safe
                return try node(made)
            }
            var made = SyntaxNode(.property, range(base).union(token.range), text: token.range)
            made.a = base
            made.safe = safe
            return try node(made)
        case .project, .select, .selectFirst, .selectLast:
            advance()
            let inner = try parseExpression()
            let close = try expect(.rightBracket, "']'", opening: token)
            var made = SyntaxNode(token.kind == .project ? .projection : .selection, range(base).union(close.range))
            made.a = base
            made.b = inner
            made.safe = safe
            switch token.kind {
            case .select: made.selection = .all
            case .selectFirst: made.selection = .first
            case .selectLast: made.selection = .last
            default: break
            }
            return try node(made)
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

    /// The arguments, as the first of a sibling list and a count, and the closing token.
    private mutating func parseArguments() throws(Abort) -> (Int32, Int32, Token) {
        let open = try expect(.leftParen, "'('")
        var first: Int32 = -1, last: Int32 = -1, count: Int32 = 0
        if current.kind == .rightParen { return (first, count, advance()) }
        var failed = false
        while true {
            if current.kind == .rightParen, count > 0 || failed {
                report(.trailingComma, "An argument is missing after ','", current.range, hint: "remove the trailing comma")
                failed = true
                break
            }
            do {
                link(try parseExpression(), first: &first, last: &last)
                count += 1
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
        return (first, count, close)
    }

    /// Skips to the next ',' or `closer` at this nesting level; false at the end of input.
    private mutating func recover(closer: TokenKind) -> Bool {
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
        if peekNext().kind == .identifier { range = range.union(peekNext().range) }
        report(.variableReferenceNotSupported, "Variable and function references with '#' are not supported in Okta Expression Language",
               range, hint: "refer to context values by name, for example user.email")
    }

    private mutating func parsePrimary() throws(Abort) -> Int32 {
        let token = current
        switch token.kind {
        case .int:
            advance()
            return try leaf(.int, token.range, bits: token.bits)
        case .long:
            advance()
            return try leaf(.long, token.range, bits: token.bits)
        case .real:
            advance()
            return try leaf(.real, token.range, bits: token.bits)
        case .string:
            advance()
            return try leaf(.string, token.range, bits: token.bits)
        case .curlyString:
            advance()
            return try leaf(.curlyString, token.range, bits: token.bits)
        case .identifier:
            return try parseNamePrimary(token)
        case .leftParen:
            advance()
            let inner = try parseExpression()
            let close = try expect(.rightParen, "')'", opening: token)
            nodes[inner].range = token.range.union(close.range)
            return inner
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

    private mutating func parseNamePrimary(_ token: Token) throws(Abort) -> Int32 {
        switch token.keyword {
        case .true:
            advance()
            return try leaf(.bool, token.range, bits: 1)
        case .false:
            advance()
            return try leaf(.bool, token.range)
        case .null:
            advance()
            return try leaf(.null, token.range)
        case .new:
            // As in SpEL, `new` where a value starts is a constructor, except right before `]`
            // (`map[new]`, a key named "new"); `user.new` is a property (not a primary).
            if peekNext().kind != .rightBracket {
                let next = peekNext()
                report(.constructorNotSupported, "Constructors ('new') are not supported in Okta Expression Language",
                       next.kind == .identifier ? token.range.union(next.range) : token.range)
                throw Abort()
            }
        case .t where bytes[token.range.start] == UInt8(ascii: "T") && peekNext().kind == .leftParen:
            report(.typeReferenceNotSupported, "Type references T(...) are not supported in Okta Expression Language",
                   token.range.union(peekNext().range), hint: "Java classes cannot be used; use the String, Arrays, Convert and Time functions")
            throw Abort()
        case .div, .mod, .eq, .ne, .lt, .le, .gt, .ge:
            report(.unexpectedToken, "Expected a value but found the operator '\(nameText(token))'", token.range)
            throw Abort()
        default:
            break
        }
        advance()
        if current.kind == .leftParen {
            let (first, count, close) = try parseArguments()
            var made = SyntaxNode(.function, token.range.union(close.range), text: token.range)
            made.first = first
            made.count = count
            return try node(made)
        }
        return try leaf(.name, token.range)
    }

    /// `{}` empty list, `{:}` empty map, `{a, b}` list, `{k: v}` map.
    private mutating func parseListOrMap() throws(Abort) -> Int32 {
        let open = advance()
        if current.kind == .rightBrace {
            let close = advance()
            return try leaf(.list, open.range.union(close.range))
        }
        if current.kind == .colon, peekNext().kind == .rightBrace {
            advance()
            let close = advance()
            return try leaf(.map, open.range.union(close.range))
        }
        var failed = false
        // Elements, or keys and values alternating.
        var first: Int32 = -1, last: Int32 = -1, count: Int32 = 0
        var isMap: Bool?
        while true {
            if current.kind == .rightBrace {
                report(.trailingComma, "An element is missing after ','", current.range, hint: "remove the trailing comma")
                failed = true
                break
            }
            do {
                let key = try parseExpression()
                if isMap == nil { isMap = current.kind == .colon }
                if isMap == true {
                    _ = try expect(.colon, "':' in a map entry")
                    let value = try parseExpression()
                    link(key, first: &first, last: &last)
                    link(value, first: &first, last: &last)
                    count += 1
                } else {
                    if current.kind == .colon {
                        report(.unexpectedToken, "A list cannot contain 'key: value' entries", current.range)
                        throw Abort()
                    }
                    link(key, first: &first, last: &last)
                    count += 1
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
        var made = SyntaxNode(isMap == true ? .map : .list, open.range.union(close.range))
        made.first = first
        made.count = count
        return try node(made)
    }
}
