/// One row of Okta's OAuth error catalogue (okta-authz §2.7): the HTTP status, the OAuth
/// `error`, Okta's internal code (what the System Log reports) and the description template,
/// whose slots are written `{list}`, `{claim}`, `{user}`.
public struct OAuthErrorRow: Sendable, Hashable {
    /// HTTP status of the response.
    public let status: Int
    /// The OAuth `error`.
    public let error: String
    /// Okta's internal code.
    public let internalCode: String
    /// The `error_description` template.
    public let template: String
    /// Whether the row is this engine's own (a preview input fault Okta has no code for).
    public let previewOnly: Bool

    init(_ status: Int, _ error: String, _ internalCode: String, _ template: String, previewOnly: Bool = false) {
        self.status = status
        self.error = error
        self.internalCode = internalCode
        self.template = template
        self.previewOnly = previewOnly
    }

    /// The description with each `{slot}` replaced by its text.
    public func describe(_ slots: [String: String] = [:]) -> String {
        var out = template
        for (slot, text) in slots.sorted(by: { $0.key < $1.key }) {
            out = out.replacingEvery("{\(slot)}", with: text)
        }
        return out
    }
}

/// The catalogue as one table. Every failure the engine detects is one of these rows; the
/// rows Okta documents but the preview cannot produce (refresh-token and hook rows) are kept
/// so the table is the whole of §2.7.
public enum OAuthErrorTable {
    /// `no_matching_policy`: no active policy for the client has a rule that matches.
    public static let noMatchingPolicy = OAuthErrorRow(401, "access_denied", "no_matching_policy",
        "Policy evaluation failed for this request, please check the policy configurations.")
    /// `scope_denied` (never produced: over-broad requests fail as `no_matching_policy`, D24).
    public static let scopeDenied = OAuthErrorRow(400, "access_denied", "scope_denied",
        "Some of the requested scopes were denied by the policy. Denied scopes: [{list}].")
    /// `no_scope_allowed` (never produced, D24).
    public static let noScopeAllowed = OAuthErrorRow(400, "access_denied", "no_scope_allowed",
        "Policy evaluation succeeded, but all the requested scopes were rejected.")
    /// `refresh_scopes_denied` (needs the original grant; not previewed).
    public static let refreshScopesDenied = OAuthErrorRow(400, "access_denied", "refresh_scopes_denied",
        "Some of the scopes requested for the refresh request were not granted in the original authorize request. Denied scopes: {list}.")
    /// `user_not_assigned`.
    public static let userNotAssigned = OAuthErrorRow(400, "access_denied", "user_not_assigned",
        "User is not assigned to the client application.")
    /// `openid_scope_required_access_token` (the /authorize variant; the preview reports `openid_scope_required`).
    public static let openIDScopeRequiredAccessToken = OAuthErrorRow(403, "access_denied", "openid_scope_required_access_token",
        "Requests for ID tokens or access tokens with OpenID scopes require the 'openid' scope.")
    /// `access_denied`.
    public static let accessDenied = OAuthErrorRow(403, "access_denied", "access_denied",
        "The resource owner or authorization server denied the request.")
    /// `invalid_scope`.
    public static let invalidScope = OAuthErrorRow(400, "invalid_scope", "invalid_scope",
        "The requested scope is invalid, unknown, malformed, or exceeds the scope granted by the resource owner.")
    /// `no_matching_scope`: a requested scope is not defined on the server.
    public static let noMatchingScope = OAuthErrorRow(400, "invalid_scope", "no_matching_scope",
        "One or more scopes are not configured for the authorization server resource.")
    /// `no_default_scopes`: `scope` omitted and the server has no default scope.
    public static let noDefaultScopes = OAuthErrorRow(400, "invalid_scope", "no_default_scopes",
        "The authorization server resource does not have any configured default scopes, 'scope' must be provided.")
    /// `missing_scopes`: an empty `scope`.
    public static let missingScopes = OAuthErrorRow(400, "invalid_scope", "missing_scopes", "No scopes were requested.")
    /// `openid_scope_required`: profile, email, address or phone (or an ID token) without openid.
    public static let openIDScopeRequired = OAuthErrorRow(400, "invalid_scope", "openid_scope_required",
        "Requests for ID tokens or access tokens with OpenID scopes require the 'openid' scope.")
    /// `openid_not_allowed_client_creds`.
    public static let openIDNotAllowedClientCredentials = OAuthErrorRow(400, "invalid_scope", "openid_not_allowed_client_creds",
        "Cannot request 'openid' scopes using client credentials.")
    /// `illegal_custom_scope` (org authorization server only; not previewed).
    public static let illegalCustomScope = OAuthErrorRow(400, "invalid_scope", "illegal_custom_scope",
        "Custom scopes are not allowed for this request.")
    /// `unsupported_scope_browser_request` (CORS calls; not previewed).
    public static let unsupportedScopeBrowserRequest = OAuthErrorRow(400, "invalid_scope", "unsupported_scope_browser_request",
        "Browser requests to the token endpoint may not include the offline_access scope.")
    /// `consent_required`.
    public static let consentRequired = OAuthErrorRow(400, "consent_required", "consent_required",
        "The following scopes require user consent: [{list}].")
    /// `consent_required_client_credentials`.
    public static let consentRequiredClientCredentials = OAuthErrorRow(400, "consent_required", "consent_required_client_credentials",
        "The following scopes require user consent and cannot be granted for the client credentials grant type: [{list}].")
    /// `consent_required_ropf` (password grant; Okta's wording is not published, this is ours).
    public static let consentRequiredPassword = OAuthErrorRow(400, "consent_required", "consent_required_ropf",
        "The following scopes require user consent and cannot be granted for the password grant type: [{list}]. Clear 'Require consent' on the scopes or set the app's consent_method to TRUSTED.")
    /// `client_credentials_self_scope_requested`.
    public static let clientCredentialsSelfScope = OAuthErrorRow(400, "client_credentials_self_scope_requested",
        "client_credentials_self_scope_requested", "The 'client_credentials' grant type may not request .self scopes.")
    /// `invalid_client`: the client id is not an OAuth client of the directory.
    public static let invalidClient = OAuthErrorRow(401, "invalid_client", "invalid_client",
        "Client authentication failed. Either the client or the client credentials are invalid.")
    /// `invalid_client_id`.
    public static let invalidClientID = OAuthErrorRow(401, "invalid_client", "invalid_client_id", "Invalid value for 'client_id' parameter.")
    /// `missing_client_credentials`.
    public static let missingClientCredentials = OAuthErrorRow(401, "invalid_client", "missing_client_credentials", "No client credentials found.")
    /// `unauthorized_client`: the app does not have the grant type.
    public static let unauthorizedClient = OAuthErrorRow(400, "unauthorized_client", "unauthorized_client",
        "The client is not authorized to use the provided grant type. Configured grant types: [{list}].")
    /// `unsupported_grant_type`: the server does not support the grant type.
    public static let unsupportedGrantType = OAuthErrorRow(400, "unsupported_grant_type", "unsupported_grant_type",
        "The authorization grant type is not supported by the authorization server. Configured grant types: [{list}].")
    /// `unsupported_response_type` (RFC 6749 §4.1.2.1; Okta's catalogue has no row, wording ours).
    public static let unsupportedResponseType = OAuthErrorRow(400, "unsupported_response_type", "unsupported_response_type",
        "The response type is not supported by the client or the grant type. Configured response types: [{list}].", previewOnly: true)
    /// `invalid_refresh_token`.
    public static let invalidRefreshToken = OAuthErrorRow(400, "invalid_grant", "invalid_refresh_token", "The refresh token is invalid or expired.")
    /// `invalid_authorization_code`.
    public static let invalidAuthorizationCode = OAuthErrorRow(400, "invalid_grant", "invalid_authorization_code",
        "The authorization code is invalid or has expired.")
    /// `invalid_nonce`: implicit OIDC request without a nonce.
    public static let invalidNonce = OAuthErrorRow(400, "invalid_request", "invalid_nonce",
        "The 'nonce' parameter is required for authorize requests with either the 'id_token' or 'token' response types..")
    /// `invalid_authorization_server`: the server is INACTIVE.
    public static let invalidAuthorizationServer = OAuthErrorRow(400, "invalid_request", "invalid_authorization_server",
        "The authorization server id is invalid.")
    /// `too_many_groups_in_groups_claim`.
    public static let tooManyGroups = OAuthErrorRow(400, "server_error", "too_many_groups_in_groups_claim",
        "The groups claim matched too many groups and must be configured to match fewer groups.")
    /// `user_claim_evaluation_failure`.
    public static let userClaimEvaluationFailure = OAuthErrorRow(400, "server_error", "user_claim_evaluation_failure",
        "The '{claim}' user claim could not be evaluated.")
    /// `system_claim_evaluation_failure` (the `sub` claim).
    public static let systemClaimEvaluationFailure = OAuthErrorRow(400, "server_error", "system_claim_evaluation_failure",
        "The '{claim}' system claim could not be evaluated.")
    /// `callback_returned_error` (token inline hooks are not called by the preview).
    public static let callbackReturnedError = OAuthErrorRow(400, "server_error", "callback_returned_error", "{errorSummary}")
    /// `callback_returned_error_without_description`.
    public static let callbackReturnedErrorWithoutDescription = OAuthErrorRow(400, "server_error",
        "callback_returned_error_without_description", "The callback service returned an error.")
    /// `id_token_not_generated`.
    public static let idTokenNotGenerated = OAuthErrorRow(500, "server_error", "id_token_not_generated", "Failed to create the id_token.")
    /// `access_token_not_generated`.
    public static let accessTokenNotGenerated = OAuthErrorRow(500, "server_error", "access_token_not_generated", "Failed to create the access_token.")
    /// The request names no user for a grant that needs one (preview input fault).
    public static let missingUser = OAuthErrorRow(400, "invalid_request", "preview_missing_user",
        "The '{grant}' grant type acts for a user; the request names none.", previewOnly: true)
    /// The request names a user the directory does not have (preview input fault).
    public static let unknownUser = OAuthErrorRow(400, "invalid_grant", "preview_unknown_user",
        "The user '{user}' is not in the directory.", previewOnly: true)

    /// Every row, in the order above.
    public static let rows: [OAuthErrorRow] = [
        noMatchingPolicy, scopeDenied, noScopeAllowed, refreshScopesDenied, userNotAssigned, openIDScopeRequiredAccessToken,
        accessDenied, invalidScope, noMatchingScope, noDefaultScopes, missingScopes, openIDScopeRequired,
        openIDNotAllowedClientCredentials, illegalCustomScope, unsupportedScopeBrowserRequest, consentRequired,
        consentRequiredClientCredentials, consentRequiredPassword, clientCredentialsSelfScope, invalidClient, invalidClientID,
        missingClientCredentials, unauthorizedClient, unsupportedGrantType, unsupportedResponseType, invalidRefreshToken,
        invalidAuthorizationCode, invalidNonce, invalidAuthorizationServer, tooManyGroups, userClaimEvaluationFailure,
        systemClaimEvaluationFailure, callbackReturnedError, callbackReturnedErrorWithoutDescription, idTokenNotGenerated,
        accessTokenNotGenerated, missingUser, unknownUser,
    ]

    /// The row of an internal code.
    public static func row(internalCode: String) -> OAuthErrorRow? { byInternalCode[internalCode] }

    private static let byInternalCode: [String: OAuthErrorRow] = Dictionary(
        rows.map { ($0.internalCode, $0) }, uniquingKeysWith: { first, _ in first })
}

extension String {
    /// Every occurrence of `target` replaced by `replacement` (without Foundation).
    func replacingEvery(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var out = ""
        var rest = Substring(self)
        while let range = rest.firstRange(of: target) {
            out += rest[..<range.lowerBound]
            out += replacement
            rest = rest[range.upperBound...]
        }
        out += rest
        return out
    }
}
