package io.github.camelpipedrive.component.auth;

/**
 * Where OAuth tokens live between refreshes. The default keeps them in memory; supply your own (a database row, a
 * secrets manager) so a refreshed token survives a restart: Pipedrive may rotate the refresh token, and a lost one
 * means the user must reinstall the app.
 */
public interface PipedriveTokenStore {

    /** The stored tokens, or null if none were stored yet (the configured ones are then used). */
    OAuthTokens load() throws Exception;

    /** Stores tokens after every refresh. */
    void save(OAuthTokens tokens) throws Exception;
}
