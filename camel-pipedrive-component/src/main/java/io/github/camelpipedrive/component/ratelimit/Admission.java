package io.github.camelpipedrive.component.ratelimit;

import java.time.Instant;

/**
 * A {@link RateLimitStore}'s answer to one request for a place in a token's burst window: a place (the store's own
 * subclass, handed back to {@link RateLimitStore#release}), or how long to wait before asking again, or that the token
 * is closed until some instant.
 */
public class Admission {

    /** Why nothing may be sent on a token for a long time. */
    public enum Closure {
        /** Pipedrive answered with its lock-out page; the cool-down has not passed. */
        LOCKED_OUT,
        /** Pipedrive said the daily budget is spent; its reset has not come. */
        BUDGET_SPENT
    }

    private final long waitMillis;
    private final Closure closure;
    private final Instant closedUntil;

    /** A place in the window; stores subclass this to remember which place it is. */
    protected Admission() {
        this(0, null, null);
    }

    private Admission(long waitMillis, Closure closure, Instant closedUntil) {
        this.waitMillis = waitMillis;
        this.closure = closure;
        this.closedUntil = closedUntil;
    }

    /** The window is full or paused: ask again in {@code millis} (or when a place of this JVM is released). */
    public static Admission waitFor(long millis) {
        return new Admission(Math.max(1, millis), null, null);
    }

    /** Nothing may be sent on the token until {@code until}. */
    public static Admission closed(Closure closure, Instant until) {
        return new Admission(0, closure, until);
    }

    /** Whether this is a place: the request may be sent. */
    public final boolean isGranted() {
        return waitMillis == 0 && closure == null;
    }

    /** How long to wait before asking again; 0 for a place or a closure. */
    public final long waitMillis() {
        return waitMillis;
    }

    /** Why the token is closed, or null. */
    public final Closure closure() {
        return closure;
    }

    /** Until when the token is closed, or null. */
    public final Instant closedUntil() {
        return closedUntil;
    }

    @Override
    public String toString() {
        return isGranted()
                ? "place"
                : closure != null ? closure + " until " + closedUntil : "wait " + waitMillis + " ms";
    }
}
