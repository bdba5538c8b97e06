package io.github.camelpipedrive.sandbox;

import static io.github.camelpipedrive.sandbox.Http.obj;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The sandbox delivers webhooks like Pipedrive: v2 and v1 payloads with Basic auth, retries on Pipedrive's schedule
 * (scaled), the ban after ten failed first attempts, deletion after days without success, loopback only; and serves
 * the list of webhooks and the recents.
 */
class WebhookDeliveryTest {

    @RegisterExtension
    static PipedriveSandboxExtension pipedrive =
            PipedriveSandboxExtension.create(b -> b.burstLimit(0).webhookTimeScale(0.001));

    private HttpServer receiver;
    private final List<Map<String, Object>> payloads = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private final AtomicInteger answer = new AtomicInteger(200);
    private Http http;

    @BeforeEach
    void startReceiver() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        receiver.createContext("/hook", exchange -> {
            payloads.add(Http.JSON.readValue(exchange.getRequestBody().readAllBytes(), Map.class));
            authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
            exchange.sendResponseHeaders(answer.get(), -1);
            exchange.close();
        });
        receiver.start();
        http = new Http(pipedrive.sandbox());
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    private String hookUrl() {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    }

    private Object addWebhook(String url, String object, String action, String version) {
        return http.post(
                        "/v1/webhooks",
                        obj(
                                "subscription_url",
                                url,
                                "event_object",
                                object,
                                "event_action",
                                action,
                                "name",
                                "test",
                                "version",
                                version,
                                "http_auth_user",
                                "pd",
                                "http_auth_password",
                                "pw"))
                .data()
                .get("id");
    }

    private static boolean await(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < end && !condition.getAsBoolean()) {
            Thread.sleep(10);
        }
        return condition.getAsBoolean();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCreateAndAChangeAreDeliveredInV2ShapeWithBasicAuth() throws Exception {
        Object webhookId = addWebhook(hookUrl(), "deal", "*", "2.0");
        Object dealId =
                http.post("/api/v2/deals", obj("title", "Hooked")).data().get("id");
        http.patch("/api/v2/deals/" + dealId, obj("status", "won"));

        assertThat(await(() -> payloads.size() == 2)).isTrue();
        Map<String, Object> meta = (Map<String, Object>) payloads.get(0).get("meta");
        assertThat(meta)
                .containsEntry("action", "create")
                .containsEntry("entity", "deal")
                .containsEntry("entity_id", String.valueOf(dealId))
                .containsEntry("attempt", 1)
                .containsEntry("webhook_id", String.valueOf(webhookId))
                .containsEntry("version", "2.0");
        assertThat((Map<String, Object>) payloads.get(0).get("data")).containsEntry("title", "Hooked");
        assertThat(payloads.get(0).get("previous")).isNull();
        Map<String, Object> change = payloads.get(1);
        assertThat((Map<String, Object>) change.get("meta")).containsEntry("action", "change");
        assertThat((Map<String, Object>) change.get("previous"))
                .containsEntry("status", "open")
                .doesNotContainKey("title");
        assertThat(authorizations)
                .allMatch(a -> a.equals(
                        "Basic " + Base64.getEncoder().encodeToString("pd:pw".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aV1WebhookGetsTheV1ShapeAndOnlyItsAction() throws Exception {
        addWebhook(hookUrl(), "person", "delete", "1.0");
        Object personId =
                http.post("/api/v2/persons", obj("name", "Ada")).data().get("id");
        http.delete("/api/v2/persons/" + personId);

        assertThat(await(() -> payloads.size() == 1)).isTrue();
        Thread.sleep(50);
        assertThat(payloads).hasSize(1);
        Map<String, Object> payload = payloads.get(0);
        assertThat(payload).containsEntry("v", 1).containsEntry("retry", 0).containsEntry("event", "deleted.person");
        assertThat((Map<String, Object>) payload.get("meta"))
                .containsEntry("action", "deleted")
                .containsEntry("object", "person");
        assertThat((Map<String, Object>) payload.get("previous")).containsEntry("name", "Ada");
    }

    @Test
    void aFailedDeliveryIsRetriedOnPipedrivesScheduleThenGivenUp() throws Exception {
        answer.set(500);
        addWebhook(hookUrl(), "deal", "create", "2.0");
        http.post("/api/v2/deals", obj("title", "Failing"));

        // 3 s, 30 s and 150 s at a scale of 0.001
        assertThat(await(() -> pipedrive.sandbox().webhookDeliveries().size() == 4))
                .isTrue();
        List<WebhookDelivery> deliveries = pipedrive.sandbox().webhookDeliveries();
        assertThat(deliveries).extracting(WebhookDelivery::attempt).containsExactly(1, 2, 3, 4);
        assertThat(deliveries)
                .extracting(WebhookDelivery::eventId)
                .containsOnly(deliveries.get(0).eventId());
        assertThat(Duration.between(deliveries.get(2).time(), deliveries.get(3).time())
                        .toMillis())
                .isGreaterThanOrEqualTo(150);
        Thread.sleep(300);
        assertThat(pipedrive.sandbox().webhookDeliveries()).hasSize(4);
    }

    @Test
    void tenFailedFirstAttemptsBanTheWebhookAndItsEventsAreLost() throws Exception {
        pipedrive.sandbox().webhookTimeScale(1.0); // retries far away: only first attempts within the test
        try {
            answer.set(503);
            Object webhookId = addWebhook(hookUrl(), "deal", "create", "2.0");
            for (int i = 0; i < 10; i++) {
                http.post("/api/v2/deals", obj("title", "Deal " + i));
            }
            assertThat(await(() -> pipedrive.sandbox().bannedWebhooks().containsKey(String.valueOf(webhookId))))
                    .isTrue();
            int received = payloads.size();
            http.post("/api/v2/deals", obj("title", "During the ban"));
            assertThat(await(() ->
                            pipedrive.sandbox().webhookDeliveries().stream().anyMatch(d -> d.status() == -2)))
                    .isTrue();
            assertThat(payloads).hasSize(received);
        } finally {
            pipedrive.sandbox().webhookTimeScale(0.001);
        }
    }

    @Test
    void aWebhookWithoutSuccessForThreeDaysIsDeleted() throws Exception {
        pipedrive.sandbox().webhookTimeScale(0.000001); // three days = 259 ms
        try {
            answer.set(500);
            Object webhookId = addWebhook(hookUrl(), "deal", "*", "2.0");
            http.post("/api/v2/deals", obj("title", "First"));
            Thread.sleep(300);
            http.post("/api/v2/deals", obj("title", "Second"));
            assertThat(await(() -> pipedrive.sandbox().entity("webhooks", webhookId) == null))
                    .isTrue();
        } finally {
            pipedrive.sandbox().webhookTimeScale(0.001);
        }
    }

    @Test
    void onlyLoopbackUrlsAreCalled() throws Exception {
        addWebhook("http://192.0.2.10/hook", "deal", "*", "2.0");
        http.post("/api/v2/deals", obj("title", "Not sent"));
        assertThat(await(() -> !pipedrive.sandbox().webhookDeliveries().isEmpty()))
                .isTrue();
        assertThat(pipedrive.sandbox().webhookDeliveries())
                .singleElement()
                .satisfies(d -> assertThat(d.status()).isEqualTo(-1));
    }

    @Test
    void webhooksAreListedAndDeletedAndLimitedToForty() {
        Object id = addWebhook(hookUrl(), "deal", "*", "2.0");
        assertThat(http.get("/v1/webhooks").dataList())
                .extracting(w -> w.get("id"))
                .containsExactly(id);
        assertThat(http.delete("/v1/webhooks/" + id).status()).isEqualTo(200);
        assertThat(http.get("/v1/webhooks").dataList()).isEmpty();
        for (int i = 0; i < 40; i++) {
            addWebhook(hookUrl() + i, "deal", "*", "2.0");
        }
        Http.Reply refused = http.post(
                "/v1/webhooks",
                obj("subscription_url", hookUrl(), "event_object", "deal", "event_action", "*", "name", "41st"));
        assertThat(refused.status()).isEqualTo(422);
    }

    @Test
    void duplicateLateAndSwappedDeliveriesAreInjected() throws Exception {
        addWebhook(hookUrl(), "deal", "create", "2.0");
        pipedrive.sandbox().webhookFaults().duplicateNext(1);
        http.post("/api/v2/deals", obj("title", "Twice"));
        assertThat(await(() -> payloads.size() == 2)).isTrue();
        assertThat(payloads.get(0)).isEqualTo(payloads.get(1));

        payloads.clear();
        pipedrive.sandbox().webhookFaults().swapNextTwo();
        http.post("/api/v2/deals", obj("title", "First"));
        http.post("/api/v2/deals", obj("title", "Second"));
        assertThat(await(() -> payloads.size() == 2)).isTrue();
        assertThat(payloads)
                .extracting(p -> (Object) ((Map<?, ?>) p.get("data")).get("title"))
                .containsExactly("Second", "First");

        payloads.clear();
        pipedrive.sandbox().webhookFaults().delayNext(1, Duration.ofMillis(300));
        long start = System.nanoTime();
        http.post("/api/v2/deals", obj("title", "Late"));
        assertThat(await(() -> payloads.size() == 1)).isTrue();
        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(290);
    }

    @Test
    @SuppressWarnings("unchecked")
    void recentsListTheChangedRecordsSinceATimeWithPaging() {
        String since = "2000-01-01 00:00:00";
        Object a = http.post("/api/v2/deals", obj("title", "A")).data().get("id");
        http.post("/api/v2/deals", obj("title", "B"));
        http.patch("/api/v2/deals/" + a, obj("title", "A2"));
        http.post("/api/v2/persons", obj("name", "Not a deal"));

        Http.Reply first = http.get("/v1/recents?since_timestamp=" + since.replace(" ", "%20") + "&items=deal&limit=1");
        assertThat(first.dataList()).hasSize(1);
        Map<String, Object> additional = (Map<String, Object>) first.json().get("additional_data");
        assertThat((Map<String, Object>) additional.get("pagination")).containsEntry("more_items_in_collection", true);
        Http.Reply all = http.get("/v1/recents?since_timestamp=" + since.replace(" ", "%20") + "&items=deal");
        assertThat(all.dataList())
                .extracting(r -> (Object) ((Map<?, ?>) r.get("data")).get("title"))
                .containsExactly("B", "A2");
        assertThat(http.get("/v1/recents").status()).isEqualTo(400);
    }
}
