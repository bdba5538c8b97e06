package io.github.camelpipedrive.component.ratelimit;

/**
 * This process's share of a token's burst window when other processes spend the same token and no store tells the
 * governors of each other (issue 14, item 4).
 * <p>
 * Each answer says how much of Pipedrive's window was used when the request arrived ({@code x-ratelimit-limit} minus
 * {@code x-ratelimit-remaining}). Of those, at most the following can be this process's own: the requests still
 * waiting for their answer, and those answered since one window before the request was sent, less the ones Pipedrive
 * refused (a 429 is not counted). The rest is spent by others. Counting from the send time makes this an upper bound
 * of our own part whatever the network delays, so a process alone never reads others into its answers and its limit is
 * untouched.
 * <p>
 * The estimate of others rises at once with a larger reading (a newcomer is made room for before the window
 * overflows) and falls back with a time constant of one window, at least 2 s (the gap between another process's bursts,
 * or its pause after a 429, is not taken for its departure; a pause of our own without answers counts as one window at
 * most). While others are seen, this process keeps to what they leave less a tenth of the limit as headroom, and takes
 * back room it has given up at a fortieth of the limit per window; once the others' estimate has fallen to noise (one
 * request, or a twentieth of the limit), it has the whole limit again. Two or three processes doing the same settle at
 * about the limit less one headroom instead of alternating 429s: each one's reading of the others includes the others'
 * headroom.
 * <p>
 * Times are milliseconds passed in by the governor, which calls under its lock; not thread-safe on its own.
 */
final class TokenShare {

    /** Share of the limit kept free while others are seen; also covers a window of others growing. */
    static final double HEADROOM = 0.10;
    /**
     * Share of the limit taken back per window while others leave room: a quarter of the headroom, so that in the
     * pause a 429 imposes on another process (up to two windows when the window is short) its room is not taken.
     */
    static final double INCREASE_PER_WINDOW = 0.025;
    /** A reading of others at or below this share of the limit (and at least 1) is noise, not another process. */
    static final double NOISE = 0.05;
    /** Millisecond rounding between our clock and Pipedrive's. */
    static final long SLACK_MILLIS = 2;
    /** How long answers are remembered beyond one window; a request in flight for longer is not read. */
    static final long MEMORY_MILLIS = 10_000;

    private final long windowMillis;
    /**
     * Time constant with which the estimate of others falls: one window, but at least Pipedrive's 2 s, the longest a
     * 429 keeps another process away when Pipedrive sends no {@code Retry-After}; forgetting it sooner would fill
     * its room just before it comes back.
     */
    private final long fadeMillis;
    /** When our answers came in, oldest first (within {@link #MEMORY_MILLIS} plus a window). */
    private final TimeRing answers = new TimeRing();
    /** When our 429s came in (Pipedrive did not count those requests), oldest first. */
    private final TimeRing refusals = new TimeRing();

    private int inFlight;
    private double others;
    /** Written under the governor's lock on this object, read without it by {@link #limit(int)}. */
    private volatile double share = Double.POSITIVE_INFINITY;

    private long lastAt = Long.MIN_VALUE;

    TokenShare(long windowMillis) {
        this.windowMillis = windowMillis;
        this.fadeMillis = Math.max(windowMillis, RateLimitGovernor.WINDOW_MILLIS);
    }

    /** A request of ours has been let through. */
    void sent() {
        inFlight++;
    }

    /** A request of ours is answered (or failed) at {@code now}. */
    void answered(long now) {
        inFlight = Math.max(0, inFlight - 1);
        answers.addLast(now);
        forget(answers, now);
        forget(refusals, now);
    }

    /**
     * Learns from the rate-limit headers of the answer to a request sent at {@code sentAt}; call after
     * {@link #answered(long)} for it.
     */
    void observe(long now, long sentAt, int status, long serverLimit, long remaining) {
        if (status == 429) {
            refusals.addLast(now); // Pipedrive does not count a refused request
            if (remaining > 0) {
                return; // the daily budget, not the window
            }
        }
        if (now - sentAt > MEMORY_MILLIS) {
            return; // answers from the start of its flight are forgotten: our own part cannot be bounded
        }
        long since = sentAt - windowMillis - SLACK_MILLIS;
        double ours = inFlight + answers.countAfter(since) - refusals.countAfter(since);
        double reading = Math.max(0, serverLimit - remaining - ours);
        // the gap since the last answer counts as one window at most: a pause after a 429 is not others going away
        long dt = lastAt == Long.MIN_VALUE ? 0 : Math.min(Math.max(0, now - lastAt), windowMillis);
        lastAt = Math.max(lastAt, now);
        if (reading >= others) {
            others = reading;
        } else {
            others = reading + (others - reading) * Math.exp(-(double) dt / fadeMillis);
        }
        if (others <= Math.max(1, NOISE * serverLimit)) {
            share = Double.POSITIVE_INFINITY;
            return;
        }
        double target = serverLimit - others - HEADROOM * serverLimit;
        double current = Math.min(share, serverLimit);
        if (target < current) {
            share = target;
        } else {
            share = Math.min(target, current + INCREASE_PER_WINDOW * serverLimit * dt / windowMillis);
        }
        share = Math.max(1, share);
    }

    /** The most places this process may hold, given the governor's limit. */
    int limit(int limit) {
        double current = share;
        return current >= limit ? limit : Math.max(1, (int) current);
    }

    /** What others are estimated to spend of the window; at most noise when none are seen. */
    double others() {
        return others;
    }

    private void forget(TimeRing times, long now) {
        times.forgetBefore(now - MEMORY_MILLIS - windowMillis);
    }
}
