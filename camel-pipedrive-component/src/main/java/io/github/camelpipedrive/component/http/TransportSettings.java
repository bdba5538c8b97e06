package io.github.camelpipedrive.component.http;

import javax.net.ssl.SSLContext;

/**
 * How the shared HTTP client connects: timeouts in milliseconds, the size of its connection pool, an optional proxy
 * and an optional TLS context. {@link #toString()} never shows the proxy password.
 */
public record TransportSettings(
        int connectTimeoutMillis,
        int responseTimeoutMillis,
        int maxConnections,
        String proxyHost,
        int proxyPort,
        String proxyUsername,
        String proxyPassword,
        SSLContext sslContext,
        int maxResponseBytes) {

    /** The largest answer read when nothing else is configured: 16 MiB. */
    public static final int DEFAULT_MAX_RESPONSE_BYTES = 16 * 1024 * 1024;

    @Override
    public String toString() {
        return "TransportSettings[connectTimeout=" + connectTimeoutMillis + "ms, responseTimeout="
                + responseTimeoutMillis + "ms, maxConnections=" + maxConnections + ", proxy="
                + (proxyHost == null ? "none" : proxyHost + ":" + proxyPort) + ", tls="
                + (sslContext == null ? "default" : "custom") + "]";
    }
}
