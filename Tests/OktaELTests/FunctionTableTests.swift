import Testing
@testable import OktaEL

/// The typed facts of the function table: what every row must hold for the compiler, the
/// checker and `oel functions` to read it without prose, and what the facts make of a call.
@Suite struct FunctionTableTests {
    static let rows = FunctionRegistry.standard.all

    static func row(_ qualifiedName: String, in dialect: Dialect) -> BuiltinFunction? {
        rows.first { $0.qualifiedName == qualifiedName && $0.dialects.contains(dialect) }
    }

    static func codes(_ source: String, profile: UsageProfile? = nil, dialect: Dialect? = nil) -> [String] {
        Checker.check(source, options: CheckOptions(dialect: dialect, profile: profile)).diagnostics.map(\.code.rawValue)
    }

    // MARK: Every row

    @Test func directBodiesTakeOneArgumentPerParameter() {
        for function in Self.rows {
            guard let direct = function.direct else { continue }
            #expect(function.parameters.count == direct.arity, "\(function.qualifiedName)")
            #expect(function.parameters.allSatisfy { $0.occurrence == .once }, "\(function.qualifiedName)")
        }
    }

    @Test func optionalParametersTrailAndARepeatedOneComesLast() {
        for function in Self.rows {
            var sawOptional = false
            for (index, parameter) in function.parameters.enumerated() {
                switch parameter.occurrence {
                case .once: #expect(!sawOptional, "\(function.qualifiedName): a required parameter after an optional one")
                case .optional: sawOptional = true
                case .repeated: #expect(index == function.parameters.count - 1, "\(function.qualifiedName): a repeated parameter before the last")
                }
                #expect(!parameter.types.isEmpty, "\(function.qualifiedName).\(parameter.name)")
            }
        }
    }

    @Test func theRowsOfANamespaceShareTheirRestrictions() {
        var byNamespace: [String: Set<ProfileRestriction>] = [:]
        for function in Self.rows {
            guard case .namespaced(let namespace) = function.kind else { continue }
            let restrictions = Set(function.restrictions)
            if let seen = byNamespace[namespace] {
                #expect(seen == restrictions, "\(function.qualifiedName) is restricted unlike the rest of \(namespace).*")
            } else {
                byNamespace[namespace] = restrictions
            }
        }
        #expect(byNamespace["Convert"]?.first?.profiles == [.groupRule])
    }

    @Test func aDeprecationNamesAFunctionOfTheSameDialects() {
        var deprecated = 0
        for function in Self.rows {
            guard let deprecation = function.deprecation else { continue }
            deprecated += 1
            for dialect in function.dialects {
                let replacement = Self.row(deprecation.replacement, in: dialect)
                #expect(replacement != nil && replacement?.deprecated == false, "\(function.qualifiedName) → \(deprecation.replacement)")
            }
        }
        #expect(deprecated == 7)
    }

    @Test func aCounterpartCompilesInTheDialectThatLacksTheRow() {
        var counted = 0
        for function in Self.rows {
            guard let counterpart = function.counterpart else { continue }
            counted += 1
            for dialect in Dialect.allCases where !function.dialects.contains(dialect) {
                do {
                    _ = try Environment(dialect: dialect).compile(counterpart)
                } catch {
                    Issue.record("\(function.qualifiedName): \(counterpart) does not compile in \(dialect): \(error)")
                }
            }
        }
        #expect(counted > 30)
    }

    // MARK: What the facts make

    @Test func signaturesAreMadeFromTheTypedParameters() throws {
        let expected: [(String, Dialect, String)] = [
            ("user.getInternalProperty", .classic, #"user.getInternalProperty(name: "id" | "status") → String"#),
            ("Time.now", .classic, "Time.now(timeZoneId: String?, format: String?) → String"),
            ("Groups.startsWith", .classic, "Groups.startsWith(app: String, prefix: String, limit: Integer) → Array<String>?"),
            ("String.join", .classic, "String.join(separator: String, strings: String...) → String"),
            ("Convert.toInt", .classic, "Convert.toInt(value: String | Number) → Integer"),
            ("String.substring", .identityEngine, "String.substring(start: Integer, end: Integer?) → String"),
            ("getManagerAppUser", .classic, #"getManagerAppUser(managerSource: "active_directory", attributeSource: String) → AppUser?"#),
        ]
        for (name, dialect, signature) in expected {
            #expect(try #require(Self.row(name, in: dialect)).signature == signature)
        }
    }

    @Test func argumentCountsFollowFromTheParameters() throws {
        let join = try #require(Self.row("String.join", in: .classic))
        #expect(!join.accepts(0) && join.accepts(1) && join.accepts(9))
        let any = try #require(Self.row("isMemberOfAnyGroup", in: .classic))
        #expect(!any.accepts(0) && any.accepts(1) && any.arityDescription == "at least 1 argument")
        let now = try #require(Self.row("Time.now", in: .classic))
        #expect(now.minArguments == 0 && now.maxArguments == 2)
        let substring = try #require(Self.row("String.substring", in: .identityEngine))
        #expect(substring.arityDescription == "1 to 2 arguments")
        let flatten = try #require(Self.row("Arrays.flatten", in: .classic))
        #expect(flatten.accepts(0) && flatten.maxArguments == nil)
    }

    @Test func theSummaryLineCarriesTheStatus() throws {
        let upper = try #require(Self.row("toUpperCase", in: .classic))
        #expect(upper.summary == "Deprecated: use String.toUpperCase. input in upper case; null for null.")
        let endsWith = try #require(Self.row("String.endsWith", in: .classic))
        #expect(endsWith.undocumented && endsWith.summary.hasSuffix("Not in Okta's reference: provided because common tooling and the shared workload use it."))
        #expect(Self.rows.filter(\.undocumented).map(\.qualifiedName) == ["String.endsWith"])
    }

    @Test func theDeprecationHintNamesTheReplacement() {
        let result = Checker.check("substringBefore(user.email, '@')")
        let warning = result.diagnostics.first { $0.code == .deprecatedFunction }
        #expect(warning?.hint == "use String.substringBefore")
    }

    @Test func wrongDialectHintsQuoteTheCounterpart() throws {
        func hint(_ source: String, _ dialect: Dialect) -> String? {
            Checker.check(source, options: CheckOptions(dialect: dialect)).diagnostics.first { $0.code == .wrongDialect }?.hint
        }
        #expect(hint("String.len(user.profile.email)", .identityEngine) == "in the Identity Engine dialect write x.length(), or evaluate with --dialect classic")
        #expect(hint("user.email.substring(1)", .classic) == "in the classic dialect write String.substring(x, start, end), or evaluate with --dialect oie")
        #expect(hint("user.roles.size()", .classic) == "Array.size belongs to the Identity Engine dialect (--dialect oie)")
        #expect(hint("DateTime.now()", .classic) == "DateTime.now belongs to the Identity Engine dialect (--dialect oie)")
        #expect(hint("toUpperCase(user.profile.x)", .identityEngine) == "in the Identity Engine dialect write x.toUpperCase(), or evaluate with --dialect classic")
    }

    @Test func profilesRefuseWhatTheRowsSay() {
        // Sourced restrictions are errors, unverified ones warnings (grammar/profiles.md).
        #expect(Self.codes("Groups.contains('OKTA', 'Sales', 10)", profile: .mapping).contains("OEL5104"))
        #expect(!Self.codes("Groups.contains('OKTA', 'Sales', 10)", profile: .claim).contains("OEL5104"))
        #expect(Self.codes("isMemberOfGroupName('x') ? 'a' : 'b'", profile: .idpTransform).contains("OEL8011"))
        #expect(Self.codes("Convert.toInteger('1') > 1", profile: .groupRule).contains("OEL5104"),
                "a name Convert lacks is refused as Convert.* is")
        #expect(Self.codes("Groups.startsWith('OKTA', 'IT', 10) != null", profile: .policy, dialect: .classic).contains("OEL5104"))
        // Okta accepts group rules with hasDirectoryUser() (Terraform okta provider acceptance test).
        #expect(!Self.codes("hasDirectoryUser()", profile: .groupRule).contains("OEL5108"))
    }

    @Test func argumentRulesOfTheRowRunAtEachCall() {
        #expect(Self.codes("Convert.toInt(true)") == ["OEL5102"])
        #expect(Self.codes("Convert.toInt(1 > 0)") == ["OEL5102"])
        #expect(Self.codes("Arrays.contains({true}, true)") == [])
        #expect(Self.codes("isMemberOfGroupName('Sales')") == ["OEL8004"])
        #expect(Self.codes("isMemberOfGroupNameRegex('(a+)+')") == ["OEL8005"])
        #expect(Self.codes("isMemberOfGroupNameRegex('a+')") == [])
    }
}
