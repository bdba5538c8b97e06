package io.github.camelpipedrive.hazelcast;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A load balancer on loopback, as in front of the replicas of an application: each POST goes to the next backend in
 * turn, with its path, Authorization, Content-Type and body; the backend's status and body come back.
 */
final class RoundRobinBalancer implements AutoCloseable {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final HttpServer server;
    private final List<String> backends;
    private final AtomicInteger next = new AtomicInteger();
    /** The backend of each request forwarded, in order. */
    final List<String> forwardedTo = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** @param backends base URLs, e.g. {@code http://127.0.0.1:8081} */
    RoundRobinBalancer(List<String> backends) throws IOException {
        this.backends = backends;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::forward);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            String backend = backends.get(Math.floorMod(next.getAndIncrement(), backends.size()));
            forwardedTo.add(backend);
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(backend + exchange.getRequestURI()))
                    .timeout(Duration.ofSeconds(10))
                    .method(
                            exchange.getRequestMethod(),
                            HttpRequest.BodyPublishers.ofByteArray(
                                    exchange.getRequestBody().readAllBytes()));
            for (String header : List.of("Authorization", "Content-Type")) {
                String value = exchange.getRequestHeaders().getFirst(header);
                if (value != null) {
                    request.header(header, value);
                }
            }
            HttpResponse<byte[]> answer;
            try {
                answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                exchange.sendResponseHeaders(502, -1);
                return;
            }
            byte[] body = answer.body();
            exchange.sendResponseHeaders(answer.statusCode(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
