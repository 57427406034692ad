import OktaEL

/// The hints of the limit diagnostics name the flag that raises the limit (the library's hints
/// say only "raise the ... limit", as a library has no flags).
enum LimitHints {
    /// `diagnostics` with the hints of OEL4001 to OEL4004 naming `--max-source-bytes`,
    /// `--max-depth`, `--max-nodes` and `--max-steps`.
    static func naming(_ diagnostics: [Diagnostic], in source: SourceText) -> [Diagnostic] {
        diagnostics.map { naming($0, in: source) }
    }

    /// `diagnostic`, its hint naming the flag when it is a limit diagnostic.
    @Sendable static func naming(_ diagnostic: Diagnostic, in source: SourceText) -> Diagnostic {
        var diagnostic = diagnostic
        switch diagnostic.code {
        case .sourceTooLong:
            diagnostic.hint = "raise the limit with --max-source-bytes \(source.bytes.count) if this is intended"
        case .nestingTooDeep:
            diagnostic.hint = "simplify the expression, or raise the limit with --max-depth N"
        case .tooManyNodes:
            diagnostic.hint = "split the expression, or raise the limit with --max-nodes N"
        case .stepBudgetExceeded:
            diagnostic.hint = "the expression or its data is too large; raise the limit with --max-steps N if this is intended"
        default:
            break
        }
        return diagnostic
    }
}
