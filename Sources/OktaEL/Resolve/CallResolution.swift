/// How one call site resolved: the function row, the method's overloads, or why there is
/// none. Made once by `CallResolver`; the node builder (`Compiler`) binds from it and the
/// type checker types the call from it, so the two cannot disagree on what a call means.
enum CallResolution: Sendable {
    /// `name(args)`: a bare function.
    case function(FunctionBinding)
    /// `Namespace.name(args)`: a namespaced function.
    case namespaced(FunctionBinding)
    /// `user.name(args)`: a method of the `user` root.
    case userMethod(FunctionBinding)
    /// `receiver.name(args)`: a method on a value, its overloads by receiver kind.
    case method(MethodTable)
    /// `name(args)` inside a projection or selection where no bare function has the name:
    /// a method of the current element (SpEL), its overloads by receiver kind.
    case elementMethod(MethodTable)
    /// No function fits the call written as `form`; the diagnostic says why (unknown
    /// function or method, wrong argument count, wrong dialect, misspelt namespace).
    /// Boxed, so a resolution is a tag and one or two words: copying and dropping one
    /// while compiling costs a retain and a release, not a diagnostic's three strings.
    indirect case unresolved(CallForm, Diagnostic)
}

/// How a call is written, which decides the table it is looked up in.
enum CallForm: Sendable, Equatable {
    /// `name(args)`.
    case function
    /// `Namespace.name(args)`.
    case namespaced
    /// `user.name(args)`, where `user` has methods of that name.
    case userMethod
    /// `receiver.name(args)`.
    case method
}

/// The resolutions of the call sites of one syntax tree, by node index, as the compiler
/// recorded them for the type checker.
struct CallResolutions: Sendable {
    private var byNode: [CallResolution?]

    /// Room for the call sites of a tree of `nodeCount` nodes.
    init(nodeCount: Int) {
        byNode = Array(repeating: nil, count: nodeCount)
    }

    /// No resolutions (the compiler records none): no storage, and no global to reach.
    init() {
        byNode = []
    }

    /// No resolutions (the compiler records none).
    static var none: CallResolutions { CallResolutions() }

    /// The resolution of the call at node `index`, if one was recorded.
    subscript(_ index: Int32) -> CallResolution? {
        get { index >= 0 && Int(index) < byNode.count ? byNode[Int(index)] : nil }
        set {
            guard index >= 0, Int(index) < byNode.count else { return }
            byNode[Int(index)] = newValue
        }
    }

    /// The resolution of the call `expression`, when it is a node of the tree they were recorded for.
    subscript(_ expression: Expr) -> CallResolution? {
        expression.syntaxIndex.flatMap { self[$0] }
    }

    /// How many call sites have a resolution.
    var count: Int { byNode.reduce(0) { $1 == nil ? $0 : $0 + 1 } }
}
