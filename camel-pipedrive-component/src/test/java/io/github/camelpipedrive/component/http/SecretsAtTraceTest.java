package io.github.camelpipedrive.component.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.camelpipedrive.component.LogCapture;
import io.github.camelpipedrive.component.LoopbackHttpServer;
import io.github.camelpipedrive.component.LoopbackHttpServer.Response;
import io.github.camelpipedrive.component.PipedriveComponent;
import io.github.camelpipedrive.component.error.PipedriveBadRequestException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

/**
 * With every logger at TRACE (root and each configured one, HttpClient's {@code headers} and {@code wire} included,
 * plus java.util.logging), routes authenticated by an API token and by OAuth succeed and fail, and the OAuth token is
 * refreshed: no log line holds the API token, an access token, the refresh token, the client secret or the client's
 * Basic credentials. The component's own DEBUG line still shows the request and the header names, masked.
 */
class SecretsAtTraceTest {

    static final String API_TOKEN = "apitok-TRACE-5a6b7c";
    static final String OLD_ACCESS = "acc-TRACE-OLD-8d9e";
    static final String NEW_ACCESS = "acc-TRACE-NEW-0f1a";
    static final String REFRESH = "ref-TRACE-2b3c4d";
    static final String NEW_REFRESH = "ref-TRACE-NEW-5e6f";
    static final String CLIENT_SECRET = "csec-TRACE-7a8b";
    static final String BASIC =
            Base64.getEncoder().encodeToString(("client-9:" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));

    private static Response answer(LoopbackHttpServer.Request request) {
        if (request.path().equals("/oauth/token")) {
            return Response.json(
                    200,
                    "{\"access_token\":\"" + NEW_ACCESS + "\",\"token_type\":\"bearer\"," + "\"refresh_token\":\""
                            + NEW_REFRESH + "\",\"expires_in\":3600}");
        }
        String auth = request.headers().getOrDefault("authorization", "");
        boolean known = API_TOKEN.equals(request.headers().get("x-api-token")) || auth.equals("Bearer " + NEW_ACCESS);
        if (!known) {
            return Response.json(401, "{\"success\":false,\"error\":\"unauthorized access\",\"errorCode\":401}");
        }
        if (request.body().contains("\"bad\"")) {
            return Response.json(400, "{\"success\":false,\"error\":\"title is invalid\",\"code\":\"ERR\"}");
        }
        return Response.json(201, "{\"success\":true,\"data\":{\"id\":7,\"title\":\"ok\"}}");
    }

    @Test
    void noSecretInAnyLogLineAtTrace() throws Exception {
        LogCapture capture = new LogCapture();
        List<String> julLines = new ArrayList<>();
        Handler jul = new Handler() {
            @Override
            public void publish(LogRecord record) {
                julLines.add(record.getLoggerName() + " " + record.getMessage() + " " + record.getParameters());
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        java.util.logging.Logger julRoot = java.util.logging.Logger.getLogger("");
        java.util.logging.Level julLevel = julRoot.getLevel();
        julRoot.addHandler(jul);
        julRoot.setLevel(java.util.logging.Level.ALL);
        capture.attachEverythingAtTrace();
        try (LoopbackHttpServer server = new LoopbackHttpServer(5_000, SecretsAtTraceTest::answer)) {
            // API token: one success, one failure
            try (CamelContext context = context(server, c -> c.setApiToken(API_TOKEN))) {
                ProducerTemplate template = context.createProducerTemplate();
                assertThat(send(template, "ok").getException()).isNull();
                assertThat(send(template, "bad").getException()).isInstanceOf(PipedriveBadRequestException.class);
            }
            // OAuth: the stale access token gets a 401, the refresh renews it, then one success and one failure
            try (CamelContext context = context(server, c -> {
                c.setOauthAccessToken(OLD_ACCESS);
                c.setOauthRefreshToken(REFRESH);
                c.setOauthClientId("client-9");
                c.setOauthClientSecret(CLIENT_SECRET);
                c.setOauthTokenUrl(server.baseUrl() + "/oauth/token");
            })) {
                ProducerTemplate template = context.createProducerTemplate();
                assertThat(send(template, "ok").getException()).isNull();
                assertThat(send(template, "bad").getException()).isInstanceOf(PipedriveBadRequestException.class);
            }
            assertThat(server.requests()).anySatisfy(r -> assertThat(r.path()).isEqualTo("/oauth/token"));
            assertThat(server.requests()).anySatisfy(r -> assertThat(r.body()).contains("refresh_token=" + REFRESH));
        } finally {
            capture.detach();
            julRoot.removeHandler(jul);
            julRoot.setLevel(julLevel);
        }

        String text = capture.text() + String.join("\n", julLines);
        System.out.println("SecretsAtTraceTest captured " + capture.lines.size() + " log4j events and "
                + julLines.size() + " java.util.logging records");
        for (String secret : List.of(API_TOKEN, OLD_ACCESS, NEW_ACCESS, REFRESH, NEW_REFRESH, CLIENT_SECRET, BASIC)) {
            assertThat(text).as("log lines must not contain %s", secret).doesNotContain(secret);
        }
        // the loggers were really on: HttpClient's own TRACE/DEBUG output and the component's masked header line
        assertThat(capture.lines).anySatisfy(l -> assertThat(l).contains("org.apache.hc.client5"));
        assertThat(text)
                .contains("x-api-token: ***")
                .contains("Authorization: Bearer ***")
                .contains("Authorization: Basic ***")
                .contains("POST /api/v2/deals");
    }

    private static Exchange send(ProducerTemplate template, String title) {
        return template.send("direct:add", e -> e.getMessage().setBody(Map.of("title", title)));
    }

    private static CamelContext context(LoopbackHttpServer server, java.util.function.Consumer<PipedriveComponent> auth)
            throws Exception {
        CamelContext context = new DefaultCamelContext();
        PipedriveComponent component = new PipedriveComponent();
        component.setBaseUrl(server.baseUrl());
        component.setMaxRetries(0);
        auth.accept(component);
        context.addComponent("pipedrive", component);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:add").to("pipedrive:deal/add");
            }
        });
        context.start();
        return context;
    }
}
