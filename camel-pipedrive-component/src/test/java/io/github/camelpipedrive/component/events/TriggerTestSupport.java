package io.github.camelpipedrive.component.events;

import io.github.camelpipedrive.component.PipedriveComponent;
import io.github.camelpipedrive.sandbox.PipedriveSandbox;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;

/**
 * Set-up shared by the trigger tests: Camel contexts with a Vert.x platform-http server on a free loopback port and
 * the component pointed at the sandbox, the messages a route received, and bounded waits.
 */
abstract class TriggerTestSupport {

    static final HttpClient HTTP = HttpClient.newHttpClient();

    private final List<CamelContext> contexts = new ArrayList<>();
    final List<Message> received = new CopyOnWriteArrayList<>();

    abstract PipedriveSandbox sandbox();

    /** A started context with an HTTP server on {@code port} and the given routes. */
    CamelContext start(int port, RouteBuilder routes) throws Exception {
        return start(port, routes, context -> {});
    }

    /** As {@link #start(int, RouteBuilder)}, with {@code setup} run before the routes are added (beans, ...). */
    CamelContext start(int port, RouteBuilder routes, java.util.function.Consumer<CamelContext> setup)
            throws Exception {
        CamelContext context = new DefaultCamelContext();
        setup.accept(context);
        VertxPlatformHttpServerConfiguration http = new VertxPlatformHttpServerConfiguration();
        http.setBindHost("127.0.0.1");
        http.setBindPort(port);
        context.addService(new VertxPlatformHttpServer(http));
        PipedriveComponent component = context.getComponent("pipedrive", PipedriveComponent.class);
        component.setApiToken(sandbox().token());
        component.setBaseUrl(sandbox().baseUrl());
        component.setRateLimitGovernor(false);
        contexts.add(context); // stopped after the test even when it fails to start
        context.addRoutes(routes);
        context.start();
        return context;
    }

    /** Keeps a copy of each exchange's message. */
    void record(Exchange exchange) {
        received.add(exchange.getMessage().copy());
    }

    @AfterEach
    void stopContexts() {
        contexts.forEach(CamelContext::stop);
        contexts.clear();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Waits until {@code condition} holds, at most {@code max}; false if it never did. */
    static boolean await(BooleanSupplier condition, Duration max) throws InterruptedException {
        long end = System.nanoTime() + max.toNanos();
        while (System.nanoTime() < end) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(20);
        }
        return condition.getAsBoolean();
    }

    /** The sandbox's webhooks for one subscription URL. */
    List<Map<String, Object>> webhooksFor(String url) {
        return sandbox().entities("webhooks").stream()
                .filter(w -> url.equals(w.get("subscription_url")))
                .toList();
    }

    /** POSTs a body to the receiver, with the given Authorization header (or none). */
    static HttpResponse<String> post(String url, String authorization, byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Sends a request to the sandbox's API with its token. */
    HttpResponse<String> sandboxCall(String method, String path) throws Exception {
        return sandboxCall(method, path, null);
    }

    /** Sends a request with a JSON body (or none) to the sandbox's API with its token. */
    HttpResponse<String> sandboxCall(String method, String path, String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(sandbox().baseUrl() + path))
                .header("x-api-token", sandbox().token())
                .header("Content-Type", "application/json")
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
