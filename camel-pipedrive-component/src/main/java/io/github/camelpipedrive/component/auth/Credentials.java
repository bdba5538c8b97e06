package io.github.camelpipedrive.component.auth;

import org.apache.hc.core5.http.HttpRequest;

/**
 * How requests prove who they are: an API token or an OAuth 2 access token. Implementations never expose the secret
 * in {@code toString()}.
 */
public interface Credentials {

    /** Adds the authentication header to the request. */
    void authenticate(HttpRequest request) throws Exception;

    /**
     * Pipedrive answered 401 to a request sent with the current credentials. Returns true if new credentials are now in
     * place and the request may be sent once more (OAuth refresh); false if nothing can be done (API token).
     */
    default boolean renewAfterUnauthorized(String rejectedAuthorization) throws Exception {
        return false;
    }

    /**
     * Renews credentials that are about to expire, before a request is built: a refresh may also move the company to
     * another {@code api_domain}, and the request must go there.
     */
    default void refreshIfDue() throws Exception {}

    /** The host OAuth told us to use ({@code api_domain}), or null. */
    default String apiDomain() {
        return null;
    }

    /** A stable key for the rate-limit governor: per token, without holding the token itself. */
    String rateLimitKey();
}
