import ArgumentParser
import Foundation
import OktaEL

/// Every file the CLI reads: `--context`, `--schema`, `--app-schema`, `--file`, the batch file of
/// `--jsonl`, `bench`'s workload and `corpus`'s case files, or standard input for `-`. One place
/// opens and reads them, so every command reports an unreadable file the same way: `OEL7003`
/// with the operating system's reason ("No such file or directory", "Permission denied", "Is a
/// directory") and exit status 2.
struct InputFile {
    /// The path as given; `-` is standard input.
    let path: String

    /// An input named on the command line.
    init(_ path: String) { self.path = path }

    /// Whether this is standard input.
    var isStandardInput: Bool { path == "-" }

    /// How diagnostics name it: the path, or `<stdin>`.
    var displayName: String { isStandardInput ? "<stdin>" : path }

    /// The whole contents, decoded as UTF-8 (invalid bytes become U+FFFD).
    func text() throws(ExitCode) -> String {
        String(decoding: try bytes(), as: UTF8.self)
    }

    /// The whole contents as bytes.
    func bytes() throws(ExitCode) -> [UInt8] {
        var reader = try lines()
        return try reader.readAll()
    }

    /// A line reader over the input, which reads it in blocks (constant memory for any size).
    func lines() throws(ExitCode) -> LineReader {
        if isStandardInput { return LineReader(descriptor: STDIN_FILENO, input: self, owned: false) }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw unreadable(errno) }
        return LineReader(descriptor: descriptor, input: self, owned: true)
    }

    /// Reports that the input cannot be read (`errno` is the reason) and gives the exit code.
    func unreadable(_ code: Int32) -> ExitCode {
        let what = isStandardInput ? "standard input" : path
        return Terminal.fail(Diagnostic(.unreadableInput, "Cannot read \(what): \(String(cString: strerror(code)))", at: .at(0)),
                             status: ExitStatus.unreadableInput)
    }
}

/// Reads lines from a file descriptor in 64 KiB blocks, counting lines and bytes, so a batch of
/// any size runs in constant memory whether it comes from a file or from standard input.
struct LineReader: ~Copyable {
    private let descriptor: Int32
    private let owned: Bool
    private let input: InputFile
    private var buffer: [UInt8] = []
    private var start = 0
    private var finished = false
    /// The 1-based number of the line `next()` returned last.
    private(set) var lineNumber = 0
    /// The byte offset in the input where the line `next()` returned last starts.
    private(set) var lineOffset = 0
    private var consumed = 0
    /// Where the search for the next line feed goes on (the bytes before it have none).
    private var scanned = 0

    fileprivate init(descriptor: Int32, input: InputFile, owned: Bool) {
        self.descriptor = descriptor
        self.input = input
        self.owned = owned
    }

    deinit {
        if owned { close(descriptor) }
    }

    /// The next line without its line feed (and a carriage return before it), or nil at the end.
    /// A read error is reported and ends the command (status 2).
    mutating func next() throws(ExitCode) -> String? {
        while true {
            if let newline = buffer[max(start, scanned)...].firstIndex(of: UInt8(ascii: "\n")) {
                var end = newline
                if end > start, buffer[end - 1] == UInt8(ascii: "\r") { end -= 1 }
                return take(upTo: end, next: newline + 1)
            }
            if finished {
                guard start < buffer.count else { return nil }
                return take(upTo: buffer.count, next: buffer.count)
            }
            scanned = buffer.count
            try fill()
        }
    }

    /// Everything not read yet, as bytes.
    mutating func readAll() throws(ExitCode) -> [UInt8] {
        // A regular file is read in one block of its size (plus one byte, to see the end); a pipe in
        // blocks that double, so there are few reads.
        var status = stat()
        var size = 0
        if fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG { size = Int(status.st_size) }
        while !finished { try fill(blockSize: max(1 << 16, buffer.count, size - buffer.count + 1)) }
        var rest: [UInt8] = []
        if start == 0 { swap(&rest, &buffer) } else { rest = Array(buffer[start...]) }
        buffer = []
        start = 0
        return rest
    }

    private mutating func take(upTo end: Int, next: Int) -> String {
        let line = String(decoding: buffer[start..<end], as: UTF8.self)
        lineNumber += 1
        lineOffset = consumed + start
        start = next
        return line
    }

    /// Reads one more block, first dropping the lines already returned.
    private mutating func fill(blockSize: Int = 1 << 16) throws(ExitCode) {
        if start > 0 {
            consumed += start
            buffer.removeSubrange(0..<start)
            scanned -= start
            start = 0
        }
        let previous = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: blockSize))  // grows geometrically
        var count: Int
        repeat {
            count = buffer.withUnsafeMutableBytes { bytes in
                guard let base = bytes.baseAddress else { return 0 }
                return read(descriptor, base + previous, blockSize)
            }
        } while count < 0 && errno == EINTR
        if count < 0 {
            let code = errno
            buffer.removeSubrange(previous...)
            throw input.unreadable(code)
        }
        buffer.removeSubrange((previous + count)...)
        if count == 0 { finished = true }
    }
}

/// A file the CLI writes (`corpus --junit`): one that cannot be written is reported like an
/// unreadable input (`OEL7003`, the operating system's reason, exit status 2).
struct OutputFile {
    /// The path as given.
    let path: String

    /// An output named on the command line.
    init(_ path: String) { self.path = path }

    /// Replaces the file's contents with `bytes`.
    func write(_ bytes: [UInt8]) throws(ExitCode) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw unwritable(errno) }
        defer { close(descriptor) }
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return Glibc.write(descriptor, base + written, bytes.count - written)
            }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { throw unwritable(count < 0 ? errno : EIO) }
            written += count
        }
    }

    private func unwritable(_ code: Int32) -> ExitCode {
        Terminal.fail(Diagnostic(.unreadableInput, "Cannot write \(path): \(String(cString: strerror(code)))", at: .at(0)),
                      status: ExitStatus.unreadableInput)
    }
}
