package io.github.camelpipedrive.component.ratelimit;

import static io.github.camelpipedrive.component.http.PipedriveHeaders.number;

import io.github.camelpipedrive.component.http.PipedriveHeaders;
import io.github.camelpipedrive.component.http.PipedriveHttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Keeps one token's requests inside Pipedrive's rolling 2-second burst window, so a route slows down before Pipedrive
 * answers 429 rather than after. It starts from a configured limit, learns Pipedrive's own figure from
 * {@code x-ratelimit-limit}, keeps to its share when {@code x-ratelimit-remaining} shows that other processes spend
 * the same token ({@link TokenShare}, without a shared store), pauses after a 429, and remembers when the daily budget
 * is spent so further requests fail at once instead of hammering. Its window lives in a {@link RateLimitStore}: in
 * memory, or shared by every instance using the token.
 * <p>
 * A request holds its place in the window from the moment it is let through until its answer has come back plus one
 * window: Pipedrive counts it when it arrives, which is somewhere in between, so counting from the answer is the only
 * bound that network delays cannot break. On a local network that costs a few milliseconds per window.
 * <p>
 * Thread-safe: every producer using the same token shares one governor.
 */
public final class RateLimitGovernor {

    /** Pipedrive's burst window. */
    public static final long WINDOW_MILLIS = 2_000;
    /** Pipedrive's search endpoints have a limit of their own on every plan: 10 requests per window. */
    public static final int SEARCH_LIMIT = 10;
    /** How long no request is sent on a token after Pipedrive's lock-out page, unless configured otherwise. */
    public static final long DEFAULT_LOCKOUT_COOLDOWN_MILLIS = 600_000;
    /** Covers millisecond rounding between our clock and Pipedrive's. */
    static final long SAFETY_MILLIS = 5;

    private final Clock clock;
    private final long spanMillis;
    private final boolean learnLimit;
    private final RateLimitStore store;
    private final String key;
    private int limit;
    private long lockoutCooldownMillis = DEFAULT_LOCKOUT_COOLDOWN_MILLIS;
    /** Counts releases and learned limits, so a waiting request never misses one that came while it asked. */
    private final AtomicLong changes = new AtomicLong();
    /** Requests waiting on this governor's monitor; changed only while holding it. */
    private volatile int waiters;

    private final RateLimitState state = new RateLimitState();
    /**
     * This process's share of the window when other processes spend the token too and no shared store tells them of
     * each other; null with a shared store, whose window already counts every instance.
     */
    private final TokenShare share;

    /**
     * A governor with a window of its own, in memory.
     *
     * @param limit        requests allowed per window to start with
     * @param windowMillis the length of the burst window (Pipedrive's is 2 s; tests against a faster sandbox use less)
     * @param learnLimit   whether to adopt the limit Pipedrive reports ({@code false} keeps the configured limit as a
     *                     ceiling and only ever lowers it)
     */
    public RateLimitGovernor(int limit, long windowMillis, boolean learnLimit, Clock clock) {
        this(new InMemoryRateLimitStore(clock), "token", limit, windowMillis, learnLimit, clock);
    }

    /**
     * A governor whose window is {@code key}'s in {@code store}: every governor with the same store and key, in this
     * JVM or another, draws from one window.
     */
    public RateLimitGovernor(
            RateLimitStore store, String key, int limit, long windowMillis, boolean learnLimit, Clock clock) {
        if (limit < 1) {
            throw new IllegalArgumentException("burst limit must be at least 1, was " + limit);
        }
        this.store = store;
        this.key = key;
        this.limit = limit;
        this.learnLimit = learnLimit;
        this.clock = clock;
        this.spanMillis = windowMillis + SAFETY_MILLIS;
        this.share = store instanceof InMemoryRateLimitStore ? new TokenShare(windowMillis) : null;
    }

    /**
     * The pacer of one token's searches: Pipedrive's search limit of {@link #SEARCH_LIMIT} per window, well below the
     * general burst limit. A search is held back until the window has room instead of earning a 429.
     */
    public static RateLimitGovernor forSearches(long windowMillis, Clock clock) {
        return new RateLimitGovernor(SEARCH_LIMIT, windowMillis, false, clock);
    }

    /** The pacer of the searches of token {@code key}, its window kept in {@code store}. */
    public static RateLimitGovernor forSearches(RateLimitStore store, String key, long windowMillis, Clock clock) {
        return new RateLimitGovernor(store, key + "/search", SEARCH_LIMIT, windowMillis, false, clock);
    }

    /**
     * Waits until a request may be sent and takes a place in the window for it; give it back with
     * {@link #release(Admission)} once the answer (or the failure) is in.
     *
     * @throws LockedOut           when Pipedrive answered with its lock-out page and the cool-down has not passed
     * @throws DailyBudgetExhausted  when Pipedrive said the daily budget is spent and its reset has not come yet
     * @throws InterruptedException when the waiting thread is interrupted
     */
    public Admission acquire() throws InterruptedException, DailyBudgetExhausted, LockedOut {
        boolean waited = false;
        while (true) {
            long seen = changes.get();
            Admission admission = store.admit(key, allowed(limit()), spanMillis);
            if (admission.isGranted()) {
                if (share != null) {
                    synchronized (share) {
                        share.sent();
                    }
                }
                return admission;
            }
            if (admission.closure() == Admission.Closure.LOCKED_OUT) {
                throw new LockedOut(admission.closedUntil());
            }
            if (admission.closure() == Admission.Closure.BUDGET_SPENT) {
                throw new DailyBudgetExhausted(admission.closedUntil());
            }
            if (!waited) {
                state.throttled();
                waited = true;
            }
            synchronized (this) {
                waiters++;
                try {
                    if (changes.get() == seen) {
                        wait(admission.waitMillis());
                    }
                } finally {
                    waiters--;
                }
            }
        }
    }

    /** The request's answer (or failure) is in: its place frees one window from now. */
    public void release(Admission place) {
        store.release(key, place);
        if (share != null) {
            synchronized (share) {
                share.answered(clock.millis());
            }
        }
        changed();
    }

    /**
     * Learns from the rate-limit headers of the answer to the request that held {@code place} (released already); with
     * the place, also what other processes spend on the token when there is no shared store.
     */
    public void observe(PipedriveHttpResponse response, Admission place) {
        Long serverLimit = number(response.header(PipedriveHeaders.RATE_LIMIT_LIMIT));
        Long remaining = number(response.header(PipedriveHeaders.RATE_LIMIT_REMAINING));
        Long reset = number(response.header(PipedriveHeaders.RATE_LIMIT_RESET));
        synchronized (this) {
            if (serverLimit != null && serverLimit > 0) {
                if (learnLimit || serverLimit < limit) {
                    limit = serverLimit.intValue();
                }
            }
            state.update(limit, remaining, reset, response.header(PipedriveHeaders.DAILY_REQUESTS_LEFT));
        }
        long sentAt = place == null ? -1 : InMemoryRateLimitStore.sentAt(place);
        if (share != null && sentAt >= 0 && serverLimit != null && serverLimit > 0 && remaining != null) {
            synchronized (share) {
                share.observe(clock.millis(), sentAt, response.statusCode(), serverLimit, remaining);
            }
        }
        // Others spending the token are read by the token share (no store) or are in the shared window already; a
        // "remaining 0" is not a reason to pause by itself: in steady state every answer says 0, and comparing it
        // with the window as it is a few milliseconds later paused for a whole second whenever a place had freed.
        changed();
    }

    /** The places this process may hold: the limit, or its share of it while others are seen on the token. */
    private int allowed(int limit) {
        // the share is a volatile read: no lock on the way to every place
        return share == null ? limit : share.limit(limit);
    }

    /** Wakes the waiting requests, if any: a place or the limit changed. */
    private void changed() {
        changes.incrementAndGet();
        if (waiters > 0) {
            synchronized (this) {
                notifyAll();
            }
        }
    }

    /** After a 429: no request leaves before {@code until}. */
    public void pauseUntil(long epochMillis) {
        store.pause(key, epochMillis - clock.millis());
        state.rateLimited();
    }

    /** Pipedrive said the daily budget is spent: fail fast until {@code until}. */
    public void budgetExhaustedUntil(Instant until) {
        store.close(key, Admission.Closure.BUDGET_SPENT, until);
        state.budgetExhausted(until);
    }

    /** No request leaves on this token for the cool-down: Pipedrive answered with its lock-out page. */
    public Instant lockOut() {
        Instant until = Instant.ofEpochMilli(clock.millis() + lockoutCooldownMillis());
        store.close(key, Admission.Closure.LOCKED_OUT, until);
        state.lockedOut(until);
        return until;
    }

    /** How long {@link #lockOut()} stops sending, in milliseconds; 0 turns the stop off. */
    public synchronized void setLockoutCooldownMillis(long millis) {
        this.lockoutCooldownMillis = Math.max(0, millis);
    }

    public synchronized long lockoutCooldownMillis() {
        return lockoutCooldownMillis;
    }

    /** The figures last seen, for headers, health checks and JMX. */
    public RateLimitState state() {
        return state;
    }

    public synchronized int limit() {
        return limit;
    }

    /** Where the window is kept. */
    public RateLimitStore store() {
        return store;
    }

    /** Nothing may be sent on the token until {@link #until()}. */
    public abstract static class Closed extends Exception {
        private final transient Instant until;

        Closed(String message, Instant until) {
            super(message + until);
            this.until = until;
        }

        public Instant until() {
            return until;
        }
    }

    /** Pipedrive locked the token out; nothing is sent on it until {@link #until()}. */
    public static final class LockedOut extends Closed {
        LockedOut(Instant until) {
            super("Pipedrive locked this token out; nothing is sent on it until ", until);
        }
    }

    /** Pipedrive's daily token budget is spent until {@link #until()}. */
    public static final class DailyBudgetExhausted extends Closed {
        DailyBudgetExhausted(Instant until) {
            super("Pipedrive's daily token budget is spent until ", until);
        }
    }
}
