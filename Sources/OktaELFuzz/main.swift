// The fuzz driver. Built with -DFUZZING and -sanitize=fuzzer,address it is a libFuzzer
// binary whose target is chosen by OEL_FUZZ_TARGET (parse, check, eval, json); built plainly
// it replays files: `OktaELFuzz TARGET FILE|DIR...`. See Fuzz/README.md.
import Foundation
import OktaEL
import OktaELTools

#if FUZZING
let selected = FuzzTarget(rawValue: ProcessInfo.processInfo.environment["OEL_FUZZ_TARGET"] ?? "parse") ?? .parse
nonisolated(unsafe) var target = selected

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if let bug = FuzzOne.run(target, bytes) {
        FileHandle.standardError.write(Data("oel fuzz bug (\(target.rawValue)): \(bug)\n".utf8))
        abort()  // tells libFuzzer this input is a bug; the harness is the only place that stops the process
    }
    return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

// Free the regex cache before LeakSanitizer's exit check (registered earlier, so it runs
// later): cached patterns are reachable only through a Swift global, which LSan cannot follow.
atexit { RegexCache.removeAll() }

var argc = CommandLine.argc
var argv = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzOne))
#else
let arguments = Array(CommandLine.arguments.dropFirst())
guard let name = arguments.first, let target = FuzzTarget(rawValue: name) else {
    FileHandle.standardError.write(Data("usage: OktaELFuzz parse|check|eval|json FILE|DIR...\n".utf8))
    exit(64)
}
var files: [String] = []
for path in arguments.dropFirst() {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
    if isDirectory.boolValue {
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] { files.append(path + "/" + entry) }
    } else {
        files.append(path)
    }
}
var failures = 0
for file in files.sorted() {
    guard let data = FileManager.default.contents(atPath: file) else { continue }
    if let bug = FuzzOne.run(target, Array(data)) {
        failures += 1
        print("BUG \(file): \(bug)")
    }
}
print("\(files.count - failures) passed, \(failures) failed")
exit(failures == 0 ? 0 : 1)
#endif
