/// An authorization server's configuration as loaded, before compiling: the server, its
/// scopes, claims and policies (with their rules), in the order the source listed them.
public struct Configuration: Sendable, Hashable {
    /// The server.
    public var server: AuthorizationServer
    /// Its scopes.
    public var scopes: [Scope]
    /// Its claims, system and custom.
    public var claims: [Claim]
    /// Its policies, each with its rules.
    public var policies: [Policy]
    /// Which form it was read from.
    public var format: ConfigurationFormat
    /// The file or folder it was read from, if named; compile diagnostics carry it as their `file`.
    public var sourceName: String?

    /// A configuration.
    public init(server: AuthorizationServer, scopes: [Scope] = [], claims: [Claim] = [], policies: [Policy] = [],
                format: ConfigurationFormat = .bundle, sourceName: String? = nil) {
        self.server = server
        self.scopes = scopes
        self.claims = claims
        self.policies = policies
        self.format = format
        self.sourceName = sourceName
    }
}

/// The form a configuration was read from.
public enum ConfigurationFormat: String, Sendable, Hashable {
    /// One bundle file (`authorizationServer`, `scopes`, `claims`, `policies` with nested `rules`).
    case bundle
    /// A folder of raw API responses.
    case folder
    /// The JSON of `terraform show -json` for a state.
    case terraformState = "terraform-state"
    /// The JSON of `terraform show -json` for a plan (the planned values).
    case terraformPlan = "terraform-plan"
}
