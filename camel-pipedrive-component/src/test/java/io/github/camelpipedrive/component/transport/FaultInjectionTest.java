package io.github.camelpipedrive.component.transport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.camelpipedrive.component.LogCapture;
import io.github.camelpipedrive.component.PipedriveComponent;
import io.github.camelpipedrive.component.PipedriveConstants;
import io.github.camelpipedrive.component.error.PipedriveApiException;
import io.github.camelpipedrive.component.error.PipedriveForbiddenException;
import io.github.camelpipedrive.component.error.PipedriveLockedOutException;
import io.github.camelpipedrive.component.error.PipedriveRateLimitException;
import io.github.camelpipedrive.component.error.PipedriveServerException;
import io.github.camelpipedrive.component.error.PipedriveTransportException;
import java.net.ServerSocket;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What the component does when Pipedrive, the network or a proxy misbehaves. For each fault: how many attempts reached
 * the server, which exception with which message, that a POST that may have been applied is never sent twice, and
 * that the original message reaches the dead-letter endpoint intact.
 */
class FaultInjectionTest extends CamelTestSupport {

    static final String TOKEN = "tok-fault-5c3b";
    static final String DEALS = "/api/v2/deals";
    static final String PERSON = "/api/v2/persons/7";
    static final Map<String, Object> DEAL = Map.of("title", "Acme renewal", "value", 5000);
    static final Map<String, Object> PERSON_CHANGE = Map.of("job_title", "CTO");
    static final String CREATED = "{\"success\":true,\"data\":{\"id\":42,\"title\":\"Acme renewal\"}}";
    static final LogCapture LOG = new LogCapture();
    static final int SLOW_MS = 1800;

    @RegisterExtension
    static WireMockExtension pipedrive = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    static int closedPort;

    @BeforeAll
    static void captureLogs() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        LOG.attach();
    }

    @AfterAll
    static void noSecretWasLogged() {
        LOG.detach();
        assertThat(LOG.text()).as("captured log").isNotEmpty().doesNotContain(TOKEN);
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        PipedriveComponent component = context.getComponent("pipedrive", PipedriveComponent.class);
        component.setApiToken(TOKEN);
        component.setMaxRetries(3);
        component.setRetryInitialDelay(20);
        component.setRetryMaxDelay(80);
        // generous enough for a loaded CI machine; the slow answers below are slower still
        component.setResponseTimeout(1000);
        component.setConnectTimeout(1000);
        component.setMaxResponseSize(1024 * 1024);
        component.setLockoutCooldown(LOCKOUT_MS);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                errorHandler(deadLetterChannel("mock:dead").useOriginalMessage());
                String base = "baseUrl=" + pipedrive.baseUrl();
                from("direct:add").to("pipedrive:deal/add?" + base);
                from("direct:update").to("pipedrive:person/update?id=7&" + base);
                from("direct:refused").to("pipedrive:deal/add?baseUrl=http://127.0.0.1:" + closedPort);
                from("direct:budget").to("pipedrive:deal/add?apiToken=tok-budget-other&" + base);
                from("direct:dailyOnly").to("pipedrive:deal/add?apiToken=tok-daily-only&" + base);
                from("direct:lockout").to("pipedrive:deal/add?apiToken=tok-lockout&" + base);
            }
        };
    }

    // --- helpers ---

    private Exchange add() {
        return template.send("direct:add", e -> {
            e.getMessage().setBody(DEAL);
            e.getMessage().setHeader("X-Order", "4711");
        });
    }

    private Exchange update() {
        return template.send("direct:update", e -> e.getMessage().setBody(PERSON_CHANGE));
    }

    private int postsReceived() {
        return pipedrive.findAll(postRequestedFor(urlEqualTo(DEALS))).size();
    }

    private int patchesReceived() {
        return pipedrive.findAll(patchRequestedFor(urlEqualTo(PERSON))).size();
    }

    /**
     * WireMock journals a request once it has answered it: a delayed answer the client gave up on is journaled
     * later. Waiting for it makes the count right here and keeps it out of the next test's count.
     */
    private static void letSlowAnswersFinish() throws InterruptedException {
        Thread.sleep(SLOW_MS + 200);
    }

    /** The failure reached the dead-letter endpoint with the message exactly as it was sent. */
    private <T extends Throwable> T deadLettered(Class<T> type, Object originalBody) {
        MockEndpoint dead = getMockEndpoint("mock:dead");
        assertThat(dead.getReceivedExchanges()).hasSize(1);
        Exchange exchange = dead.getReceivedExchanges().get(0);
        assertThat(exchange.getMessage().getBody()).isEqualTo(originalBody);
        assertThat(exchange.getMessage().getHeaders()).doesNotContainKey(PipedriveConstants.RESPONSE_CODE);
        Exception caught = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        assertThat(caught).isInstanceOf(type);
        assertThat(caught.getMessage()).doesNotContain(TOKEN);
        return type.cast(caught);
    }

    private void succeeded(Exchange exchange) {
        assertThat(exchange.getException()).isNull();
        assertThat(getMockEndpoint("mock:dead").getReceivedExchanges()).isEmpty();
        assertThat(exchange.getMessage().getBody(Map.class)).containsEntry("id", 42);
    }

    private PipedriveMetrics.Counters counters(String operation) {
        return context.getComponent("pipedrive", PipedriveComponent.class)
                .getMetrics()
                .snapshot()
                .get(operation);
    }

    private void firstThen(
            String method,
            String url,
            com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder first,
            com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder then) {
        var mapping = method.equals("POST") ? post(urlEqualTo(url)) : patch(urlEqualTo(url));
        var mapping2 = method.equals("POST") ? post(urlEqualTo(url)) : patch(urlEqualTo(url));
        pipedrive.stubFor(mapping.inScenario("flaky")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(first)
                .willSetStateTo("recovered"));
        pipedrive.stubFor(
                mapping2.inScenario("flaky").whenScenarioStateIs("recovered").willReturn(then));
    }

    // --- the network ---

    @Test
    void connectionRefusedIsRetriedEvenForAPostBecauseNothingWasSent() {
        Exchange exchange = template.send("direct:refused", e -> e.getMessage().setBody(DEAL));

        PipedriveTransportException error = deadLettered(PipedriveTransportException.class, DEAL);
        assertThat(error.mayHaveBeenApplied()).isFalse();
        assertThat(error.getAttempts()).isEqualTo(4);
        assertThat(error.getMessage())
                .contains("pipedrive:deal/add")
                .contains("did not reach Pipedrive")
                .contains("after 4 attempts");
        assertThat(exchange.getException()).isNull(); // handled by the dead-letter channel
    }

    @Test
    void aConnectionResetAfterAPostIsNotResentBecauseTheDealMayExist() {
        pipedrive.stubFor(post(urlEqualTo(DEALS)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        add();

        PipedriveTransportException error = deadLettered(PipedriveTransportException.class, DEAL);
        assertThat(postsReceived()).as("POSTs that reached Pipedrive").isEqualTo(1);
        assertThat(error.mayHaveBeenApplied()).isTrue();
        assertThat(error.getAttempts()).isEqualTo(1);
        assertThat(error.getMessage()).contains("outcome is unknown").contains("not resent");
        assertThat(getMockEndpoint("mock:dead")
                        .getReceivedExchanges()
                        .get(0)
                        .getMessage()
                        .getHeader("X-Order"))
                .isEqualTo("4711");
    }

    @Test
    void aConnectionResetAfterAPatchIsResentBecauseRepeatingItChangesNothing() {
        firstThen("PATCH", PERSON, aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), okJson(CREATED));

        succeeded(update());

        assertThat(patchesReceived()).isEqualTo(2);
        assertThat(counters("person/update").retried()).isEqualTo(1);
    }

    @Test
    void anEmptyReplyToAPostIsAnUnknownOutcome() {
        pipedrive.stubFor(post(urlEqualTo(DEALS)).willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));

        add();

        PipedriveTransportException error = deadLettered(PipedriveTransportException.class, DEAL);
        assertThat(postsReceived()).isEqualTo(1);
        assertThat(error.mayHaveBeenApplied()).isTrue();
    }

    @Test
    void anEmptyReplyToAPatchIsRetried() {
        firstThen("PATCH", PERSON, aResponse().withFault(Fault.EMPTY_RESPONSE), okJson(CREATED));

        succeeded(update());

        assertThat(patchesReceived()).isEqualTo(2);
    }

    @Test
    void aSlowAnswerToAPostTimesOutAndIsNotResent() throws Exception {
        pipedrive.stubFor(post(urlEqualTo(DEALS)).willReturn(okJson(CREATED).withFixedDelay(SLOW_MS)));

        add();
        letSlowAnswersFinish();

        PipedriveTransportException error = deadLettered(PipedriveTransportException.class, DEAL);
        assertThat(postsReceived()).isEqualTo(1);
        assertThat(error.mayHaveBeenApplied()).isTrue();
        assertThat(error.getMessage()).contains("no answer in time").contains("outcome is unknown");
    }

    @Test
    void aSlowAnswerToAPatchIsRetriedAndTheSecondAnswerCounts() throws Exception {
        firstThen("PATCH", PERSON, okJson(CREATED).withFixedDelay(SLOW_MS), okJson(CREATED));

        succeeded(update());
        letSlowAnswersFinish();

        assertThat(patchesReceived()).isEqualTo(2);
    }

    // --- Pipedrive's own failures ---

    @Test
    void a500AfterAPostIsNotResent() {
        pipedrive.stubFor(post(urlEqualTo(DEALS))
                .willReturn(aResponse()
                        .withStatus(500)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"success\":false,\"error\":\"Internal server error\"}")));

        add();

        PipedriveServerException error = deadLettered(PipedriveServerException.class, DEAL);
        assertThat(postsReceived()).isEqualTo(1);
        assertThat(error.getStatusCode()).isEqualTo(500);
        assertThat(error.mayHaveBeenApplied()).isTrue();
        assertThat(error.getAttempts()).isEqualTo(1);
    }

    @Test
    void a502AfterAPostIsNotResent() {
        pipedrive.stubFor(
                post(urlEqualTo(DEALS)).willReturn(aResponse().withStatus(502).withBody("Bad gateway")));

        add();

        PipedriveServerException error = deadLettered(PipedriveServerException.class, DEAL);
        assertThat(postsReceived()).isEqualTo(1);
        assertThat(error.getStatusCode()).isEqualTo(502);
    }

    @Test
    void a500AfterAPatchIsRetried() {
        firstThen("PATCH", PERSON, aResponse().withStatus(500), okJson(CREATED));

        succeeded(update());

        assertThat(patchesReceived()).isEqualTo(2);
    }

    @Test
    void a504AfterAPatchIsRetried() {
        firstThen("PATCH", PERSON, aResponse().withStatus(504), okJson(CREATED));

        succeeded(update());

        assertThat(patchesReceived()).isEqualTo(2);
    }

    @Test
    void a503IsMaintenanceSoEvenAPostIsResent() {
        firstThen(
                "POST",
                DEALS,
                aResponse().withStatus(503).withBody("{\"success\":false,\"error\":\"Maintenance\"}"),
                okJson(CREATED));

        succeeded(add());

        assertThat(postsReceived()).isEqualTo(2);
        assertThat(counters("deal/add").retried()).isEqualTo(1);
    }

    @Test
    void a503ThatLastsGivesUpAfterTheConfiguredRetries() {
        pipedrive.stubFor(post(urlEqualTo(DEALS)).willReturn(aResponse().withStatus(503)));

        add();

        PipedriveServerException error = deadLettered(PipedriveServerException.class, DEAL);
        assertThat(postsReceived()).isEqualTo(4);
        assertThat(error.getAttempts()).isEqualTo(4);
        assertThat(error.mayHaveBeenApplied()).isFalse();
        assertThat(error.getMessage()).contains("after 4 attempts");
    }

    @Test
    void a429WithResetHeadersIsWaitedOutAndResent() {
        firstThen(
                "POST",
                DEALS,
                aResponse()
                        .withStatus(429)
                        .withHeader("x-ratelimit-limit", "20")
                        .withHeader("x-ratelimit-remaining", "0")
                        .withHeader("x-ratelimit-reset", "1")
                        .withBody("{\"success\":false,\"error\":\"Request over limit\",\"errorCode\":429}"),
                okJson(CREATED));

        long start = System.nanoTime();
        succeeded(add());
        long waitedMs = (System.nanoTime() - start) / 1_000_000;

        assertThat(postsReceived()).isEqualTo(2);
        assertThat(waitedMs).as("waited for x-ratelimit-reset (1 s)").isGreaterThanOrEqualTo(950);
        assertThat(counters("deal/add").rateLimited()).isEqualTo(1);
    }

    @Test
    void a429WithoutHeadersIsWaitedOutForAWindowAndResent() {
        firstThen("POST", DEALS, aResponse().withStatus(429), okJson(CREATED));

        long start = System.nanoTime();
        succeeded(add());
        long waitedMs = (System.nanoTime() - start) / 1_000_000;

        assertThat(postsReceived()).isEqualTo(2);
        assertThat(waitedMs).as("waited one burst window").isGreaterThanOrEqualTo(1950);
    }

    @Test
    void aSpentDailyBudgetFailsFastAndStopsSending() {
        // a 429 while the burst window still has room: the company's daily budget is gone
        pipedrive.stubFor(post(urlEqualTo(DEALS))
                .willReturn(aResponse()
                        .withStatus(429)
                        .withHeader("x-ratelimit-limit", "80")
                        .withHeader("x-ratelimit-remaining", "79")
                        .withHeader("x-ratelimit-reset", "2")
                        .withBody("{\"success\":false,\"error\":\"Request over limit\",\"errorCode\":429}")));

        template.send("direct:budget", e -> e.getMessage().setBody(DEAL));
        PipedriveRateLimitException first = deadLettered(PipedriveRateLimitException.class, DEAL);
        assertThat(first.isDailyBudgetExhausted()).isTrue();
        assertThat(first.getResetTime()).isAfter(java.time.Instant.now());
        assertThat(first.getMessage()).contains("daily token budget is spent until");
        assertThat(postsReceived()).isEqualTo(1);

        getMockEndpoint("mock:dead").reset();
        template.send("direct:budget", e -> e.getMessage().setBody(DEAL));
        PipedriveRateLimitException second = deadLettered(PipedriveRateLimitException.class, DEAL);
        assertThat(second.getAttempts()).as("not sent at all").isZero();
        assertThat(second.getMessage()).contains("was not sent");
        assertThat(postsReceived()).as("no further request reached Pipedrive").isEqualTo(1);
    }

    static final long LOCKOUT_MS = 1500;

    @Test
    void a429WithOnlyXDailyRequestsLeftZeroIsTheDailyBudgetNotResentAndFollowingRequestsFailFast() {
        pipedrive.stubFor(post(urlEqualTo(DEALS))
                .willReturn(aResponse()
                        .withStatus(429)
                        .withHeader("x-daily-requests-left", "0")
                        .withBody("{\"success\":false,\"error\":\"Request over limit\",\"errorCode\":429}")));

        template.send("direct:dailyOnly", e -> e.getMessage().setBody(DEAL));
        PipedriveRateLimitException first = deadLettered(PipedriveRateLimitException.class, DEAL);
        assertThat(postsWith("tok-daily-only")).as("sent once, not resent").isEqualTo(1);
        assertThat(first.isDailyBudgetExhausted()).isTrue();
        assertThat(first.getAttempts()).isEqualTo(1);

        getMockEndpoint("mock:dead").reset();
        template.send("direct:dailyOnly", e -> e.getMessage().setBody(DEAL));
        PipedriveRateLimitException second = deadLettered(PipedriveRateLimitException.class, DEAL);
        assertThat(second.getAttempts()).as("not sent at all").isZero();
        assertThat(second.getMessage())
                .contains("daily token budget is spent until")
                .contains("was not sent");
        assertThat(postsWith("tok-daily-only"))
                .as("no further request reached Pipedrive")
                .isEqualTo(1);
    }

    @Test
    void pipedrivesLockOutPageStopsSendingOnThatTokenForTheCoolDown() throws Exception {
        pipedrive.stubFor(
                post(urlEqualTo(DEALS))
                        .willReturn(
                                aResponse()
                                        .withStatus(403)
                                        .withHeader("Content-Type", "text/html; charset=UTF-8")
                                        .withHeader("cf-ray", "8e2d3f4a5b6c-FRA")
                                        .withBody(
                                                "<!DOCTYPE html><html><head><title>Access denied | api.pipedrive.com used Cloudflare to "
                                                        + "restrict access</title></head><body>This error is produced by Cloudflare</body></html>")));

        java.time.Instant before = java.time.Instant.now();
        template.send("direct:lockout", e -> e.getMessage().setBody(DEAL));
        PipedriveLockedOutException first = deadLettered(PipedriveLockedOutException.class, DEAL);
        assertThat(postsWith("tok-lockout")).isEqualTo(1);
        assertThat(first.getLockedUntil()).isAfter(before.plusMillis(LOCKOUT_MS - 100));
        assertThat(first.getMessage()).contains("lock-out page").contains("until " + first.getLockedUntil());

        getMockEndpoint("mock:dead").reset();
        template.send("direct:lockout", e -> e.getMessage().setBody(DEAL));
        PipedriveLockedOutException second = deadLettered(PipedriveLockedOutException.class, DEAL);
        assertThat(second.getAttempts()).as("not sent").isZero();
        assertThat(second.getLockedUntil()).isEqualTo(first.getLockedUntil());
        assertThat(second.getMessage())
                .contains("nothing is sent on it until " + first.getLockedUntil())
                .contains("the request was not sent");
        assertThat(postsWith("tok-lockout"))
                .as("nothing sent during the cool-down")
                .isEqualTo(1);

        // after the cool-down the token is used again
        pipedrive.resetAll();
        pipedrive.stubFor(post(urlEqualTo(DEALS)).willReturn(okJson("{\"success\":true,\"data\":{\"id\":5}}")));
        Thread.sleep(java.time.Duration.between(java.time.Instant.now(), first.getLockedUntil())
                        .toMillis()
                + 50);
        getMockEndpoint("mock:dead").reset();
        Exchange after = template.send("direct:lockout", e -> e.getMessage().setBody(DEAL));
        assertThat(after.getException()).isNull();
        assertThat(postsWith("tok-lockout")).isEqualTo(1);
    }

    private int postsWith(String token) {
        return pipedrive
                .findAll(postRequestedFor(urlEqualTo(DEALS))
                        .withHeader("x-api-token", com.github.tomakehurst.wiremock.client.WireMock.equalTo(token)))
                .size();
    }

    @Test
    void anHtml403FromCloudflareIsReportedReadablyAndNotRetried() {
        pipedrive.stubFor(post(urlEqualTo(DEALS))
                .willReturn(aResponse()
                        .withStatus(403)
                        .withHeader("Content-Type", "text/html; charset=UTF-8")
                        .withHeader("cf-ray", "7d1c2e3f4a5b-AMS")
                        .withBody("<!DOCTYPE html><html><head><title>Attention Required! | Cloudflare</title></head>"
                                + "<body><h1>Sorry, you have been blocked</h1></body></html>")));

        add();

        PipedriveForbiddenException error = deadLettered(PipedriveForbiddenException.class, DEAL);
        assertThat(postsReceived()).isEqualTo(1);
        assertThat(error.getMessage())
                .contains("HTML page")
                .contains("Cloudflare")
                .doesNotContain("<html");
    }

    @Test
    void malformedJsonInASuccessfulAnswerSaysTheWriteHappened() {
        pipedrive.stubFor(post(urlEqualTo(DEALS))
                .willReturn(aResponse()
                        .withStatus(201)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"success\":true,\"data\":{\"id\":4")));

        add();

        PipedriveApiException error = deadLettered(PipedriveApiException.class, DEAL);
        assertThat(postsReceived()).isEqualTo(1);
        assertThat(error.mayHaveBeenApplied()).isTrue();
        assertThat(error.getMessage()).contains("not valid JSON");
    }

    @Test
    void anOversizedAnswerIsNotReadIntoMemory() {
        pipedrive.stubFor(post(urlEqualTo(DEALS))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"data\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}")));

        add();

        PipedriveApiException error = deadLettered(PipedriveApiException.class, DEAL);
        assertThat(postsReceived()).isEqualTo(1);
        assertThat(error.getMessage()).contains("larger than maxResponseSize").contains("applied");
        assertThat(error.mayHaveBeenApplied()).isTrue();
    }

    @Test
    void anOversized503IsARefusalLikeAnyOther503() {
        pipedrive.stubFor(post(urlEqualTo(DEALS))
                .willReturn(aResponse()
                        .withStatus(503)
                        .withHeader("Content-Type", "text/html")
                        .withBody("<html>" + "x".repeat(2 * 1024 * 1024) + "</html>")));

        add();

        PipedriveApiException error = deadLettered(PipedriveApiException.class, DEAL);
        assertThat(postsReceived()).isEqualTo(1);
        assertThat(error.getStatusCode()).isEqualTo(503);
        assertThat(error.getMessage()).contains("larger than maxResponseSize").doesNotContain("was applied");
        assertThat(error.mayHaveBeenApplied())
                .as("a 503 is refused before processing")
                .isFalse();
    }

    @Test
    void countersTellRequestsRetriesAnd429sApart() {
        firstThen("POST", DEALS, aResponse().withStatus(503), okJson(CREATED));
        succeeded(add());
        pipedrive.resetAll();
        pipedrive.stubFor(post(urlEqualTo(DEALS)).willReturn(okJson(CREATED)));
        succeeded(add());

        PipedriveMetrics.Counters deals = counters("deal/add");
        assertThat(deals.sent()).isEqualTo(3);
        assertThat(deals.retried()).isEqualTo(1);
        assertThat(deals.failed()).isZero();
        assertThat(pipedrive.findAll(postRequestedFor(anyUrlPattern())).size()).isEqualTo(1);
    }

    private static com.github.tomakehurst.wiremock.matching.UrlPattern anyUrlPattern() {
        return anyUrl();
    }
}
