import OktaEL

/// What claims are checked against when compiling.
public struct CompileOptions: Sendable {
    /// The user profile schema (Okta's schema JSON), when known.
    public var userSchema: ProfileSchema?
    /// The app user schema, when known.
    public var appUserSchema: ProfileSchema?

    /// Options; nothing known by default.
    public init(userSchema: ProfileSchema? = nil, appUserSchema: ProfileSchema? = nil) {
        self.userSchema = userSchema
        self.appUserSchema = appUserSchema
    }
}
