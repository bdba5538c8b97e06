package io.github.camelpipedrive.component;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelpipedrive.component.auth.Credentials;
import io.github.camelpipedrive.component.auth.OAuthCredentials;
import io.github.camelpipedrive.component.auth.PipedriveTokenStore;
import io.github.camelpipedrive.component.catalog.OperationCatalog;
import io.github.camelpipedrive.component.catalog.PipedriveOperation;
import io.github.camelpipedrive.component.catalog.UpsertOperation;
import io.github.camelpipedrive.component.error.PipedriveValidationException;
import io.github.camelpipedrive.component.fields.FieldDefinitionCache;
import io.github.camelpipedrive.component.fields.FieldDefinitionLoader;
import io.github.camelpipedrive.component.http.PipedriveHttpClient;
import io.github.camelpipedrive.component.http.TransportSettings;
import io.github.camelpipedrive.component.ratelimit.RateLimitGovernor;
import io.github.camelpipedrive.component.ratelimit.RateLimitStore;
import io.github.camelpipedrive.component.retry.RetryPolicy;
import io.github.camelpipedrive.component.support.SecretReference;
import io.github.camelpipedrive.component.transport.PipedriveMetrics;
import io.github.camelpipedrive.component.transport.RequestExecutor;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.camel.Endpoint;
import org.apache.camel.ExtendedCamelContext;
import org.apache.camel.SSLContextParametersAware;
import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedOperation;
import org.apache.camel.api.management.ManagedResource;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.util.ObjectHelper;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;

/**
 * The {@code pipedrive} component: creates {@code pipedrive:resource/operation} endpoints and owns what they share:
 * the pooled HTTP client, the credentials, one rate-limit governor per token, the retry policy and the counters.
 */
@Component("pipedrive")
@ManagedResource(description = "Pipedrive component: request counters and rate-limit state")
public class PipedriveComponent extends HealthCheckComponent implements SSLContextParametersAware {

    @Metadata(
            label = "security",
            secret = true,
            description = "The Pipedrive API token used by every endpoint that does not set its own."
                    + SecretReference.OPTION_HELP)
    private String apiToken;

    @Metadata(
            label = "common",
            description = "The Pipedrive host for every endpoint that does not set its own (default "
                    + "https://api.pipedrive.com, or https://{companyDomain}.pipedrive.com, or the api_domain "
                    + "of an OAuth token).")
    private String baseUrl;

    @Metadata(
            label = "common",
            description = "The company's Pipedrive subdomain (acme for acme.pipedrive.com), for every endpoint that "
                    + "does not set its own.")
    private String companyDomain;

    @Metadata(
            label = "security",
            secret = true,
            description = "OAuth 2: the access token. Used instead of an API token when set (or when a refresh token "
                    + "is set); sent as Authorization: Bearer." + SecretReference.OPTION_HELP)
    private String oauthAccessToken;

    @Metadata(
            label = "security",
            secret = true,
            description = "OAuth 2: the refresh token. With oauthClientId and oauthClientSecret, the component "
                    + "refreshes the access token shortly before it expires and once after a 401."
                    + SecretReference.OPTION_HELP)
    private String oauthRefreshToken;

    @Metadata(label = "security", description = "OAuth 2: the app's client id (for refreshing tokens).")
    private String oauthClientId;

    @Metadata(
            label = "security",
            secret = true,
            description = "OAuth 2: the app's client secret (for refreshing tokens)." + SecretReference.OPTION_HELP)
    private String oauthClientSecret;

    @Metadata(
            label = "security",
            defaultValue = OAuthCredentials.DEFAULT_TOKEN_URL,
            description = "OAuth 2: the token endpoint used for refreshing.")
    private String oauthTokenUrl = OAuthCredentials.DEFAULT_TOKEN_URL;

    @Metadata(
            label = "security",
            description = "OAuth 2: where refreshed tokens are kept (a bean implementing "
                    + "io.github.camelpipedrive.component.auth.PipedriveTokenStore). The default keeps them "
                    + "in memory only; supply a persistent one so a rotated refresh token survives a restart.")
    private PipedriveTokenStore oauthTokenStore;

    @Metadata(
            label = "advanced",
            defaultValue = "true",
            description = "Pace requests per token inside Pipedrive's 2-second burst window, so 429s are avoided "
                    + "rather than retried.")
    private boolean rateLimitGovernor = true;

    @Metadata(
            label = "advanced",
            defaultValue = "20",
            description = "Requests per 2 seconds per token the governor allows before Pipedrive has reported its "
                    + "own limit (20 is Pipedrive's lowest plan figure for API tokens). The governor then "
                    + "follows x-ratelimit-limit unless burstLimitFixed is true.")
    private int burstLimit = 20;

    @Metadata(
            label = "advanced",
            defaultValue = "false",
            description = "Treat burstLimit as a ceiling: follow x-ratelimit-limit only when Pipedrive reports a "
                    + "lower figure.")
    private boolean burstLimitFixed;

    @Metadata(
            label = "advanced",
            defaultValue = "2000",
            description = "The length of the burst window in milliseconds. Pipedrive's is 2 seconds; change it only "
                    + "to match a test double with another window.")
    private long burstWindow = RateLimitGovernor.WINDOW_MILLIS;

    @Metadata(
            label = "advanced",
            defaultValue = "600000",
            description = "After Pipedrive's lock-out page (an HTML 403, its answer to clients that kept sending "
                    + "after 429s), how long no request is sent on that token, in milliseconds; meanwhile "
                    + "requests fail at once with PipedriveLockedOutException, which says until when. 0 turns "
                    + "the cool-down off (requires rateLimitGovernor).")
    private long lockoutCooldown = RateLimitGovernor.DEFAULT_LOCKOUT_COOLDOWN_MILLIS;

    @Metadata(
            label = "advanced",
            autowired = true,
            description = "Where the burst windows are kept, so that every instance of an application using the "
                    + "same token draws from one Pipedrive budget: a bean reference to a RateLimitStore such as "
                    + "camel-pipedrive-hazelcast's HazelcastRateLimitStore. By default each component keeps its "
                    + "windows in memory. When the store cannot be reached, requests are paced in memory at the "
                    + "burst limit divided by rateLimitInstances until it answers again.")
    private RateLimitStore rateLimitStore;

    @Metadata(
            label = "advanced",
            defaultValue = "0",
            description = "How many instances share a token, used only while the rateLimitStore cannot be "
                    + "reached: each then allows the burst limit divided by this number. 0 takes the number of "
                    + "instances the store last reported.")
    private int rateLimitInstances;

    @Metadata(
            label = "advanced",
            defaultValue = "16777216",
            description = "The largest answer body the component reads, in bytes; a larger answer fails the "
                    + "exchange (the request was applied) instead of filling the heap.")
    private int maxResponseSize = 16 * 1024 * 1024;

    @Metadata(
            label = "advanced",
            defaultValue = "3",
            description = "How many times a failed request may be resent where resending is safe (429, 503, a "
                    + "connection never made; plus 500/502/504 and lost answers for PUT/PATCH/DELETE). 0 turns "
                    + "retries off.")
    private int maxRetries = 3;

    @Metadata(
            label = "advanced",
            defaultValue = "500",
            description = "The first retry backoff in milliseconds; it doubles per attempt, with jitter.")
    private long retryInitialDelay = 500;

    @Metadata(label = "advanced", defaultValue = "10000", description = "The longest retry backoff, in milliseconds.")
    private long retryMaxDelay = 10_000;

    @Metadata(
            label = "advanced",
            defaultValue = "60000",
            description = "The most time one request may spend waiting between retries, in milliseconds (429 "
                    + "waits included).")
    private long maxRetryTime = 60_000;

    @Metadata(
            label = "producer",
            defaultValue = "600000",
            description = "How long the field definitions read from Pipedrive (custom field keys, types and "
                    + "options, used to resolve field names) are kept before they are read again, in "
                    + "milliseconds. They are kept per Pipedrive host and credentials and entity; the header "
                    + "CamelPipedriveRefreshFields=true or refreshFieldDefinitions() reads them sooner.")
    private long fieldCacheTtl = 600_000;

    @Metadata(
            label = "advanced",
            defaultValue = "10000",
            description = "How long to wait for a connection to Pipedrive, in milliseconds.")
    private int connectTimeout = 10_000;

    @Metadata(
            label = "advanced",
            defaultValue = "60000",
            description = "How long to wait for Pipedrive's answer once the request is sent, in milliseconds.")
    private int responseTimeout = 60_000;

    @Metadata(
            label = "advanced",
            defaultValue = "20",
            description = "The most connections the shared HTTP client keeps open to Pipedrive.")
    private int maxConnections = 20;

    @Metadata(label = "proxy", description = "An HTTP proxy host to reach Pipedrive through.")
    private String proxyHost;

    @Metadata(label = "proxy", description = "The HTTP proxy port.")
    private int proxyPort;

    @Metadata(label = "proxy", description = "The user name for the HTTP proxy, if it asks for one.")
    private String proxyAuthUsername;

    @Metadata(
            label = "proxy",
            secret = true,
            description = "The password for the HTTP proxy." + SecretReference.OPTION_HELP)
    private String proxyAuthPassword;

    @Metadata(
            label = "security",
            description = "TLS settings (trust store, key store, protocols) for the " + "connection to Pipedrive.")
    private SSLContextParameters sslContextParameters;

    @Metadata(label = "security", defaultValue = "false", description = "Use the global SSLContextParameters.")
    private boolean useGlobalSslContextParameters;

    @Metadata(
            label = "advanced",
            autowired = false,
            description = "An Apache HttpClient 5 client to use instead of the component's own (for custom "
                    + "interceptors). The component does not close it; timeouts, pool, proxy and TLS are then "
                    + "the client's own.")
    private CloseableHttpClient httpClient;

    private final PipedriveClients clients = new PipedriveClients(this, fieldCacheTtl);

    @Override
    protected void doInit() throws Exception {
        super.doInit();
        registerSecretOptionsAsSensitive();
    }

    /**
     * Camel masks options whose names it knows to be secret ("password", "secret", ...); "apitoken" or
     * "oauthrefreshtoken" are not among them, so camel-main's start-up summary would print them. Every option marked
     * {@code secret = true}, on the component or the endpoint, is registered as a sensitive keyword, so Camel masks
     * it wherever it prints configuration.
     */
    private void registerSecretOptionsAsSensitive() {
        ExtendedCamelContext ext = getCamelContext().getCamelContextExtension();
        String current = ext.getAdditionalSensitiveKeywords();
        java.util.Set<String> keywords = new java.util.LinkedHashSet<>();
        if (current != null && !current.isBlank()) {
            for (String keyword : current.split(",")) {
                keywords.add(keyword.trim());
            }
        }
        boolean added = keywords.addAll(secretOptionKeywords());
        if (added) {
            ext.setAdditionalSensitiveKeywords(String.join(",", keywords));
        }
    }

    /** The lower-case names of the component's and the endpoint's options marked secret. */
    static java.util.Set<String> secretOptionKeywords() {
        java.util.Set<String> names = new java.util.TreeSet<>();
        for (Class<?> type : java.util.List.of(PipedriveComponent.class, PipedriveConfiguration.class)) {
            for (java.lang.reflect.Field field : type.getDeclaredFields()) {
                Metadata metadata = field.getAnnotation(Metadata.class);
                org.apache.camel.spi.UriParam param = field.getAnnotation(org.apache.camel.spi.UriParam.class);
                if ((metadata != null && metadata.secret()) || (param != null && param.secret())) {
                    names.add(field.getName().toLowerCase(Locale.ROOT));
                }
            }
        }
        return names;
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        int slash = remaining.indexOf('/');
        String resource = slash > 0 ? remaining.substring(0, slash) : remaining;
        String action = slash > 0 ? remaining.substring(slash + 1) : "";
        if (PipedriveEndpoint.EVENTS.equals(resource)) {
            return createEventsEndpoint(uri, remaining, action, parameters);
        }
        PipedriveOperation operation = OperationCatalog.find(resource, action);
        UpsertOperation upsert = operation == null ? OperationCatalog.findUpsert(resource, action) : null;
        if (upsert != null) {
            operation = upsert.add();
        }
        if (operation == null) {
            throw new IllegalArgumentException(unknownOperation(remaining, resource));
        }
        PipedriveConfiguration configuration = new PipedriveConfiguration();
        configuration.setResource(resource);
        configuration.setOperation(action);
        configuration.setApiToken(apiToken);
        configuration.setBaseUrl(baseUrl);
        configuration.setCompanyDomain(companyDomain);
        PipedriveEndpoint endpoint = new PipedriveEndpoint(uri, this, configuration, operation, upsert);
        Map<String, Object> query = org.apache.camel.util.PropertiesHelper.extractProperties(parameters, "query.");
        setProperties(endpoint, parameters);
        if (!query.isEmpty()) {
            configuration.setQueryParameters(query);
        }
        checkQueryAndPaging(remaining, operation, configuration);
        if (upsert == null && configuration.getMatchBy() != null) {
            throw new IllegalArgumentException("pipedrive:" + remaining + ": matchBy applies to the upsert endpoints "
                    + "only ("
                    + OperationCatalog.upserts().stream()
                            .map(u -> "pipedrive:" + u.key())
                            .collect(Collectors.joining(", "))
                    + ")");
        }
        return endpoint;
    }

    /** A trigger, {@code pipedrive:events/<object>}: a consumer endpoint with no catalog operation. */
    private Endpoint createEventsEndpoint(String uri, String remaining, String object, Map<String, Object> parameters)
            throws Exception {
        if (object.isBlank() || object.contains("/")) {
            throw new IllegalArgumentException("pipedrive:" + remaining + ": a trigger is pipedrive:events/<object>, "
                    + "with a Pipedrive webhook object (deal, person, organization, activity, lead, note, pipeline, "
                    + "product, stage, user, ...) or all");
        }
        PipedriveConfiguration configuration = new PipedriveConfiguration();
        configuration.setResource(PipedriveEndpoint.EVENTS);
        configuration.setOperation(object);
        configuration.setApiToken(apiToken);
        configuration.setBaseUrl(baseUrl);
        configuration.setCompanyDomain(companyDomain);
        PipedriveEndpoint endpoint = new PipedriveEndpoint(uri, this, configuration, null, null);
        setProperties(endpoint, parameters);
        return endpoint;
    }

    /** Unknown query parameter names and paging=all on an operation that is not a paged list fail at start-up. */
    private static void checkQueryAndPaging(
            String remaining, PipedriveOperation operation, PipedriveConfiguration configuration) {
        if (configuration.getQueryParameters() != null) {
            try {
                io.github.camelpipedrive.component.request.QueryResolver.resolve(
                        operation, configuration.getQueryParameters(), null);
            } catch (PipedriveValidationException e) {
                // what a message can still complete passes: a required parameter its header may give, a short search
                // term its header may make exact (exact_match=true)
                boolean messageMayComplete = e.isMissingRequired()
                        || e.getReason() == PipedriveValidationException.Reason.SEARCH_TERM_TOO_SHORT;
                if (!messageMayComplete) {
                    throw new IllegalArgumentException(
                            e.getMessage().replace(" Nothing was sent to Pipedrive.", ""), e);
                }
            }
        }
        String paging = configuration.getPaging();
        if (!"page".equals(paging) && !"all".equals(paging)) {
            throw new IllegalArgumentException(
                    "pipedrive:" + remaining + ": paging must be page or all, not " + paging);
        }
        if ("all".equals(paging) && operation.paging() == io.github.camelpipedrive.component.catalog.Paging.NONE) {
            throw new IllegalArgumentException("pipedrive:" + remaining + ": paging=all applies to paged list "
                    + "operations only; " + operation.key() + " is not one");
        }
    }

    private static String unknownOperation(String remaining, String resource) {
        String known = java.util.stream.Stream.concat(
                        OperationCatalog.all().stream()
                                .filter(op -> op.resource().equals(resource))
                                .map(PipedriveOperation::key),
                        OperationCatalog.upserts().stream()
                                .filter(u -> u.resource().equals(resource))
                                .map(UpsertOperation::key))
                .collect(Collectors.joining(", "));
        return "Unknown Pipedrive operation 'pipedrive:" + remaining + "'. "
                + (known.isEmpty()
                        ? "Known resources: " + String.join(", ", OperationCatalog.resources())
                        : "Operations of " + resource + ": " + known)
                + ". The syntax is pipedrive:resource/operation, e.g. pipedrive:deal/add.";
    }

    boolean isOAuthConfigured() {
        return ObjectHelper.isNotEmpty(oauthAccessToken) || ObjectHelper.isNotEmpty(oauthRefreshToken);
    }

    /** The credentials for an endpoint: OAuth when configured on the component, else the endpoint's API token. */
    Credentials credentialsFor(PipedriveConfiguration configuration) throws Exception {
        return clients.credentialsFor(configuration);
    }

    /** The executor for one set of credentials: shared client, the token's governor, the retry policy. */
    RequestExecutor executorFor(Credentials creds) {
        return clients.executorFor(creds);
    }

    /** The executor of the health check for one set of credentials: no resends, counters of its own. */
    RequestExecutor healthExecutorFor(Credentials creds) {
        return clients.healthExecutorFor(creds);
    }

    /** The governor of one token, or null when pacing is off. */
    RateLimitGovernor governorFor(Credentials creds) {
        return clients.governorFor(creds);
    }

    RetryPolicy retryPolicy() {
        return maxRetries <= 0
                ? RetryPolicy.NONE
                : new RetryPolicy(maxRetries, retryInitialDelay, retryMaxDelay, maxRetryTime);
    }

    /** How the shared HTTP client connects, from the transport options. */
    TransportSettings transportSettings() {
        SSLContextParameters tls = sslContextParameters != null
                ? sslContextParameters
                : useGlobalSslContextParameters ? retrieveGlobalSslContextParameters() : null;
        try {
            return new TransportSettings(
                    connectTimeout,
                    responseTimeout,
                    maxConnections,
                    proxyHost,
                    proxyPort,
                    proxyAuthUsername,
                    SecretReference.resolve("proxyAuthPassword", proxyAuthPassword),
                    tls == null ? null : tls.createSSLContext(getCamelContext()),
                    maxResponseSize);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot set up the HTTP client for Pipedrive: " + e.getMessage(), e);
        }
    }

    /** The HTTP client every endpoint of this component shares; created on first use. */
    PipedriveHttpClient httpClient() {
        return clients.httpClient();
    }

    ObjectMapper objectMapper() {
        return clients.objectMapper();
    }

    /** The field definitions every endpoint of this component shares, by host, credentials and entity. */
    FieldDefinitionCache fieldDefinitionCache() {
        return clients.fieldDefinitions();
    }

    FieldDefinitionLoader fieldDefinitionLoader() {
        return clients.fieldDefinitionLoader();
    }

    /** The pacer of one token's searches (Pipedrive allows 10 per 2 seconds), shared by its upsert endpoints. */
    RateLimitGovernor searchPacerFor(Credentials creds) {
        return clients.searchPacerFor(creds);
    }

    /**
     * Forgets every cached field definition, so the next exchange that needs them reads them again: call it after
     * adding, renaming or deleting custom fields or options.
     */
    @ManagedOperation(description = "Forget the cached field definitions (custom field keys and options)")
    public void refreshFieldDefinitions() {
        clients.fieldDefinitions().invalidateAll();
    }

    @ManagedAttribute(description = "Times field definitions were read from Pipedrive")
    public long getFieldDefinitionLoads() {
        return clients.fieldDefinitions().loads();
    }

    /** Request counters by operation. */
    public PipedriveMetrics getMetrics() {
        return clients.metrics();
    }

    /** The rate-limit governors by credential fingerprint (never the token itself). */
    public Map<String, RateLimitGovernor> getGovernors() {
        return Map.copyOf(clients.governors());
    }

    /** The OAuth credentials in use, or null. */
    public OAuthCredentials getOAuthCredentials() {
        return clients.oauth();
    }

    @ManagedAttribute(description = "Requests sent to Pipedrive (every attempt)")
    public long getRequestsSent() {
        return clients.metrics().totalSent();
    }

    @ManagedAttribute(description = "Requests resent after a safe-to-repeat failure")
    public long getRequestsRetried() {
        return clients.metrics().totalRetried();
    }

    @ManagedAttribute(description = "429 answers received")
    public long getRateLimitedAnswers() {
        return clients.metrics().totalRateLimited();
    }

    @ManagedAttribute(description = "Requests that failed for good")
    public long getRequestsFailed() {
        return clients.metrics().totalFailed();
    }

    @ManagedAttribute(description = "Requests, retries, 429s and failures by operation")
    public String getOperationCounters() {
        return clients.metrics().snapshot().toString();
    }

    @ManagedAttribute(description = "Rate-limit state per token fingerprint")
    public String getRateLimitState() {
        return clients.governors().entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue().state())
                .collect(Collectors.joining("; "));
    }

    @Override
    protected synchronized void doStop() throws Exception {
        clients.stop();
        super.doStop();
    }

    // --- options ---

    public String getApiToken() {
        return apiToken;
    }

    /** The Pipedrive API token used by every endpoint that does not set its own. */
    public void setApiToken(String apiToken) {
        this.apiToken = apiToken;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    /** The Pipedrive host for every endpoint that does not set its own. */
    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String getCompanyDomain() {
        return companyDomain;
    }

    /** The company's Pipedrive subdomain. */
    public void setCompanyDomain(String companyDomain) {
        this.companyDomain = companyDomain;
    }

    public String getOauthAccessToken() {
        return oauthAccessToken;
    }

    /** OAuth 2: the access token. */
    public void setOauthAccessToken(String oauthAccessToken) {
        this.oauthAccessToken = oauthAccessToken;
    }

    public String getOauthRefreshToken() {
        return oauthRefreshToken;
    }

    /** OAuth 2: the refresh token. */
    public void setOauthRefreshToken(String oauthRefreshToken) {
        this.oauthRefreshToken = oauthRefreshToken;
    }

    public String getOauthClientId() {
        return oauthClientId;
    }

    /** OAuth 2: the app's client id. */
    public void setOauthClientId(String oauthClientId) {
        this.oauthClientId = oauthClientId;
    }

    public String getOauthClientSecret() {
        return oauthClientSecret;
    }

    /** OAuth 2: the app's client secret. */
    public void setOauthClientSecret(String oauthClientSecret) {
        this.oauthClientSecret = oauthClientSecret;
    }

    public String getOauthTokenUrl() {
        return oauthTokenUrl;
    }

    /** OAuth 2: the token endpoint used for refreshing. */
    public void setOauthTokenUrl(String oauthTokenUrl) {
        this.oauthTokenUrl = oauthTokenUrl;
    }

    public PipedriveTokenStore getOauthTokenStore() {
        return oauthTokenStore;
    }

    /** OAuth 2: where refreshed tokens are kept. */
    public void setOauthTokenStore(PipedriveTokenStore oauthTokenStore) {
        this.oauthTokenStore = oauthTokenStore;
    }

    public boolean isRateLimitGovernor() {
        return rateLimitGovernor;
    }

    /** Pace requests per token inside Pipedrive's burst window. */
    public void setRateLimitGovernor(boolean rateLimitGovernor) {
        this.rateLimitGovernor = rateLimitGovernor;
    }

    public int getBurstLimit() {
        return burstLimit;
    }

    /** Requests per 2 seconds per token before Pipedrive has reported its own limit. */
    public void setBurstLimit(int burstLimit) {
        this.burstLimit = burstLimit;
    }

    public boolean isBurstLimitFixed() {
        return burstLimitFixed;
    }

    /** Treat burstLimit as a ceiling. */
    public void setBurstLimitFixed(boolean burstLimitFixed) {
        this.burstLimitFixed = burstLimitFixed;
    }

    public RateLimitStore getRateLimitStore() {
        return rateLimitStore;
    }

    /** Where the burst windows are kept; a shared store makes all instances using a token draw from one window. */
    public void setRateLimitStore(RateLimitStore rateLimitStore) {
        this.rateLimitStore = rateLimitStore;
    }

    public int getRateLimitInstances() {
        return rateLimitInstances;
    }

    /** How many instances share a token while the rate-limit store cannot be reached (0: as the store last said). */
    public void setRateLimitInstances(int rateLimitInstances) {
        this.rateLimitInstances = rateLimitInstances;
    }

    public long getBurstWindow() {
        return burstWindow;
    }

    /** The length of the burst window in milliseconds. */
    public void setBurstWindow(long burstWindow) {
        this.burstWindow = burstWindow;
    }

    public long getLockoutCooldown() {
        return lockoutCooldown;
    }

    /** How long no request is sent on a token after Pipedrive's lock-out page, in milliseconds. */
    public void setLockoutCooldown(long lockoutCooldown) {
        this.lockoutCooldown = lockoutCooldown;
    }

    public int getMaxResponseSize() {
        return maxResponseSize;
    }

    /** The largest answer body the component reads, in bytes. */
    public void setMaxResponseSize(int maxResponseSize) {
        this.maxResponseSize = maxResponseSize;
    }

    public int getMaxRetries() {
        return maxRetries;
    }

    /** How many times a failed request may be resent where resending is safe. */
    public void setMaxRetries(int maxRetries) {
        this.maxRetries = maxRetries;
    }

    public long getRetryInitialDelay() {
        return retryInitialDelay;
    }

    /** The first retry backoff in milliseconds. */
    public void setRetryInitialDelay(long retryInitialDelay) {
        this.retryInitialDelay = retryInitialDelay;
    }

    public long getRetryMaxDelay() {
        return retryMaxDelay;
    }

    /** The longest retry backoff in milliseconds. */
    public void setRetryMaxDelay(long retryMaxDelay) {
        this.retryMaxDelay = retryMaxDelay;
    }

    public long getMaxRetryTime() {
        return maxRetryTime;
    }

    /** The most time one request may spend waiting between retries, in milliseconds. */
    public void setMaxRetryTime(long maxRetryTime) {
        this.maxRetryTime = maxRetryTime;
    }

    public long getFieldCacheTtl() {
        return fieldCacheTtl;
    }

    /** How long field definitions are kept before they are read again, in milliseconds. */
    public void setFieldCacheTtl(long fieldCacheTtl) {
        this.fieldCacheTtl = fieldCacheTtl;
        clients.fieldDefinitions().setTtl(fieldCacheTtl);
    }

    public int getConnectTimeout() {
        return connectTimeout;
    }

    /** How long to wait for a connection, in milliseconds. */
    public void setConnectTimeout(int connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public int getResponseTimeout() {
        return responseTimeout;
    }

    /** How long to wait for the answer, in milliseconds. */
    public void setResponseTimeout(int responseTimeout) {
        this.responseTimeout = responseTimeout;
    }

    public int getMaxConnections() {
        return maxConnections;
    }

    /** The most connections kept open to Pipedrive. */
    public void setMaxConnections(int maxConnections) {
        this.maxConnections = maxConnections;
    }

    public String getProxyHost() {
        return proxyHost;
    }

    /** An HTTP proxy host. */
    public void setProxyHost(String proxyHost) {
        this.proxyHost = proxyHost;
    }

    public int getProxyPort() {
        return proxyPort;
    }

    /** The HTTP proxy port. */
    public void setProxyPort(int proxyPort) {
        this.proxyPort = proxyPort;
    }

    public String getProxyAuthUsername() {
        return proxyAuthUsername;
    }

    /** The user name for the HTTP proxy. */
    public void setProxyAuthUsername(String proxyAuthUsername) {
        this.proxyAuthUsername = proxyAuthUsername;
    }

    public String getProxyAuthPassword() {
        return proxyAuthPassword;
    }

    /** The password for the HTTP proxy. */
    public void setProxyAuthPassword(String proxyAuthPassword) {
        this.proxyAuthPassword = proxyAuthPassword;
    }

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    /** TLS settings for the connection to Pipedrive. */
    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    @Override
    public boolean isUseGlobalSslContextParameters() {
        return useGlobalSslContextParameters;
    }

    /** Use the global SSLContextParameters. */
    @Override
    public void setUseGlobalSslContextParameters(boolean useGlobalSslContextParameters) {
        this.useGlobalSslContextParameters = useGlobalSslContextParameters;
    }

    public CloseableHttpClient getHttpClient() {
        return httpClient;
    }

    /** An Apache HttpClient 5 client to use instead of the component's own. */
    public void setHttpClient(CloseableHttpClient httpClient) {
        this.httpClient = httpClient;
    }
}
