package io.github.camelpipedrive.component.ratelimit;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

import io.github.camelpipedrive.component.transport.PipedriveHttpResponse;

/**
 * Keeps one token's requests inside Pipedrive's rolling 2-second burst window, so a route slows down before Pipedrive
 * answers 429 rather than after. It starts from a configured limit, learns Pipedrive's own figure from
 * {@code x-ratelimit-limit}, pauses when {@code x-ratelimit-remaining} reaches 0 until {@code x-ratelimit-reset}, and
 * remembers when the daily budget is spent so further requests fail at once instead of hammering.
 * <p>
 * Thread-safe: every producer using the same token shares one governor.
 */
public final class RateLimitGovernor {

    /** Pipedrive's burst window. */
    public static final long WINDOW_MILLIS = 2_000;
    /** Sends are spaced over a slightly longer window, so network jitter cannot push N+1 into Pipedrive's window. */
    static final long SAFETY_MILLIS = 50;

    private final Clock clock;
    private final boolean learnLimit;
    private final Deque<Long> sent = new ArrayDeque<>();
    private int limit;
    private long pausedUntil;
    private Instant budgetExhaustedUntil;
    private final RateLimitState state = new RateLimitState();

    /**
     * @param limit      requests allowed per 2 s to start with
     * @param learnLimit whether to adopt the limit Pipedrive reports ({@code false} keeps the configured limit as a
     *                   ceiling and only ever lowers it)
     */
    public RateLimitGovernor(int limit, boolean learnLimit, Clock clock) {
        if (limit < 1) {
            throw new IllegalArgumentException("burst limit must be at least 1, was " + limit);
        }
        this.limit = limit;
        this.learnLimit = learnLimit;
        this.clock = clock;
    }

    /**
     * Waits until a request may be sent and counts it as sent.
     *
     * @throws DailyBudgetExhausted  when Pipedrive said the daily budget is spent and its reset has not come yet
     * @throws InterruptedException when the waiting thread is interrupted
     */
    public void acquire() throws InterruptedException, DailyBudgetExhausted {
        synchronized (this) {
            while (true) {
                long now = clock.millis();
                if (budgetExhaustedUntil != null) {
                    if (now < budgetExhaustedUntil.toEpochMilli()) {
                        throw new DailyBudgetExhausted(budgetExhaustedUntil);
                    }
                    budgetExhaustedUntil = null;
                }
                while (!sent.isEmpty() && sent.peekFirst() <= now - (WINDOW_MILLIS + SAFETY_MILLIS)) {
                    sent.pollFirst();
                }
                long waitUntil = pausedUntil;
                if (sent.size() >= limit) {
                    waitUntil = Math.max(waitUntil, sent.peekFirst() + WINDOW_MILLIS + SAFETY_MILLIS);
                }
                if (waitUntil <= now) {
                    sent.addLast(now);
                    return;
                }
                state.throttled();
                wait(Math.max(1, waitUntil - now));
            }
        }
    }

    /** Learns from an answer's rate-limit headers. */
    public void observe(PipedriveHttpResponse response) {
        Long serverLimit = number(response.header("x-ratelimit-limit"));
        Long remaining = number(response.header("x-ratelimit-remaining"));
        Long reset = number(response.header("x-ratelimit-reset"));
        synchronized (this) {
            if (serverLimit != null && serverLimit > 0) {
                if (learnLimit || serverLimit < limit) {
                    limit = serverLimit.intValue();
                }
            }
            if (remaining != null && remaining <= 0 && reset != null) {
                pausedUntil = Math.max(pausedUntil, clock.millis() + reset * 1000);
            }
            state.update(limit, remaining, reset, response.header("x-daily-requests-left"));
            notifyAll();
        }
    }

    /** After a 429: no request leaves before {@code until}. */
    public synchronized void pauseUntil(long epochMillis) {
        pausedUntil = Math.max(pausedUntil, epochMillis);
        state.rateLimited();
    }

    /** Pipedrive said the daily budget is spent: fail fast until {@code until}. */
    public synchronized void budgetExhaustedUntil(Instant until) {
        budgetExhaustedUntil = until;
        state.budgetExhausted(until);
    }

    /** The figures last seen, for headers, health checks and JMX. */
    public RateLimitState state() {
        return state;
    }

    public synchronized int limit() {
        return limit;
    }

    private static Long number(String text) {
        if (text == null) {
            return null;
        }
        try {
            return (long) Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Pipedrive's daily token budget is spent until {@link #until()}. */
    public static final class DailyBudgetExhausted extends Exception {
        private final transient Instant until;

        DailyBudgetExhausted(Instant until) {
            super("Pipedrive's daily token budget is spent until " + until);
            this.until = until;
        }

        public Instant until() {
            return until;
        }
    }
}
