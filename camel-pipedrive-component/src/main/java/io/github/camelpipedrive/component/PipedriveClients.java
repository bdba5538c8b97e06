package io.github.camelpipedrive.component;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelpipedrive.component.auth.ApiTokenCredentials;
import io.github.camelpipedrive.component.auth.Credentials;
import io.github.camelpipedrive.component.auth.InMemoryTokenStore;
import io.github.camelpipedrive.component.auth.OAuthCredentials;
import io.github.camelpipedrive.component.auth.OAuthTokens;
import io.github.camelpipedrive.component.fields.FieldDefinitionCache;
import io.github.camelpipedrive.component.fields.FieldDefinitionLoader;
import io.github.camelpipedrive.component.http.PipedriveHttpClient;
import io.github.camelpipedrive.component.http.TransportSettings;
import io.github.camelpipedrive.component.ratelimit.FallbackRateLimitStore;
import io.github.camelpipedrive.component.ratelimit.InMemoryRateLimitStore;
import io.github.camelpipedrive.component.ratelimit.RateLimitGovernor;
import io.github.camelpipedrive.component.ratelimit.RateLimitStore;
import io.github.camelpipedrive.component.retry.RetryPolicy;
import io.github.camelpipedrive.component.support.SecretReference;
import io.github.camelpipedrive.component.transport.PipedriveMetrics;
import io.github.camelpipedrive.component.transport.RequestExecutor;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.util.ObjectHelper;

/**
 * What every endpoint of one component shares, and its lifecycle: the HTTP client, the credentials, one rate-limit
 * governor and one search pacer per token, the field definitions, the request counters. Built from the component's
 * options when first needed; {@link #stop()} closes and forgets what a restart must build again.
 */
final class PipedriveClients {

    private final PipedriveComponent options;
    private final ObjectMapper objectMapper =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private final PipedriveMetrics metrics = new PipedriveMetrics();
    private final Map<String, RateLimitGovernor> governors = new ConcurrentHashMap<>();
    private final Map<String, RateLimitGovernor> searchPacers = new ConcurrentHashMap<>();
    private final Map<String, Credentials> apiTokens = new ConcurrentHashMap<>();
    private final FieldDefinitionCache fieldDefinitions;
    private final FieldDefinitionLoader fieldDefinitionLoader = new FieldDefinitionLoader(objectMapper);
    private PipedriveHttpClient httpClient;
    private volatile OAuthCredentials oauth;
    private RateLimitStore rateLimitStore;

    PipedriveClients(PipedriveComponent options, long fieldCacheTtl) {
        this.options = options;
        this.fieldDefinitions = new FieldDefinitionCache(fieldCacheTtl);
    }

    /**
     * OAuth when configured on the component, else the endpoint's API token; null when there is neither. Secrets given
     * as references ({@code env:NAME}, {@code file:PATH}) are resolved here, before any request is sent.
     */
    synchronized Credentials credentialsFor(PipedriveConfiguration configuration) throws Exception {
        if (options.isOAuthConfigured()) {
            if (oauth == null) {
                oauth = new OAuthCredentials(
                        new OAuthTokens(
                                SecretReference.resolve("oauthAccessToken", options.getOauthAccessToken()),
                                SecretReference.resolve("oauthRefreshToken", options.getOauthRefreshToken()),
                                null,
                                null),
                        options.getOauthClientId(),
                        SecretReference.resolve("oauthClientSecret", options.getOauthClientSecret()),
                        options.getOauthTokenUrl(),
                        options.getOauthTokenStore() != null ? options.getOauthTokenStore() : new InMemoryTokenStore(),
                        httpClient(),
                        objectMapper,
                        Clock.systemUTC());
            }
            return oauth;
        }
        String token = configuration.getApiToken();
        if (ObjectHelper.isEmpty(token)) {
            return null;
        }
        // keyed by the configured value: a reference (env:, file:) is resolved once per start of the component
        return apiTokens.computeIfAbsent(
                token, configured -> new ApiTokenCredentials(SecretReference.resolve("apiToken", configured)));
    }

    /** The executor for one set of credentials: shared client, the token's governor, the retry policy. */
    RequestExecutor executorFor(Credentials creds) {
        return new RequestExecutor(
                httpClient(), creds, governorFor(creds), options.retryPolicy(), metrics, Clock.systemUTC());
    }

    /** An executor for the health check: the token's governor, no resends, and counters apart from the routes'. */
    RequestExecutor healthExecutorFor(Credentials creds) {
        return new RequestExecutor(
                httpClient(), creds, governorFor(creds), RetryPolicy.NONE, new PipedriveMetrics(), Clock.systemUTC());
    }

    /** The governor of one token, or null when pacing is off. */
    RateLimitGovernor governorFor(Credentials creds) {
        if (!options.isRateLimitGovernor()) {
            return null;
        }
        return governors.computeIfAbsent(creds.rateLimitKey(), k -> {
            RateLimitGovernor governor = new RateLimitGovernor(
                    rateLimitStore(),
                    k,
                    options.getBurstLimit(),
                    options.getBurstWindow(),
                    !options.isBurstLimitFixed(),
                    Clock.systemUTC());
            governor.setLockoutCooldownMillis(options.getLockoutCooldown());
            return governor;
        });
    }

    /** The pacer of one token's searches (Pipedrive allows 10 per 2 seconds), shared by its upsert endpoints. */
    RateLimitGovernor searchPacerFor(Credentials creds) {
        return searchPacers.computeIfAbsent(
                creds.rateLimitKey(),
                k -> RateLimitGovernor.forSearches(
                        rateLimitStore(), k, RateLimitGovernor.WINDOW_MILLIS, Clock.systemUTC()));
    }

    /**
     * Where every governor of this component keeps its window: in memory, or the configured shared store behind a
     * fallback that paces locally while the store cannot be reached.
     */
    synchronized RateLimitStore rateLimitStore() {
        if (rateLimitStore == null) {
            RateLimitStore shared = options.getRateLimitStore();
            rateLimitStore = shared == null
                    ? new InMemoryRateLimitStore()
                    : new FallbackRateLimitStore(
                            shared,
                            options.getRateLimitInstances(),
                            FallbackRateLimitStore.DEFAULT_PROBE_MILLIS,
                            Clock.systemUTC());
        }
        return rateLimitStore;
    }

    /** The HTTP client every endpoint shares; created on first use from the component's transport options. */
    synchronized PipedriveHttpClient httpClient() {
        if (httpClient == null) {
            TransportSettings transport = options.transportSettings();
            httpClient = options.getHttpClient() != null
                    ? PipedriveHttpClient.wrap(options.getHttpClient(), transport)
                    : PipedriveHttpClient.create(transport);
        }
        return httpClient;
    }

    ObjectMapper objectMapper() {
        return objectMapper;
    }

    PipedriveMetrics metrics() {
        return metrics;
    }

    Map<String, RateLimitGovernor> governors() {
        return governors;
    }

    OAuthCredentials oauth() {
        return oauth;
    }

    FieldDefinitionCache fieldDefinitions() {
        return fieldDefinitions;
    }

    FieldDefinitionLoader fieldDefinitionLoader() {
        return fieldDefinitionLoader;
    }

    /** Closes the HTTP client (unless it was handed in) and forgets credentials and field definitions. */
    synchronized void stop() {
        if (httpClient != null) {
            httpClient.close();
            httpClient = null;
        }
        oauth = null;
        apiTokens.clear();
        fieldDefinitions.invalidateAll();
    }
}
