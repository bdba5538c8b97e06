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

    /** A place in the window; stores subclass this to remember which place it is. */
    protected Admission() {}

    /** The window is full or paused: ask again in {@code millis} (or when a place of this JVM is released). */
    public static Admission waitFor(long millis) {
        return new Refusal(Math.max(1, millis), null, null);
    }

    /** Nothing may be sent on the token until {@code until}. */
    public static Admission closed(Closure closure, Instant until) {
        return new Refusal(0, closure, until);
    }

    /** Whether this is a place: the request may be sent. */
    public boolean isGranted() {
        return true;
    }

    /** How long to wait before asking again; 0 for a place or a closure. */
    public long waitMillis() {
        return 0;
    }

    /** Why the token is closed, or null. */
    public Closure closure() {
        return null;
    }

    /** Until when the token is closed, or null. */
    public Instant closedUntil() {
        return null;
    }

    /** No place: wait, or closed. A place carries no fields of this class, so it stays as small as its store makes it. */
    private static final class Refusal extends Admission {
        private final long waitMillis;
        private final Closure closure;
        private final Instant closedUntil;

        Refusal(long waitMillis, Closure closure, Instant closedUntil) {
            this.waitMillis = waitMillis;
            this.closure = closure;
            this.closedUntil = closedUntil;
        }

        @Override
        public boolean isGranted() {
            return false;
        }

        @Override
        public long waitMillis() {
            return waitMillis;
        }

        @Override
        public Closure closure() {
            return closure;
        }

        @Override
        public Instant closedUntil() {
            return closedUntil;
        }
    }

    @Override
    public String toString() {
        return isGranted()
                ? "place"
                : closure() != null ? closure() + " until " + closedUntil() : "wait " + waitMillis() + " ms";
    }
}
