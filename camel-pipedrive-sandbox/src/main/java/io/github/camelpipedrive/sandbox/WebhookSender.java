package io.github.camelpipedrive.sandbox;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Delivers webhooks for the changes the sandbox makes, as Pipedrive does: a v2 or v1 payload by the webhook's
 * version, Basic auth with the webhook's credentials, any 2xx as success, a failure being another status or no answer
 * within the timeout (Pipedrive: 10 s); three retries after 3 s, 30 s and 150 s; ten failed first attempts ban the
 * webhook for 30 minutes, and the events of the ban are lost; a webhook without a successful delivery for three days
 * is deleted. Every period is multiplied by the time scale, so tests can run the schedule in milliseconds.
 * <p>
 * Only URLs on this machine (loopback) are ever called; a webhook with another URL is recorded as not sent.
 */
final class WebhookSender implements EntityStore.ChangeListener {

    private static final System.Logger LOG = System.getLogger(WebhookSender.class.getName());
    static final long[] RETRY_SECONDS = {3, 30, 150};
    static final int BAN_AFTER = 10;
    static final Duration BAN = Duration.ofMinutes(30);
    static final Duration DELETE_AFTER = Duration.ofDays(3);

    /** Pipedrive's collection names to webhook event objects; other collections send no webhooks. */
    static final Map<String, String> OBJECTS = Map.ofEntries(
            Map.entry("deals", "deal"),
            Map.entry("persons", "person"),
            Map.entry("organizations", "organization"),
            Map.entry("activities", "activity"),
            Map.entry("leads", "lead"),
            Map.entry("notes", "note"),
            Map.entry("pipelines", "pipeline"),
            Map.entry("products", "product"),
            Map.entry("stages", "stage"),
            Map.entry("users", "user"),
            Map.entry("dealProducts", "deal_product"),
            Map.entry("installments", "deal_installment"),
            Map.entry("projects", "project"),
            Map.entry("tasks", "task"));

    private final Company company;
    private final WebhookFaults faults = new WebhookFaults();
    private final List<WebhookDelivery> deliveries = new CopyOnWriteArrayList<>();
    private final Map<String, State> states = new ConcurrentHashMap<>();
    /** Moves on at every {@link #clear()}: a delivery or retry scheduled before it is dropped, not recorded after it. */
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();

    private final ScheduledExecutorService scheduler;
    /** Fans changes out and makes first attempts one at a time, so events arrive in the order they happened. */
    private final java.util.concurrent.ExecutorService ordered;

    private final HttpClient http;
    private volatile double timeScale = 1.0;
    private volatile Duration timeout = Duration.ofSeconds(10);
    private Runnable held;

    /** Per webhook: the ban counter and the time of the last success. */
    private static final class State {
        final AtomicInteger firstAttemptFailures = new AtomicInteger();
        volatile Instant bannedUntil = Instant.MIN;
        volatile Instant failingSince;
    }

    WebhookSender(Company company) {
        this.company = company;
        AtomicInteger n = new AtomicInteger();
        this.scheduler = Executors.newScheduledThreadPool(4, r -> {
            Thread t = new Thread(r, "pipedrive-sandbox-webhook-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.ordered = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "pipedrive-sandbox-webhook-order");
            t.setDaemon(true);
            return t;
        });
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(2))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    WebhookFaults faults() {
        return faults;
    }

    void timeScale(double scale) {
        if (scale <= 0) {
            throw new IllegalArgumentException("the time scale must be > 0");
        }
        this.timeScale = scale;
    }

    void timeout(Duration timeout) {
        this.timeout = timeout;
    }

    List<WebhookDelivery> deliveries() {
        return List.copyOf(deliveries);
    }

    void clear() {
        generation.incrementAndGet();
        deliveries.clear();
        states.clear();
    }

    void stop() {
        ordered.shutdownNow();
        scheduler.shutdownNow();
    }

    @Override
    public void changed(String collection, Map<String, Object> before, Map<String, Object> after) {
        String object = OBJECTS.get(collection);
        if (object == null) {
            return;
        }
        String action = before == null ? "create" : after == null ? "delete" : "change";
        Instant when = Instant.now();
        // never under the collection's lock: the webhooks are read and the deliveries made on the sender's threads
        ordered.execute(() -> fanOut(object, action, before, after, when));
    }

    private void fanOut(
            String object, String action, Map<String, Object> before, Map<String, Object> after, Instant when) {
        for (Map<String, Object> webhook : company.collection("webhooks").all()) {
            if (!isActive(webhook) || !wants(webhook, object, action)) {
                continue;
            }
            Event event = new Event(webhook, UUID.randomUUID().toString(), object, action, before, after, when);
            Runnable first = () -> attempt(event, 1);
            Duration delay = faults.takeDelay();
            int swap = faults.takeSwap();
            synchronized (this) {
                if (swap == 2) {
                    held = first;
                    continue;
                }
                if (swap == 1 && held != null) {
                    Runnable later = held;
                    held = null;
                    Runnable both = () -> {
                        first.run();
                        later.run();
                    };
                    schedule(both, delay);
                    continue;
                }
            }
            schedule(first, delay);
            if (faults.takeDuplicate()) {
                schedule(first, delay);
            }
        }
    }

    /** Without delay: now, on the ordered thread (the caller); with one: later, on the scheduler. */
    private void schedule(Runnable task, Duration delay) {
        if (delay.isZero()) {
            task.run();
        } else {
            scheduler.schedule(current(task), delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** The task, run only if the sandbox has not been reset since it was scheduled. */
    private Runnable current(Runnable task) {
        long scheduledIn = generation.get();
        return () -> {
            if (generation.get() == scheduledIn) {
                task.run();
            }
        };
    }

    private record Event(
            Map<String, Object> webhook,
            String id,
            String object,
            String action,
            Map<String, Object> before,
            Map<String, Object> after,
            Instant when) {
        String webhookId() {
            return String.valueOf(webhook.get("id"));
        }

        Map<String, Object> record() {
            return after != null ? after : before;
        }
    }

    private void attempt(Event event, int attempt) {
        String webhookId = event.webhookId();
        Map<String, Object> webhook = company.collection("webhooks").get(webhookId);
        if (webhook == null || !isActive(webhook)) {
            return; // deleted meanwhile: Pipedrive stops delivering
        }
        State state = states.computeIfAbsent(webhookId, k -> new State());
        String entityId = String.valueOf(event.record().get(EntityKinds.idKey(collectionOf(event.object()))));
        if (Instant.now().isBefore(state.bannedUntil)) {
            record(event, entityId, attempt, -2);
            return;
        }
        String url = String.valueOf(webhook.get("subscription_url"));
        if (!isLoopback(url)) {
            LOG.log(
                    System.Logger.Level.WARNING,
                    "Webhook " + webhookId + " not sent: the sandbox only calls URLs on " + "this machine");
            record(event, entityId, attempt, -1);
            return;
        }
        int status = send(url, webhook, payload(event, webhook, attempt, entityId));
        record(event, entityId, attempt, status);
        if (status >= 200 && status < 300) {
            state.failingSince = null;
            if (attempt == 1) {
                state.firstAttemptFailures.set(0);
            }
            return;
        }
        if (state.failingSince == null) {
            state.failingSince = Instant.now();
        }
        if (attempt == 1 && state.firstAttemptFailures.incrementAndGet() >= BAN_AFTER) {
            state.firstAttemptFailures.set(0);
            state.bannedUntil = Instant.now().plus(scaled(BAN));
            LOG.log(
                    System.Logger.Level.INFO,
                    "Webhook " + webhookId + " banned after " + BAN_AFTER + " failed first attempts");
        }
        if (Duration.between(state.failingSince, Instant.now()).compareTo(scaled(DELETE_AFTER)) >= 0) {
            company.collection("webhooks").remove(webhookId);
            states.remove(webhookId);
            LOG.log(System.Logger.Level.INFO, "Webhook " + webhookId + " deleted: no successful delivery for 3 days");
            return;
        }
        if (attempt <= RETRY_SECONDS.length) {
            scheduler.schedule(
                    current(() -> attempt(event, attempt + 1)),
                    scaled(Duration.ofSeconds(RETRY_SECONDS[attempt - 1])).toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    private Duration scaled(Duration d) {
        return Duration.ofNanos(Math.max(1, (long) (d.toNanos() * timeScale)));
    }

    private int send(String url, Map<String, Object> webhook, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        Object user = webhook.get("http_auth_user");
        if (user != null) {
            String pair = user + ":" + Objects.toString(webhook.get("http_auth_password"), "");
            request.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        } catch (Exception e) {
            return 0;
        }
    }

    private void record(Event event, String entityId, int attempt, int status) {
        deliveries.add(new WebhookDelivery(
                event.webhookId(),
                event.id(),
                event.action(),
                event.object(),
                entityId,
                attempt,
                status,
                Instant.now()));
    }

    private byte[] payload(Event event, Map<String, Object> webhook, int attempt, String entityId) {
        Map<String, Object> after = Json.asClientSees(event.after());
        Map<String, Object> before = Json.asClientSees(event.before());
        boolean v1 = "1.0".equals(String.valueOf(webhook.get("version")));
        Map<String, Object> meta = new LinkedHashMap<>();
        if (v1) {
            String action = switch (event.action()) {
                case "create" -> "added";
                case "change" -> "updated";
                default -> "deleted";
            };
            meta.put("v", 1);
            meta.put("action", action);
            meta.put("object", event.object());
            meta.put("id", number(entityId));
            meta.put("company_id", Company.COMPANY_ID);
            meta.put("user_id", Company.ME);
            meta.put("host", "sandbox.pipedrive.com");
            meta.put("timestamp", event.when().getEpochSecond());
            meta.put(
                    "timestamp_micro",
                    event.when().getEpochSecond() * 1_000_000 + event.when().getNano() / 1000);
            meta.put("permitted_user_ids", List.of(Company.ME));
            meta.put("trans_pending", false);
            meta.put("is_bulk_update", false);
            meta.put("webhook_id", String.valueOf(webhook.get("id")));
            meta.put("change_source", "api");
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("v", 1);
            payload.put("matches_filters", Map.of("current", List.of()));
            payload.put("meta", meta);
            payload.put("current", after);
            payload.put("previous", before);
            payload.put("retry", attempt - 1);
            payload.put("event", action + "." + event.object());
            return Json.write(payload);
        }
        meta.put("action", event.action());
        meta.put("entity", event.object());
        meta.put("entity_id", entityId);
        meta.put("id", event.id());
        meta.put("company_id", String.valueOf(Company.COMPANY_ID));
        meta.put("user_id", String.valueOf(Company.ME));
        meta.put("webhook_id", String.valueOf(webhook.get("id")));
        meta.put("webhook_owner_id", String.valueOf(Company.ME));
        meta.put("timestamp", event.when().toString());
        meta.put("type", "general");
        meta.put("version", "2.0");
        meta.put("change_source", "api");
        meta.put("is_bulk_edit", false);
        meta.put("attempt", attempt);
        meta.put("host", "sandbox.pipedrive.com");
        meta.put("permitted_user_ids", List.of(String.valueOf(Company.ME)));
        meta.put("correlation_id", event.id());
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("meta", meta);
        payload.put("data", after);
        payload.put("previous", "change".equals(event.action()) ? changed(before, after) : before);
        return Json.write(payload);
    }

    /** v2's previous of a change: the changed fields only, with their former values. */
    private static Map<String, Object> changed(Map<String, Object> before, Map<String, Object> after) {
        Map<String, Object> out = new LinkedHashMap<>();
        before.forEach((k, v) -> {
            if (!Objects.equals(v, after.get(k)) && !"update_time".equals(k)) {
                out.put(k, v);
            }
        });
        return out;
    }

    private static Object number(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            return id;
        }
    }

    private static boolean isActive(Map<String, Object> webhook) {
        Object active = webhook.get("is_active");
        return !(Objects.equals(active, 0) || Objects.equals(active, 0L) || Boolean.FALSE.equals(active));
    }

    private static boolean wants(Map<String, Object> webhook, String object, String action) {
        String o = String.valueOf(webhook.get("event_object"));
        String a = String.valueOf(webhook.get("event_action"));
        boolean objectOk = "*".equals(o) || o.equals(object);
        boolean actionOk = "*".equals(a)
                || a.equals(action)
                || a.equals(
                        switch (action) {
                            case "create" -> "added";
                            case "change" -> "updated";
                            default -> "deleted";
                        });
        return objectOk && actionOk;
    }

    private static String collectionOf(String object) {
        return OBJECTS.entrySet().stream()
                .filter(e -> e.getValue().equals(object))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow();
    }

    static boolean isLoopback(String url) {
        try {
            URI uri = URI.create(url);
            String scheme = uri.getScheme();
            if (uri.getHost() == null || !("http".equals(scheme) || "https".equals(scheme))) {
                return false;
            }
            for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
                if (!address.isLoopbackAddress()) {
                    return false;
                }
            }
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    /** For tests: the webhooks' ban state. */
    Map<String, Instant> bans() {
        Map<String, Instant> out = new LinkedHashMap<>();
        states.forEach((id, s) -> {
            if (Instant.now().isBefore(s.bannedUntil)) {
                out.put(id, s.bannedUntil);
            }
        });
        return out;
    }
}
