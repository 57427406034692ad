import Dispatch
import OktaEL
import Synchronization
import Testing
@testable import OktaClaims

/// No input crashes the loaders; the compiled configuration can be shared across threads.
@Suite struct RobustnessTests {
    /// Every prefix of the inputs, at a stride, loads to a value or diagnostics, never a trap.
    @Test(arguments: ["orders-server.json", "directory.json", "terraform/orders.tfstate.json", "terraform/orders.tfplan.json"])
    func truncatedInputsDoNotCrash(_ file: String) {
        let bytes = Fixtures.bytes(file)
        #expect(!bytes.isEmpty)
        let stride = max(1, bytes.count / 400)
        var cut = 0
        while cut < bytes.count {
            let prefix = Array(bytes[0..<cut])
            let diagnostics: [ConfigDiagnostic]
            if file == "directory.json" {
                diagnostics = DirectoryLoader.load(bytes: prefix).diagnostics
            } else {
                diagnostics = CompiledConfiguration.load(bytes: prefix).diagnostics
            }
            // A strict prefix of a JSON document is never valid JSON.
            #expect(diagnostics.first?.code.rawValue == "OEL9001", "prefix \(cut)")
            cut += stride
        }
    }

    /// Structurally valid but mangled documents (each value in turn replaced by a wrong type) load without trapping.
    @Test func mangledValuesDoNotCrash() throws {
        let document = Fixtures.bundleObject()
        let replacements: [Value] = [.null, .int(7), .string("x"), .array([.bool(true)]), .object(ObjectValue())]
        var variants = 0
        for key in document.keys {
            for replacement in replacements {
                var copy = document
                copy[key] = replacement
                _ = CompiledConfiguration.load(bytes: Fixtures.text(.object(copy)))
                variants += 1
            }
        }
        // Every field of the first claim and of the first rule of the first policy.
        for (collection, index) in [("claims", 20), ("policies", 0)] {
            guard case .array(var items) = document[collection] ?? .null, case .object(let item) = items[index] else { continue }
            for key in item.keys {
                for replacement in replacements {
                    var changed = item
                    changed[key] = replacement
                    items[index] = .object(changed)
                    var copy = document
                    copy[collection] = .array(items)
                    _ = CompiledConfiguration.load(bytes: Fixtures.text(.object(copy)))
                    variants += 1
                }
            }
        }
        #expect(variants > 50)
    }

    @Test func folderFilesTruncatedDoNotCrash() {
        let files = Fixtures.folderFiles
        for name in files.keys.sorted() {
            guard let bytes = files[name] else { continue }
            for cut in Swift.stride(from: 0, to: bytes.count, by: max(1, bytes.count / 50)) {
                var copy = files
                copy[name] = Array(bytes[0..<cut])
                let loaded = ConfigurationLoader.loadFolder(files: copy)
                #expect(loaded.diagnostics.contains { $0.code.rawValue == "OEL9001" && $0.file == name })
            }
        }
    }

    private static func requireSendable<T: Sendable>(_: T.Type) {}

    @Test func sharedByTwoThreads() throws {
        RobustnessTests.requireSendable(CompiledConfiguration.self)
        RobustnessTests.requireSendable(Directory.self)
        let compiled = try #require(CompiledConfiguration.load(bytes: Fixtures.bundle).value)
        let expected = compiled.canonicalDump
        let filters = compiled.claims.compactMap { claim -> GroupFilter? in
            if case .groups(let filter?) = claim.value { return filter }
            return nil
        }
        let names = ["Everyone", "orders-staff", "IT", "Engineering", "Sales", "orders-admins"]
        let counts = Mutex<[Int]>([])
        DispatchQueue.concurrentPerform(iterations: 2) { _ in
            var matched = 0
            for _ in 0..<500 {
                for filter in filters {
                    for name in names where (try? filter.matches(name)) == true { matched += 1 }
                }
            }
            let same = compiled.canonicalDump == expected
            counts.withLock { $0.append(same ? matched : -1) }
        }
        // groups: orders-staff, orders-admins; it_groups: IT, Engineering; 500 rounds each.
        #expect(counts.withLock { $0 } == [2000, 2000])
    }

    @Test func compiledConfigurationIsSendableAndSharedAcrossThreads() async throws {
        let compiled = try #require(CompiledConfiguration.load(bytes: Fixtures.bundle).value)
        let expected = compiled.canonicalDump
        let results = await withTaskGroup(of: String.self) { group in
            for worker in 0..<2 {
                group.addTask { [compiled] in
                    // Each thread evaluates every compiled claim program and filter many times.
                    var seen = 0
                    for _ in 0..<200 {
                        for claim in compiled.claims {
                            switch claim.value {
                            case .expression(let program?):
                                let context = EvaluationContext(roots: ObjectValue([
                                    ("user", .object(ObjectValue([("department", .string("Sales")), ("email", .string("w\(worker)@example.com"))]))),
                                    ("app", .object(ObjectValue([("clientId", .string("0oa1")), ("profile", .object(ObjectValue()))]))),
                                    ("appuser", .null),
                                ]))
                                if (try? program.evaluate(context)) != nil { seen += 1 }
                            case .groups(let filter?):
                                if (try? filter.matches("orders-staff")) == true { seen += 1 }
                            default: break
                            }
                        }
                    }
                    return compiled.canonicalDump + "\(seen > 0)"
                }
            }
            var all: [String] = []
            for await result in group { all.append(result) }
            return all
        }
        #expect(results == [expected + "true", expected + "true"])
    }
}
