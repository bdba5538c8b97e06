package io.github.camelpipedrive.benchmarks;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.apache.hc.client5.http.classic.methods.HttpPatch;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;

/**
 * (c) The floor: a pooled Apache HttpClient 5 classic client, Jackson to write the body and read the answer, nothing
 * else. Thread-safe.
 */
public final class RawClient implements AutoCloseable {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

    private final ObjectMapper mapper = new ObjectMapper();
    private final CloseableHttpClient client;
    private final String baseUrl;
    private final String token;

    public RawClient(String baseUrl, String token) {
        this(baseUrl, token, Boolean.getBoolean("bench.raw.timeouts"));
    }

    /**
     * @param timeouts whether to set the component's default timeouts (connect 10 s, socket and response 60 s), as a
     *                 production client would; without them reads block without a deadline
     */
    public RawClient(String baseUrl, String token, boolean timeouts) {
        this(
                baseUrl,
                token,
                HttpClients.custom()
                        .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                                .setDefaultConnectionConfig(
                                        timeouts
                                                ? ConnectionConfig.custom()
                                                        .setConnectTimeout(Timeout.ofSeconds(10))
                                                        .setSocketTimeout(Timeout.ofSeconds(60))
                                                        .build()
                                                : ConnectionConfig.DEFAULT)
                                .setMaxConnTotal(32)
                                .setMaxConnPerRoute(32)
                                .build())
                        .setDefaultRequestConfig(
                                timeouts
                                        ? RequestConfig.custom()
                                                .setResponseTimeout(Timeout.ofSeconds(60))
                                                .build()
                                        : RequestConfig.DEFAULT)
                        .disableAutomaticRetries()
                        .disableRedirectHandling()
                        .disableCookieManagement()
                        .build());
    }

    /** The same calls through another client (e.g. {@link CannedHttpClient}). */
    public RawClient(String baseUrl, String token, CloseableHttpClient client) {
        this.baseUrl = baseUrl;
        this.token = token;
        this.client = client;
    }

    public CloseableHttpClient client() {
        return client;
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    /** POST /api/v2/deals; the answer's data. */
    public Object dealAdd(Map<String, Object> deal) throws IOException {
        HttpPost post = new HttpPost(baseUrl + "/api/v2/deals");
        return send(post, deal);
    }

    /** PATCH /api/v2/persons/{id}; the answer's data. */
    public Object personUpdate(long id, Map<String, Object> person) throws IOException {
        HttpPatch patch = new HttpPatch(baseUrl + "/api/v2/persons/" + id);
        return send(patch, person);
    }

    private Object send(HttpUriRequestBase request, Map<String, Object> body) throws IOException {
        request.setHeader("x-api-token", token);
        request.setHeader("Accept", "application/json");
        request.setEntity(new ByteArrayEntity(mapper.writeValueAsBytes(body), ContentType.APPLICATION_JSON));
        return client.execute(request, response -> {
            HttpEntity entity = response.getEntity();
            if (response.getCode() / 100 != 2) {
                throw new IOException("HTTP " + response.getCode() + " from " + request.getRequestUri());
            }
            try (InputStream in = entity.getContent()) {
                return mapper.readValue(in, MAP).get("data");
            }
        });
    }

    @Override
    public void close() {
        client.close(CloseMode.GRACEFUL);
    }
}
