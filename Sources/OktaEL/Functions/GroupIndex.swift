/// The `groups` root read once per context: each membership's name in membership order, and
/// hash indexes from name and from ID, so `isMemberOfGroupName("Admins")` is one
/// probe instead of a walk over every group object.
///
/// Built when an `EvaluationContext` is made (or its roots change); immutable afterwards,
/// so evaluations on several threads share it. Names and IDs compare by their bytes, as
/// `GroupText.equals` (Java's `String.equals`) does.
final class GroupIndex: Sendable {
    /// Each membership's name (`profile.name`, else `name`), in membership order; nil when it has none.
    let names: [String?]
    /// Name → `true`, for every membership that has a name.
    private let nameSet: ObjectValue
    /// ID → `true`, for every membership that has an ID.
    private let idSet: ObjectValue

    /// The index of the object entries of `groups`; other entries are ignored, as
    /// `GroupModel.eachMembership` ignores them.
    init(groups: [Value]) {
        var names: [String?] = []
        var nameSet = ObjectValue()
        var idSet = ObjectValue()
        names.reserveCapacity(groups.count)
        for case .object(let group) in groups {
            let name = GroupModel.name(group)
            let id = GroupModel.id(group)
            names.append(name)
            if let name { nameSet[name] = .bool(true) }
            if let id { idSet[id] = .bool(true) }
        }
        self.names = names
        self.nameSet = nameSet
        self.idSet = idSet
    }

    /// The index of a context's roots (their `groups` array, if any).
    convenience init(roots: ObjectValue) {
        if case .array(let groups)? = roots[GroupModel.groupsKey] {
            self.init(groups: groups)
        } else {
            self.init(groups: [])
        }
    }

    /// Whether some membership has exactly this name.
    func hasName(_ name: String) -> Bool { nameSet[PropertyKey(name)] != nil }

    /// Whether some membership has exactly this ID.
    func hasID(_ id: String) -> Bool { idSet[PropertyKey(id)] != nil }
}
