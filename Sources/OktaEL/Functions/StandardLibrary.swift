/// Every builtin library, composed into the standard function table.
enum StandardLibrary {
    static var functions: [BuiltinFunction] {
        let libraries: [[BuiltinFunction]] = [
            StringFunctions.functions,
            DeprecatedFunctions.functions,
            ArraysFunctions.functions,
            ConvertFunctions.functions,
            CountryFunctions.functions,
            StringMethods.functions,
            ArrayMethods.functions,
            ConversionMethods.functions,
            GroupFunctions.functions,
            UserFunctions.functions,
            DirectoryFunctions.functions,
            TimeFunctions.functions,
            DateTimeMethods.functions,
        ]
        return libraries.flatMap { $0 }
    }
}
