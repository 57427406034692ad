/// One request line of a JSON Lines batch (`oel eval --jsonl`, `oel check --jsonl`) and where it
/// is in the batch input, so a diagnostic about the line itself (`OEL7002`: not JSON, not an
/// object, no `expr`) names the line and column of the batch file, not of the line alone.
public struct BatchLine: Sendable {
    /// The line, without its line feed.
    public var text: String
    /// The 1-based number of the line in the batch input.
    public var number: Int
    /// The byte offset in the batch input where the line starts.
    public var offset: Int

    /// A line of the batch input; a line given alone is line 1 at offset 0.
    public init(_ text: String, number: Int = 1, offset: Int = 0) {
        self.text = text
        self.number = number
        self.offset = offset
    }

    /// The request object of the line. A line that is not valid JSON is `OEL7002` at the byte
    /// where the JSON reader stopped; one that is not an object, `OEL7002` at its start.
    public func request() throws(Diagnostic) -> ObjectValue {
        let value: Value
        do {
            value = try JSONReader.parse(text)
        } catch {
            throw Diagnostic(.invalidRequest, "The line is not valid JSON: \(error.message)", at: error.range(in: text))
        }
        guard case .object(let object) = value else {
            throw Diagnostic(.invalidRequest, "Each line must be a JSON object, not \(value.typeName)", at: .at(0))
        }
        return object
    }

    /// A diagnostic about this line in the one diagnostic JSON shape (`DiagnosticJSON`), placed
    /// in the batch input: `line` and `endLine` are lines of the batch input, `column` and
    /// `endColumn` columns of this line, `start` and `end` byte offsets in the batch input.
    public func json(_ diagnostic: Diagnostic) -> Value {
        guard case .object(var object) = DiagnosticJSON.value(diagnostic, in: SourceText(text)) else {
            return DiagnosticJSON.value(diagnostic, in: SourceText(text))
        }
        for key in ["line", "endLine"] {
            if case .int(let line) = object[key] ?? .null { object[key] = .int(Int32(clamping: Int(line) + number - 1)) }
        }
        for key in ["start", "end"] {
            if case .int(let byte) = object[key] ?? .null { object[key] = .int(Int32(clamping: Int(byte) + offset)) }
        }
        return .object(object)
    }
}

extension JSONError {
    /// Where the error is in `text`, the text that was read: the byte the reader stopped at, or,
    /// for an error at the end of the input, the end of the last non-blank character, so the
    /// caret stands on the line that is incomplete rather than on an empty last line.
    public func range(in text: String) -> SourceRange {
        let bytes = text.utf8
        guard offset >= bytes.count else { return .at(offset) }
        var end = bytes.count
        var index = bytes.endIndex
        while index > bytes.startIndex {
            let previous = bytes.index(before: index)
            guard [0x20, 0x09, 0x0A, 0x0D].contains(bytes[previous]) else { break }
            index = previous
            end -= 1
        }
        return .at(end)
    }
}
