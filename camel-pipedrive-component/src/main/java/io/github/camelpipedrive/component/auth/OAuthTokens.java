package io.github.camelpipedrive.component.auth;

import java.time.Instant;

/**
 * An OAuth 2 token pair as Pipedrive's token endpoint issues it. {@link #toString()} never shows the tokens.
 *
 * @param accessToken  the bearer token for API requests
 * @param refreshToken the token that buys a new access token (valid 60 days from its last use)
 * @param expiresAt    when the access token expires, or null if unknown
 * @param apiDomain    the host to send API requests to (e.g. https://acme.pipedrive.com), or null
 */
public record OAuthTokens(String accessToken, String refreshToken, Instant expiresAt, String apiDomain) {

    @Override
    public String toString() {
        return "OAuthTokens[accessToken=" + (accessToken == null ? "<none>" : "<set>") + ", refreshToken="
                + (refreshToken == null ? "<none>" : "<set>") + ", expiresAt=" + expiresAt + ", apiDomain=" + apiDomain
                + "]";
    }
}
