import OktaEL

/// Compiles each claim: EXPRESSION values through the checker with the `claim` usage profile
/// (classic dialect, at most 1024 characters) and then the compiler; GROUPS filters prepared;
/// SYSTEM claims recognised. Findings are attached to `claims["name"].value`.
struct ClaimCompiler {
    let options: CompileOptions
    private let environment: Environment
    private static let codes = ConfigDiagnosticCodes.standard

    init(options: CompileOptions) {
        self.options = options
        environment = Environment(dialect: UsageProfile.claim.dialect)
    }

    func compile(_ claim: Claim, index: Int) -> CompiledClaim {
        let path = ObjectPath("claims").element(name: claim.name, id: claim.id, index: index)
        var diagnostics: [ConfigDiagnostic] = []
        let value: CompiledClaimValue
        if claim.valueType != .groups, claim.groupFilterType != nil {
            diagnostics.append(ConfigDiagnostic(
                ClaimCompiler.codes.filterTypeIgnored.diagnostic("The claim \"\(claim.name)\" is \(claim.valueType.rawValue); its group_filter_type has no effect"),
                path: path.field("group_filter_type"), objectID: claim.id))
        }
        let isSub = claim.name == "sub" && claim.claimType == .resource
        if claim.valueType != .system, !isSub, ReservedClaims.isReserved(claim.name, for: claim.claimType) {
            diagnostics.append(ConfigDiagnostic(
                ClaimCompiler.codes.reservedClaimName.diagnostic(
                    "\"\(claim.name)\" is reserved in \(claim.claimType == .resource ? "access" : "ID") tokens; the claim is never emitted"),
                path: path.field("name"), objectID: claim.id))
        }
        switch claim.valueType {
        case .expression:
            value = .expression(expression(claim, path: path, into: &diagnostics))
        case .groups:
            value = .groups(groupFilter(claim, path: path, into: &diagnostics))
        case .system:
            let known = SystemObjects.systemClaim(named: claim.name)
            if known == nil {
                diagnostics.append(ConfigDiagnostic(
                    ClaimCompiler.codes.unknownSystemClaim.diagnostic("\"\(claim.name)\" is not one of the OIDC claims Okta fills; it has no value"),
                    path: path.field("valueType"), objectID: claim.id))
            }
            value = .system(known)
        }
        return CompiledClaim(claim: claim, value: value, diagnostics: diagnostics)
    }

    private func expression(_ claim: Claim, path: ObjectPath, into diagnostics: inout [ConfigDiagnostic]) -> Program? {
        guard let source = claim.value else { return nil }  // reported at load
        let valuePath = path.field("value")
        let check = Checker.check(source, options: CheckOptions(
            profile: .claim, userSchema: options.userSchema, appUserSchema: options.appUserSchema))
        for finding in check.diagnostics {
            diagnostics.append(ConfigDiagnostic(finding, path: valuePath, objectID: claim.id, expression: source))
        }
        do {
            return try environment.compile(source)
        } catch {
            diagnostics.append(ConfigDiagnostic(
                ClaimCompiler.codes.claimDoesNotCompile.diagnostic(
                    "The expression of the claim \"\(claim.name)\" does not compile; Okta would fail the request with user_claim_evaluation_failure",
                    hint: error.diagnostics.first?.message),
                path: valuePath, objectID: claim.id))
            return nil
        }
    }

    private func groupFilter(_ claim: Claim, path: ObjectPath, into diagnostics: inout [ConfigDiagnostic]) -> GroupFilter? {
        guard let type = claim.groupFilterType, let value = claim.value else { return nil }  // logged at load
        do {
            return try GroupFilter(type: type, value: value)
        } catch {
            diagnostics.append(ConfigDiagnostic(error, path: path.field("value"), objectID: claim.id))
            return nil
        }
    }
}
