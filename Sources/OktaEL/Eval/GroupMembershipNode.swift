/// `isMemberOfGroupName("Admins")`, `isMemberOfGroup("00g1")` and
/// `isMemberOfAnyGroup("00g1", "00g2", ...)` with string literals only: the names or IDs are
/// hashed when compiling, and an evaluation is one probe of the context's `GroupIndex` per
/// argument, with no argument values, call frame or hashing per evaluation.
///
/// Steps, order and error positions are the general call's: the call's arguments are charged
/// first (a budget overrun reported at the start of the expression, as a constant's node
/// reports it), then one step per probe, in argument order, until one hits (an overrun
/// reported at the call, as the function body's charge is).
final class GroupMembershipNode: Node, @unchecked Sendable {
    private let column: GroupIndex.Column
    /// The literals, in argument order, as bytes hashed when compiling; owned here.
    let keys: ByteStringSet
    let range: SourceRange

    private init(_ column: GroupIndex.Column, _ keys: ByteStringSet, _ range: SourceRange) {
        self.column = column; self.keys = keys; self.range = range
    }

    deinit {
        keys.deallocate()
    }

    /// What a function it stands for probes, and how many literals it takes.
    struct Kind: Sendable {
        let column: GroupIndex.Column
        let variadic: Bool

        /// The kind of the function with this qualified name; nil for other functions.
        init?(_ qualifiedName: String) {
            switch qualifiedName {
            case "isMemberOfGroupName": (column, variadic) = (.name, false)
            case "isMemberOfGroup": (column, variadic) = (.id, false)
            case "isMemberOfAnyGroup": (column, variadic) = (.id, true)
            default: return nil
            }
        }

        /// Whether a call with `count` literals fits.
        func accepts(_ count: Int) -> Bool { variadic ? count > 0 : count == 1 }
    }

    /// The node for `kind`'s function called with the string literals `texts`.
    static func make<Texts: Collection<String>>(_ kind: Kind, texts: Texts, _ range: SourceRange) -> Node {
        GroupMembershipNode(kind.column, ByteStringSet(texts), range)
    }

    override func evaluate(_ e: inout Evaluation) throws(Diagnostic) -> Value {
        do throws(ValueError) { try e.charge(keys.count) } catch { throw error.at(.at(0)) }
        // The context outlives the evaluation: read its index without retaining it.
        unowned(unsafe) let index = e.context.pointee.groupIndex
        let table = column == .name ? index.nameSet : index.idSet
        for number in 0..<keys.count {
            do throws(ValueError) { try e.charge(1) } catch { throw error.at(range) }
            if keys.string(number, isIn: table) { return .bool(true) }
        }
        return .bool(false)
    }
}
