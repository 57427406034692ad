import OktaEL
import Foundation

/// A corpus file that cannot be used.
public struct CorpusError: Error, Sendable, CustomStringConvertible {
    /// What is wrong and where.
    public var description: String
}

/// Reads corpus files (`corpus/**/*.json`).
public enum CorpusLoader {
    /// Every `.json` file under `paths` (files or directories), sorted by path.
    public static func files(in paths: [String]) -> [String] {
        var result: [String] = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                result.append(path)
                continue
            }
            if isDirectory.boolValue {
                let base = URL(fileURLWithPath: path)
                // A folder given as a symbolic link is walked through its target.
                if let enumerator = manager.enumerator(atPath: base.resolvingSymlinksInPath().path) {
                    for case let relative as String in enumerator
                    where relative.hasSuffix(".json") && !relative.split(separator: "/").contains("schemas") {
                        result.append(base.appendingPathComponent(relative).path)
                    }
                }
            } else {
                result.append(path)
            }
        }
        return result.sorted()
    }

    /// Loads and validates one file.
    public static func load(path: String, displayPath: String? = nil) throws(CorpusError) -> CorpusFile {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CorpusError(description: "\(path): cannot read the file")
        }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        return try parse(String(decoding: data, as: UTF8.self), path: displayPath ?? path, schemaFolder: folder)
    }

    /// Loads the schema file `name`, looked up beside the corpus file and in its parent folders.
    static func schema(_ name: String, from folder: URL?, label: String, at place: String) throws(CorpusError) -> ProfileSchema {
        var directory = folder
        for _ in 0..<4 {
            guard let current = directory else { break }
            let candidate = current.appendingPathComponent(name)
            if let data = FileManager.default.contents(atPath: candidate.path) {
                let text = String(decoding: data, as: UTF8.self)
                let json: Value
                do {
                    json = try JSONReader.parse(text)
                } catch {
                    let (line, column) = SourceText(text).location(of: error.range(in: text).start)
                    throw CorpusError(description: "\(place): schema \(name):\(line):\(column): invalid JSON: \(error.message)")
                }
                do {
                    return try ProfileSchema(json: json, name: label)
                } catch {
                    throw CorpusError(description: "\(place): schema \(name) is invalid: \(error)")
                }
            }
            directory = current.deletingLastPathComponent()
        }
        throw CorpusError(description: "\(place): schema file \(name) not found")
    }

    /// Parses a corpus file's text.
    public static func parse(_ text: String, path: String, schemaFolder: URL? = nil) throws(CorpusError) -> CorpusFile {
        let json: Value
        do {
            json = try JSONReader.parse(text)
        } catch {
            let (line, column) = SourceText(text).location(of: error.range(in: text).start)
            throw CorpusError(description: "\(path):\(line):\(column): invalid JSON: \(error.message)")
        }
        guard case .object(let file) = json else { throw CorpusError(description: "\(path): the file must be a JSON object") }
        let fileDialect = try dialect(file["dialect"], path: path, default: .classic)
        let fileContext = file["context"] ?? .object(ObjectValue())
        let fileNow = file["now"]?.stringValue
        guard case .array(let rawCases) = file["cases"] ?? .null else {
            throw CorpusError(description: "\(path): missing \"cases\" array")
        }
        let stem = path.hasSuffix(".json") ? String(path.dropLast(5)) : path
        var names: Set<String> = []
        var cases: [CorpusCase] = []
        for (offset, raw) in rawCases.enumerated() {
            guard case .object(let entry) = raw else { throw CorpusError(description: "\(path): case \(offset) is not an object") }
            guard let name = entry["name"]?.stringValue, !name.isEmpty else {
                throw CorpusError(description: "\(path): case \(offset) has no name")
            }
            guard names.insert(name).inserted else { throw CorpusError(description: "\(path): duplicate case name '\(name)'") }
            guard let expression = entry["expr"]?.stringValue else {
                throw CorpusError(description: "\(path)/\(name): missing \"expr\"")
            }
            let expectations = ["value", "error", "canonical", "check"].filter { entry[$0] != nil }
            guard expectations.count == 1 else {
                throw CorpusError(description: "\(path)/\(name): needs exactly one of value, error, canonical, check")
            }
            let expectation: CorpusExpectation
            if let value = entry["value"] {
                expectation = .value(try typed(value, entry["type"]?.stringValue, at: "\(path)/\(name)"))
            } else if let code = entry["error"]?.stringValue {
                expectation = .error(DiagnosticCode(code))
            } else if let canonical = entry["canonical"]?.stringValue {
                expectation = .canonical(canonical)
            } else if case .array(let codes)? = entry["check"] {
                expectation = .check(codes.compactMap { code -> DiagnosticCode? in code.stringValue.map { DiagnosticCode($0) } })
            } else {
                throw CorpusError(description: "\(path)/\(name): error and canonical must be strings")
            }
            var strict = false
            if case .bool(let b) = entry["strict"] ?? .null { strict = b }
            cases.append(CorpusCase(
                id: "\(stem)/\(name)", name: name, expression: expression,
                dialect: try dialect(entry["dialect"], path: path, default: fileDialect),
                context: entry["context"] ?? fileContext, now: entry["now"]?.stringValue ?? fileNow,
                strict: strict, expectation: expectation, note: entry["note"]?.stringValue,
                profile: try profile(entry["profile"] ?? file["profile"], at: "\(path)/\(name)"),
                userSchema: try (entry["schema"] ?? file["schema"])?.stringValue.map { name throws(CorpusError) in
                    try schema(name, from: schemaFolder, label: "user profile", at: path) },
                appUserSchema: try (entry["appSchema"] ?? file["appSchema"])?.stringValue.map { name throws(CorpusError) in
                    try schema(name, from: schemaFolder, label: "app user", at: path) },
                explicitDialect: entry["dialect"] != nil || file["dialect"] != nil))
        }
        return CorpusFile(path: path, description: file["description"]?.stringValue ?? "", cases: cases)
    }

    private static func profile(_ value: Value?, at place: String) throws(CorpusError) -> UsageProfile? {
        guard let value else { return nil }
        guard let text = value.stringValue, let profile = UsageProfile(name: text) else {
            throw CorpusError(description: "\(place): unknown profile \(value.javaToString)")
        }
        return profile
    }

    private static func dialect(_ value: Value?, path: String, default fallback: Dialect) throws(CorpusError) -> Dialect {
        guard let value else { return fallback }
        guard let text = value.stringValue, let dialect = Dialect(name: text) else {
            throw CorpusError(description: "\(path): unknown dialect \(value.javaToString)")
        }
        return dialect
    }

    private static func typed(_ value: Value, _ type: String?, at place: String) throws(CorpusError) -> Value {
        guard let type else { return value }
        switch (type, value) {
        case ("long", .int(let i)): return .long(Int64(i))
        case ("long", .long): return value
        case ("double", .int(let i)): return .double(Double(i))
        case ("double", .long(let l)): return .double(Double(l))
        case ("double", .double): return value
        case ("int", .int): return value
        default: throw CorpusError(description: "\(place): type \(type) does not fit the value \(value.javaToString)")
        }
    }
}
