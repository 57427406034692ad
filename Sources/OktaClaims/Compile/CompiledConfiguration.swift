import OktaEL

/// An authorization server's configuration compiled once: immutable and `Sendable`, shared by
/// every preview on any thread.
///
/// * `scopes`: unique by name (the first kept), sorted by name.
/// * `claims`: every claim, sorted by name then claimType (sources list them in no particular
///   order), each compiled (`CompiledClaim`); `sub` is the system `sub` claim, or its default.
/// * `policies`: in evaluation order (`PriorityOrder`), each with its rules in evaluation order.
/// * `diagnostics`: the load's findings, then the compiler's, each with its object path.
public struct CompiledConfiguration: Sendable {
    /// The server.
    public let server: AuthorizationServer
    /// The scopes, unique, by name.
    public let scopes: [Scope]
    /// The claims, compiled.
    public let claims: [CompiledClaim]
    /// The claims in the order tokens list them (D26): SYSTEM claims in Okta's order, then the others by name.
    public let claimsInTokenOrder: [CompiledClaim]
    /// Claim eligibility by scope, precomputed for `claimsInTokenOrder`.
    let claimScopes: ClaimScopeIndex
    /// The access token's `sub` claim.
    public let sub: CompiledClaim
    /// The policies in evaluation order.
    public let policies: [CompiledPolicy]
    /// Every finding, load and compile.
    public let diagnostics: [ConfigDiagnostic]
    /// The form the configuration came in.
    public let format: ConfigurationFormat
    /// The file or folder it was read from, when named.
    public let sourceName: String?

    private let scopeIndex: [String: Int]

    /// Compiles `configuration`; `loadDiagnostics` (the loader's findings) come first in `diagnostics`.
    public init(compiling configuration: Configuration, options: CompileOptions = CompileOptions(),
                loadDiagnostics: [ConfigDiagnostic] = []) {
        var found = loadDiagnostics
        let codes = ConfigDiagnosticCodes.standard
        server = configuration.server
        format = configuration.format
        sourceName = configuration.sourceName
        found += StructuralLimits.server(configuration.server)

        // Scopes: unique by name.
        var seen: [String: Int] = [:]
        var unique: [Scope] = []
        for (index, scope) in configuration.scopes.enumerated() {
            let path = ObjectPath("scopes").element(name: scope.name, id: scope.id, index: index)
            found += StructuralLimits.scope(scope, path: path)
            if seen[scope.name] != nil {
                found.append(ConfigDiagnostic(codes.duplicateScope.diagnostic("The scope name \"\(scope.name)\" is defined more than once; the first is kept"),
                                              path: path, objectID: scope.id))
                continue
            }
            seen[scope.name] = unique.count
            unique.append(scope)
        }
        let sortedScopes = unique.sorted { $0.name < $1.name }
        scopes = sortedScopes
        scopeIndex = Dictionary(sortedScopes.indices.map { (sortedScopes[$0].name, $0) }, uniquingKeysWith: { first, _ in first })

        // Claims.
        let compiler = ClaimCompiler(options: options)
        let compiled = configuration.claims.enumerated().map { compiler.compile($1, index: $0) }
        for claim in compiled { found += claim.diagnostics }
        let sortedClaims = compiled.sorted {
            ($0.claim.name, $0.claim.claimType.rawValue, $0.claim.id ?? "") < ($1.claim.name, $1.claim.claimType.rawValue, $1.claim.id ?? "")
        }
        claims = sortedClaims
        claimsInTokenOrder = ClaimEvaluator.tokenOrder(sortedClaims)
        claimScopes = ClaimScopeIndex(claimsInTokenOrder)
        let subCandidates = sortedClaims.filter { $0.claim.name == "sub" && $0.claim.claimType == .resource && $0.claim.valueType == .expression }
        if let sub = subCandidates.first(where: { $0.claim.system }) ?? subCandidates.first {
            self.sub = sub
        } else {
            found.append(ConfigDiagnostic(codes.defaultSubClaim.diagnostic(
                "The configuration has no sub claim; Okta's default expression is used"), path: ObjectPath("claims")))
            self.sub = compiler.compile(SystemObjects.subClaim, index: 0)
        }

        // Policies and rules.
        let (orderedPolicies, policyTies) = PriorityOrder.sorted(configuration.policies) {
            PriorityOrder.Key(priority: $0.priority, created: $0.created, id: $0.id)
        }
        for tie in policyTies {
            guard let first = tie.first else { continue }
            found.append(ConfigDiagnostic(codes.priorityTie.diagnostic(
                "The policies \(tie.map { "\"\($0.name)\"" }.joined(separator: ", ")) share priority \(first.priority); they are taken in the order listed here"),
                path: ObjectPath("policies").element(name: first.name, id: first.id, index: 0).field("priority"), objectID: first.id))
        }
        var policyIDs = Set<String>()
        var policies: [CompiledPolicy] = []
        for (index, policy) in orderedPolicies.enumerated() {
            let path = ObjectPath("policies").element(name: policy.name, id: policy.id, index: index)
            guard policyIDs.insert(policy.id).inserted else {
                found.append(ConfigDiagnostic(codes.duplicateID.diagnostic("Two policies have the id \(policy.id); the first is kept"),
                                              path: path, objectID: policy.id))
                continue
            }
            found += StructuralLimits.priority(policy.priority, of: "policy \"\(policy.name)\"", path: path, id: policy.id)
            policies.append(CompiledPolicy(policy: policy, rules: CompiledConfiguration.rules(of: policy, path: path, into: &found)))
        }
        self.policies = policies
        // Compile findings name the configuration's file, as the loader's do.
        let compileStart = loadDiagnostics.count
        if let file = configuration.sourceName {
            for index in compileStart..<found.count where found[index].file == nil { found[index].file = file }
        }
        diagnostics = found
    }

    private static func rules(of policy: Policy, path: ObjectPath, into found: inout [ConfigDiagnostic]) -> [CompiledRule] {
        let codes = ConfigDiagnosticCodes.standard
        let (ordered, ties) = PriorityOrder.sorted(policy.rules) { PriorityOrder.Key(priority: $0.priority, created: $0.created, id: $0.id) }
        for tie in ties {
            guard let first = tie.first else { continue }
            found.append(ConfigDiagnostic(codes.priorityTie.diagnostic(
                "The rules \(tie.map { "\"\($0.name)\"" }.joined(separator: ", ")) of the policy \"\(policy.name)\" share priority \(first.priority); they are taken in the order listed here"),
                path: path.field("rules").element(name: first.name, id: first.id, index: 0).field("priority"), objectID: first.id))
        }
        var ids = Set<String>()
        var rules: [CompiledRule] = []
        for (index, rule) in ordered.enumerated() {
            let rulePath = path.field("rules").element(name: rule.name, id: rule.id, index: index)
            guard ids.insert(rule.id).inserted else {
                found.append(ConfigDiagnostic(codes.duplicateID.diagnostic("Two rules of the policy \"\(policy.name)\" have the id \(rule.id); the first is kept"),
                                              path: rulePath, objectID: rule.id))
                continue
            }
            found += StructuralLimits.priority(rule.priority, of: "rule \"\(rule.name)\"", path: rulePath, id: rule.id)
            found += StructuralLimits.lifetimes(rule, path: rulePath)
            rules.append(CompiledRule(rule: rule))
        }
        return rules
    }

    /// The scope of this name.
    public func scope(named name: String) -> Scope? { scopeIndex[name].map { scopes[$0] } }

    /// The policy of this id.
    public func policy(id: String) -> CompiledPolicy? { policies.first { $0.id == id } }

    /// The claims of one token type, in `claims` order.
    public func claims(of type: ClaimType) -> [CompiledClaim] { claims.filter { $0.claim.claimType == type } }

    /// Whether any finding is an error.
    public var hasErrors: Bool { diagnostics.hasErrors }
}

extension CompiledConfiguration {
    /// Compiles a load's configuration, carrying its diagnostics over; nil value when the load had none.
    public static func compile(_ loaded: LoadResult<Configuration>, options: CompileOptions = CompileOptions())
        -> LoadResult<CompiledConfiguration> {
        guard let configuration = loaded.value else { return LoadResult(value: nil, diagnostics: loaded.diagnostics) }
        let compiled = CompiledConfiguration(compiling: configuration, options: options, loadDiagnostics: loaded.diagnostics)
        return LoadResult(value: compiled, diagnostics: compiled.diagnostics)
    }

    /// Loads and compiles the configuration at `path` (a bundle or Terraform file, or a folder).
    public static func load(path: String, options: CompileOptions = CompileOptions()) -> LoadResult<CompiledConfiguration> {
        compile(ConfigurationLoader.load(path: path), options: options)
    }

    /// Loads and compiles a bundle or Terraform document from bytes.
    public static func load(bytes: [UInt8], name: String? = nil, options: CompileOptions = CompileOptions())
        -> LoadResult<CompiledConfiguration> {
        compile(ConfigurationLoader.load(bytes: bytes, name: name), options: options)
    }
}

/// Which claims a set of granted scopes makes eligible, as bits: every scope some claim names
/// gets a bit (when there are at most 64 of them), each claim the mask of its scopes; a claim
/// with scopes is eligible when its mask meets the granted scopes' mask.
struct ClaimScopeIndex: Sendable {
    /// Scope name → its bit.
    let bits: [String: UInt64]
    /// The mask of each claim's scopes, by position in token order.
    let masks: ContiguousArray<UInt64>
    /// False when the claims name more than 64 scopes (then the sets are compared by name).
    let usable: Bool

    init(_ claims: [CompiledClaim]) {
        var bits: [String: UInt64] = [:]
        for claim in claims {
            for scope in claim.scopes where bits[scope] == nil {
                bits[scope] = bits.count < 64 ? UInt64(1) << UInt64(bits.count) : 0
            }
        }
        usable = bits.count <= 64
        self.bits = bits
        masks = ContiguousArray(claims.map { claim in claim.scopes.reduce(UInt64(0)) { $0 | (bits[$1] ?? 0) } })
    }

    /// The mask of the granted scopes.
    func mask(of granted: [String]) -> UInt64 {
        granted.reduce(UInt64(0)) { $0 | (bits[$1] ?? 0) }
    }
}
