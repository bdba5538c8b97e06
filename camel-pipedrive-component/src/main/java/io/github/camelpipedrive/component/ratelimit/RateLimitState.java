package io.github.camelpipedrive.component.ratelimit;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The last rate-limit figures Pipedrive reported for one token, and how often the client had to hold back. Read by
 * the health check and JMX; never holds the token.
 */
public final class RateLimitState {

    private volatile int limit;
    private volatile Long remaining;
    private volatile Long resetSeconds;
    private volatile String dailyRequestsLeft;
    private volatile Instant budgetExhaustedUntil;
    private volatile Instant lockedOutUntil;
    private volatile Instant lastUpdate;
    private final AtomicLong throttledWaits = new AtomicLong();
    private final AtomicLong rateLimitedAnswers = new AtomicLong();

    void update(int limit, Long remaining, Long resetSeconds, String dailyRequestsLeft) {
        this.limit = limit;
        if (remaining != null) {
            this.remaining = remaining;
        }
        if (resetSeconds != null) {
            this.resetSeconds = resetSeconds;
        }
        if (dailyRequestsLeft != null) {
            this.dailyRequestsLeft = dailyRequestsLeft;
        }
        this.lastUpdate = Instant.now();
    }

    void throttled() {
        throttledWaits.incrementAndGet();
    }

    void rateLimited() {
        rateLimitedAnswers.incrementAndGet();
    }

    void budgetExhausted(Instant until) {
        this.budgetExhaustedUntil = until;
    }

    /** The burst limit in force (requests per 2 s). */
    public int getLimit() {
        return limit;
    }

    /** x-ratelimit-remaining as last seen, or null. */
    public Long getRemaining() {
        return remaining;
    }

    /** x-ratelimit-reset (seconds) as last seen, or null. */
    public Long getResetSeconds() {
        return resetSeconds;
    }

    /** x-daily-requests-left as last seen, or null. */
    public String getDailyRequestsLeft() {
        return dailyRequestsLeft;
    }

    void lockedOut(Instant until) {
        this.lockedOutUntil = until;
    }

    /** Until when no request is sent on this token after Pipedrive's lock-out page, or null. */
    public Instant getLockedOutUntil() {
        Instant until = lockedOutUntil;
        return until != null && until.isAfter(Instant.now()) ? until : null;
    }

    /** Until when the daily budget is spent, or null while it is not. */
    public Instant getBudgetExhaustedUntil() {
        Instant until = budgetExhaustedUntil;
        return until != null && until.isAfter(Instant.now()) ? until : null;
    }

    /** When Pipedrive last reported figures, or null. */
    public Instant getLastUpdate() {
        return lastUpdate;
    }

    /** How many times a request waited for the burst window. */
    public long getThrottledWaits() {
        return throttledWaits.get();
    }

    /** How many 429 answers came back. */
    public long getRateLimitedAnswers() {
        return rateLimitedAnswers.get();
    }

    @Override
    public String toString() {
        return "limit=" + limit + "/2s, remaining=" + remaining + ", reset=" + resetSeconds + "s, dailyLeft="
                + dailyRequestsLeft + ", budgetExhaustedUntil=" + getBudgetExhaustedUntil() + ", lockedOutUntil="
                + getLockedOutUntil() + ", throttledWaits="
                + throttledWaits + ", 429s=" + rateLimitedAnswers;
    }
}
