// Character predicates for java.util.regex-compatible matching: literal folding,
// bracket classes (union / intersection / negation), POSIX and Unicode properties.

/// How a literal or range compares under CASE_INSENSITIVE.
enum CaseFold: Sendable, Equatable {
    /// Exact comparison.
    case none
    /// Java's default CASE_INSENSITIVE: only US-ASCII letters fold.
    case ascii
    /// CASE_INSENSITIVE | UNICODE_CASE: simple Unicode case mappings.
    case unicode
}

enum CaseMapping {
    static func isASCIILetter(_ c: UInt32) -> Bool { (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) }
    static func asciiUpper(_ c: UInt32) -> UInt32 { (c >= 0x61 && c <= 0x7A) ? c - 0x20 : c }
    static func asciiLower(_ c: UInt32) -> UInt32 { (c >= 0x41 && c <= 0x5A) ? c + 0x20 : c }

    /// Java's Character.toUpperCase (simple mapping), approximated from Swift's Unicode data.
    static func upper(_ c: UInt32) -> UInt32 {
        if c < 0x80 { return asciiUpper(c) }
        guard let s = Unicode.Scalar(c) else { return c }
        let mapped = s.properties.uppercaseMapping.unicodeScalars
        if mapped.count == 1, let first = mapped.first { return first.value }
        if let t = s.properties.titlecaseMapping.unicodeScalars.first,
           s.properties.titlecaseMapping.unicodeScalars.count == 1 { return t.value }
        return c
    }

    /// Java's Character.toLowerCase (simple mapping), approximated from Swift's Unicode data.
    static func lower(_ c: UInt32) -> UInt32 {
        if c < 0x80 { return asciiLower(c) }
        guard let s = Unicode.Scalar(c) else { return c }
        let mapped = s.properties.lowercaseMapping.unicodeScalars
        if mapped.count == 1, let first = mapped.first { return first.value }
        return c
    }

    /// Does input scalar `c` match literal `lit` under `fold`?
    static func equal(_ c: UInt32, _ lit: UInt32, _ fold: CaseFold) -> Bool {
        if c == lit { return true }
        switch fold {
        case .none:
            return false
        case .ascii:
            guard isASCIILetter(lit), c < 0x80 else { return false }
            return asciiLower(c) == asciiLower(lit)
        case .unicode:
            return lower(upper(c)) == lower(upper(lit))
        }
    }

    static func inRange(_ c: UInt32, _ lo: UInt32, _ hi: UInt32, _ fold: CaseFold) -> Bool {
        if c >= lo && c <= hi { return true }
        switch fold {
        case .none:
            return false
        case .ascii:
            guard c < 0x80 else { return false }
            let u = asciiUpper(c), l = asciiLower(c)
            return (u >= lo && u <= hi) || (l >= lo && l <= hi)
        case .unicode:
            let u = upper(c), l = lower(c)
            return (u >= lo && u <= hi) || (l >= lo && l <= hi)
        }
    }
}

/// A named character property (POSIX class, Unicode category or binary property).
enum CharProperty: Sendable, Equatable {
    case categories([Unicode.GeneralCategory])
    case asciiRanges([ClosedRange<UInt32>])
    case alphabetic, whiteSpace, lowercase, uppercase, titlecase, cased, hexDigit, ideographic
    case joinControl, noncharacter, assigned, letter, digit, letterOrDigit, punctuation, control
    case unicodeWord, unicodeAlnum, unicodeXDigit, unicodeGraph, unicodePrint, unicodeBlank
    case javaWhitespace, javaMirrored, javaDefined, javaIdentifierIgnorable, javaSpaceChar
    case any

    func contains(_ c: UInt32) -> Bool {
        if case .any = self { return true }
        if case .asciiRanges(let rs) = self {
            for r in rs where r.contains(c) { return true }
            return false
        }
        guard let s = Unicode.Scalar(c) else {
            // Surrogate code units cannot occur in Swift strings; treat them as category Cs.
            if case .categories(let cats) = self { return cats.contains(.surrogate) }
            return false
        }
        let p = s.properties
        switch self {
        case .categories(let cats): return cats.contains(p.generalCategory)
        case .alphabetic: return p.isAlphabetic
        case .whiteSpace: return p.isWhitespace
        case .lowercase: return p.isLowercase
        case .uppercase: return p.isUppercase
        case .titlecase: return p.generalCategory == .titlecaseLetter
        case .cased: return p.isLowercase || p.isUppercase || p.generalCategory == .titlecaseLetter
        case .hexDigit: return p.isHexDigit
        case .ideographic: return p.isIdeographic
        case .joinControl: return p.isJoinControl
        case .noncharacter: return p.isNoncharacterCodePoint
        case .assigned: return p.generalCategory != .unassigned
        case .letter: return CharProperty.isLetter(p.generalCategory)
        case .digit: return p.generalCategory == .decimalNumber
        case .letterOrDigit: return CharProperty.isLetter(p.generalCategory) || p.generalCategory == .decimalNumber
        case .punctuation: return CharProperty.isPunctuation(p.generalCategory)
        case .control: return p.generalCategory == .control
        case .unicodeWord:
            if p.isAlphabetic || p.isJoinControl { return true }
            switch p.generalCategory {
            case .nonspacingMark, .enclosingMark, .spacingMark, .decimalNumber, .connectorPunctuation: return true
            default: return false
            }
        case .unicodeAlnum: return p.isAlphabetic || p.generalCategory == .decimalNumber
        case .unicodeXDigit: return p.generalCategory == .decimalNumber || p.isHexDigit
        case .unicodeGraph, .unicodePrint:
            switch p.generalCategory {
            case .spaceSeparator, .lineSeparator, .paragraphSeparator, .control, .surrogate, .unassigned:
                return self == .unicodePrint && p.generalCategory == .spaceSeparator
            default: return true
            }
        case .unicodeBlank: return p.generalCategory == .spaceSeparator || c == 0x09
        case .javaWhitespace:
            if c >= 0x09 && c <= 0x0D { return true }
            if c >= 0x1C && c <= 0x1F { return true }
            switch p.generalCategory {
            case .spaceSeparator: return c != 0xA0 && c != 0x2007 && c != 0x202F
            case .lineSeparator, .paragraphSeparator: return true
            default: return false
            }
        case .javaSpaceChar:
            switch p.generalCategory {
            case .spaceSeparator, .lineSeparator, .paragraphSeparator: return true
            default: return false
            }
        case .javaMirrored: return p.isBidiMirrored
        case .javaDefined: return p.generalCategory != .unassigned
        case .javaIdentifierIgnorable:
            return (c <= 0x08) || (c >= 0x0E && c <= 0x1B) || (c >= 0x7F && c <= 0x9F) || p.generalCategory == .format
        case .asciiRanges, .any: return false
        }
    }

    static func isLetter(_ g: Unicode.GeneralCategory) -> Bool {
        switch g {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    static func isPunctuation(_ g: Unicode.GeneralCategory) -> Bool {
        switch g {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation: return true
        default: return false
        }
    }

    /// Java's default `\w`-less word test used by `\b`: Character.isLetterOrDigit(ch) || ch == '_'.
    static func isJavaLetterOrDigit(_ c: UInt32) -> Bool {
        if c < 0x80 {
            return (c >= 0x30 && c <= 0x39) || CaseMapping.isASCIILetter(c)
        }
        guard let s = Unicode.Scalar(c) else { return false }
        let g = s.properties.generalCategory
        return isLetter(g) || g == .decimalNumber
    }

    static func isNonSpacingMark(_ c: UInt32) -> Bool {
        guard c >= 0x300, let s = Unicode.Scalar(c) else { return false }
        return s.properties.generalCategory == .nonspacingMark
    }
}

/// A character class as a predicate tree, evaluated per input scalar.
indirect enum CharSet: Sendable, Equatable {
    case single(UInt32, CaseFold)
    case range(UInt32, UInt32, CaseFold)
    case property(CharProperty, negated: Bool)
    case union([CharSet])
    case intersection(CharSet, CharSet)
    case negated(CharSet)

    func contains(_ c: UInt32) -> Bool {
        switch self {
        case .single(let x, let fold): return CaseMapping.equal(c, x, fold)
        case .range(let lo, let hi, let fold): return CaseMapping.inRange(c, lo, hi, fold)
        case .property(let p, let neg): return p.contains(c) != neg
        case .union(let items):
            for item in items where item.contains(c) { return true }
            return false
        case .intersection(let a, let b): return a.contains(c) && b.contains(c)
        case .negated(let inner): return !inner.contains(c)
        }
    }

    // Java's predefined ASCII classes.
    static let asciiDigit = CharSet.range(0x30, 0x39, .none)
    static let asciiWord = CharSet.union([.range(0x61, 0x7A, .none), .range(0x41, 0x5A, .none), .single(0x5F, .none), .range(0x30, 0x39, .none)])
    static let asciiSpace = CharSet.union([.single(0x20, .none), .range(0x09, 0x0D, .none)])
    static let horizontalSpace = CharSet.union([
        .single(0x20, .none), .single(0x09, .none), .single(0xA0, .none), .single(0x1680, .none),
        .single(0x180E, .none), .range(0x2000, 0x200A, .none), .single(0x202F, .none),
        .single(0x205F, .none), .single(0x3000, .none),
    ])
    static let verticalSpace = CharSet.union([
        .range(0x0A, 0x0D, .none), .single(0x85, .none), .single(0x2028, .none), .single(0x2029, .none),
    ])
}

/// A character class compiled for matching, with a precomputed ASCII bitmap.
struct CompiledSet: Sendable {
    let set: CharSet
    let low: UInt64
    let high: UInt64

    init(_ set: CharSet) {
        self.set = set
        var lo: UInt64 = 0, hi: UInt64 = 0
        for c in UInt32(0)..<128 where set.contains(c) {
            if c < 64 { lo |= (1 << UInt64(c)) } else { hi |= (1 << UInt64(c - 64)) }
        }
        low = lo
        high = hi
    }

    @inline(__always)
    func contains(_ c: UInt32) -> Bool {
        if c < 64 { return (low >> UInt64(c)) & 1 == 1 }
        if c < 128 { return (high >> UInt64(c - 64)) & 1 == 1 }
        return set.contains(c)
    }
}

/// Resolution of `\p{...}` names, following java.util.regex.Pattern / CharPredicates.
enum PropertyNames {
    enum Lookup { case found(CharSet), unknown, unsupported(String) }

    static let asciiPosix: [String: [ClosedRange<UInt32>]] = [
        "ASCII": [0x00...0x7F],
        "Alnum": [0x30...0x39, 0x41...0x5A, 0x61...0x7A],
        "Alpha": [0x41...0x5A, 0x61...0x7A],
        "Blank": [0x09...0x09, 0x20...0x20],
        "Cntrl": [0x00...0x1F, 0x7F...0x7F],
        "Digit": [0x30...0x39],
        "Graph": [0x21...0x7E],
        "Lower": [0x61...0x7A],
        "Print": [0x20...0x7E],
        "Punct": [0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E],
        "Space": [0x09...0x0D, 0x20...0x20],
        "Upper": [0x41...0x5A],
        "XDigit": [0x30...0x39, 0x41...0x46, 0x61...0x66],
    ]

    static let categories: [String: [Unicode.GeneralCategory]] = [
        "Cn": [.unassigned], "Lu": [.uppercaseLetter], "Ll": [.lowercaseLetter], "Lt": [.titlecaseLetter],
        "Lm": [.modifierLetter], "Lo": [.otherLetter], "Mn": [.nonspacingMark], "Me": [.enclosingMark],
        "Mc": [.spacingMark], "Nd": [.decimalNumber], "Nl": [.letterNumber], "No": [.otherNumber],
        "Zs": [.spaceSeparator], "Zl": [.lineSeparator], "Zp": [.paragraphSeparator], "Cc": [.control],
        "Cf": [.format], "Co": [.privateUse], "Cs": [.surrogate], "Pd": [.dashPunctuation],
        "Ps": [.openPunctuation], "Pe": [.closePunctuation], "Pc": [.connectorPunctuation],
        "Po": [.otherPunctuation], "Sm": [.mathSymbol], "Sc": [.currencySymbol], "Sk": [.modifierSymbol],
        "So": [.otherSymbol], "Pi": [.initialPunctuation], "Pf": [.finalPunctuation],
        "L": [.uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter],
        "M": [.nonspacingMark, .enclosingMark, .spacingMark],
        "N": [.decimalNumber, .letterNumber, .otherNumber],
        "Z": [.spaceSeparator, .lineSeparator, .paragraphSeparator],
        "C": [.control, .format, .privateUse, .surrogate, .unassigned],
        "P": [.dashPunctuation, .openPunctuation, .closePunctuation, .connectorPunctuation,
              .otherPunctuation, .initialPunctuation, .finalPunctuation],
        "S": [.mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol],
        "LC": [.uppercaseLetter, .lowercaseLetter, .titlecaseLetter],
        "LD": [.uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber],
    ]

    static func prop(_ p: CharProperty) -> CharSet { .property(p, negated: false) }

    /// Java's CharPredicates.forProperty: categories, POSIX names and java* names (case-sensitive).
    static func forProperty(_ name: String, caseInsensitive ci: Bool, unicodeClass: Bool) -> CharSet? {
        if ci {
            switch name {
            case "Lu", "Ll", "Lt", "LC", "javaLowerCase", "javaUpperCase", "javaTitleCase":
                return prop(.cased)
            case "Lower", "Upper":
                return unicodeClass ? prop(.cased) : prop(.asciiRanges([0x41...0x5A, 0x61...0x7A]))
            default: break
            }
        }
        if unicodeClass, let p = unicodePosix(name) { return p }
        if let cats = categories[name] { return prop(.categories(cats)) }
        if let rs = asciiPosix[name] { return prop(.asciiRanges(rs)) }
        switch name {
        case "L1": return .range(0, 0xFF, .none)
        case "all": return prop(.any)
        case "javaLowerCase": return prop(.lowercase)
        case "javaUpperCase": return prop(.uppercase)
        case "javaTitleCase": return prop(.titlecase)
        case "javaAlphabetic": return prop(.alphabetic)
        case "javaIdeographic": return prop(.ideographic)
        case "javaDigit": return prop(.digit)
        case "javaDefined": return prop(.javaDefined)
        case "javaLetter": return prop(.letter)
        case "javaLetterOrDigit": return prop(.letterOrDigit)
        case "javaSpaceChar": return prop(.javaSpaceChar)
        case "javaWhitespace": return prop(.javaWhitespace)
        case "javaISOControl": return .union([.range(0, 0x1F, .none), .range(0x7F, 0x9F, .none)])
        case "javaMirrored": return prop(.javaMirrored)
        case "javaIdentifierIgnorable": return prop(.javaIdentifierIgnorable)
        default: return nil
        }
    }

    /// POSIX names under UNICODE_CHARACTER_CLASS.
    static func unicodePosix(_ name: String) -> CharSet? {
        switch name {
        case "Alpha": return prop(.alphabetic)
        case "Lower": return prop(.lowercase)
        case "Upper": return prop(.uppercase)
        case "Punct": return prop(.punctuation)
        case "Digit": return prop(.digit)
        case "Alnum": return prop(.unicodeAlnum)
        case "XDigit": return prop(.unicodeXDigit)
        case "Space": return prop(.whiteSpace)
        case "Cntrl": return prop(.control)
        case "Graph": return prop(.unicodeGraph)
        case "Print": return prop(.unicodePrint)
        case "Blank": return prop(.unicodeBlank)
        default: return nil
        }
    }

    /// Java's CharPredicates.forUnicodeProperty (binary properties, case-insensitive names).
    static func forUnicodeProperty(_ rawName: String) -> CharSet? {
        switch rawName.uppercased() {
        case "ALPHABETIC": return prop(.alphabetic)
        case "ASSIGNED": return prop(.assigned)
        case "CONTROL": return prop(.control)
        case "HEXDIGIT", "HEX_DIGIT": return prop(.hexDigit)
        case "IDEOGRAPHIC": return prop(.ideographic)
        case "JOINCONTROL", "JOIN_CONTROL": return prop(.joinControl)
        case "LETTER": return prop(.letter)
        case "LOWERCASE": return prop(.lowercase)
        case "NONCHARACTERCODEPOINT", "NONCHARACTER_CODE_POINT": return prop(.noncharacter)
        case "TITLECASE": return prop(.titlecase)
        case "PUNCTUATION": return prop(.punctuation)
        case "UPPERCASE": return prop(.uppercase)
        case "WHITESPACE", "WHITE_SPACE": return prop(.whiteSpace)
        case "WORD": return prop(.unicodeWord)
        case "DIGIT": return prop(.digit)
        case "GRAPH": return prop(.unicodeGraph)
        case "PRINT": return prop(.unicodePrint)
        case "BLANK": return prop(.unicodeBlank)
        default: return nil
        }
    }

    /// Resolve the text between `\p{` and `}` (or the single letter of `\pL`).
    static func lookup(_ name: String, caseInsensitive ci: Bool, unicodeClass: Bool) -> Lookup {
        if let eq = name.firstIndex(of: "=") {
            let key = String(name[..<eq]), value = String(name[name.index(after: eq)...])
            switch key {
            case "general_category", "gc":
                if let cats = categories[value] { return .found(prop(.categories(cats))) }
                return .unknown
            case "script", "sc": return .unsupported("Unicode script properties are not supported")
            case "block", "blk": return .unsupported("Unicode block properties are not supported")
            default: return .unknown
            }
        }
        if name.hasPrefix("In") {
            return .unsupported("Unicode block properties are not supported")
        }
        if name.hasPrefix("Is") {
            let rest = String(name.dropFirst(2))
            if let p = forUnicodeProperty(rest) { return .found(p) }
            if let p = forProperty(rest, caseInsensitive: ci, unicodeClass: unicodeClass) { return .found(p) }
            return .unsupported("Unicode script properties are not supported")
        }
        if let p = forProperty(name, caseInsensitive: ci, unicodeClass: unicodeClass) { return .found(p) }
        return .unknown
    }
}
