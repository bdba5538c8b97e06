package io.github.camelpipedrive.component.retry;

import java.util.concurrent.ThreadLocalRandom;

import io.github.camelpipedrive.component.catalog.HttpMethod;

/**
 * When a failed request may be sent again, and how long to wait first. Pipedrive has no idempotency keys, so a POST
 * is resent only when it provably was not processed: the connection was never made, or Pipedrive answered 429 or 503
 * (both refuse the request before processing it). PUT, PATCH and DELETE leave the same state when repeated, so they
 * are also resent after 500/502/504 and after an I/O failure once the request was sent.
 *
 * @param maxRetries      how many times a request may be resent (0 turns retrying off)
 * @param initialDelayMs  the first backoff; each further one doubles, with full jitter
 * @param maxDelayMs      the longest single backoff
 * @param maxRetryTimeMs  the total time spent waiting across all retries of one request
 */
public record RetryPolicy(int maxRetries, long initialDelayMs, long maxDelayMs, long maxRetryTimeMs) {

    /** No retries at all. */
    public static final RetryPolicy NONE = new RetryPolicy(0, 0, 0, 0);

    /** What went wrong with one attempt. */
    public enum Failure {
        /** The connection could not be made: nothing reached Pipedrive. */
        NOT_SENT,
        /** The request was sent (or may have been) and no answer came: the outcome is unknown. */
        NO_ANSWER,
        /** 429: Pipedrive refused it for rate limits, unprocessed. */
        RATE_LIMITED,
        /** 503: maintenance, unprocessed. */
        UNAVAILABLE,
        /** 500, 502, 504: the request may have been processed. */
        SERVER_ERROR
    }

    /** Whether this kind of failure may be retried for this method, regardless of counts and time. */
    public static boolean isSafeToRepeat(HttpMethod method, Failure failure) {
        return switch (failure) {
            case NOT_SENT, RATE_LIMITED, UNAVAILABLE -> true;
            case NO_ANSWER, SERVER_ERROR -> method.isIdempotent();
        };
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
