package io.github.camelpipedrive.component.transport;

/**
 * How the shared HTTP client connects: timeouts in milliseconds and the size of its connection pool.
 */
public record TransportSettings(int connectTimeoutMillis, int responseTimeoutMillis, int maxConnections) {
}
