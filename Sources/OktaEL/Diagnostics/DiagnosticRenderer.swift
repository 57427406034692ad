/// Renders diagnostics as text: `line:column: error[CODE]: message`, the source line,
/// a caret line under the range (aligned by user-perceived characters, double width for
/// wide characters), and the hint. Long lines are cut around the range.
public struct DiagnosticRenderer: Sendable {
    /// Longest source excerpt shown, in characters.
    public var maxSnippetWidth: Int
    /// Use ANSI colours.
    public var colors: Bool

    /// A renderer.
    public init(maxSnippetWidth: Int = 100, colors: Bool = false) {
        self.maxSnippetWidth = maxSnippetWidth
        self.colors = colors
    }

    /// The text of one diagnostic about `source`. `firstLine` is the number of the source's
    /// first line in the input it comes from (a line of a JSON Lines file), 1 unless given.
    public func render(_ diagnostic: Diagnostic, in source: SourceText, name: String? = nil, firstLine: Int = 1) -> String {
        let (line, column) = source.location(of: diagnostic.range.start)
        var location = ""
        if let name { location += "\(name):" }
        location += "\(line + firstLine - 1):\(column): "
        var lines = [location + header(diagnostic)]
        let text = source.line(line)
        let lineStart = source.lineStart(line)
        let startInLine = max(0, diagnostic.range.start - lineStart)
        let endInLine = max(startInLine, min(diagnostic.range.end - lineStart, text.utf8.count))
        let characters = Array(text)
        // Character indices of the range.
        let startChar = characterIndex(in: text, utf8Offset: startInLine)
        var endChar = characterIndex(in: text, utf8Offset: endInLine)
        if endChar <= startChar { endChar = startChar + 1 }
        var from = 0
        var to = characters.count
        if characters.count > maxSnippetWidth {
            from = max(0, min(startChar - maxSnippetWidth / 3, characters.count - maxSnippetWidth))
            to = min(characters.count, from + maxSnippetWidth)
        }
        let prefix = from > 0 ? "…" : ""
        let suffix = to < characters.count ? "…" : ""
        let shown = characters[from..<to].map { $0 == "\t" ? " " : $0 }
        let gutter = String(line + firstLine - 1)
        let pad = String(repeating: " ", count: gutter.count)
        lines.append("\(pad) |")
        lines.append("\(gutter) | \(prefix)\(String(shown))\(suffix)")
        var caretLine = prefix.isEmpty ? "" : " "
        for index in from..<max(from, min(startChar, to)) { caretLine += String(repeating: " ", count: width(characters[index])) }
        var carets = 0
        for index in max(from, startChar)..<min(max(endChar, startChar + 1), to) { carets += width(characters[index]) }
        caretLine += paint(String(repeating: "^", count: max(1, carets)), "32")
        lines.append("\(pad) | \(caretLine)")
        if let hint = diagnostic.hint { lines.append("\(pad) = hint: \(hint)") }
        if let fixIt = diagnostic.fixIt { lines.append("\(pad) = fix: replace with \(fixIt.replacement)") }
        return lines.joined(separator: "\n")
    }

    /// The text of a diagnostic about input that is not an expression (a context, a schema, a
    /// file, a batch line), which has no source line to show: `[name: ]error[CODE]: message`
    /// and the hint.
    public func render(_ diagnostic: Diagnostic, name: String? = nil) -> String {
        var text = name.map { "\($0): " } ?? ""
        text += header(diagnostic)
        if let hint = diagnostic.hint { text += "\n  = hint: \(hint)" }
        if let fixIt = diagnostic.fixIt { text += "\n  = fix: replace with \(fixIt.replacement)" }
        return text
    }

    /// All diagnostics, separated by blank lines.
    public func render(_ diagnostics: [Diagnostic], in source: SourceText, name: String? = nil, firstLine: Int = 1) -> String {
        diagnostics.map { render($0, in: source, name: name, firstLine: firstLine) }.joined(separator: "\n\n")
    }

    /// `error[CODE]: message`, the severity coloured.
    private func header(_ diagnostic: Diagnostic) -> String {
        let severity = diagnostic.severity.rawValue
        return paint(severity, severity == "error" ? "31" : (severity == "warning" ? "33" : "36"))
            + "[\(diagnostic.code)]: \(diagnostic.message)"
    }

    private func paint(_ text: String, _ code: String) -> String {
        colors ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    private func characterIndex(in text: String, utf8Offset: Int) -> Int {
        var count = 0
        var offset = 0
        for character in text {
            if offset >= utf8Offset { return count }
            offset += character.utf8.count
            count += 1
        }
        return count
    }

    /// Columns a character takes in a terminal: 2 for East Asian wide and emoji (including
    /// flags and characters with the emoji presentation selector U+FE0F), else 1.
    public func width(_ character: Character) -> Int {
        guard let scalar = character.unicodeScalars.first else { return 1 }
        if character.unicodeScalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
        let v = scalar.value
        if (0x1F1E6...0x1F1FF).contains(v) { return 2 }
        if (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
            || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
            || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1FAFF).contains(v) || (0x20000...0x3FFFD).contains(v) {
            return 2
        }
        return 1
    }
}
