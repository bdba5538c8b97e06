package io.github.camelpipedrive.component.retry;

import io.github.camelpipedrive.component.catalog.HttpMethod;

/**
 * What one attempt at a request did to Pipedrive, decided once per attempt. It is the only place that says whether a
 * request may have been applied and whether sending it again is safe: the executor's resends, the exceptions'
 * {@code mayHaveBeenApplied()} and the oversized-answer error all ask it.
 * <p>
 * Pipedrive has no idempotency keys, so a POST is resent only when it provably was not processed. PUT, PATCH and
 * DELETE leave the same state when repeated, so they are also resent when the outcome is unknown. A GET changes
 * nothing, so it is never reported as applied.
 */
public enum Outcome {

    /** The connection was never made, or the request's first byte never left: nothing reached Pipedrive. */
    NOT_SENT(false, true, false),
    /** 429 or 503: Pipedrive refused the request before processing it and asks to come back later. */
    REFUSED_FOR_NOW(false, true, false),
    /** Any other answer below 500 that is not a success (400, 401, 403, 404, 409, 410, 422, ...): refused. */
    REFUSED(false, false, false),
    /** Sent and no answer came, or 500, 502, 504: Pipedrive may have applied it, and a repeat is worth trying. */
    UNKNOWN(true, true, true),
    /** Any other 5xx (501, 505, a proxy's 52x): Pipedrive may have applied it; repeating will not help. */
    SERVER_FAILED(true, false, true),
    /** 2xx: applied. */
    APPLIED(true, false, false);

    private final boolean mayHaveBeenApplied;
    private final boolean worthRepeating;
    private final boolean onlyIdempotentRepeats;

    Outcome(boolean mayHaveBeenApplied, boolean worthRepeating, boolean onlyIdempotentRepeats) {
        this.mayHaveBeenApplied = mayHaveBeenApplied;
        this.worthRepeating = worthRepeating;
        this.onlyIdempotentRepeats = onlyIdempotentRepeats;
    }

    /** The outcome of an attempt that got an answer with this status. */
    public static Outcome ofStatus(int status) {
        if (status >= 200 && status < 300) {
            return APPLIED;
        }
        return switch (status) {
            case 429, 503 -> REFUSED_FOR_NOW;
            case 500, 502, 504 -> UNKNOWN;
            default -> status >= 500 ? SERVER_FAILED : REFUSED;
        };
    }

    /** The outcome of an attempt that got no answer. */
    public static Outcome ofNoAnswer(boolean neverSent) {
        return neverSent ? NOT_SENT : UNKNOWN;
    }

    /** Whether Pipedrive may have applied a request of this method (never for a GET: it changes nothing). */
    public boolean mayHaveBeenApplied(HttpMethod method) {
        return mayHaveBeenApplied && method != HttpMethod.GET;
    }

    /** Whether a request of this method may be sent again after this outcome, regardless of counts and time. */
    public boolean isSafeToRepeat(HttpMethod method) {
        return worthRepeating && (!onlyIdempotentRepeats || method.isIdempotent());
    }
}
