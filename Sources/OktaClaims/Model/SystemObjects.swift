/// The scopes and claims Okta creates with every custom authorization server (okta-authz §1.2,
/// §1.3). Used to recognise SYSTEM claims and to complete a configuration from Terraform,
/// which manages only custom objects.
public enum SystemObjects {
    /// The default expression of the system `sub` claim.
    public static let defaultSubExpression = "(appuser != null) ? appuser.userName : app.clientId"

    /// The system scopes: all IMPLICIT, ALL_CLIENTS, not default, not optional.
    public static let scopeNames = ["openid", "profile", "email", "address", "phone", "offline_access", "device_sso"]

    /// The OIDC scopes (the ones that need `openid` and are granted without scope objects).
    public static let oidcScopes: Set<String> = ["openid", "profile", "email", "address", "phone", "offline_access"]

    /// The system scopes as objects.
    public static var scopes: [Scope] {
        scopeNames.map { Scope(name: $0, consent: .implicit, isDefault: false, metadataPublish: .allClients, optional: false, system: true) }
    }

    /// One SYSTEM claim: its name, the scope it belongs to and whether it defaults to "Always".
    public struct SystemClaim: Sendable, Hashable {
        /// The claim name.
        public let name: String
        /// The scope that makes it eligible.
        public let scope: String
        /// The default `alwaysIncludeInToken`.
        public let alwaysByDefault: Bool
    }

    /// The 18 SYSTEM (OIDC) claims, in the order Okta lists them.
    public static let systemClaims: [SystemClaim] = [
        SystemClaim(name: "name", scope: "profile", alwaysByDefault: true),
        SystemClaim(name: "preferred_username", scope: "profile", alwaysByDefault: true),
        SystemClaim(name: "email", scope: "email", alwaysByDefault: true),
        SystemClaim(name: "email_verified", scope: "email", alwaysByDefault: false),
        SystemClaim(name: "address", scope: "address", alwaysByDefault: false),
        SystemClaim(name: "phone_number", scope: "phone", alwaysByDefault: false),
    ] + ["family_name", "given_name", "middle_name", "nickname", "profile", "picture", "website", "gender",
         "birthdate", "zoneinfo", "locale", "updated_at"].map { SystemClaim(name: $0, scope: "profile", alwaysByDefault: false) }

    /// The SYSTEM claim of this name.
    public static func systemClaim(named name: String) -> SystemClaim? { systemClaimIndex[name] }

    private static let systemClaimIndex: [String: SystemClaim] = Dictionary(
        systemClaims.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })

    /// The system `sub` claim (access token) with its default expression.
    public static var subClaim: Claim {
        Claim(name: "sub", claimType: .resource, valueType: .expression, value: defaultSubExpression,
              alwaysIncludeInToken: true, scopes: [], system: true)
    }

    /// The 19 system claims as objects: `sub` and the 18 OIDC ones.
    public static var claims: [Claim] {
        [subClaim]
            + systemClaims.map {
                Claim(name: $0.name, claimType: .identity, valueType: .system, alwaysIncludeInToken: $0.alwaysByDefault,
                      scopes: [$0.scope], system: true)
            }
    }
}
