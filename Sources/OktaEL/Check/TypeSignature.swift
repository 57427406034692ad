/// The parameter and result types of a builtin as the checker reads them: the static types
/// of the function table's declared ones (`BuiltinFunction.parameters` and `result`).
package struct TypeSignature: Sendable, Hashable {
    /// One parameter.
    package struct Parameter: Sendable, Hashable {
        /// Its name.
        package var name: String
        /// The types it accepts (a union such as `String | Number`).
        package var types: [StaticType]
        /// Whether it may be left out (`String?`).
        package var optional: Bool
        /// Whether it is variadic (`String...`).
        package var variadic: Bool
        /// The texts it accepts when it takes only constants (`"active_directory"`, `"id" | "status"`); empty otherwise.
        package var constants: [String] = []
    }

    /// The parameters in order.
    package var parameters: [Parameter]
    /// The result type.
    package var result: StaticType
    /// Whether the result may be null (`Array<String>?`).
    package var resultOptional: Bool

    /// The signature of a row with these declared parameters and result.
    init(_ parameters: [FunctionParameter], result: DeclaredType, resultMayBeNull: Bool) {
        self.parameters = parameters.map { parameter in
            let variadic: Bool
            if case .repeated = parameter.occurrence { variadic = true } else { variadic = false }
            let constants = parameter.types.compactMap { type -> String? in
                if case .constant(let text) = type { return text }
                return nil
            }
            return Parameter(name: parameter.name, types: parameter.types.map(\.staticType),
                             optional: parameter.occurrence == .optional, variadic: variadic,
                             constants: constants.count == parameter.types.count ? constants : [])
        }
        self.result = result.staticType
        self.resultOptional = resultMayBeNull
    }

    /// The parameter that argument `index` binds to.
    package func parameter(at index: Int) -> Parameter? {
        if index < parameters.count { return parameters[index] }
        if let last = parameters.last, last.variadic { return last }
        return nil
    }
}
