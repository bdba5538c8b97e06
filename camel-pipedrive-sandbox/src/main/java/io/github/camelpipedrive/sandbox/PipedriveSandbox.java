package io.github.camelpipedrive.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An in-memory Pipedrive: the v1 and v2 REST API on a local HTTP port, for tests and examples.
 *
 * <pre>{@code
 * try (PipedriveSandbox sandbox = PipedriveSandbox.start()) {
 *     // point the client at sandbox.baseUrl() + "/api/v2/deals" with header x-api-token: sandbox.token()
 * }
 * }</pre>
 *
 * Data lives in memory and starts from a seed (users, a pipeline with stages, activity types, field
 * definitions with custom fields, mail threads); {@link #reset()} goes back to it. Rate limits and faults
 * behave like Pipedrive's and can be changed while the sandbox runs. Thread-safe.
 */
public final class PipedriveSandbox implements AutoCloseable {

    /** The token accepted when none is configured. */
    public static final String DEFAULT_TOKEN = "sandbox-token";

    private final Builder config;
    private final Company company;
    private final RouteTable routes;
    private final Recents recents;
    private final WebhookSender webhooks;
    private final RateLimiter limiter;
    private final Faults faults = new Faults();
    private final RequestJournal journal;
    private final Set<String> tokens = ConcurrentHashMap.newKeySet();
    private final SandboxServer server;
    private volatile InetSocketAddress address;

    private PipedriveSandbox(Builder config) {
        this.config = config;
        this.company = new Company(config.clock);
        this.recents = new Recents(company.time());
        this.routes = new RouteTable(recents);
        this.webhooks = new WebhookSender(company);
        webhooks.timeScale(config.webhookTimeScale);
        webhooks.timeout(config.webhookTimeout);
        company.store().listener((collection, before, after) -> {
            webhooks.changed(collection, before, after);
            recents.changed(collection, before, after);
        });
        this.limiter = new RateLimiter(config.burstLimit, config.burstWindow, config.dailyBudget);
        this.journal = new RequestJournal(config.journalCapacity);
        this.tokens.addAll(config.tokens.isEmpty() ? List.of(DEFAULT_TOKEN) : config.tokens);
        faults.latency(config.latencyMin, config.latencyMax);
        faults.errorRate(config.errorRate, config.errorStatus);
        faults.dropRate(config.dropRate);
        this.server = new SandboxServer(company, routes, limiter, faults, journal, tokens);
    }

    /** Starts a sandbox with the defaults: a free port on 127.0.0.1, token {@value #DEFAULT_TOKEN}. */
    public static PipedriveSandbox start() {
        return builder().build().begin();
    }

    /** A builder for a sandbox with other settings; {@link Builder#start()} starts it. */
    public static Builder builder() {
        return new Builder();
    }

    private PipedriveSandbox begin() {
        try {
            address = server.start(config.host, config.port, config.threads);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Could not start the Pipedrive sandbox on " + config.host + ":" + config.port, e);
        }
        return this;
    }

    /** {@code http://127.0.0.1:<port>}, no trailing slash; append {@code /v1/...} or {@code /api/v2/...}. */
    public String baseUrl() {
        String host = config.host.contains(":") ? "[" + config.host + "]" : config.host;
        return "http://" + ("0.0.0.0".equals(host) ? "127.0.0.1" : host) + ":" + port();
    }

    /** The port the sandbox listens on. */
    public int port() {
        InetSocketAddress a = address;
        if (a == null) {
            throw new IllegalStateException("The sandbox is not running");
        }
        return a.getPort();
    }

    /** The first configured API token (default {@value #DEFAULT_TOKEN}). */
    public String token() {
        return config.tokens.isEmpty() ? DEFAULT_TOKEN : config.tokens.get(0);
    }

    /** Accepts another token from now on (each token has its own burst window). */
    public PipedriveSandbox addToken(String token) {
        tokens.add(token);
        return this;
    }

    /** Stops accepting a token: requests with it get 401. */
    public PipedriveSandbox removeToken(String token) {
        tokens.remove(token);
        return this;
    }

    /** Stops the server. */
    @Override
    public void close() {
        webhooks.stop();
        server.stop();
        address = null;
    }

    /** Puts the data back to the seed, and forgets rate-limit windows, the spent budget and the journal. */
    public void reset() {
        company.reset();
        limiter.reset();
        journal.clear();
        recents.clear();
        webhooks.clear();
    }

    /**
     * Delivery faults of the webhooks: duplicate, late and out-of-order deliveries. The sandbox delivers a webhook
     * for every create, change and delete it makes of deals, persons, organizations, activities, leads, notes,
     * pipelines, products, stages, users, deal products, installments, projects and tasks, to each active webhook
     * ({@code POST /v1/webhooks}) whose object and action match, on this machine only (loopback URLs).
     */
    public WebhookFaults webhookFaults() {
        return webhooks.faults();
    }

    /** Every webhook delivery attempt so far, oldest first. */
    public List<WebhookDelivery> webhookDeliveries() {
        return webhooks.deliveries();
    }

    /**
     * Multiplies Pipedrive's webhook periods (retries after 3 s, 30 s, 150 s; a 30-minute ban; deletion after 3 days
     * without success) by {@code scale}, e.g. 0.001 for retries after 3, 30 and 150 ms.
     */
    public PipedriveSandbox webhookTimeScale(double scale) {
        webhooks.timeScale(scale);
        return this;
    }

    /** How long a webhook receiver may take to answer (Pipedrive: 10 s). */
    public PipedriveSandbox webhookTimeout(Duration timeout) {
        webhooks.timeout(timeout);
        return this;
    }

    /** The ids of webhooks banned now (ten failed first attempts), with the end of their ban. */
    public Map<String, java.time.Instant> bannedWebhooks() {
        return webhooks.bans();
    }

    /**
     * The records of one collection, with the values a JSON client would read (numbers as Integer where they
     * fit), e.g. {@code entities("persons")}. Names follow the
     * URLs ({@code deals, persons, organizations, products, activities, leads, notes, files, ...}) plus
     * {@code dealProducts, dealDiscounts, installments, productVariations, followers, participants,
     * noteComments, mailThreads, dealFields, personFields, organizationFields, productFields}.
     */
    public List<Map<String, Object>> entities(String collection) {
        return company.collection(known(collection)).all().stream()
                .map(Json::asClientSees)
                .toList();
    }

    /**
     * Stores a record as if it had been created through the API (the collection's defaults, then {@code fields},
     * then add and update times), without a request: for filling the sandbox with many records quickly, e.g. 10,000
     * deals for a paging test. Returns the new record's id.
     */
    public Object insert(String collection, Map<String, Object> fields) {
        Map<String, Object> record = Defaults.of(known(collection), company);
        record.putAll(fields);
        String now = company.stamp(collection);
        record.putIfAbsent("add_time", now);
        record.put("update_time", now);
        EntityStore.EntityCollection store = company.collection(collection);
        return store.insert(record).get(store.idKey());
    }

    /** One record by id (number or string), as a JSON client would read it, or {@code null}. */
    public Map<String, Object> entity(String collection, Object id) {
        return Json.asClientSees(company.collection(known(collection)).get(id));
    }

    /** The bytes of an uploaded file ({@code POST /v1/files}), or {@code null}. */
    public byte[] fileContent(Object fileId) {
        return company.blobs().get("files/" + fileId);
    }

    /**
     * The key of a seeded custom field: one of "Lead source" (varchar), "Tier" (enum: Gold, Silver, Bronze),
     * "Interests" (set: Software, Hardware, Services), "Budget" (monetary), "Renewal date" (date), for
     * {@code entityType} deal, person, organization or product. The same on every run.
     */
    public static String customFieldKey(String entityType, String fieldName) {
        return FieldCatalog.customKey(entityType, fieldName);
    }

    /** The fault switches of this sandbox. */
    public Faults faults() {
        return faults;
    }

    /** Every request received since the start or the last {@link #clearRequests()}, oldest first. */
    public List<RecordedRequest> requests() {
        return journal.all();
    }

    public void clearRequests() {
        journal.clear();
    }

    /** Changes the burst limit (requests per window and token); 0 switches it off. */
    public PipedriveSandbox burstLimit(int requests) {
        limiter.burstLimit(requests);
        return this;
    }

    /** Changes the length of the burst window (Pipedrive: 2 seconds). */
    public PipedriveSandbox burstWindow(Duration window) {
        limiter.window(window);
        return this;
    }

    /** Sets the daily token budget of the company; 0 switches it off. */
    public PipedriveSandbox dailyBudget(long tokens) {
        limiter.dailyBudget(tokens);
        return this;
    }

    /** Tokens spent from the daily budget so far. */
    public long budgetSpent() {
        return limiter.spent();
    }

    /**
     * How many requests with this token the burst limit answered 429 since the start or the last {@link #reset()}
     * (429s for a spent daily budget are not counted).
     */
    public long burstRefusals(String token) {
        return limiter.burstRefusals(token);
    }

    /** {@link #burstRefusals(String)} for the sandbox's own token. */
    public long burstRefusals() {
        return burstRefusals(token());
    }

    /**
     * The most requests with this token that arrived within any rolling window of the burst window's length since the
     * start or the last {@link #reset()}, let through or refused alike: the sandbox's own count to compare with the
     * burst limit (a client that never exceeds it keeps this at or below the limit).
     */
    public int peakInWindow(String token) {
        return limiter.peakInWindow(token);
    }

    /** {@link #peakInWindow(String)} for the sandbox's own token. */
    public int peakInWindow() {
        return peakInWindow(token());
    }

    /** Starts a new "day": the spent budget goes back to 0. */
    public PipedriveSandbox resetBudget() {
        limiter.resetBudget();
        return this;
    }

    /** Settings of a sandbox; everything but the port and host can also be changed while it runs. */
    public static final class Builder {
        private String host = "127.0.0.1";
        private int port;
        private final java.util.ArrayList<String> tokens = new java.util.ArrayList<>();
        private int burstLimit = RateLimiter.DEFAULT_BURST_LIMIT;
        private Duration burstWindow = RateLimiter.DEFAULT_WINDOW;
        private long dailyBudget;
        private Duration latencyMin = Duration.ZERO;
        private Duration latencyMax = Duration.ZERO;
        private double errorRate;
        private int errorStatus = 500;
        private double dropRate;
        private int threads = 16;
        private int journalCapacity = RequestJournal.DEFAULT_CAPACITY;
        private Clock clock = Clock.systemUTC();
        private double webhookTimeScale = 1.0;
        private Duration webhookTimeout = Duration.ofSeconds(10);

        private Builder() {}

        /** Multiplies Pipedrive's webhook retry, ban and deletion periods (default 1.0: Pipedrive's own). */
        public Builder webhookTimeScale(double scale) {
            this.webhookTimeScale = scale;
            return this;
        }

        /** How long a webhook receiver may take to answer (default 10 s, as Pipedrive). */
        public Builder webhookTimeout(Duration timeout) {
            this.webhookTimeout = timeout;
            return this;
        }

        /** Interface to bind; default 127.0.0.1 (use 0.0.0.0 inside a container). */
        public Builder host(String host) {
            this.host = host;
            return this;
        }

        /** Port to listen on; 0 (the default) picks a free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** An accepted API token; call again to accept several. Default {@value #DEFAULT_TOKEN}. */
        public Builder token(String token) {
            this.tokens.add(token);
            return this;
        }

        /** Requests per window and token (default 80 per 2 s, Pipedrive's Lite-plan OAuth figure); 0 = no limit. */
        public Builder burstLimit(int requests) {
            this.burstLimit = requests;
            return this;
        }

        /** Length of the rolling burst window (default 2 s). Tests can use e.g. 200 ms. */
        public Builder burstWindow(Duration window) {
            this.burstWindow = window;
            return this;
        }

        /** Daily token budget of the company (default 0 = off). */
        public Builder dailyBudget(long tokens) {
            this.dailyBudget = tokens;
            return this;
        }

        /** Fixed latency added to every answer. */
        public Builder latency(Duration fixed) {
            return latency(fixed, fixed);
        }

        /** Random latency between {@code min} and {@code max} added to every answer. */
        public Builder latency(Duration min, Duration max) {
            this.latencyMin = min;
            this.latencyMax = max;
            return this;
        }

        /** Share (0.0-1.0) of requests answered with an error (500 unless {@link #errorStatus(int)} says 503). */
        public Builder errorRate(double share) {
            this.errorRate = share;
            return this;
        }

        /** Status of the errors {@link #errorRate(double)} injects: 500 (default) or 503. */
        public Builder errorStatus(int status) {
            this.errorStatus = status;
            return this;
        }

        /** Share (0.0-1.0) of requests answered with {@code status} (500 or 503). */
        public Builder errorRate(double share, int status) {
            this.errorRate = share;
            this.errorStatus = status;
            return this;
        }

        /** Share (0.0-1.0) of requests whose connection is dropped without an answer. */
        public Builder dropRate(double share) {
            this.dropRate = share;
            return this;
        }

        /** Worker threads of the HTTP server (default 16). */
        public Builder threads(int threads) {
            this.threads = threads;
            return this;
        }

        /** How many requests the journal keeps (default 10,000; 0 = none). */
        public Builder journalCapacity(int entries) {
            this.journalCapacity = entries;
            return this;
        }

        /** The clock for {@code add_time}/{@code update_time} (default: system UTC). */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /** Builds the sandbox and starts its server. */
        public PipedriveSandbox start() {
            return build().begin();
        }

        /** Builds the sandbox without starting it; see {@link #start()}. */
        PipedriveSandbox build() {
            return new PipedriveSandbox(this);
        }
    }

    private static String known(String collection) {
        if (!EntityKinds.exists(collection)) {
            throw new IllegalArgumentException("No collection named " + collection);
        }
        return collection;
    }
}
