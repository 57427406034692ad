/// Hints that translate a function between the classic and Identity Engine dialects.
enum DialectHints {
    /// Classic function → Identity Engine method, and back.
    static let pairs: [(classic: String, identityEngine: String)] = [
        ("String.len(x)", "x.length()"),
        ("String.toUpperCase(x)", "x.toUpperCase()"),
        ("String.toLowerCase(x)", "x.toLowerCase()"),
        ("String.substring(x, start, end)", "x.substring(start, end)"),
        ("String.substringBefore(x, s)", "x.substringBefore(s)"),
        ("String.substringAfter(x, s)", "x.substringAfter(s)"),
        ("String.replace(x, match, replacement)", "x.replace(match, replacement)"),
        ("String.replaceFirst(x, match, replacement)", "x.replaceFirst(match, replacement)"),
        ("String.removeSpaces(x)", "x.removeSpaces()"),
        ("String.stringContains(x, s)", "x.contains(s)"),
        ("Arrays.contains(a, v)", "a.contains(v)"),
        ("Arrays.size(a)", "a.size()"),
        ("Arrays.isEmpty(a)", "a.isEmpty()"),
        ("Arrays.add(a, v)", "a.add(v)"),
        ("Arrays.remove(a, v)", "a.remove(v)"),
        ("Arrays.flatten(a)", "a.flatten()"),
        ("Convert.toInt(x)", "x.toInteger()"),
        ("Convert.toNum(x)", "x.toNumber()"),
        ("Iso3166Convert.toAlpha2(x)", "x.parseCountryCode().toAlpha2()"),
        ("Iso3166Convert.toAlpha3(x)", "x.parseCountryCode().toAlpha3()"),
        ("Iso3166Convert.toNumeric(x)", "x.parseCountryCode().toNumeric()"),
        ("Iso3166Convert.toName(x)", "x.parseCountryCode().toName()"),
        ("Time.now()", "DateTime.now()"),
    ]

    /// A hint for using `function` (of the other dialect) in `dialect`.
    static func hint(for function: BuiltinFunction, in dialect: Dialect) -> String {
        let written = function.qualifiedName
        let methodName: String? = {
            if case .method = function.kind { return "x.\(function.name)(" }
            return nil
        }()
        for pair in pairs {
            if dialect == .classic, let methodName, pair.identityEngine.hasPrefix(methodName) {
                return "in the classic dialect write \(pair.classic)"
            }
            if dialect == .identityEngine, pair.classic.hasPrefix(written + "(") {
                return "in the Identity Engine dialect write \(pair.identityEngine)"
            }
        }
        return dialect == .classic
            ? "\(written) belongs to the Identity Engine dialect (--dialect oie)"
            : "\(written) belongs to the classic dialect (--dialect classic)"
    }
}
