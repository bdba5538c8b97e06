package io.github.camelpipedrive.component;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.camelpipedrive.component.LoopbackHttpServer.Response;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The proxy password read from a file ({@code proxyAuthPassword=file:PATH}): an HTTP proxy on loopback that asks for
 * Basic credentials (407) receives the file's value and forwards the request; no log line at TRACE carries it.
 */
class ProxyPasswordReferenceTest {

    static final String PASSWORD = "px-FILE-9e8d7c";
    static final String BASIC =
            "Basic " + Base64.getEncoder().encodeToString(("proxy-user:" + PASSWORD).getBytes(StandardCharsets.UTF_8));

    final LogCapture log = new LogCapture();
    LoopbackHttpServer proxy;

    @BeforeEach
    void start() throws Exception {
        proxy = new LoopbackHttpServer(
                5_000,
                r -> BASIC.equals(r.headers().get("proxy-authorization"))
                        ? Response.json(200, "{\"success\":true,\"data\":{\"id\":5,\"title\":\"Proxied\"}}")
                        : new Response(
                                407,
                                "text/plain",
                                "proxy auth",
                                Map.of("Proxy-Authenticate", "Basic realm=\"proxy\"")));
        log.attachEverythingAtTrace();
    }

    @AfterEach
    void stop() throws Exception {
        log.detach();
        proxy.close();
    }

    @Test
    void theProxyReceivesThePasswordReadFromTheFile(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("proxy-password"), PASSWORD + "\n");
        Object answer;
        try (CamelContext context = new DefaultCamelContext()) {
            PipedriveComponent component = new PipedriveComponent();
            component.setApiToken("api-token-via-proxy");
            component.setBaseUrl("http://pipedrive.invalid");
            component.setProxyHost("127.0.0.1");
            component.setProxyPort(
                    Integer.parseInt(proxy.baseUrl().substring(proxy.baseUrl().lastIndexOf(':') + 1)));
            component.setProxyAuthUsername("proxy-user");
            component.setProxyAuthPassword("file:" + secret);
            component.setRateLimitGovernor(false);
            context.addComponent("pipedrive", component);
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:deal").to("pipedrive:deal/add");
                }
            });
            context.start();
            answer = context.createProducerTemplate().requestBody("direct:deal", Map.of("title", "Proxied"));
        }

        assertThat(answer).isEqualTo(Map.of("id", 5, "title", "Proxied"));
        assertThat(proxy.requests()).as("requests through the proxy").anySatisfy(r -> {
            assertThat(r.path()).isEqualTo("http://pipedrive.invalid/api/v2/deals");
            assertThat(r.headers()).containsEntry("proxy-authorization", BASIC);
        });
        assertThat(log.lines).as("captured log events").hasSizeGreaterThan(20);
        assertThat(log.lines)
                .as("log lines carrying the password")
                .noneMatch(l -> l.contains(PASSWORD) || l.contains(BASIC.substring(6)));
    }
}
