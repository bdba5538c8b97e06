package io.github.camelpipedrive.component.ratelimit;

import static io.github.camelpipedrive.component.http.PipedriveHeaders.number;

import io.github.camelpipedrive.component.http.PipedriveHeaders;
import io.github.camelpipedrive.component.http.PipedriveHttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps one token's requests inside Pipedrive's rolling 2-second burst window, so a route slows down before Pipedrive
 * answers 429 rather than after. It starts from a configured limit, learns Pipedrive's own figure from
 * {@code x-ratelimit-limit}, pauses when {@code x-ratelimit-remaining} reaches 0 because someone else spends the same
 * token, and remembers when the daily budget is spent so further requests fail at once instead of hammering.
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
    private final List<Permit> window = new ArrayList<>();
    private int limit;
    private long pausedUntil;
    private Instant budgetExhaustedUntil;
    private Instant lockedOutUntil;
    private long lockoutCooldownMillis = DEFAULT_LOCKOUT_COOLDOWN_MILLIS;
    private final RateLimitState state = new RateLimitState();
    // issue 14 item 4: this process's share of the window when others spend the token too (no store)
    private final TokenShare share;

    /** A place in the window, held by one request until {@link #release(Permit)}. */
    public static final class Permit {
        private long answeredAt;
        private long sentAt; // issue 14 item 4
    }

    /**
     * @param limit        requests allowed per window to start with
     * @param windowMillis the length of the burst window (Pipedrive's is 2 s; tests against a faster sandbox use less)
     * @param learnLimit   whether to adopt the limit Pipedrive reports ({@code false} keeps the configured limit as a
     *                     ceiling and only ever lowers it)
     */
    public RateLimitGovernor(int limit, long windowMillis, boolean learnLimit, Clock clock) {
        if (limit < 1) {
            throw new IllegalArgumentException("burst limit must be at least 1, was " + limit);
        }
        this.limit = limit;
        this.learnLimit = learnLimit;
        this.clock = clock;
        this.spanMillis = windowMillis + SAFETY_MILLIS;
        this.share = new TokenShare(windowMillis); // issue 14 item 4
    }

    /**
     * The pacer of one token's searches: Pipedrive's search limit of {@link #SEARCH_LIMIT} per window, well below the
     * general burst limit. A search is held back until the window has room instead of earning a 429.
     */
    public static RateLimitGovernor forSearches(long windowMillis, Clock clock) {
        return new RateLimitGovernor(SEARCH_LIMIT, windowMillis, false, clock);
    }

    /**
     * Waits until a request may be sent and takes a place in the window for it; give it back with
     * {@link #release(Permit)} once the answer (or the failure) is in.
     *
     * @throws LockedOut           when Pipedrive answered with its lock-out page and the cool-down has not passed
     * @throws DailyBudgetExhausted  when Pipedrive said the daily budget is spent and its reset has not come yet
     * @throws InterruptedException when the waiting thread is interrupted
     */
    public Permit acquire() throws InterruptedException, DailyBudgetExhausted, LockedOut {
        synchronized (this) {
            boolean waited = false;
            while (true) {
                long now = clock.millis();
                if (lockedOutUntil != null) {
                    if (now < lockedOutUntil.toEpochMilli()) {
                        throw new LockedOut(lockedOutUntil);
                    }
                    lockedOutUntil = null;
                }
                if (budgetExhaustedUntil != null) {
                    if (now < budgetExhaustedUntil.toEpochMilli()) {
                        throw new DailyBudgetExhausted(budgetExhaustedUntil);
                    }
                    budgetExhaustedUntil = null;
                }
                window.removeIf(p -> p.answeredAt != 0 && p.answeredAt <= now - spanMillis);
                long waitUntil = pausedUntil;
                if (window.size() >= share.limit(limit)) { // issue 14 item 4: our share, not the whole limit
                    long earliest = Long.MAX_VALUE;
                    for (Permit p : window) {
                        if (p.answeredAt != 0) {
                            earliest = Math.min(earliest, p.answeredAt + spanMillis);
                        }
                    }
                    // all places held by requests still in flight: wait for an answer (release notifies)
                    waitUntil = Math.max(waitUntil, earliest == Long.MAX_VALUE ? now + spanMillis : earliest);
                }
                if (waitUntil <= now) {
                    Permit permit = new Permit();
                    window.add(permit);
                    permit.sentAt = now; // issue 14 item 4
                    share.sent(); // issue 14 item 4
                    return permit;
                }
                if (!waited) {
                    state.throttled();
                    waited = true;
                }
                wait(Math.max(1, waitUntil - now));
            }
        }
    }

    /** The request's answer (or failure) is in: its place frees one window from now. */
    public synchronized void release(Permit permit) {
        if (permit.answeredAt == 0) { // issue 14 item 4
            share.answered(clock.millis());
        }
        permit.answeredAt = Math.max(1, clock.millis());
        notifyAll();
    }

    /** Learns from an answer's rate-limit headers. */
    public void observe(PipedriveHttpResponse response) {
        observe(response, null);
    }

    /**
     * Learns from the rate-limit headers of the answer to the request that held {@code permit} (released already);
     * with the permit, also what other processes spend on the token.
     */
    public void observe(PipedriveHttpResponse response, Permit permit) {
        Long serverLimit = number(response.header(PipedriveHeaders.RATE_LIMIT_LIMIT));
        Long remaining = number(response.header(PipedriveHeaders.RATE_LIMIT_REMAINING));
        Long reset = number(response.header(PipedriveHeaders.RATE_LIMIT_RESET));
        synchronized (this) {
            if (serverLimit != null && serverLimit > 0) {
                if (learnLimit || serverLimit < limit) {
                    limit = serverLimit.intValue();
                }
            }
            if (permit != null && serverLimit != null && serverLimit > 0 && remaining != null) { // issue 14 item 4
                share.observe(clock.millis(), permit.sentAt, response.statusCode(), serverLimit, remaining);
            }
            // Remaining 0 while our own window still has room means someone else spends this token too (another
            // process, the Pipedrive UI's integrations): then wait for Pipedrive's reset. When our window is full,
            // its own wait already covers it, and the reset's whole-second rounding would only slow us down.
            if (remaining != null
                    && remaining <= 0
                    && reset != null
                    && sentInWindow(clock.millis()) < share.limit(limit)) { // issue 14 item 4: share.limit
                pausedUntil = Math.max(pausedUntil, clock.millis() + reset * 1000);
            }
            state.update(limit, remaining, reset, response.header(PipedriveHeaders.DAILY_REQUESTS_LEFT));
            notifyAll();
        }
    }

    private int sentInWindow(long now) {
        int count = 0;
        for (Permit p : window) {
            if (p.answeredAt == 0 || p.answeredAt > now - spanMillis) {
                count++;
            }
        }
        return count;
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

    /** No request leaves on this token for the cool-down: Pipedrive answered with its lock-out page. */
    public synchronized Instant lockOut() {
        Instant until = Instant.ofEpochMilli(clock.millis() + lockoutCooldownMillis);
        lockedOutUntil = until;
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
