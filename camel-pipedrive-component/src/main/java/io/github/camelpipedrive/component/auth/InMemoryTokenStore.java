package io.github.camelpipedrive.component.auth;

/**
 * Keeps OAuth tokens in memory only: the default {@link PipedriveTokenStore}.
 */
public final class InMemoryTokenStore implements PipedriveTokenStore {

    private volatile OAuthTokens tokens;

    @Override
    public OAuthTokens load() {
        return tokens;
    }

    @Override
    public void save(OAuthTokens tokens) {
        this.tokens = tokens;
    }
}
