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
    private final Map<String, TokenWindow> windows = new ConcurrentHashMap<>();

    /**
     * One token's burst window, plus what a test compares with the limit: how many requests the burst limit refused,
     * and the most requests that arrived (let through or refused) within any rolling window.
     */
    private static final class TokenWindow {
        final Deque<Long> admitted = new ArrayDeque<>();
        final Deque<Long> arrivals = new ArrayDeque<>();
        long refused;
        int peakArrivals;
    }

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

    /** How many requests on this token the burst limit answered 429 (the daily budget's 429s are not counted). */
    long burstRefusals(String token) {
        TokenWindow w = windows.get(token);
        if (w == null) {
            return 0;
        }
        synchronized (w) {
            return w.refused;
        }
    }

    /**
     * The most requests on this token that arrived within one rolling window of the configured length, whether let
     * through or refused: the sandbox's own count of what a client sent in its busiest window.
     */
    int peakInWindow(String token) {
        TokenWindow w = windows.get(token);
        if (w == null) {
            return 0;
        }
        synchronized (w) {
            return w.peakArrivals;
        }
    }

    /** Forgets all burst windows, their counts and the spent budget. */
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
        TokenWindow w = windows.computeIfAbsent(token, t -> new TokenWindow());
        synchronized (w) {
            drop(w.arrivals, now, window);
            w.arrivals.addLast(now);
            w.peakArrivals = Math.max(w.peakArrivals, w.arrivals.size());
            if (limit > 0) {
                Deque<Long> times = w.admitted;
                drop(times, now, window);
                if (times.size() >= limit) {
                    allowed = false;
                    w.refused++;
                } else {
                    times.addLast(now);
                }
                remaining = Math.max(0, limit - times.size());
                resetNanos = times.isEmpty() ? window : window - (now - times.peekFirst());
            } else {
                remaining = Integer.MAX_VALUE;
                resetNanos = window;
            }
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

    /** Forgets the times that have left the window ending now. */
    private static void drop(Deque<Long> times, long now, long window) {
        while (!times.isEmpty() && now - times.peekFirst() >= window) {
            times.pollFirst();
        }
    }
}
