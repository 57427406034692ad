import OktaEL

/// A finding about a configuration, directory or request: the core's `Diagnostic` plus where
/// it is. The position is expressed three ways, whichever apply:
/// * `path`, always: the object path (`claims["dept"].value`), the diagnostic's source name;
/// * `objectID`: the id of the object the path names, when it has one;
/// * `expression`: for findings inside a claim expression, the expression text, against which
///   `diagnostic.range` is a byte range (rendered with the core's caret snippet);
/// * `file` + `diagnostic.range`: for JSON syntax errors, the file name and the byte offset in
///   it, which `location` turns into a 1-based line and column.
/// Otherwise `diagnostic.range` is empty at 0 and carries no meaning (loaded JSON values keep no
/// positions).
public struct ConfigDiagnostic: Sendable, Hashable {
    /// Code, severity, message, hint.
    public var diagnostic: Diagnostic
    /// The object path.
    public var path: ObjectPath
    /// The id of the object named by the path.
    public var objectID: String?
    /// The file, when the input came from a named file.
    public var file: String?
    /// The expression the range points into.
    public var expression: String?
    /// Line and column in `file` (JSON syntax errors).
    public var location: (line: Int, column: Int)? {
        guard let text = fileText else { return nil }
        return text.location(of: diagnostic.range.start)
    }
    /// The file's text, kept only for JSON syntax errors.
    var fileText: SourceText?

    /// A diagnostic at `path`.
    public init(_ diagnostic: Diagnostic, path: ObjectPath, objectID: String? = nil, file: String? = nil, expression: String? = nil) {
        self.diagnostic = diagnostic
        self.path = path
        self.objectID = objectID
        self.file = file
        self.expression = expression
    }

    /// The code.
    public var code: DiagnosticCode { diagnostic.code }
    /// The severity.
    public var severity: Severity { diagnostic.severity }
    /// The message.
    public var message: String { diagnostic.message }

    /// Equal when diagnostic, path, object id, file and expression are.
    public static func == (lhs: ConfigDiagnostic, rhs: ConfigDiagnostic) -> Bool {
        lhs.diagnostic == rhs.diagnostic && lhs.path == rhs.path && lhs.objectID == rhs.objectID
            && lhs.file == rhs.file && lhs.expression == rhs.expression
    }

    /// Hashes the diagnostic, path and object id.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(diagnostic)
        hasher.combine(path)
        hasher.combine(objectID)
    }

    /// The source name the renderer prints: `file: path` or either alone.
    public var sourceName: String {
        let path = self.path.description
        switch (file, path.isEmpty) {
        case let (file?, false): return file + ": " + path
        case let (file?, true): return file
        case (nil, _): return path
        }
    }

    /// The core's JSON shape of a diagnostic plus `source` (the object path), `objectId` and
    /// `file` when known. Positions (`start`, `end`, `line`, `column`, ...) are those of the
    /// core shape where there is a text to count in (the expression, or the file for a JSON
    /// syntax error) and are left out otherwise.
    public var json: Value {
        var object: ObjectValue
        if let expression {
            object = DiagnosticJSON.value(diagnostic, in: SourceText(expression)).objectValue ?? ObjectValue()
        } else if let fileText {
            object = DiagnosticJSON.value(diagnostic, in: fileText).objectValue ?? ObjectValue()
        } else {
            object = ObjectValue([
                ("code", .string(diagnostic.code.rawValue)),
                ("severity", .string(diagnostic.severity.rawValue)),
                ("message", .string(diagnostic.message)),
            ])
            if let hint = diagnostic.hint { object["hint"] = .string(hint) }
        }
        object["source"] = .string(path.description)
        if let objectID { object["objectId"] = .string(objectID) }
        if let file { object["file"] = .string(file) }
        return .object(object)
    }

    /// Text for people: the core renderer's caret snippet inside expressions and JSON files,
    /// `source: error[CODE]: message` elsewhere.
    public func rendered(with renderer: DiagnosticRenderer = DiagnosticRenderer()) -> String {
        if let expression { return renderer.render(diagnostic, in: SourceText(expression), name: sourceName) }
        if let fileText { return renderer.render(diagnostic, in: fileText, name: file ?? sourceName) }
        return renderer.render(diagnostic, name: sourceName.isEmpty ? nil : sourceName)
    }
}

extension Array where Element == ConfigDiagnostic {
    /// Whether any is an error.
    public var hasErrors: Bool { contains { $0.severity == .error } }
}
