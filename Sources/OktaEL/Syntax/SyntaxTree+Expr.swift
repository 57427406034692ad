/// Making the public `Expr` tree from a flat `SyntaxTree`.
extension SyntaxTree {
    /// The whole `Expr` tree under node `index`, each node knowing its index.
    func expr(_ index: Int32) -> Expr {
        Expr(kind(of: index, child: { expr($0) }), self[index].range, syntaxIndex: index)
    }

    /// The kind of node `index`, its children made by `child`.
    func kind(of index: Int32, child: (Int32) -> Expr) -> ExprKind {
        let node = self[index]
        switch node.kind {
        case .int: return .literal(.int(Int32(truncatingIfNeeded: node.bits)))
        case .long: return .literal(.long(Int64(truncatingIfNeeded: node.bits)))
        case .real: return .literal(.double(Double(bitPattern: node.bits)))
        case .string, .curlyString: return .literal(.string(stringValue(node)))
        case .bool: return .literal(.bool(node.bits != 0))
        case .null: return .literal(.null)
        case .name: return .name(text(node.text))
        case .property:
            return .property(base: child(node.a), name: text(node.text), nameRange: node.text, safe: node.safe)
        case .index:
            return .index(base: child(node.a), index: child(node.b))
        case .call:
            return .call(base: child(node.a), name: text(node.text), nameRange: node.text,
                         arguments: children(of: node).map(child), safe: node.safe)
        case .function:
            return .function(name: text(node.text), nameRange: node.text, arguments: children(of: node).map(child))
        case .unary: return .unary(node.unary, child(node.a))
        case .binary: return .binary(node.binary, child(node.a), child(node.b))
        case .ternary: return .ternary(child(node.a), child(node.b), child(node.c))
        case .elvis: return .elvis(child(node.a), child(node.b))
        case .list: return .list(children(of: node).map(child))
        case .map:
            var entries: [MapEntry] = []
            entries.reserveCapacity(Int(node.count))
            var key: Expr?
            for item in children(of: node) {
                if let pending = key {
                    entries.append(MapEntry(key: pending, value: child(item)))
                    key = nil
                } else {
                    key = child(item)
                }
            }
            return .map(entries)
        case .projection: return .projection(base: child(node.a), child(node.b), safe: node.safe)
        case .selection: return .selection(base: child(node.a), node.selection, child(node.b), safe: node.safe)
        }
    }
}
