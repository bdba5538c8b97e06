package io.github.camelpipedrive.hazelcast;

/**
 * The Hazelcast cluster did not answer a rate-limit call in time, or failed it: the component paces locally until the
 * store answers again.
 */
public final class RateLimitStoreUnavailableException extends RuntimeException {

    public RateLimitStoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
