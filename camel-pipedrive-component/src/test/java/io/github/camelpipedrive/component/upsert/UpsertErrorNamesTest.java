package io.github.camelpipedrive.component.upsert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.camelpipedrive.component.LoopbackHttpServer;
import io.github.camelpipedrive.component.LoopbackHttpServer.Response;
import io.github.camelpipedrive.component.PipedriveComponent;
import io.github.camelpipedrive.component.error.PipedriveApiException;
import io.github.camelpipedrive.component.error.PipedriveBadRequestException;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

/**
 * Errors inside an upsert are named after the endpoint the user wrote ({@code pipedrive:person/upsert}), with the
 * internal step in the message; so is the missing-credentials error, which says which options to set.
 */
class UpsertErrorNamesTest {

    @Test
    void aFailedAddInsideAnUpsertNamesTheUpsertAndTheStep() throws Exception {
        try (LoopbackHttpServer server = new LoopbackHttpServer(5_000, r -> {
                    if (r.method().equals("POST")) {
                        return Response.json(
                                400, "{\"success\":false,\"error\":\"name is required\",\"code\":\"ERR\"}");
                    }
                    if (r.path().contains("search")) {
                        return Response.json(200, "{\"success\":true,\"data\":{\"items\":[]}}");
                    }
                    return Response.json(200, "{\"success\":true,\"data\":[]}");
                });
                CamelContext context = new DefaultCamelContext()) {
            PipedriveComponent component = new PipedriveComponent();
            component.setApiToken("names-token");
            component.setBaseUrl(server.baseUrl());
            context.addComponent("pipedrive", component);
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:upsert").to("pipedrive:person/upsert?matchBy=email");
                }
            });
            context.start();

            Exchange exchange = context.createProducerTemplate()
                    .send(
                            "direct:upsert",
                            e -> e.getMessage()
                                    .setBody(Map.of(
                                            "name",
                                            "Ada",
                                            "emails",
                                            java.util.List.of(Map.of("value", "ada@example.com", "primary", true)))));

            assertThat(exchange.getException()).isInstanceOf(PipedriveBadRequestException.class);
            PipedriveBadRequestException error = (PipedriveBadRequestException) exchange.getException();
            assertThat(error.getOperation()).isEqualTo("person/upsert");
            assertThat(error.getMessage())
                    .startsWith("pipedrive:person/upsert (step person/add) failed: HTTP 400")
                    .contains("name is required");
        }
    }

    @Test
    void anUnreadableSearchAnswerInsideAnUpsertNamesTheUpsertAndTheStep() throws Exception {
        try (LoopbackHttpServer server = new LoopbackHttpServer(5_000, r -> {
                    if (r.path().contains("search")) {
                        return Response.json(200, "[\"not an envelope\"]");
                    }
                    return Response.json(200, "{\"success\":true,\"data\":[]}");
                });
                CamelContext context = new DefaultCamelContext()) {
            PipedriveComponent component = new PipedriveComponent();
            component.setApiToken("names-token");
            component.setBaseUrl(server.baseUrl());
            context.addComponent("pipedrive", component);
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:upsert").to("pipedrive:person/upsert?matchBy=email");
                }
            });
            context.start();

            Exchange exchange = context.createProducerTemplate()
                    .send(
                            "direct:upsert",
                            e -> e.getMessage()
                                    .setBody(Map.of(
                                            "name",
                                            "Ada",
                                            "emails",
                                            java.util.List.of(Map.of("value", "ada@example.com", "primary", true)))));

            assertThat(exchange.getException()).isInstanceOf(PipedriveApiException.class);
            PipedriveApiException error = (PipedriveApiException) exchange.getException();
            assertThat(error.getOperation()).isEqualTo("person/upsert");
            assertThat(error.getMessage())
                    .isEqualTo("pipedrive:person/upsert (step person/search): the answer cannot be read (not a JSON "
                            + "object); nothing was written");
            assertThat(error.mayHaveBeenApplied()).isFalse();
            assertThat(server.requests()).noneMatch(r -> r.method().equals("POST"));
        }
    }

    @Test
    void theMissingCredentialsErrorNamesTheUpsertEndpointAndTheOptionsToSet() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:upsert").to("pipedrive:person/upsert?matchBy=email");
                }
            });
            assertThatThrownBy(context::start)
                    .rootCause()
                    .hasMessageStartingWith("pipedrive:person/upsert has no credentials")
                    .hasMessageContaining("component option apiToken")
                    .hasMessageContaining("camel.component.pipedrive.api-token")
                    .hasMessageContaining("endpoint option apiToken")
                    .hasMessageContaining("oauthRefreshToken");
        }
    }
}
