package io.github.camelpipedrive.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.CloseableHttpResponse;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.message.BasicClassicHttpResponse;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.io.CloseMode;

/**
 * An HttpClient 5 that never touches the network: it writes the request body to nowhere (so serializing it still
 * costs what it costs) and answers the same deal / person as {@link StubPipedriveServer}, with the same headers.
 * Plugged into the component through its public {@code httpClient} option and into {@link RawClient}, it takes the
 * socket, the pool and the server out of the measurement, leaving Camel, the component and Jackson (part 1b).
 */
public final class CannedHttpClient extends CloseableHttpClient {

    private static final byte[] DEAL = StubPipedriveServer.DEAL.getBytes(StandardCharsets.UTF_8);
    private static final byte[] PERSON = StubPipedriveServer.PERSON.getBytes(StandardCharsets.UTF_8);

    @Override
    protected CloseableHttpResponse doExecute(HttpHost target, ClassicHttpRequest request, HttpContext context)
            throws IOException {
        HttpEntity body = request.getEntity();
        if (body != null) {
            body.writeTo(OutputStream.nullOutputStream());
        }
        BasicClassicHttpResponse response = new BasicClassicHttpResponse(200, "OK");
        response.setHeader("Content-Type", "application/json; charset=utf-8");
        response.setHeader("x-ratelimit-limit", "80");
        response.setHeader("x-ratelimit-remaining", "79");
        response.setHeader("x-ratelimit-reset", "2");
        response.setHeader("x-daily-requests-left", "29999");
        response.setHeader("x-correlation-id", "5b1e6f3c-2a7d-4c1b-9e8f-0a1b2c3d4e5f");
        response.setEntity(
                new ByteArrayEntity(request.getMethod().equals("PATCH") ? PERSON : DEAL, ContentType.APPLICATION_JSON));
        return CloseableHttpResponse.adapt(response);
    }

    @Override
    public void close(CloseMode closeMode) {}

    @Override
    public void close() {}
}
