import Testing
@testable import OktaEL

/// Runs every example of the function table, the ones `oel functions` prints.
@Suite struct FunctionExampleTests {
    struct Example: Sendable, CustomTestStringConvertible {
        var function: String
        var dialect: Dialect
        var example: FunctionExample
        var testDescription: String { "\(function): \(example.expression)" }
    }

    static let examples: [Example] = FunctionRegistry.standard.all.flatMap { function in
        function.examples.map { Example(function: function.qualifiedName, dialect: function.dialects.contains(.classic) ? .classic : .identityEngine, example: $0) }
    }

    @Test func everyFunctionIsDocumented() {
        for function in FunctionRegistry.standard.all {
            #expect(!function.summary.isEmpty, "\(function.qualifiedName)")
            #expect(!function.signature.isEmpty, "\(function.qualifiedName)")
        }
        #expect(Self.examples.count >= 10)
    }

    @Test(arguments: examples)
    func example(_ example: Example) throws {
        let context = example.example.context ?? "{}"
        if let code = example.example.errorCode {
            #expect(TestSupport.errorCode(example.example.expression, context, dialect: example.dialect) == code)
        } else {
            let value = try TestSupport.evaluate(example.example.expression, context, dialect: example.dialect)
            let expected = try JSONReader.parse(example.example.result ?? "null")
            #expect(ValueOutput.plain(value).isJavaEqual(to: expected),
                    "\(example.example.expression) gave \(ValueOutput.json(value)), expected \(example.example.result ?? "")")
        }
    }
}
