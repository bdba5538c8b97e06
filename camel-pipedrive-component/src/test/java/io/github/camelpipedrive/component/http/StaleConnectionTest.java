package io.github.camelpipedrive.component.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.camelpipedrive.component.LoopbackHttpServer;
import io.github.camelpipedrive.component.LoopbackHttpServer.Response;
import io.github.camelpipedrive.component.PipedriveComponent;
import java.util.List;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

/**
 * A server that closes a keep-alive connection after 1 s of idleness, without saying so in a Keep-Alive header:
 * POSTs spaced 1.2 s apart must not be written onto the connection it has closed (which would fail them as "may have
 * been applied"). Each one succeeds and reaches the server exactly once.
 */
class StaleConnectionTest {

    @Test
    void postsSpacedLongerThanTheServersIdleTimeoutAllSucceedEachSentOnce() throws Exception {
        try (LoopbackHttpServer server = new LoopbackHttpServer(
                        1_000, r -> Response.json(201, "{\"success\":true,\"data\":{\"id\":1}}"));
                CamelContext context = new DefaultCamelContext()) {
            PipedriveComponent component = new PipedriveComponent();
            component.setApiToken("stale-token");
            component.setBaseUrl(server.baseUrl());
            context.addComponent("pipedrive", component);
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:add").to("pipedrive:deal/add");
                }
            });
            context.start();
            ProducerTemplate template = context.createProducerTemplate();
            int posts = 3;
            for (int i = 0; i < posts; i++) {
                if (i > 0) {
                    Thread.sleep(1_200);
                }
                String title = "deal-" + i;
                Exchange exchange =
                        template.send("direct:add", e -> e.getMessage().setBody(Map.of("title", title)));
                assertThat(exchange.getException()).as("POST %d", i).isNull();
            }
            List<String> bodies = server.requests().stream()
                    .map(LoopbackHttpServer.Request::body)
                    .toList();
            System.out.println("StaleConnectionTest: " + bodies.size() + " requests received on " + server.connections()
                    + " connections");
            for (int i = 0; i < posts; i++) {
                String title = "\"deal-" + i + "\"";
                assertThat(bodies.stream().filter(b -> b.contains(title)).count())
                        .as("sends of deal-%d", i)
                        .isEqualTo(1);
            }
            assertThat(bodies).hasSize(posts);
        }
    }

    /**
     * A server that resets a connection after 100 ms of idleness: a POST 150 ms later (before the pool would check the
     * connection) fails on its very first byte. That failure proves nothing was sent, so the POST is resent
     * on a new connection, and the server sees it exactly once.
     */
    @Test
    void aPostThatFailsBeforeItsFirstByteLeftIsResentAndArrivesOnce() throws Exception {
        try (LoopbackHttpServer server = new LoopbackHttpServer(
                        100, true, r -> Response.json(201, "{\"success\":true,\"data\":{\"id\":1}}"));
                CamelContext context = new DefaultCamelContext()) {
            PipedriveComponent component = new PipedriveComponent();
            component.setApiToken("reset-token");
            component.setBaseUrl(server.baseUrl());
            component.setRetryInitialDelay(10);
            context.addComponent("pipedrive", component);
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:add").to("pipedrive:deal/add");
                }
            });
            context.start();
            ProducerTemplate template = context.createProducerTemplate();
            int posts = 4;
            for (int i = 0; i < posts; i++) {
                if (i > 0) {
                    Thread.sleep(150);
                }
                String title = "reset-" + i;
                Exchange exchange =
                        template.send("direct:add", e -> e.getMessage().setBody(Map.of("title", title)));
                assertThat(exchange.getException()).as("POST %d", i).isNull();
            }
            List<String> bodies = server.requests().stream()
                    .map(LoopbackHttpServer.Request::body)
                    .toList();
            System.out.println(
                    "StaleConnectionTest (reset): " + component.getMetrics().totalSent() + " attempts, " + bodies.size()
                            + " requests received on " + server.connections() + " connections");
            for (int i = 0; i < posts; i++) {
                String title = "\"reset-" + i + "\"";
                assertThat(bodies.stream().filter(b -> b.contains(title)).count())
                        .as("sends of reset-%d", i)
                        .isEqualTo(1);
            }
            // at least one POST failed on its first byte and was resent: more attempts than requests arrived
            assertThat(component.getMetrics().totalSent()).isGreaterThan(bodies.size());
        }
    }
}
