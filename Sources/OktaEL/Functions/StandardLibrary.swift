/// Every builtin library, composed into the standard function table.
enum StandardLibrary {
    static var functions: [BuiltinFunction] {
        var all: [BuiltinFunction] = []
        all += StringFunctions.functions
        all += DeprecatedFunctions.functions
        all += ArraysFunctions.functions
        all += ConvertFunctions.functions
        all += CountryFunctions.functions
        all += StringMethods.functions
        all += ArrayMethods.functions
        all += ConversionMethods.functions
        all += GroupFunctions.functions
        all += UserFunctions.functions
        all += DirectoryFunctions.functions
        all += TimeFunctions.functions
        all += DateTimeMethods.functions
        return all
    }
}
