package io.github.camelpipedrive.component.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelpipedrive.component.error.ErrorDetails;
import io.github.camelpipedrive.component.error.PipedriveAuthenticationException;
import io.github.camelpipedrive.component.http.PipedriveHttpClient;
import io.github.camelpipedrive.component.http.PipedriveHttpResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.entity.UrlEncodedFormEntity;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.message.BasicNameValuePair;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * OAuth 2 bearer tokens with refresh: renews the access token shortly before it expires and once after a 401, one
 * refresh at a time however many threads need it, and keeps what the token endpoint returns (new tokens, expiry,
 * {@code api_domain}) in the {@link PipedriveTokenStore}.
 */
public final class OAuthCredentials implements Credentials {

    /** Pipedrive's token endpoint. */
    public static final String DEFAULT_TOKEN_URL = "https://oauth.pipedrive.com/oauth/token";

    private static final Logger LOG = LoggerFactory.getLogger(OAuthCredentials.class);
    private static final Duration REFRESH_AHEAD = Duration.ofSeconds(60);

    private final String clientId;
    private final String clientSecret;
    private final String tokenUrl;
    private final PipedriveTokenStore store;
    private final PipedriveHttpClient http;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final String key;
    private final AtomicInteger refreshes = new AtomicInteger();
    private volatile OAuthTokens current;

    public OAuthCredentials(
            OAuthTokens configured,
            String clientId,
            String clientSecret,
            String tokenUrl,
            PipedriveTokenStore store,
            PipedriveHttpClient http,
            ObjectMapper mapper,
            Clock clock)
            throws Exception {
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.tokenUrl = tokenUrl == null || tokenUrl.isBlank() ? DEFAULT_TOKEN_URL : tokenUrl;
        this.store = store;
        this.http = http;
        this.mapper = mapper;
        this.clock = clock;
        OAuthTokens stored = store.load();
        this.current = stored != null ? stored : configured;
        if (current == null || (current.accessToken() == null && current.refreshToken() == null)) {
            throw new IllegalArgumentException("OAuth needs an access token or a refresh token");
        }
        // the connection, not the token of the moment: replicas that start before and after a refresh (with another
        // refresh token in the store) share one rate-limit window
        String seed = clientId != null
                ? "client:" + clientId
                : current.refreshToken() != null ? current.refreshToken() : current.accessToken();
        this.key = "oauth:" + ApiTokenCredentials.fingerprint(seed);
    }

    @Override
    public void authenticate(HttpRequest request) throws Exception {
        OAuthTokens tokens = current;
        if (tokens.accessToken() == null || expiresSoon(tokens)) {
            tokens = refresh(tokens.accessToken());
        }
        request.setHeader("Authorization", "Bearer " + tokens.accessToken());
    }

    @Override
    public void refreshIfDue() throws Exception {
        OAuthTokens tokens = current;
        if (tokens.accessToken() == null || expiresSoon(tokens)) {
            refresh(tokens.accessToken());
        }
    }

    @Override
    public boolean renewAfterUnauthorized(String rejectedAuthorization) throws Exception {
        if (current.refreshToken() == null || clientId == null || clientSecret == null) {
            return false;
        }
        String rejected = rejectedAuthorization != null && rejectedAuthorization.startsWith("Bearer ")
                ? rejectedAuthorization.substring(7)
                : rejectedAuthorization;
        refresh(rejected);
        return true;
    }

    @Override
    public String apiDomain() {
        return current.apiDomain();
    }

    @Override
    public String rateLimitKey() {
        return key;
    }

    /** How many refreshes this instance made (for tests and observability). */
    public int refreshCount() {
        return refreshes.get();
    }

    /** An access token that is not the one just refused and does not expire soon. */
    private boolean usable(OAuthTokens tokens, String staleAccessToken) {
        return tokens.accessToken() != null && !tokens.accessToken().equals(staleAccessToken) && !expiresSoon(tokens);
    }

    private boolean expiresSoon(OAuthTokens tokens) {
        return tokens.expiresAt() != null && clock.instant().plus(REFRESH_AHEAD).isAfter(tokens.expiresAt());
    }

    /** Refreshes unless another thread already replaced {@code staleAccessToken}; single-flight by the lock. */
    private synchronized OAuthTokens refresh(String staleAccessToken) throws Exception {
        OAuthTokens tokens = current;
        if (usable(tokens, staleAccessToken)) {
            return tokens;
        }
        // another instance sharing the token store may have refreshed already (and Pipedrive may have rotated the
        // refresh token we hold): take its tokens rather than spending a stale refresh token
        OAuthTokens stored = store.load();
        if (stored != null
                && !stored.equals(tokens)
                && (stored.accessToken() != null || stored.refreshToken() != null)) {
            current = stored;
            tokens = stored;
            if (usable(tokens, staleAccessToken)) {
                LOG.info("Pipedrive OAuth access token taken from the token store (refreshed elsewhere)");
                return tokens;
            }
        }
        if (tokens.refreshToken() == null || clientId == null || clientSecret == null) {
            throw failure(0, "the access token expired and no refresh token, client id and client secret are set");
        }
        HttpPost post = new HttpPost(URI.create(tokenUrl));
        String basic =
                Base64.getEncoder().encodeToString((clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8));
        post.setHeader("Authorization", "Basic " + basic);
        post.setHeader("Accept", "application/json");
        post.setEntity(new UrlEncodedFormEntity(
                List.of(
                        new BasicNameValuePair("grant_type", "refresh_token"),
                        new BasicNameValuePair("refresh_token", tokens.refreshToken())),
                StandardCharsets.UTF_8));
        PipedriveHttpResponse response;
        try {
            response = http.execute(post);
        } catch (IOException e) {
            throw failure(
                    0, "the token endpoint did not answer (" + e.getClass().getSimpleName() + ")");
        }
        JsonNode json = null;
        try {
            json = mapper.readTree(response.body());
        } catch (IOException ignored) {
            // reported below
        }
        if (!response.isSuccess() || json == null || !json.hasNonNull("access_token")) {
            String why = json != null && json.hasNonNull("message")
                    ? json.get("message").asText()
                    : json != null && json.hasNonNull("error")
                            ? json.get("error").asText()
                            : "no access token";
            throw failure(response.statusCode(), "the token endpoint refused the refresh: " + why);
        }
        Instant expiresAt = json.hasNonNull("expires_in")
                ? clock.instant().plusSeconds(json.get("expires_in").asLong())
                : null;
        String refreshToken =
                json.hasNonNull("refresh_token") ? json.get("refresh_token").asText() : tokens.refreshToken();
        String apiDomain =
                json.hasNonNull("api_domain") ? json.get("api_domain").asText() : tokens.apiDomain();
        OAuthTokens renewed = new OAuthTokens(json.get("access_token").asText(), refreshToken, expiresAt, apiDomain);
        store.save(renewed);
        current = renewed;
        refreshes.incrementAndGet();
        LOG.info("Pipedrive OAuth access token refreshed (expires {}, api domain {})", expiresAt, apiDomain);
        return renewed;
    }

    private static PipedriveAuthenticationException failure(int status, String why) {
        String message = "Pipedrive OAuth token refresh failed: " + why;
        return new PipedriveAuthenticationException(
                ErrorDetails.builder("oauth/refresh", status == 0 ? 401 : status, message)
                        .error(why)
                        .attempts(1)
                        .build());
    }

    @Override
    public String toString() {
        return "OAuthCredentials[" + key + ", " + current + "]";
    }
}
