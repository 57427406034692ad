#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The one place the library touches the file system: reads a file, or the `.json` files of a
/// folder (not recursively).
enum FileSource {
    enum Contents {
        case file([UInt8])
        case folder([String: [UInt8]])
        case unreadable(String)
    }

    static func read(_ path: String) -> Contents {
        let manager = FileManager.default
        if let names = try? manager.contentsOfDirectory(atPath: path) {
            var files: [String: [UInt8]] = [:]
            for name in names where name.hasSuffix(".json") {
                let full = path.hasSuffix("/") ? path + name : path + "/" + name
                if let data = manager.contents(atPath: full) { files[name] = [UInt8](data) }
            }
            return .folder(files)
        }
        guard manager.fileExists(atPath: path) else { return .unreadable("no such file or folder") }
        guard let data = manager.contents(atPath: path) else { return .unreadable("cannot read the file") }
        return .file([UInt8](data))
    }
}
