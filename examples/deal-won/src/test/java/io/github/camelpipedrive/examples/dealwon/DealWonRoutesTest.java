package io.github.camelpipedrive.examples.dealwon;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.camelpipedrive.component.PipedriveComponent;
import io.github.camelpipedrive.sandbox.PipedriveSandbox;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The example's route on the sandbox over real HTTP: winning a deal adds a note to it (the sandbox delivers the
 * webhook); another change does not. Also checks that docs/triggers.md shows the route as it is here.
 */
class DealWonRoutesTest {

    private PipedriveSandbox sandbox;
    private CamelContext context;

    @BeforeEach
    void start() throws Exception {
        sandbox = PipedriveSandbox.builder().burstLimit(0).start();
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        context = new DefaultCamelContext();
        VertxPlatformHttpServerConfiguration http = new VertxPlatformHttpServerConfiguration();
        http.setBindHost("127.0.0.1");
        http.setBindPort(port);
        context.addService(new VertxPlatformHttpServer(http));
        Properties properties = new Properties();
        properties.setProperty("dealwon.public-url", "http://127.0.0.1:" + port + "/pipedrive/events/deal/change");
        context.getPropertiesComponent().setInitialProperties(properties);
        PipedriveComponent pipedrive = context.getComponent("pipedrive", PipedriveComponent.class);
        pipedrive.setApiToken(sandbox.token());
        pipedrive.setBaseUrl(sandbox.baseUrl());
        context.addRoutes(new DealWonRoutes());
        context.start();
    }

    @AfterEach
    void stop() {
        context.stop();
        sandbox.close();
    }

    private List<Map<String, Object>> notesOf(Object dealId) {
        return sandbox.entities("notes").stream()
                .filter(n -> String.valueOf(dealId).equals(String.valueOf(n.get("deal_id"))))
                .toList();
    }

    @Test
    void winningADealAddsANoteToIt() throws Exception {
        ProducerTemplate template = context.createProducerTemplate();
        Map<?, ?> won = template.requestBody("pipedrive:deal/add", Map.of("title", "Acme renewal"), Map.class);
        Map<?, ?> other = template.requestBody("pipedrive:deal/add", Map.of("title", "Globex pilot"), Map.class);
        template.requestBody("pipedrive:deal/upsert", Map.of("title", "Globex pilot", "value", 5000), Map.class);
        template.requestBody("pipedrive:deal/upsert", Map.of("title", "Acme renewal", "status", "won"), Map.class);

        long end = System.nanoTime() + 10_000_000_000L;
        while (notesOf(won.get("id")).isEmpty() && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        assertThat(notesOf(won.get("id")))
                .singleElement()
                .satisfies(n -> assertThat(n).containsEntry("content", "Won: Acme renewal"));
        assertThat(sandbox.entities("webhooks"))
                .as("one webhook, for deal changes")
                .singleElement()
                .satisfies(w -> assertThat(w).containsEntry("event_action", "change"));
        assertThat(sandbox.webhookDeliveries()).hasSizeGreaterThanOrEqualTo(2).allMatch(d -> d.succeeded());
        assertThat(notesOf(other.get("id")))
                .as("a change that is not a win adds no note")
                .isEmpty();
    }

    @Test
    void theDocsShowTheRouteAsItIsHere() throws IOException {
        String source = Files.readString(
                Path.of("src/main/java/io/github/camelpipedrive/examples/dealwon/DealWonRoutes.java"),
                StandardCharsets.UTF_8);
        String docs = Files.readString(Path.of("../../docs/triggers.md"), StandardCharsets.UTF_8);
        String snippet = between(source, "// snippet: deal-won\n", "        // end-snippet");
        String shown =
                between(docs, "<!-- snippet: deal-won (examples/deal-won DealWonRoutes.java) -->\n```java\n", "```");
        assertThat(shown.stripIndent()).isEqualTo(snippet.stripIndent());
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        assertThat(from).as("marker " + start).isNotNegative();
        int to = text.indexOf(end, from + start.length());
        return text.substring(from + start.length(), to);
    }
}
