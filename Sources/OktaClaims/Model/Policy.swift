/// An access policy of an authorization server (`…/policies`), with its rules.
public struct Policy: Sendable, Hashable {
    /// The client id list value that stands for every client.
    public static let allClients = "ALL_CLIENTS"

    /// `00p…`.
    public var id: String
    /// Its name.
    public var name: String
    /// Free text (required by the API).
    public var description: String?
    /// 1 is evaluated first.
    public var priority: Int
    /// INACTIVE policies are skipped.
    public var status: Status
    /// Created by Okta.
    public var system: Bool
    /// `conditions.clients.include`: client ids, or `ALL_CLIENTS`.
    public var clients: [String]
    /// `created`, as Okta prints it (breaks priority ties).
    public var created: String?
    /// The rules (`…/policies/{id}/rules`), in the order loaded; `CompiledConfiguration` sorts them.
    public var rules: [PolicyRule]

    /// A policy.
    public init(id: String, name: String, description: String? = nil, priority: Int, status: Status = .active,
                system: Bool = false, clients: [String], created: String? = nil, rules: [PolicyRule] = []) {
        self.id = id
        self.name = name
        self.description = description
        self.priority = priority
        self.status = status
        self.system = system
        self.clients = clients
        self.created = created
        self.rules = rules
    }

    /// Whether the policy applies to every client.
    public var appliesToAllClients: Bool { clients.contains(Policy.allClients) }
}
