package io.github.camelpipedrive.component.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.camelpipedrive.component.LogCapture;
import io.github.camelpipedrive.component.PipedriveConstants;
import io.github.camelpipedrive.sandbox.PipedriveSandbox;
import io.github.camelpipedrive.sandbox.PipedriveSandboxExtension;
import io.github.camelpipedrive.sandbox.WebhookDelivery;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.CamelContext;
import org.apache.camel.Message;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * End to end over real HTTP: a route writes to the sandbox through the component, the sandbox delivers the webhook
 * the trigger registered, and the trigger's route gets the event with its headers.
 */
class WebhookTriggerTest extends TriggerTestSupport {

    @RegisterExtension
    static PipedriveSandboxExtension pipedrive =
            PipedriveSandboxExtension.create(b -> b.burstLimit(0).webhookTimeScale(0.001));

    @Override
    PipedriveSandbox sandbox() {
        return pipedrive.sandbox();
    }

    private RouteBuilder dealTrigger(String url, String options) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("pipedrive:events/deal?webhookExternalUrl=" + url + options)
                        .routeId("deals")
                        .process(WebhookTriggerTest.this::record);
            }
        };
    }

    @Test
    void aDealAddedAndWonThroughTheComponentReachesTheTriggerWithItsHeaders() throws Exception {
        int port = freePort();
        String url = "http://127.0.0.1:" + port + "/pipedrive/events/deal";
        CamelContext context = start(port, dealTrigger(url, ""));
        List<Map<String, Object>> webhooks = webhooksFor(url);
        assertThat(webhooks).hasSize(1);
        assertThat(webhooks.get(0))
                .containsEntry("event_object", "deal")
                .containsEntry("event_action", "*")
                .containsEntry("version", "2.0");
        assertThat(webhooks.get(0).get("http_auth_user")).asString().startsWith("camel-");

        ProducerTemplate template = context.createProducerTemplate();
        Map<?, ?> deal = template.requestBody("pipedrive:deal/add", Map.of("title", "Ada's deal"), Map.class);
        // deal/upsert finds the deal by its title and updates it
        template.requestBody("pipedrive:deal/upsert", Map.of("title", "Ada's deal", "status", "won"), Map.class);

        assertThat(await(() -> received.size() >= 2, Duration.ofSeconds(10)))
                .as("two events arrived")
                .isTrue();
        Message created = received.get(0);
        assertThat(created.getHeader(PipedriveConstants.EVENT_ACTION)).isEqualTo("create");
        assertThat(created.getHeader(PipedriveConstants.EVENT_OBJECT)).isEqualTo("deal");
        assertThat(created.getHeader(PipedriveConstants.ENTITY_ID)).isEqualTo(String.valueOf(deal.get("id")));
        assertThat(created.getHeader(PipedriveConstants.EVENT_ID, String.class)).isNotBlank();
        assertThat(created.getHeader(PipedriveConstants.EVENT_ATTEMPT)).isEqualTo(1);
        assertThat(created.getHeader(PipedriveConstants.WEBHOOK_ID))
                .isEqualTo(String.valueOf(webhooks.get(0).get("id")));
        assertThat(created.getHeader(PipedriveConstants.CHANGE_SOURCE)).isEqualTo("api");
        assertThat(created.getHeader(PipedriveConstants.USER_ID)).isNotNull();
        assertThat(created.getHeader(PipedriveConstants.COMPANY_ID)).isNotNull();
        assertThat(created.getHeader(PipedriveConstants.EVENT_TIMESTAMP)).isNotNull();
        assertThat(created.getHeader("Authorization"))
                .as("the request's headers stay out of the route")
                .isNull();
        assertThat(created.getBody(Map.class)).containsEntry("title", "Ada's deal");

        Message won = received.get(1);
        assertThat(won.getHeader(PipedriveConstants.EVENT_ACTION)).isEqualTo("change");
        assertThat(won.getBody(Map.class)).containsEntry("status", "won");
        assertThat(won.getHeader(PipedriveConstants.PREVIOUS, Map.class)).containsEntry("status", "open");
    }

    @Test
    void aV1WebhookGivesTheSameBodyAndHeaders() throws Exception {
        int port = freePort();
        String url = "http://127.0.0.1:" + port + "/pipedrive/events/deal";
        CamelContext context = start(port, dealTrigger(url, "&version=v1"));
        assertThat(webhooksFor(url))
                .singleElement()
                .satisfies(w -> assertThat(w).containsEntry("version", "1.0"));

        Map<?, ?> deal = context.createProducerTemplate()
                .requestBody("pipedrive:deal/add", Map.of("title", "Grace's deal"), Map.class);

        assertThat(await(() -> received.size() >= 1, Duration.ofSeconds(10))).isTrue();
        Message created = received.get(0);
        assertThat(created.getHeader(PipedriveConstants.EVENT_ACTION)).isEqualTo("create");
        assertThat(created.getHeader(PipedriveConstants.EVENT_OBJECT)).isEqualTo("deal");
        assertThat(created.getHeader(PipedriveConstants.ENTITY_ID)).isEqualTo(String.valueOf(deal.get("id")));
        assertThat(created.getHeader(PipedriveConstants.EVENT_ATTEMPT)).isEqualTo(1);
        assertThat(created.getHeader(PipedriveConstants.CHANGE_SOURCE)).isEqualTo("api");
        assertThat(created.getBody(Map.class)).containsEntry("title", "Grace's deal");
    }

    @Test
    void restartsAndASecondInstanceRegisterNoSecondWebhook() throws Exception {
        int port = freePort();
        String url = "http://127.0.0.1:" + port + "/pipedrive/events/deal";
        CamelContext first = start(port, dealTrigger(url, ""));
        Object id = webhooksFor(url).get(0).get("id");

        first.getRouteController().stopRoute("deals");
        first.getRouteController().startRoute("deals");
        first.stop();
        start(port, dealTrigger(url, ""));
        // another instance behind the same public URL
        start(freePort(), dealTrigger(url, ""));

        assertThat(webhooksFor(url))
                .singleElement()
                .satisfies(w -> assertThat(w.get("id")).isEqualTo(id));
    }

    @Test
    void aDeliveryWithWrongOrMissingCredentialsGets401AndNoExchange() throws Exception {
        int port = freePort();
        String url = "http://127.0.0.1:" + port + "/pipedrive/events/deal";
        start(port, dealTrigger(url, "&webhookAuthUser=pipedrive&webhookAuthPassword=s3cret-pass"));
        byte[] event = ("{\"meta\":{\"action\":\"create\",\"entity\":\"deal\",\"entity_id\":\"7\",\"id\":\"e-1\","
                        + "\"attempt\":1},\"data\":{\"id\":7,\"title\":\"Forged\"},\"previous\":null}")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(post(url, null, event).statusCode()).isEqualTo(401);
        assertThat(post(url, basic("pipedrive", "guess"), event).statusCode()).isEqualTo(401);
        assertThat(post(url, basic("pipedrive", "s3cret-pass"), "{not json".getBytes(StandardCharsets.UTF_8))
                        .statusCode())
                .isEqualTo(400);
        assertThat(post(url, basic("pipedrive", "s3cret-pass"), new byte[2 * 1024 * 1024])
                        .statusCode())
                .isEqualTo(413);
        Thread.sleep(100);
        assertThat(received).as("no rejected delivery became an exchange").isEmpty();

        assertThat(post(url, basic("pipedrive", "s3cret-pass"), event).statusCode())
                .isEqualTo(200);
        assertThat(received)
                .singleElement()
                .satisfies(m ->
                        assertThat(m.getHeader(PipedriveConstants.ENTITY_ID)).isEqualTo("7"));
    }

    @Test
    void aRedeliveredEventStartsTheRouteOnce() throws Exception {
        int port = freePort();
        String url = "http://127.0.0.1:" + port + "/pipedrive/events/deal";
        CamelContext context = start(port, dealTrigger(url, ""));
        sandbox().webhookFaults().duplicateNext(1);

        context.createProducerTemplate().requestBody("pipedrive:deal/add", Map.of("title", "Twice"), Map.class);

        assertThat(await(() -> sandbox().webhookDeliveries().size() >= 2, Duration.ofSeconds(10)))
                .isTrue();
        List<WebhookDelivery> deliveries = sandbox().webhookDeliveries();
        assertThat(deliveries)
                .extracting(WebhookDelivery::eventId)
                .containsOnly(deliveries.get(0).eventId());
        assertThat(deliveries).allMatch(WebhookDelivery::succeeded);
        assertThat(received).hasSize(1);
    }

    @Test
    void aWebhookDeletedInPipedriveIsCreatedAgainWithinTheCheckInterval() throws Exception {
        int port = freePort();
        String url = "http://127.0.0.1:" + port + "/pipedrive/events/deal";
        CamelContext context = start(port, dealTrigger(url, "&checkInterval=200"));
        Object id = webhooksFor(url).get(0).get("id");

        assertThat(sandboxCall("DELETE", "/v1/webhooks/" + id).statusCode()).isEqualTo(200);

        assertThat(await(() -> webhooksFor(url).size() == 1, Duration.ofSeconds(5)))
                .as("re-created")
                .isTrue();
        assertThat(webhooksFor(url).get(0).get("id")).isNotEqualTo(id);
        context.createProducerTemplate().requestBody("pipedrive:deal/add", Map.of("title", "After"), Map.class);
        assertThat(await(() -> received.size() == 1, Duration.ofSeconds(10))).isTrue();
    }

    @Test
    void aFailingRouteGetsTheEventAgainThroughPipedrivesRetry() throws Exception {
        int port = freePort();
        String url = "http://127.0.0.1:" + port + "/pipedrive/events/deal";
        AtomicInteger calls = new AtomicInteger();
        CamelContext context = start(port, new RouteBuilder() {
            @Override
            public void configure() {
                from("pipedrive:events/deal?webhookExternalUrl=" + url)
                        .process(e -> {
                            if (calls.incrementAndGet() == 1) {
                                throw new IllegalStateException("the database is down");
                            }
                        })
                        .process(WebhookTriggerTest.this::record);
            }
        });

        context.createProducerTemplate().requestBody("pipedrive:deal/add", Map.of("title", "Retry me"), Map.class);

        assertThat(await(() -> received.size() == 1, Duration.ofSeconds(10))).isTrue();
        assertThat(received.get(0).getHeader(PipedriveConstants.EVENT_ATTEMPT)).isEqualTo(2);
        // the sandbox records an attempt once it has the answer, just after the route ran
        assertThat(await(() -> sandbox().webhookDeliveries().size() == 2, Duration.ofSeconds(5)))
                .isTrue();
        assertThat(sandbox().webhookDeliveries())
                .extracting(WebhookDelivery::attempt, WebhookDelivery::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, 500), org.assertj.core.groups.Tuple.tuple(2, 200));
    }

    @Test
    void camelsWebhookComponentRegistersAndReceivesThroughTheSameEndpoint() throws Exception {
        int port = freePort();
        String base = "http://127.0.0.1:" + port;
        CamelContext context = start(port, new RouteBuilder() {
            @Override
            public void configure() {
                from("webhook:pipedrive:events/person?webhookComponentName=platform-http&webhookExternalUrl=" + base
                                + "&webhookPath=/hooks/person")
                        .process(WebhookTriggerTest.this::record);
            }
        });
        assertThat(webhooksFor(base + "/hooks/person"))
                .singleElement()
                .satisfies(w -> assertThat(w).containsEntry("event_object", "person"));

        Map<?, ?> person =
                context.createProducerTemplate().requestBody("pipedrive:person/add", Map.of("name", "Ada"), Map.class);

        assertThat(await(() -> received.size() == 1, Duration.ofSeconds(10))).isTrue();
        assertThat(received.get(0).getHeader(PipedriveConstants.EVENT_OBJECT)).isEqualTo("person");
        assertThat(received.get(0).getHeader(PipedriveConstants.ENTITY_ID)).isEqualTo(String.valueOf(person.get("id")));
    }

    @Test
    void pipedrivesLimitOfFortyWebhooksFailsStartUpWithAClearMessage() throws Exception {
        for (int i = 0; i < 40; i++) {
            sandboxCall(
                    "POST",
                    "/v1/webhooks",
                    "{\"subscription_url\":\"http://127.0.0.1:1/other" + i + "\","
                            + "\"event_object\":\"deal\",\"event_action\":\"*\",\"name\":\"other\"}");
        }
        int port = freePort();
        String url = "http://127.0.0.1:" + port + "/pipedrive/events/deal";

        assertThatThrownBy(() -> start(port, dealTrigger(url, "")))
                .hasStackTraceContaining("the user already has 40 webhooks, Pipedrive's limit is 40");
        assertThat(webhooksFor(url)).isEmpty();
    }

    @Test
    void theHealthCheckReportsTheRegistrationAndTheCounters() throws Exception {
        int port = freePort();
        String url = "http://127.0.0.1:" + port + "/pipedrive/events/deal";
        CamelContext context = start(port, dealTrigger(url, "&webhookAuthUser=pd&webhookAuthPassword=pw"));
        post(url, basic("pd", "wrong"), "{}".getBytes(StandardCharsets.UTF_8));

        HealthCheck check = HealthCheckRegistry.get(context)
                .getCheck("consumer:pipedrive:events/deal")
                .orElseThrow();
        HealthCheck.Result result = check.call();

        assertThat(result.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(result.getDetails())
                .containsEntry(
                        "webhook.id", String.valueOf(webhooksFor(url).get(0).get("id")))
                .containsEntry("webhook.state", "REGISTERED")
                .containsEntry("rejected", 1L);
    }

    @Test
    void ackOnReceiptAnswers202AndProcessesFromTheQueue() throws Exception {
        int port = freePort();
        String url = "http://127.0.0.1:" + port + "/pipedrive/events/deal";
        start(port, dealTrigger(url, "&ackMode=onReceipt&webhookAuthUser=pd&webhookAuthPassword=pw"));
        byte[] event = ("{\"meta\":{\"action\":\"change\",\"entity\":\"deal\",\"entity_id\":\"9\",\"id\":\"e-9\","
                        + "\"attempt\":1},\"data\":{\"id\":9,\"status\":\"won\"},\"previous\":{\"status\":\"open\"}}")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(post(url, basic("pd", "pw"), event).statusCode()).isEqualTo(202);
        assertThat(await(() -> received.size() == 1, Duration.ofSeconds(5))).isTrue();
        assertThat(received.get(0).getHeader(PipedriveConstants.PREVIOUS, Map.class))
                .containsEntry("status", "open");
    }

    @Test
    void theSecretAndTheWebhookPasswordsNeverAppearInLogsOrUris() throws Exception {
        LogCapture logs = new LogCapture();
        logs.attach();
        try {
            int port = freePort();
            String url = "http://127.0.0.1:" + port + "/pipedrive/events/deal";
            CamelContext context = start(port, dealTrigger(url, "&webhookSecret=very-secret-key"));
            String password = String.valueOf(webhooksFor(url).get(0).get("http_auth_password"));
            String user = String.valueOf(webhooksFor(url).get(0).get("http_auth_user"));
            post(url, basic(user, "wrong"), "{}".getBytes(StandardCharsets.UTF_8));
            post(url, basic(user, password), "{not json".getBytes(StandardCharsets.UTF_8));
            context.createProducerTemplate().requestBody("pipedrive:deal/add", Map.of("title", "Logged"), Map.class);
            assertThat(await(() -> received.size() == 1, Duration.ofSeconds(10)))
                    .isTrue();
            String uris =
                    context.getEndpoints().toString() + context.getRoutes().toString();
            context.stop();

            assertThat(password).hasSizeGreaterThan(20);
            assertThat(logs.text())
                    .contains("refused with 401")
                    .doesNotContain(password)
                    .doesNotContain("very-secret-key")
                    .doesNotContain(sandbox().token());
            assertThat(uris).contains("pipedrive://events/deal").doesNotContain("very-secret-key");
        } finally {
            logs.detach();
        }
    }

    /** The webhook password from the real process environment (surefire sets the variable for the test JVM). */
    @Test
    void theWebhookPasswordIsReadFromAnEnvironmentVariable() throws Exception {
        String password = System.getenv("PIPEDRIVE_TEST_ENV_TOKEN");
        assertThat(password).as("PIPEDRIVE_TEST_ENV_TOKEN (set by surefire)").isNotBlank();
        int port = freePort();
        String url = "http://127.0.0.1:" + port + "/pipedrive/events/deal";
        CamelContext context =
                start(port, dealTrigger(url, "&webhookAuthUser=pd&webhookAuthPassword=env:PIPEDRIVE_TEST_ENV_TOKEN"));
        byte[] event = ("{\"meta\":{\"action\":\"create\",\"entity\":\"deal\",\"entity_id\":\"8\",\"id\":\"e-8\","
                        + "\"attempt\":1},\"data\":{\"id\":8,\"title\":\"From env\"},\"previous\":null}")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(webhooksFor(url))
                .singleElement()
                .satisfies(w -> assertThat(w).containsEntry("http_auth_password", password));
        assertThat(post(url, basic("pd", "env:PIPEDRIVE_TEST_ENV_TOKEN"), event).statusCode())
                .isEqualTo(401);
        assertThat(post(url, basic("pd", password), event).statusCode()).isEqualTo(200);
        assertThat(received).singleElement();
        assertThat(context.getEndpoints().toString()).doesNotContain(password);
    }

    /** The derivation key from a mounted file gives the credentials the same key given literally gives. */
    @Test
    void theWebhookSecretIsReadFromAFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path key = java.nio.file.Files.writeString(dir.resolve("webhook-secret"), "very-secret-key\n");
        int port = freePort();
        String url = "http://127.0.0.1:" + port + "/pipedrive/events/deal";
        start(port, dealTrigger(url, "&webhookSecret=file:" + key));

        WebhookCredentials expected = WebhookCredentials.derived("very-secret-key", url, "deal", "*", "2.0");
        assertThat(webhooksFor(url))
                .singleElement()
                .satisfies(w -> assertThat(w)
                        .containsEntry("http_auth_user", expected.user())
                        .containsEntry("http_auth_password", expected.password()));
    }

    @Test
    void aMissingWebhookSecretFileFailsTheStartNamingTheOptionAndThePathAndRegistersNothing() throws Exception {
        int port = freePort();
        String url = "http://127.0.0.1:" + port + "/pipedrive/events/deal";
        Throwable failure = org.assertj.core.api.Assertions.catchThrowable(
                () -> start(port, dealTrigger(url, "&webhookSecret=file:/nonexistent/webhook-secret")));

        StringBuilder messages = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            messages.append(t.getMessage()).append('\n');
        }
        assertThat(messages.toString())
                .contains("Cannot read the secret option webhookSecret from file:/nonexistent/webhook-secret: the "
                        + "file /nonexistent/webhook-secret does not exist.");
        assertThat(webhooksFor(url)).isEmpty();
    }
}
