package io.github.camelpipedrive.component.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.util.Arrays;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.HttpHostConnectException;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * The wire: one pooled Apache HttpClient 5 shared by every endpoint of a component. It sends a prepared request and
 * reads the answer whole; what the answer means is decided elsewhere.
 */
public final class PipedriveHttpClient implements AutoCloseable {

    /** How long a pooled connection may be idle before it is checked for a close by the server. */
    static final TimeValue VALIDATE_AFTER_INACTIVITY = TimeValue.ofMilliseconds(500);

    private final CloseableHttpClient client;
    private final boolean owned;
    private final RequestConfig requestConfig;
    private final int maxResponseBytes;

    private PipedriveHttpClient(CloseableHttpClient client, boolean owned, TransportSettings settings) {
        this.client = client;
        this.owned = owned;
        this.maxResponseBytes = settings.maxResponseBytes() > 0
                ? settings.maxResponseBytes()
                : TransportSettings.DEFAULT_MAX_RESPONSE_BYTES;
        this.requestConfig = RequestConfig.custom()
                .setResponseTimeout(Timeout.ofMilliseconds(settings.responseTimeoutMillis()))
                .build();
    }

    /** A pooled client with keep-alive, the given timeouts and pool size; closed with {@link #close()}. */
    public static PipedriveHttpClient create(TransportSettings settings) {
        ConnectionConfig connectionConfig = ConnectionConfig.custom()
                .setConnectTimeout(Timeout.ofMilliseconds(settings.connectTimeoutMillis()))
                .setSocketTimeout(Timeout.ofMilliseconds(settings.responseTimeoutMillis()))
                // a pooled connection idle this long is checked before reuse (HttpClient's default is 2 s, longer
                // than many servers keep an idle connection open)
                .setValidateAfterInactivity(VALIDATE_AFTER_INACTIVITY)
                .build();
        var connectionManagerBuilder = PoolingHttpClientConnectionManagerBuilder.create()
                // connections that never hand a header or a byte to HttpClient's headers/wire loggers
                .setConnectionFactory(new QuietConnectionFactory())
                .setDefaultConnectionConfig(connectionConfig)
                .setMaxConnTotal(settings.maxConnections())
                .setMaxConnPerRoute(settings.maxConnections());
        if (settings.sslContext() != null) {
            connectionManagerBuilder.setTlsSocketStrategy(ClientTlsStrategyBuilder.create()
                    .setSslContext(settings.sslContext())
                    .buildClassic());
        }
        // retries, pacing and redirects are decided by RequestExecutor, never silently by the client
        HttpClientBuilder builder = HttpClients.custom()
                .setConnectionManager(connectionManagerBuilder.build())
                .disableAutomaticRetries()
                .setKeepAliveStrategy(new ServerKeepAlive())
                .evictExpiredConnections()
                .evictIdleConnections(ServerKeepAlive.DEFAULT)
                .disableRedirectHandling()
                .disableCookieManagement();
        if (settings.proxyHost() != null && !settings.proxyHost().isBlank()) {
            HttpHost proxy = new HttpHost(settings.proxyHost(), settings.proxyPort() > 0 ? settings.proxyPort() : 8080);
            builder.setProxy(proxy);
            if (settings.proxyUsername() != null) {
                BasicCredentialsProvider credentials = new BasicCredentialsProvider();
                credentials.setCredentials(
                        new AuthScope(proxy),
                        new UsernamePasswordCredentials(
                                settings.proxyUsername(),
                                settings.proxyPassword() == null
                                        ? new char[0]
                                        : settings.proxyPassword().toCharArray()));
                builder.setDefaultCredentialsProvider(credentials);
            }
        }
        CloseableHttpClient client = builder.build();
        return new PipedriveHttpClient(client, true, settings);
    }

    /** Wraps a client the user configured; the user keeps ownership and closes it. */
    public static PipedriveHttpClient wrap(CloseableHttpClient client, TransportSettings settings) {
        return new PipedriveHttpClient(client, false, settings);
    }

    /** Sends the request and reads the answer, whatever its status. I/O failures are thrown as they are. */
    public PipedriveHttpResponse execute(HttpUriRequestBase request) throws IOException {
        if (request.getConfig() == null) {
            request.setConfig(requestConfig);
        }
        // the headers are kept as HttpClient parsed them (looked up case-insensitively when asked for), not copied
        return client.execute(
                request,
                response -> new PipedriveHttpResponse(
                        response.getCode(),
                        response.getReasonPhrase(),
                        response.getHeaders(),
                        read(response.getCode(), response.getEntity(), maxResponseBytes)));
    }

    private static final byte[] EMPTY = new byte[0];
    private static final int FIRST_CHUNK = 1024;

    /** The whole body, never more than {@code maxBytes}: one exact array when Content-Length is known. */
    private static byte[] read(int status, HttpEntity entity, int maxBytes) throws IOException {
        if (entity == null) {
            return EMPTY;
        }
        long length = entity.getContentLength();
        if (length > maxBytes) {
            throw new OversizedResponseException(status, length, maxBytes);
        }
        try (InputStream in = entity.getContent()) {
            if (in == null) {
                return EMPTY;
            }
            if (length >= 0) {
                byte[] body = in.readNBytes((int) length);
                int next = in.read();
                if (next == -1) {
                    return body;
                }
                // more than Content-Length announced (only a stream not checked by HttpClient gets here): read on
                return readBounded(in, status, maxBytes, body, next);
            }
            return readBounded(in, status, maxBytes, EMPTY, -1);
        }
    }

    /** Reads to the end into a growing array (starting at 1 KB), failing as soon as it passes {@code maxBytes}. */
    private static byte[] readBounded(InputStream in, int status, int maxBytes, byte[] prefix, int next)
            throws IOException {
        long cap = Math.min((long) maxBytes + 1, Integer.MAX_VALUE - 8);
        byte[] buffer = Arrays.copyOf(prefix, (int) Math.min(Math.max(FIRST_CHUNK, prefix.length * 2L), cap));
        int count = prefix.length;
        if (next != -1) {
            buffer[count++] = (byte) next;
        }
        while (count < cap) {
            if (count == buffer.length) {
                buffer = Arrays.copyOf(buffer, (int) Math.min(buffer.length * 2L, cap));
            }
            int n = in.read(buffer, count, buffer.length - count);
            if (n == -1) {
                return count == buffer.length ? buffer : Arrays.copyOf(buffer, count);
            }
            count += n;
        }
        throw new OversizedResponseException(status, -1, maxBytes);
    }

    /** Whether a failure provably happened before any byte of the request left: nothing reached Pipedrive. */
    public static boolean neverSent(IOException e) {
        return e instanceof QuietConnectionFactory.RequestNotSentException
                || e.getCause() instanceof QuietConnectionFactory.RequestNotSentException
                || e instanceof org.apache.hc.core5.http.ConnectionRequestTimeoutException
                || e instanceof ConnectException
                || e instanceof HttpHostConnectException
                || e instanceof ConnectTimeoutException
                || e instanceof UnknownHostException
                || e instanceof NoRouteToHostException;
    }

    /** The answer is larger than the component is willing to hold in memory. */
    public static final class OversizedResponseException extends IOException {
        private final int status;

        OversizedResponseException(int status, long length, int maxBytes) {
            super("the answer (HTTP " + status + (length > 0 ? ", " + length + " bytes" : "") + ") is larger than "
                    + "maxResponseSize (" + maxBytes + " bytes)");
            this.status = status;
        }

        /** The status of the oversized answer. */
        public int status() {
            return status;
        }
    }

    @Override
    public void close() {
        if (owned) {
            client.close(CloseMode.GRACEFUL);
        }
    }
}
