import Foundation
import Testing
@testable import OktaEL

/// The usage profiles' restrictions are sourced (`grammar/profiles.md`): the page's roots table
/// is the code's, every function restriction names its source, and the restrictions Okta's
/// accepted configurations disprove are gone.
@Suite struct CheckerProfileTableTests {
    static func codes(_ source: String, _ profile: UsageProfile?, dialect: Dialect? = nil) -> [String] {
        Checker.check(source, options: CheckOptions(dialect: dialect, profile: profile)).diagnostics.map(\.code.rawValue)
    }

    /// The profiles in the order of the page's roots table.
    static let columns: [UsageProfile] = [.claim, .federatedClaim, .groupRule, .mapping, .policy, .idpTransform]

    @Test func rootsTableIsTheCodes() throws {
        let text = try String(contentsOf: TestSupport.root.appendingPathComponent("grammar/profiles.md"), encoding: .utf8)
        let header = "| root | " + Self.columns.map(\.rawValue).joined(separator: " | ") + " | source |"
        #expect(text.contains(header), "the roots table's columns are the profiles in this order")
        var seen: Set<String> = []
        for line in text.split(separator: "\n") where line.hasPrefix("| `") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count == Self.columns.count + 2, cells[0].hasPrefix("`"), ContextRoots.names.contains(cells[0].trimmingCharacters(in: CharacterSet(charactersIn: "`"))) else { continue }
            let root = cells[0].trimmingCharacters(in: CharacterSet(charactersIn: "`"))
            seen.insert(root)
            #expect(!cells[Self.columns.count + 1].isEmpty, "\(root) has no source")
            for (column, profile) in Self.columns.enumerated() {
                let written = cells[column + 1]
                let actual: String
                if let allowed = profile.allowedRoots {
                    actual = allowed.contains(root) ? "yes" : ContextRoots.unverified(root, in: profile) != nil ? "unverified" : "no"
                } else {
                    actual = "any"
                }
                #expect(written == actual, "\(root) in \(profile.rawValue): the page says \(written), the code \(actual)")
            }
        }
        #expect(seen == ContextRoots.names, "the page lists every root once: missing \(ContextRoots.names.subtracting(seen).sorted())")
    }

    @Test func everyFunctionRestrictionNamesItsSource() {
        for function in FunctionRegistry.standard.all {
            for restriction in function.restrictions {
                #expect(restriction.source.count > 20, "\(function.qualifiedName): no source")
                #expect(restriction.confirmed || restriction.source.contains("unverified") || restriction.source.contains("inference"),
                        "\(function.qualifiedName): an unconfirmed restriction says it is unverified")
            }
        }
    }

    /// The Terraform okta provider's acceptance tests create these group rules, so Okta accepts them.
    @Test(arguments: [
        #"hasDirectoryUser() AND findDirectoryUser().managerUpn == "manager@example.com""#,
        "hasWorkdayUser()",
        #"isMemberOfGroupNameStartsWith("IT-")"#,
        #"String.startsWith(user.firstName,"andy")"#,
        #"(user.firstName == "John" AND user.lastName == "Doe") OR user.email == "john@example.com""#,
    ])
    func acceptedGroupRulesCheckClean(source: String) {
        #expect(Self.codes(source, .groupRule).filter { $0 != "OEL8004" } == [])
    }

    @Test func sourcedRefusalsStayErrors() {
        #expect(Self.codes("Convert.toInt('2018') == user.yearJoined", .groupRule) == ["OEL5104"])
        #expect(Self.codes("Time.now() > '2020'", .groupRule) == ["OEL5104"])
        #expect(Self.codes("Groups.contains('OKTA', 'Sales', 10)", .mapping) == ["OEL5104"])
        #expect(Self.codes("appuser.department == 'IT'", .groupRule) == ["OEL5105"])
        #expect(Self.codes("idpuser.email", .claim) == ["OEL5105"])
    }

    @Test func unverifiedRestrictionsAreWarnings() {
        let result = Checker.check("Iso3166Convert.toAlpha2(user.countryCode) == 'US'", options: CheckOptions(profile: .groupRule))
        #expect(result.diagnostics.map(\.code.rawValue) == ["OEL8011"])
        #expect(!result.hasErrors)
        #expect(Self.codes("session.amr", .claim) == ["OEL8011"])
        #expect(Self.codes("user.email", .idpTransform) == ["OEL8011"])
    }

    @Test func claimsOfBothPlaces() {
        // An app's federated claim is Identity Engine: user.getGroups claims (support article on unified claims).
        #expect(Self.codes("user.getGroups({'group.type': 'OKTA_GROUP'}).![profile.name]", .federatedClaim) == [])
        #expect(Self.codes("appuser.entitlements.role", .federatedClaim) == [])
        #expect(Self.codes("device.profile.managed", .federatedClaim) == [])
        #expect(UsageProfile(name: "app-claim") == .federatedClaim)
        #expect(UsageProfile.federatedClaim.dialect == .identityEngine)
        // The authorization-server claim stays classic, and its mismatch names the other place.
        let mismatch = Checker.check("user.profile.email", options: CheckOptions(dialect: .identityEngine, profile: .claim))
        #expect(mismatch.diagnostics.map(\.code.rawValue) == ["OEL5113"])
        #expect(mismatch.diagnostics.first?.hint?.contains("--profile federated-claim") == true)
        #expect(Self.codes("user.email", .federatedClaim, dialect: .classic).contains("OEL5113"))
        #expect(Self.codes("access.scope", .federatedClaim) == ["OEL5114"])
    }
}
