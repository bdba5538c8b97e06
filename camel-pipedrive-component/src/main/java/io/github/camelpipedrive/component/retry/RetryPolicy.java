package io.github.camelpipedrive.component.retry;

import io.github.camelpipedrive.component.catalog.HttpMethod;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How often and how long a failed request may be sent again. Which failures may be repeated at all is the attempt's
 * {@link Outcome}'s to say.
 *
 * @param maxRetries      how many times a request may be resent (0 turns retrying off)
 * @param initialDelayMs  the first backoff; each further one doubles, with full jitter
 * @param maxDelayMs      the longest single backoff
 * @param maxRetryTimeMs  the total time spent waiting across all retries of one request
 */
public record RetryPolicy(int maxRetries, long initialDelayMs, long maxDelayMs, long maxRetryTimeMs) {

    /** No retries at all. */
    public static final RetryPolicy NONE = new RetryPolicy(0, 0, 0, 0);

    /**
     * Whether attempt number {@code attempt} (1-based), which ended in {@code outcome}, may be followed by another
     * one after waiting {@code nextWaitMs}.
     */
    public boolean allowsResend(HttpMethod method, Outcome outcome, int attempt, long waitedSoFarMs, long nextWaitMs) {
        return outcome.isSafeToRepeat(method) && allowsAnother(attempt, waitedSoFarMs, nextWaitMs);
    }

    /**
     * A DELETE resent after an attempt whose outcome is unknown (no answer, or 500/502/504) that now gets 404: the
     * earlier attempt deleted the record, so the delete is done, not failed.
     */
    public static boolean isDoneAfterResend(HttpMethod method, int status, boolean resentAfterUnknownOutcome) {
        return method == HttpMethod.DELETE && status == 404 && resentAfterUnknownOutcome;
    }

    /** Whether failed attempt number {@code attempt} (1-based) may be followed by another one. */
    public boolean allowsAnother(int attempt, long waitedSoFarMs, long nextWaitMs) {
        return attempt <= maxRetries && waitedSoFarMs + nextWaitMs <= maxRetryTimeMs;
    }

    /** Exponential backoff with full jitter for the wait after failed attempt {@code attempt} (1-based). */
    public long backoffMs(int attempt) {
        long ceiling = Math.min(maxDelayMs, initialDelayMs * (1L << Math.min(20, attempt - 1)));
        if (ceiling <= 0) {
            return 0;
        }
        // half fixed, half random: spreads retries of many clients without ever retrying immediately
        return ceiling / 2 + ThreadLocalRandom.current().nextLong(ceiling / 2 + 1);
    }
}
