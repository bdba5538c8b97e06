package io.github.camelpipedrive.component;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.camelpipedrive.component.error.PipedriveAuthenticationException;
import io.github.camelpipedrive.component.error.PipedriveServerException;
import io.github.camelpipedrive.component.error.PipedriveTransportException;
import io.github.camelpipedrive.component.error.PipedriveValidationException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Route;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.Main;
import org.apache.camel.model.ModelCamelContext;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API token goes to Pipedrive in the x-api-token header and nowhere else: not in the URL, not in a log line at
 * DEBUG, not in an exception, not in an endpoint's or configuration's text, not in camel-main's start-up summary.
 */
class TokenSecrecyTest extends CamelTestSupport {

    static final String TOKEN = "tok-SECRET-9f8e7d";

    @RegisterExtension
    static WireMockExtension pipedrive = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    static final LogCapture LOG = new LogCapture();

    static int closedPort;

    @BeforeAll
    static void captureEveryLogLine() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        LOG.attach();
    }

    @AfterAll
    static void restoreLogging() {
        LOG.detach();
    }

    @Override
    protected void doPreSetup() throws Exception {
        super.doPreSetup();
        LOG.lines.clear(); // each test sees its own context's start-up, routes and shutdown
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        PipedriveComponent component = context.getComponent("pipedrive", PipedriveComponent.class);
        component.setApiToken(TOKEN);
        // retries stay on (their log lines are checked too), with short waits
        component.setRetryInitialDelay(10);
        component.setRetryMaxDelay(20);
        context.setDumpRoutes("json"); // route dumps at start-up, into the captured log
        context.setMessageHistory(true);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                String base = "baseUrl=" + pipedrive.baseUrl();
                from("direct:ok").routeId("ok").log("adding ${body}").to("pipedrive:deal/add?" + base);
                from("direct:unauthorized").routeId("unauthorized").to("pipedrive:person/add?" + base);
                // the token written into the endpoint URI, as some users will
                from("direct:serverError")
                        .routeId("serverError")
                        .to("pipedrive:organization/add?apiToken=" + TOKEN + "&" + base);
                from("direct:invalid").routeId("invalid").to("pipedrive:leadLabel/add?apiToken=" + TOKEN + "&" + base);
                from("direct:unreachable")
                        .routeId("unreachable")
                        .to("pipedrive:note/add?baseUrl=http://127.0.0.1:" + closedPort);
            }
        };
    }

    @Test
    void theTokenAppearsInNoLogLineExceptionEndpointOrDump() throws Exception {
        pipedrive.stubFor(post(urlPathEqualTo("/api/v2/deals"))
                .willReturn(okJson("{\"success\":true,\"data\":{\"id\":42,\"title\":\"Acme renewal\"}}")));
        pipedrive.stubFor(post(urlPathEqualTo("/api/v2/persons"))
                .willReturn(aResponse()
                        .withStatus(401)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"success\":false,\"error\":\"unauthorized access\",\"errorCode\":401}")));
        pipedrive.stubFor(post(urlPathEqualTo("/api/v2/organizations"))
                .willReturn(aResponse()
                        .withStatus(500)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"success\":false,\"error\":\"Internal server error\"}")));

        List<Exchange> results = new ArrayList<>();
        results.add(template.send("direct:ok", e -> e.getMessage().setBody(Map.of("title", "Acme renewal"))));
        results.add(template.send("direct:unauthorized", e -> e.getMessage().setBody(Map.of("name", "Ada"))));
        results.add(template.send("direct:serverError", e -> e.getMessage().setBody(Map.of("name", "Acme Ltd"))));
        results.add(template.send("direct:invalid", e -> e.getMessage().setBody(Map.of("name", "Hot"))));
        results.add(template.send("direct:unreachable", e -> e.getMessage().setBody(Map.of("content", "Call back"))));

        // each route did what it was meant to, so the lines below were really produced
        assertThat(results.get(0).getException()).isNull();
        assertThat(results.get(1).getException()).isInstanceOf(PipedriveAuthenticationException.class);
        assertThat(results.get(2).getException()).isInstanceOf(PipedriveServerException.class);
        assertThat(results.get(3).getException()).isInstanceOf(PipedriveValidationException.class);
        assertThat(results.get(4).getException()).isInstanceOf(PipedriveTransportException.class);
        assertThat(LOG.text())
                .as("the captured log has the producer's DEBUG lines and the error handler's")
                .contains("DEBUG")
                .contains("PipedriveProducer")
                .contains("Failed delivery")
                .contains("organization/add")
                .contains("retrying in");

        // log lines, including stack traces
        assertThat(LOG.lines).isNotEmpty().noneMatch(line -> line.contains(TOKEN));

        // exceptions: message, toString, stack trace and every cause; the messages' headers
        for (Exchange result : results) {
            for (Throwable t : causeChain(result.getException())) {
                assertThat(t.getMessage()).doesNotContain(TOKEN);
                assertThat(t.toString()).doesNotContain(TOKEN);
                assertThat(stackTrace(t)).doesNotContain(TOKEN);
            }
            assertThat(String.valueOf(result.getMessage().getHeaders())).doesNotContain(TOKEN);
        }
        // exchange properties, where the token was set on the component. (With the token written into the endpoint
        // URI, Camel itself puts Endpoint.getEndpointUri(), unmasked, into CamelToEndpoint and CamelFailureEndpoint;
        // no component can change that, which is why the docs must steer users to the component-level token.)
        for (int i : new int[] {0, 1, 4}) {
            assertThat(String.valueOf(results.get(i).getAllProperties()))
                    .as("exchange properties of %s", results.get(i).getFromRouteId())
                    .doesNotContain(TOKEN);
        }

        // endpoints, configurations, routes and their dumps
        for (Endpoint endpoint : context.getEndpoints()) {
            assertThat(endpoint.toString()).doesNotContain(TOKEN);
            assertThat(endpoint.getEndpointBaseUri()).doesNotContain(TOKEN);
            // (getEndpointUri() and getEndpointKey() are Camel's raw URI and registry key: with the token written into
            // the URI they hold it; Camel masks them wherever it prints them, as the log checks above show)
            if (endpoint instanceof PipedriveEndpoint pipedriveEndpoint) {
                assertThat(pipedriveEndpoint.getConfiguration().toString())
                        .doesNotContain(TOKEN)
                        .contains("apiToken=<set>");
            }
        }
        assertThat(context.getEndpoints())
                .filteredOn(PipedriveEndpoint.class::isInstance)
                .hasSize(5);
        for (Route route : context.getRoutes()) {
            assertThat(route.toString()).doesNotContain(TOKEN);
            assertThat(route.getEndpoint().toString()).doesNotContain(TOKEN);
            assertThat(String.valueOf(route.getRouteDescription())).doesNotContain(TOKEN);
        }
        for (var definition : ((ModelCamelContext) context).getRouteDefinitions()) {
            assertThat(definition.toString())
                    .as("route model %s", definition.getRouteId())
                    .doesNotContain(TOKEN);
        }
    }

    @Test
    void startUpRouteDumpsMaskTheTokenInEndpointUris() {
        // context.setDumpRoutes("json") logged the routes when the context started, before this method
        Assumptions.assumeFalse(
                context.getVersion().startsWith("4.18."),
                () -> "Camel " + context.getVersion() + " has no JSON route dump (it came with Camel 4.20)");
        String log = LOG.text();
        assertThat(log)
                .as("the start-up dump was captured")
                .contains("Dumping 5 route")
                .contains("organization")
                .contains("leadLabel")
                .contains("apiToken=xxxxxx");
        assertThat(LOG.lines).noneMatch(line -> line.contains(TOKEN));
    }

    /**
     * The way docs/security.md prescribes (the token as the component option, endpoint URIs without it) keeps the
     * token out of Camel's route dumps in every format Camel writes to the log: YAML, XML and JSON.
     */
    @Test
    void withTheTokenOnTheComponentNoRouteDumpFormatShowsIt() throws Exception {
        for (String format : dumpFormats()) {
            String dump = dumpRoutes(format, "pipedrive:deal/add?baseUrl=" + pipedrive.baseUrl(), true);
            assertThat(dump).as("%s dump", format).contains("pipedrive:deal").doesNotContain(TOKEN);
        }
    }

    /**
     * What docs/security.md states about a token written into an endpoint URI: Camel's YAML and XML dumps print the
     * route's URI as written, token included (Camel's dumpers, which no component can change), while the JSON dump
     * masks it.
     */
    @Test
    void aTokenWrittenIntoAnEndpointUriIsPrintedByTheYamlAndXmlDumpsOnly() throws Exception {
        String uri = "pipedrive:deal/add?apiToken=" + TOKEN + "&baseUrl=" + pipedrive.baseUrl();
        assertThat(dumpRoutes("yaml", uri, false)).contains("uri: pipedrive:deal/add?apiToken=" + TOKEN);
        assertThat(dumpRoutes("xml", uri, false)).contains("uri=\"pipedrive:deal/add?apiToken=" + TOKEN);
        if (dumpFormats().contains("json")) {
            assertThat(dumpRoutes("json", uri, false))
                    .contains("apiToken=xxxxxx")
                    .doesNotContain(TOKEN);
        }
    }

    /** The formats Camel dumps routes in to the log; JSON came with Camel 4.20. */
    private List<String> dumpFormats() {
        return context.getVersion().startsWith("4.18.") ? List.of("yaml", "xml") : List.of("yaml", "xml", "json");
    }

    /** Starts a context with one route to {@code uri}, dumps its routes in {@code format}, returns what was logged. */
    private String dumpRoutes(String format, String uri, boolean tokenOnComponent) throws Exception {
        try (CamelContext dumping = new org.apache.camel.impl.DefaultCamelContext()) {
            PipedriveComponent component = new PipedriveComponent();
            if (tokenOnComponent) {
                component.setApiToken(TOKEN);
            }
            dumping.addComponent("pipedrive", component);
            dumping.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:dumped").routeId("dumped").to(uri);
                }
            });
            dumping.start();
            LOG.lines.clear();
            dumping.getCamelContextExtension()
                    .getContextPlugin(org.apache.camel.spi.DumpRoutesStrategy.class)
                    .dumpRoutes(format);
            String dump = LOG.text();
            assertThat(dump).as("the %s dump was logged", format).contains("dumped");
            return dump;
        }
    }

    @Test
    void theTokenTravelsInTheXApiTokenHeaderOnlyNeverInTheQueryString() {
        pipedrive.stubFor(
                post(urlPathEqualTo("/api/v2/deals")).willReturn(okJson("{\"success\":true,\"data\":{\"id\":1}}")));
        pipedrive.stubFor(post(urlPathEqualTo("/api/v2/organizations"))
                .willReturn(okJson("{\"success\":true,\"data\":{\"id\":2}}")));

        template.sendBody("direct:ok", Map.of("title", "Acme renewal"));
        template.sendBody("direct:serverError", Map.of("name", "Acme Ltd")); // the token from the endpoint URI

        List<ServeEvent> events = pipedrive.getAllServeEvents();
        assertThat(events).hasSize(2);
        for (ServeEvent event : events) {
            LoggedRequest request = event.getRequest();
            assertThat(request.getHeader("x-api-token")).isEqualTo(TOKEN);
            assertThat(request.getUrl())
                    .doesNotContain("?")
                    .doesNotContain(TOKEN)
                    .doesNotContain("api_token");
            assertThat(request.getAbsoluteUrl()).doesNotContain(TOKEN);
            assertThat(request.getBodyAsString()).doesNotContain(TOKEN);
            assertThat(request.containsHeader("Authorization")).isFalse();
            request.getHeaders().all().stream()
                    .filter(h -> !h.keyEquals("x-api-token"))
                    .forEach(
                            h -> assertThat(h.values()).as("header %s", h.key()).noneMatch(v -> v.contains(TOKEN)));
        }
    }

    /** Starts a camel-main application, sends one deal, stops; returns what it logged. */
    private List<String> runCamelMain(Main main) throws Exception {
        main.configure().addRoutesBuilder(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:main").to("pipedrive:deal/add");
            }
        });
        pipedrive.resetAll();
        pipedrive.stubFor(
                post(urlPathEqualTo("/api/v2/deals")).willReturn(okJson("{\"success\":true,\"data\":{\"id\":3}}")));
        LOG.lines.clear();
        try {
            main.start();
            // the property really configured the component: the request carries the token
            main.getCamelTemplate().sendBody("direct:main", Map.of("title", "From main"));
            assertThat(pipedrive.getAllServeEvents())
                    .singleElement()
                    .satisfies(e ->
                            assertThat(e.getRequest().getHeader("x-api-token")).isEqualTo(TOKEN));
        } finally {
            main.stop();
        }
        return List.copyOf(LOG.lines);
    }

    /** The summary lists the component's options, the token's line masked. */
    private static void assertSummaryMasksTheToken(List<String> lines) {
        assertThat(lines)
                .as("the auto-configuration summary was logged")
                .anyMatch(l -> l.contains("Auto-configuration summary"))
                .anyMatch(l -> l.contains("camel.component.pipedrive.baseUrl = " + pipedrive.baseUrl()));
        assertThat(lines)
                .filteredOn(l -> l.contains("camel.component.pipedrive.apiToken = "))
                .as("the token's summary line, masked")
                .singleElement()
                .satisfies(l -> assertThat(l).contains("camel.component.pipedrive.apiToken = xxxxxx"));
    }

    /** An application.properties, as users configure camel-main; its summary lines are logged at INFO. */
    @Test
    void camelMainsStartUpSummaryShowsTheTokenMasked(@TempDir Path dir) throws Exception {
        Path properties = Files.writeString(
                dir.resolve("application.properties"),
                String.join(
                        "\n",
                        "camel.main.name=token-secrecy",
                        "camel.main.autoConfigurationLogSummary=true",
                        "camel.component.pipedrive.api-token=" + TOKEN,
                        "camel.component.pipedrive.base-url=" + pipedrive.baseUrl(),
                        // the component's other secrets (OAuth is not switched on without an access or refresh token)
                        "camel.component.pipedrive.oauth-client-secret=" + OTHER_SECRETS.get("oauthClientSecret"),
                        "camel.component.pipedrive.proxy-auth-password=" + OTHER_SECRETS.get("proxyAuthPassword")));
        Main main = new Main();
        main.setPropertyPlaceholderLocations("file:" + properties);

        List<String> lines = LOG.withCamelAt(Level.INFO, () -> runCamelMain(main));

        assertSummaryMasksTheToken(lines);
        assertThat(lines).as("lines with the token").noneMatch(l -> l.contains(TOKEN));
        OTHER_SECRETS.forEach((option, secret) -> {
            assertThat(lines).as("lines with the %s", option).noneMatch(l -> l.contains(secret));
            assertThat(lines)
                    .as("summary line of %s", option)
                    .anyMatch(l -> l.contains("camel.component.pipedrive." + option + " = xxxxxx"));
        });
    }

    static final Map<String, String> OTHER_SECRETS = Map.of(
            "oauthClientSecret", "cs-SECRET-4d3c2b",
            "proxyAuthPassword", "px-SECRET-a1b2c3");

    /**
     * The same with the token as an initial property and org.apache.camel at DEBUG. The summary still masks it, and
     * nothing of this component logs it; camel-main's own DEBUG listings of the raw properties
     * ("Properties from Camel properties component", "Configured property: ...") print every property value as it
     * is, secrets included. That is Camel's behaviour for every component, outside this component's reach, so it is
     * only bounded here: the token appears in those Camel lines and nowhere else.
     */
    @Test
    void camelMainAtDebugMasksTheSummaryAndOnlyCamelsRawPropertyListingsShowTheToken() throws Exception {
        Main main = new Main();
        main.addInitialProperty("camel.main.name", "token-secrecy");
        main.addInitialProperty("camel.main.autoConfigurationLogSummary", "true");
        main.addInitialProperty("camel.component.pipedrive.api-token", TOKEN);
        main.addInitialProperty("camel.component.pipedrive.base-url", pipedrive.baseUrl());

        List<String> lines = LOG.withCamelAt(Level.DEBUG, () -> runCamelMain(main));

        assertSummaryMasksTheToken(lines);
        assertThat(lines)
                .filteredOn(l -> l.contains(TOKEN))
                .as("lines with the token")
                .allSatisfy(l -> assertThat(l)
                        .containsAnyOf(
                                "org.apache.camel.main.BaseMainSupport -     camel.component.pipedrive.apiToken="
                                        + TOKEN,
                                "org.apache.camel.main.MainHelper - Configured property: camel.component.pipedrive.apiToken="
                                        + TOKEN + " on bean"));
    }

    // ------------------------------------------------------------------------------------------------------------

    private static List<Throwable> causeChain(Throwable top) {
        List<Throwable> chain = new ArrayList<>();
        Set<Throwable> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = top; t != null && seen.add(t); t = t.getCause()) {
            chain.add(t);
            for (Throwable suppressed : t.getSuppressed()) {
                chain.addAll(causeChain(suppressed));
            }
        }
        return chain;
    }

    private static String stackTrace(Throwable t) {
        StringWriter out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
