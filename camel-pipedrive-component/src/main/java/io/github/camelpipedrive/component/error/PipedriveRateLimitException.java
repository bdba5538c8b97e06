package io.github.camelpipedrive.component.error;

import java.time.Duration;
import java.time.Instant;

/**
 * Pipedrive answered HTTP 429: the token's burst window or the company's daily budget is spent. {@link #getRetryAfter()}
 * says how long Pipedrive asked the client to wait, when it said so.
 */
public class PipedriveRateLimitException extends PipedriveApiException {

    private final Duration retryAfter;
    private final Instant resetTime;

    public PipedriveRateLimitException(ErrorDetails details, Duration retryAfter, Instant resetTime) {
        super(details);
        this.retryAfter = retryAfter;
        this.resetTime = resetTime;
    }

    /** When the daily budget is expected back, if this is a budget exhaustion; otherwise null. */
    public Instant getResetTime() {
        return resetTime;
    }

    /** Whether the company's daily token budget is spent (rather than the 2-second burst window). */
    public boolean isDailyBudgetExhausted() {
        return resetTime != null;
    }

    /** From {@code Retry-After} or {@code x-ratelimit-reset}; {@code null} when the answer gave neither. */
    public Duration getRetryAfter() {
        return retryAfter;
    }
}
