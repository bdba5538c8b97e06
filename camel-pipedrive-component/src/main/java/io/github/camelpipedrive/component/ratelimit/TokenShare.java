package io.github.camelpipedrive.component.ratelimit;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * This process's share of a token's burst window when other processes spend the same token and no store tells the
 * governors of each other (issue 14, item 4). Pipedrive's answers say how much of the window is used in all
 * ({@code x-ratelimit-limit} minus {@code x-ratelimit-remaining}); the governor knows how many of those are its own.
 * The difference is what others spend. Its estimate rises at once with a larger reading (so a newcomer is made room
 * for before the window overflows) and falls back with a time constant of one window (so the gap between another
 * process's bursts is not taken for its departure). While others are seen, this process keeps to what they leave,
 * less a tenth of the limit as headroom, and takes back room it has given up a twentieth of the limit per window; when
 * the others' reading has fallen to noise (at most one request, or a twentieth of the limit), it has the whole limit
 * again.
 * <p>
 * With two or three processes doing the same, each one's reading of the others includes the others' headroom, so
 * together they settle at about the limit less one headroom instead of alternating 429s. A process alone reads
 * nothing from others (the governor holds each place from before the request arrives until after Pipedrive counts
 * it out), so its limit is untouched.
 * <p>
 * Times are passed in (milliseconds); not thread-safe: the governor calls it under its lock.
 */
final class TokenShare {

    /** Share of the limit kept free while others are seen; also covers one window of others growing. */
    static final double HEADROOM = 0.10;
    /** Share of the limit taken back per window while others leave room. */
    static final double INCREASE_PER_WINDOW = 0.05;
    /** A reading of others at or below this share of the limit (and at least 1) is noise, not another process. */
    static final double NOISE = 0.05;

    private final long windowMillis;
    private final long holdMillis;
    /** Our 429s (Pipedrive did not count them) whose places the governor still holds. */
    private final Deque<Long> refusals = new ArrayDeque<>();

    private double others;
    private double share = Double.POSITIVE_INFINITY;
    private long lastAt = Long.MIN_VALUE;

    /**
     * @param windowMillis the burst window's length
     * @param holdMillis   how long the governor holds a place after the answer is in
     */
    TokenShare(long windowMillis, long holdMillis) {
        this.windowMillis = windowMillis;
        this.holdMillis = holdMillis;
    }

    /**
     * Learns from one answer.
     *
     * @param now         when the answer came in
     * @param status      its HTTP status
     * @param serverLimit {@code x-ratelimit-limit}
     * @param remaining   {@code x-ratelimit-remaining}
     * @param ours        the places the governor holds now, this answer's included
     */
    void observe(long now, int status, long serverLimit, long remaining, int ours) {
        while (!refusals.isEmpty() && refusals.peekFirst() <= now - holdMillis) {
            refusals.pollFirst();
        }
        if (status == 429) {
            // the window is full (or the budget spent); that says nothing about who filled it, but the place it holds
            // in our window is not one Pipedrive counts
            refusals.addLast(now);
            return;
        }
        // the gap since the last answer counts as one window at most: a pause after a 429 is not others going away
        long dt = lastAt == Long.MIN_VALUE ? 0 : Math.min(Math.max(0, now - lastAt), windowMillis);
        lastAt = now;
        double counted = Math.max(0, ours - refusals.size());
        double reading = Math.max(0, serverLimit - remaining - counted);
        if (reading >= others) {
            others = reading;
        } else {
            others = reading + (others - reading) * Math.exp(-(double) dt / windowMillis);
        }
        if (others <= noise(serverLimit)) {
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
        return share >= limit ? limit : Math.max(1, (int) share);
    }

    /** What others are estimated to spend of the window, 0 when none are seen. */
    double others() {
        return others;
    }

    private static double noise(long serverLimit) {
        return Math.max(1, NOISE * serverLimit);
    }
}
