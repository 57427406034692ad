/// Evaluation order of policies and of a policy's rules: by `priority` (1 first), never by
/// position in the source. Ties, which Okta's API should not produce, are broken by `created`
/// (earlier first; an object without `created` after those with one), then by `id`, so the
/// order is the same whatever order the source lists them in; each tie is a warning.
enum PriorityOrder {
    struct Key: Comparable {
        let priority: Int
        let created: String?
        let id: String

        static func < (lhs: Key, rhs: Key) -> Bool {
            if lhs.priority != rhs.priority { return lhs.priority < rhs.priority }
            switch (lhs.created, rhs.created) {
            case let (left?, right?) where left != right: return left < right
            case (.some, nil): return true
            case (nil, .some): return false
            default: return lhs.id < rhs.id
            }
        }
    }

    /// `items` sorted by their keys, and the groups of items sharing a priority.
    static func sorted<Item>(_ items: [Item], key: (Item) -> Key) -> (sorted: [Item], ties: [[Item]]) {
        let ordered = items.map { (key($0), $0) }.sorted { $0.0 < $1.0 }
        var ties: [[Item]] = []
        var start = 0
        while start < ordered.count {
            var end = start + 1
            while end < ordered.count, ordered[end].0.priority == ordered[start].0.priority { end += 1 }
            if end - start > 1 { ties.append(ordered[start..<end].map { $0.1 }) }
            start = end
        }
        return (ordered.map { $0.1 }, ties)
    }
}
