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
    /// The name of every membership that has one.
    let nameSet: ByteStringSet
    /// The ID of every membership that has one.
    let idSet: ByteStringSet
    /// The top-level `name` of every entry, in order, when every entry is an object holding
    /// a string there; nil otherwise. `groups.?[name == 'x']` compares these in place.
    let topLevelNames: [PropertyKey]?
    /// The same for the top-level `id`.
    let topLevelIDs: [PropertyKey]?

    /// The index of the object entries of `groups`; other entries are ignored, as
    /// `GroupModel.eachMembership` ignores them.
    init(groups: [Value]) {
        var names: [String?] = []
        var nameList: [String] = []
        var idList: [String] = []
        var topLevelNames: [PropertyKey]? = [], topLevelIDs: [PropertyKey]? = []
        names.reserveCapacity(groups.count)
        topLevelNames?.reserveCapacity(groups.count)
        topLevelIDs?.reserveCapacity(groups.count)
        for entry in groups {
            guard case .object(let group) = entry else {
                topLevelNames = nil
                topLevelIDs = nil
                continue
            }
            let name = GroupModel.name(group)
            let id = GroupModel.id(group)
            names.append(name)
            if let name { nameList.append(name) }
            if let id { idList.append(id) }
            if topLevelNames != nil {
                if case .string(let text)? = group[GroupModel.nameKey] { topLevelNames?.append(PropertyKey(text)) } else { topLevelNames = nil }
            }
            if topLevelIDs != nil {
                if let id { topLevelIDs?.append(PropertyKey(id)) } else { topLevelIDs = nil }
            }
        }
        self.names = names
        self.nameSet = ByteStringSet(nameList)
        self.idSet = ByteStringSet(idList)
        self.topLevelNames = topLevelNames
        self.topLevelIDs = topLevelIDs
    }

    /// A top-level key the index keeps for every entry.
    enum Column: Sendable {
        case name, id

        /// The column of `key`, if the index keeps one (resolved when compiling).
        init?(_ key: PropertyKey) {
            if key == GroupModel.nameKey { self = .name } else if key == GroupModel.idKey { self = .id } else { return nil }
        }
    }

    /// The top-level strings of `column` of every entry, with their hashes, when every entry has one.
    func topLevelStrings(_ column: Column) -> [PropertyKey]? {
        switch column {
        case .name: return topLevelNames
        case .id: return topLevelIDs
        }
    }

    /// The index of a context's roots (their `groups` array, if any).
    convenience init(roots: ObjectValue) {
        if case .array(let groups)? = roots[GroupModel.groupsKey] {
            self.init(groups: groups)
        } else {
            self.init(groups: [])
        }
    }

    deinit {
        nameSet.deallocate()
        idSet.deallocate()
    }

    /// Whether some membership has exactly this name.
    func hasName(_ name: String) -> Bool { nameSet.contains(name) }

    /// Whether some membership has exactly this ID.
    func hasID(_ id: String) -> Bool { idSet.contains(id) }
}
