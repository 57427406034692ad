/// A scope of an authorization server (`…/scopes`).
public struct Scope: Sendable, Hashable {
    /// `scp…`, when the source has one.
    public var id: String?
    /// The scope name, unique per server.
    public var name: String
    /// The consent-screen phrase.
    public var displayName: String?
    /// Free text.
    public var description: String?
    /// Whether the user is asked.
    public var consent: Consent
    /// Granted when a request omits `scope` (if the matched rule allows it).
    public var isDefault: Bool
    /// Whether it is listed in the server metadata.
    public var metadataPublish: MetadataPublish?
    /// Whether the user may untick it on the consent screen.
    public var optional: Bool
    /// Created by Okta.
    public var system: Bool

    /// A scope; the defaults are the API's.
    public init(id: String? = nil, name: String, displayName: String? = nil, description: String? = nil,
                consent: Consent = .implicit, isDefault: Bool = false, metadataPublish: MetadataPublish? = nil,
                optional: Bool = false, system: Bool = false) {
        self.id = id
        self.name = name
        self.displayName = displayName
        self.description = description
        self.consent = consent
        self.isDefault = isDefault
        self.metadataPublish = metadataPublish
        self.optional = optional
        self.system = system
    }
}
