/// Every builtin library, composed into the standard function table.
enum StandardLibrary {
    static var functions: [BuiltinFunction] {
        StringFunctions.functions
            + GroupFunctions.functions
            + UserFunctions.functions
            + DirectoryFunctions.functions
    }
}
