import Testing
@testable import OktaEL

/// The context model (`ContextRoots`, `KnownShapes`) and what the evaluator, the checker and
/// the loader read from it.
@Suite struct ContextModelTests {
    @Test func eachRootHasOneRow() {
        #expect(ContextRoots.all.count == ContextRoots.names.count)
        #expect(KnownShapes.rootNames == [
            "user", "appuser", "appUser", "app", "org", "access", "session", "security", "device", "login",
            "accessRequest", "idpuser", "source", "group", "groups",
        ])
    }

    @Test func documentedRootsReadAsEmptyObjectsOrNull() {
        #expect(EvaluationContext.documentedRoots == [
            "user", "appuser", "appUser", "app", "org", "access", "session", "idpuser", "source",
            "security", "device", "login", "accessRequest",
        ])
        #expect(EvaluationContext.nullRootsWhenAbsent == ["appuser", "appUser", "idpuser"])
        let context = EvaluationContext()
        for name in EvaluationContext.documentedRoots {
            let expected: Value = EvaluationContext.nullRootsWhenAbsent.contains(name) ? .null : .object(ObjectValue())
            #expect(context.root(name) == expected, "\(name)")
        }
        #expect(context.root("groups") == .array([]))
        #expect(context.root("group") == nil)
        #expect(context.root("zendesk") == nil)
        #expect(EvaluationContext(roots: ["app": ["id": "0oa1"]]).root("app") == .object(["id": "0oa1"]))
    }

    @Test func aPropertyOfAnAbsentAppUserSaysThereIsNone() throws {
        do {
            _ = try TestSupport.evaluate("appuser.userName", #"{"app": {"clientId": "0oa1"}}"#)
            Issue.record("expected an error")
        } catch let diagnostic as Diagnostic {
            #expect(diagnostic.code == .propertyOnNull)
            #expect(diagnostic.message == "Property 'userName' cannot be read from null: the context has no appuser")
            #expect(diagnostic.hint?.contains("appuser != null ? appuser.userName : ...") == true)
            #expect(diagnostic.range == SourceRange(start: 8, end: 16))
        }
        // An appuser given as null in the context is an ordinary null.
        do {
            _ = try TestSupport.evaluate("appuser.userName", #"{"appuser": null}"#)
            Issue.record("expected an error")
        } catch let diagnostic as Diagnostic {
            #expect(diagnostic.message == "Property 'userName' cannot be read from null")
        }
        #expect(try TestSupport.evaluate("appuser?.userName") == .null)
    }

    @Test func profilesAllowTheirRoots() {
        #expect(UsageProfile.claim.allowedRoots == ["user", "appuser", "app", "org", "access"])
        #expect(UsageProfile.federatedClaim.allowedRoots == ["user", "appuser", "device", "session"])
        #expect(UsageProfile.groupRule.allowedRoots == ["user"])
        #expect(UsageProfile.mapping.allowedRoots == nil)
        #expect(UsageProfile.policy.allowedRoots == ["user", "device", "security", "session", "login", "accessRequest"])
        #expect(UsageProfile.idpTransform.allowedRoots == ["idpuser", "org"])
    }

    @Test func profilesOfferOnlyRootsOktaDocuments() {
        for root in ContextRoots.all where !root.profiles.isEmpty {
            #expect(root.documentedByOkta, "\(root.name) is offered in \(root.profiles) but is not Okta's")
            #expect(root.whenAbsent == .emptyObject || root.whenAbsent == .null, "\(root.name)")
        }
    }

    @Test func knownShapesComeFromTheRows() {
        #expect(KnownShapes.root("groups") == .array(.group))
        #expect(KnownShapes.root("login") == .object(ObjectShape(name: "login", fields: ["identifier": .string], closed: false)))
        #expect(KnownShapes.root("org") == .object(nil))
        #expect(KnownShapes.root("zendesk") == .object(nil))
    }

    @Test func identityEngineDateFieldsAreTheUserDateTimes() throws {
        #expect(KnownShapes.identityEngineDateFields == ["activated", "created", "lastLogin", "lastUpdated", "passwordChanged", "statusChanged"])
        let fields = KnownShapes.identityEngineDateFields.map { #""\#($0)": "2015-07-30T23:58:32.000Z""# }.joined(separator: ", ")
        let json = #"{"user": {"# + fields + #", "id": "00u1", "profile": {"created": "2015-07-30T23:58:32.000Z"}}}"#
        guard case .object(let user)? = try ContextLoader.context(fromJSON: json, dialect: .identityEngine).roots["user"] else {
            Issue.record("no user object")
            return
        }
        for field in KnownShapes.identityEngineDateFields {
            guard case .dateTime? = user[field] else { Issue.record("\(field) is \(String(describing: user[field]))"); continue }
        }
        #expect(user["id"] == .string("00u1"))
        #expect(user["profile"] == .object(["created": "2015-07-30T23:58:32.000Z"]))
        // The classic dialect keeps the text.
        let classic = try ContextLoader.context(fromJSON: json, dialect: .classic)
        guard case .object(let classicUser)? = classic.roots["user"] else {
            Issue.record("no user object")
            return
        }
        #expect(classicUser["created"] == .string("2015-07-30T23:58:32.000Z"))
    }
}
