import Testing
@testable import OktaEL

/// Error messages about a list name the list, not its first element (Spring converts a list
/// to a Boolean by its first element, and to text by joining its elements).
@Suite struct ListMessageTests {
    private func message(_ source: String, _ context: String = "{}") -> String? {
        do {
            _ = try TestSupport.evaluate(source, context)
            return nil
        } catch let diagnostic as Diagnostic {
            return diagnostic.message
        } catch {
            return "\(error)"
        }
    }

    static let groups = #"{"groups": [{"id": "1", "name": "A_SUBSTRING_Readers", "type": "APP_GROUP", "source": {"id": "appId"}}, {"id": "2", "name": "B_Readers", "type": "APP_GROUP", "source": {"id": "appId"}}]}"#

    @Test func aGroupListInAConditionIsNamedAsTheList() {
        #expect(message(#"Groups.contains("appId", "B", 100) ? "yes" : "no""#, Self.groups)
            == "Cannot convert the list {'A_SUBSTRING_Readers', 'B_Readers'} to a Boolean: a list converts by its first element, and the String 'A_SUBSTRING_Readers' is not a Boolean")
    }

    @Test(arguments: [
        ("!{5}", "Cannot convert the list {5} to a Boolean: a list converts by its first element, and the Integer 5 is not a Boolean"),
        ("{{'x'}} and true", "Cannot convert the list {{'x'}} to a Boolean: a list converts by its first element, and the list {'x'} is not a Boolean"),
        ("{'a', 'b', 'c', 'd'} ? 1 : 2", "Cannot convert the list {'a', 'b', 'c', … (4 elements)} to a Boolean: a list converts by its first element, and the String 'a' is not a Boolean"),
        ("Convert.toInt({'5', 'x'})", "Cannot convert the list {'5', 'x'} to an Integer: a list converts as its elements joined with commas, '5,x', which is not a number"),
        ("Convert.toNum({'a', 'b'})", "Cannot convert the list {'a', 'b'} to a Number: a list converts as its elements joined with commas, 'a,b', which is not a number"),
        ("String.substring('abc', {'x', 'y'}, 3)", "The start index must be an int, not the list {'x', 'y'}"),
        ("{1, 2}[{'a', 'b'}]", "A list index must be an int, not the list {'a', 'b'}"),
    ])
    func listsAreNamedWhole(_ source: String, _ expected: String) {
        #expect(message(source) == expected)
    }

    @Test func convertibleListsStillConvert() throws {
        #expect(try TestSupport.evaluate("{true, 'x'} and true") == .bool(true))
        #expect(try TestSupport.evaluate("Convert.toInt({'5'})") == .int(5))
    }
}
