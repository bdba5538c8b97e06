package io.github.camelpipedrive.component.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How the wire reads an answer: the whole body, with or without Content-Length, never more than maxResponseSize,
 * and the headers by any spelling of their name. A JDK HTTP server on loopback answers {@code /N} with N bytes,
 * {@code /chunked/N} with N bytes in chunks (no Content-Length).
 */
class PipedriveHttpClientTest {

    private static final int MAX = 10_000;

    private HttpServer server;
    private PipedriveHttpClient client;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            boolean chunked = path.startsWith("/chunked/");
            byte[] body = body(Integer.parseInt(path.substring(path.lastIndexOf('/') + 1)));
            exchange.getResponseHeaders().add("X-RateLimit-Remaining", "79");
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, chunked ? 0 : body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < body.length; i += 700) {
                    out.write(body, i, Math.min(700, body.length - i));
                    out.flush();
                }
            } catch (IOException clientGaveUp) {
                // the client stops reading an oversized answer
            }
        });
        server.start();
        client = PipedriveHttpClient.create(new TransportSettings(2_000, 2_000, 4, null, 0, null, null, null, MAX));
    }

    @AfterEach
    void stop() {
        client.close();
        server.stop(0);
    }

    @Test
    void readsABodyWithContentLengthWhole() throws IOException {
        PipedriveHttpResponse response = get("/953");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(body(953));
    }

    @Test
    void readsAChunkedBodyWhole() throws IOException {
        assertThat(get("/chunked/5000").body()).isEqualTo(body(5000));
        assertThat(get("/chunked/1024").body()).isEqualTo(body(1024));
        assertThat(get("/chunked/" + MAX).body()).isEqualTo(body(MAX));
    }

    @Test
    void readsAnEmptyBody() throws IOException {
        assertThat(get("/0").body()).isEmpty();
        assertThat(get("/chunked/0").body()).isEmpty();
    }

    @Test
    void refusesAnAnswerAnnouncedLargerThanTheLimit() {
        assertThatThrownBy(() -> get("/" + (MAX + 1)))
                .isInstanceOf(PipedriveHttpClient.OversizedResponseException.class)
                .hasMessageContaining("10001 bytes")
                .hasMessageContaining("maxResponseSize (10000 bytes)");
    }

    @Test
    void stopsReadingAChunkedAnswerOnceItPassesTheLimit() {
        assertThatThrownBy(() -> get("/chunked/" + (MAX + 1)))
                .isInstanceOf(PipedriveHttpClient.OversizedResponseException.class)
                .hasMessageContaining("maxResponseSize (10000 bytes)");
    }

    @Test
    void findsHeadersWhateverTheirSpelling() throws IOException {
        PipedriveHttpResponse response = get("/10");

        assertThat(response.header("x-ratelimit-remaining")).isEqualTo("79");
        assertThat(response.header("X-RATELIMIT-REMAINING")).isEqualTo("79");
        assertThat(response.isJson()).isTrue();
        assertThat(response.header("retry-after")).isNull();
    }

    private PipedriveHttpResponse get(String path) throws IOException {
        return client.execute(
                new HttpGet(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path)));
    }

    private static byte[] body(int size) {
        byte[] body = new byte[size];
        for (int i = 0; i < size; i++) {
            body[i] = (byte) ('a' + i % 26);
        }
        return body;
    }
}
