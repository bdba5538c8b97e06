package io.github.camelpipedrive.component.error;

import java.time.Duration;

/**
 * Pipedrive answered HTTP 429: the token's burst window or the company's daily budget is spent. {@link #getRetryAfter()}
 * says how long Pipedrive asked the client to wait, when it said so.
 */
public class PipedriveRateLimitException extends PipedriveApiException {

    private final Duration retryAfter;

    public PipedriveRateLimitException(ErrorDetails details, Duration retryAfter) {
        super(details);
        this.retryAfter = retryAfter;
    }

    /** From {@code Retry-After} or {@code x-ratelimit-reset}; {@code null} when the answer gave neither. */
    public Duration getRetryAfter() {
        return retryAfter;
    }
}
