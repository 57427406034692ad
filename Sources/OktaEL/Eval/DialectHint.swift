/// Explains an evaluation failure by the other dialect: an expression written for Identity
/// Engine and evaluated as classic (`user.profile.department`, whose `user.profile` is null
/// there) or the reverse (`user.firstName.toUpperCase()` in Identity Engine, where profile
/// attributes live under `user.profile`). The failure keeps its code and message; its hint
/// says which dialect the expression is written in and how to write it in this one, as
/// `oel check`'s OEL5110 does.
///
/// Runs only when an evaluation has failed: it parses the source again and looks for the
/// attribute paths of the other dialect that the failing part reads from.
enum DialectHint {
    /// Failures that reading a path of the other dialect (a null, a missing key) explains.
    private static let explainable: Set<DiagnosticCode> = [
        .propertyOnNull, .methodOnNull, .nullToBoolean, .notIndexable, .notACollection, .missingProperty, .invalidArgument,
    ]

    /// `diagnostic` with a dialect hint when the failure comes from a path of the other
    /// dialect in `source`; otherwise `diagnostic` unchanged.
    static func explain(_ diagnostic: Diagnostic, source: String, dialect: Dialect, context: EvaluationContext,
                        limits: ParseLimits) -> Diagnostic {
        guard explainable.contains(diagnostic.code) else { return diagnostic }
        guard let tree = Parser.parse(source, limits: limits).expression else { return diagnostic }
        var finder = Finder(dialect: dialect, user: context.root("user"))
        finder.visit(tree, inElement: false)
        guard let spot = finder.spots.first(where: { spot in spot.derived.contains { overlaps($0, diagnostic.range) } }) else {
            return diagnostic
        }
        var explained = diagnostic
        explained.hint = spot.hint
        return explained
    }

    private static func overlaps(_ range: SourceRange, _ failure: SourceRange) -> Bool {
        if failure.start == failure.end { return range.start <= failure.start && failure.start <= range.end }
        return failure.start < range.end && range.start < failure.end
    }

    /// A path of the other dialect, the ranges of the accesses made on what it reads, and the hint.
    private struct Spot {
        var derived: [SourceRange]
        var hint: String
        /// The attribute read from `user` (`profile`, or the Identity Engine `firstName`).
        var path: String
    }

    private struct Finder {
        let dialect: Dialect
        let user: Value?
        var spots: [Spot] = []

        init(dialect: Dialect, user: Value?) {
            self.dialect = dialect
            self.user = user
        }

        /// Whether the context's user lacks `name` (absent or null).
        private func userLacks(_ name: String) -> Bool {
            guard case .object(let object)? = user else { return true }
            if let value = object[name], value != .null { return false }
            return true
        }

        /// The hint when `user.name` is a path of the other dialect; `next` is the attribute
        /// read from it (`department` in `user.profile.department`), when known.
        func otherDialectPath(_ name: String, next: String?) -> String? {
            switch dialect {
            case .classic:
                guard name == "profile", userLacks("profile") else { return nil }
                let attribute = next.map { "user.\($0)" } ?? "user.<attribute>"
                return "user.profile.* is Identity Engine syntax: evaluate with --dialect oie, or write \(attribute) in the classic dialect"
            case .identityEngine:
                guard name != "profile", KnownShapes.identityEngineUserFields[name] == nil, userLacks(name) else { return nil }
                return "in the Identity Engine dialect profile attributes are under user.profile: write user.profile.\(name), or evaluate with --dialect classic"
            }
        }

        /// Visits `expression` and returns the spot (by index) whose value it is or reads
        /// from, if any. `inElement` inside a projection or selection, where a bare `user`
        /// may be a property of the element.
        @discardableResult
        mutating func visit(_ expression: Expr, inElement: Bool) -> Int? {
            switch expression.kind {
            case .literal, .name:
                return nil
            case .property(let base, let name, _, _):
                if case .name("user") = base.kind, !inElement, let hint = otherDialectPath(name, next: nil) {
                    spots.append(Spot(derived: [expression.range], hint: hint, path: name))
                    return spots.count - 1
                }
                guard let spot = visit(base, inElement: inElement) else { return nil }
                // `user.profile.department`: name the attribute in the classic hint.
                if spots[spot].derived.count == 1, dialect == .classic, let hint = otherDialectPath(spots[spot].path, next: name) {
                    spots[spot].hint = hint
                }
                return derive(spot, expression)
            case .index(let base, let index):
                visit(index, inElement: inElement)
                return visit(base, inElement: inElement).map { derive($0, expression) }
            case .call(let base, _, _, let arguments, _):
                for argument in arguments { visit(argument, inElement: inElement) }
                return visit(base, inElement: inElement).map { derive($0, expression) }
            case .function(_, _, let arguments):
                for argument in arguments { visit(argument, inElement: inElement) }
                return nil
            case .unary(_, let operand):
                return visit(operand, inElement: inElement).map { derive($0, expression) }
            case .binary(let op, let left, let right):
                let spots = [visit(left, inElement: inElement), visit(right, inElement: inElement)]
                // A null operand of AND or OR fails at the operator, between the two.
                if op == .and || op == .or, let spot = spots.compactMap({ $0 }).first {
                    self.spots[spot].derived.append(SourceRange(start: left.range.end, end: right.range.start))
                }
                return nil
            case .ternary(let condition, let then, let otherwise):
                for part in [condition, then, otherwise] { visit(part, inElement: inElement) }
                return nil
            case .elvis(let value, let fallback):
                visit(value, inElement: inElement)
                visit(fallback, inElement: inElement)
                return nil
            case .list(let items):
                for item in items { visit(item, inElement: inElement) }
                return nil
            case .map(let entries):
                for entry in entries { visit(entry.value, inElement: inElement) }
                return nil
            case .projection(let base, let body, _), .selection(let base, _, let body, _):
                visit(body, inElement: true)
                return visit(base, inElement: inElement).map { derive($0, expression) }
            }
        }

        /// Records that `expression` reads from spot `spot`.
        private mutating func derive(_ spot: Int, _ expression: Expr) -> Int {
            spots[spot].derived.append(expression.range)
            return spot
        }
    }
}
