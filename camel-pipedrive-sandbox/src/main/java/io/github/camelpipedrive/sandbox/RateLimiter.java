package io.github.camelpipedrive.sandbox;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Pipedrive's two limits. The burst limit is a rolling window per token (default 80 requests per 2 seconds,
 * the figure Pipedrive gives for an OAuth app on the Lite plan); the daily token budget is per company and
 * off by default: each request spends its operation's {@code x-token-cost}, and once the budget is spent every
 * request is answered 429 until {@link #resetBudget()}.
 */
final class RateLimiter {

    /** The verdict for one request, with the values of the {@code x-ratelimit-*} headers. */
    record Decision(boolean allowed, boolean budgetSpent, int limit, int remaining, long resetSeconds) {}

    static final int DEFAULT_BURST_LIMIT = 80;
    static final Duration DEFAULT_WINDOW = Duration.ofSeconds(2);

    private volatile int burstLimit;
    private volatile long windowNanos;
    private volatile long dailyBudget;
    private final AtomicLong spent = new AtomicLong();
    private final Map<String, Deque<Long>> windows = new ConcurrentHashMap<>();

    RateLimiter(int burstLimit, Duration window, long dailyBudget) {
        burstLimit(burstLimit);
        window(window);
        this.dailyBudget = dailyBudget;
    }

    /** Requests per window and token; 0 or less switches the burst limit off. */
    void burstLimit(int limit) {
        this.burstLimit = limit;
    }

    int burstLimit() {
        return burstLimit;
    }

    void window(Duration window) {
        if (window.isZero() || window.isNegative()) {
            throw new IllegalArgumentException("The burst window must be positive");
        }
        this.windowNanos = window.toNanos();
    }

    Duration window() {
        return Duration.ofNanos(windowNanos);
    }

    /** Tokens per day for the whole company; 0 or less switches the budget off. */
    void dailyBudget(long budget) {
        this.dailyBudget = budget;
    }

    long dailyBudget() {
        return dailyBudget;
    }

    long spent() {
        return spent.get();
    }

    void resetBudget() {
        spent.set(0);
    }

    /** Forgets all burst windows and the spent budget. */
    void reset() {
        windows.clear();
        resetBudget();
    }

    Decision admit(String token, int cost) {
        int limit = burstLimit;
        long window = windowNanos;
        long now = System.nanoTime();
        int remaining;
        long resetNanos;
        boolean allowed = true;
        if (limit > 0) {
            Deque<Long> times = windows.computeIfAbsent(token, t -> new ArrayDeque<>());
            synchronized (times) {
                while (!times.isEmpty() && now - times.peekFirst() >= window) {
                    times.pollFirst();
                }
                if (times.size() >= limit) {
                    allowed = false;
                } else {
                    times.addLast(now);
                }
                remaining = Math.max(0, limit - times.size());
                resetNanos = times.isEmpty() ? window : window - (now - times.peekFirst());
            }
        } else {
            remaining = Integer.MAX_VALUE;
            resetNanos = window;
        }
        long resetSeconds = Math.max(1, (resetNanos + 999_999_999L) / 1_000_000_000L);
        int shownLimit = limit > 0 ? limit : Integer.MAX_VALUE;
        if (!allowed) {
            return new Decision(false, false, shownLimit, remaining, resetSeconds);
        }
        long budget = dailyBudget;
        if (budget > 0) {
            long before = spent.getAndUpdate(s -> s >= budget ? s : s + cost);
            if (before >= budget) {
                return new Decision(false, true, shownLimit, remaining, resetSeconds);
            }
        }
        return new Decision(true, false, shownLimit, remaining, resetSeconds);
    }
}
