import Testing
@testable import OktaEL

/// Roots whose shape the engine relies on are checked when a context is loaded (`ContextShapes`):
/// a misfit is `OEL7004` naming the JSON path of the first offending value.
@Suite struct ContextShapeTests {
    private func misfit(_ json: String, dialect: Dialect = .classic) -> Diagnostic? {
        do {
            _ = try ContextLoader.context(fromJSON: json, dialect: dialect)
            return nil
        } catch {
            return error
        }
    }

    @Test(arguments: [
        (#"{"groups": ["Admins"]}"#, #"$.groups[0] is the String "Admins"; it must be a group object"#),
        (#"{"groups": {"name": "Admins"}}"#, "$.groups is an object; it must be a list of group objects"),
        (#"{"groups": [{"id": "00g1", "name": "A"}, {"type": "OKTA_GROUP"}]}"#, "$.groups[1] is an object; it must be a group with an id or a name"),
        (#"{"groups": [{"id": "00g1", "profile": {"name": 3}}]}"#, "$.groups[0].profile.name is the Integer 3; it must be a String"),
        (#"{"groups": [{"id": "00g1", "source": "ad"}]}"#, #"$.groups[0].source is the String "ad"; it must be an object"#),
        (#"{"orgGroups": [5]}"#, "$.orgGroups[0] is the Integer 5; it must be a group object"),
        (#"{"orgGroups": [{"id": "00g1", "owners": "00u1"}]}"#, #"$.orgGroups[0].owners is the String "00u1"; it must be a list of owner ids or owner objects"#),
        (#"{"groups": [{"id": "00g1", "owners": ["00u1", 7]}]}"#, "$.groups[0].owners[1] is the Integer 7; it must be an owner id or an owner object"),
        (#"{"access": {"scope": "openid profile"}}"#, #"$.access.scope is the String "openid profile"; it must be a list of Strings"#),
        (#"{"session": {"amr": ["pwd", true]}}"#, "$.session.amr[1] is the Boolean true; it must be a String"),
        (#"{"security": {"behaviors": "New IP"}}"#, #"$.security.behaviors is the String "New IP"; it must be a list of Strings"#),
        (#"{"assignments": {"my app": "x"}}"#, #"$.assignments["my app"] is the String "x"; it must be an app-user object or a list of them"#),
        (#"{"assignments": {"workday": [{"a": 1}, 2]}}"#, "$.assignments.workday[1] is the Integer 2; it must be an app-user object"),
        (#"{"managers": {"active_directory": []}}"#, "$.managers.active_directory is a list; it must be an object"),
        (#"{"assistants": {"active_directory": {"appusers": {"google": "x"}}}}"#, #"$.assistants.active_directory.appusers.google is the String "x"; it must be an app-user object"#),
        (#"{"linkedObjects": {"manager": "00u1"}}"#, #"$.linkedObjects.manager is the String "00u1"; it must be a user object"#),
    ])
    func misfitsNameTheirPath(_ json: String, _ message: String) throws {
        let diagnostic = try #require(misfit(json))
        #expect(diagnostic.code == .contextShape)
        #expect(diagnostic.code.rawValue == "OEL7004")
        #expect(diagnostic.message == "In the evaluation context, " + message)
    }

    @Test func documentedShapesLoad() {
        #expect(misfit(#"{"groups": [{"id": "00g1", "name": "Admins", "type": "OKTA_GROUP", "profile": {"name": "Admins"}, "source": {"id": "0oa1", "app": "active_directory"}}]}"#) == nil)
        #expect(misfit(#"{"groups": null, "access": {"scope": null}, "session": {"amr": ["pwd"]}, "managers": null}"#) == nil)
        #expect(misfit(#"{"groups": [{"profile": {"name": "Admins"}}], "assignments": {"active_directory": {"userName": "ann"}, "workday": null}}"#) == nil)
        #expect(misfit(#"{"access": "not checked: only access.scope has a required shape", "user": 5}"#) == nil)
    }

    @Test func identityEngineDateFieldsMustBeDates() throws {
        let text = try #require(misfit(#"{"user": {"created": "yesterday"}}"#, dialect: .identityEngine))
        #expect(text.code == .contextShape)
        #expect(text.message.contains(#"$.user.created is the String "yesterday""#))
        let number = try #require(misfit(#"{"user": {"lastLogin": 5}}"#, dialect: .identityEngine))
        #expect(number.message.contains("$.user.lastLogin is the Integer 5"))
        #expect(misfit(#"{"user": {"created": "yesterday"}}"#, dialect: .classic) == nil)
        #expect(misfit(#"{"user": {"created": null}}"#, dialect: .identityEngine) == nil)
    }

    @Test func theClockMustBeText() throws {
        let clock = try #require(misfit(#"{"now": 1438363117979}"#))
        #expect(clock.code == .invalidContext)
        #expect(clock.message.contains("$.now"))
        #expect(misfit(#"{"now": null}"#) == nil)
    }
}
