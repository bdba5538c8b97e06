package io.github.camelpipedrive.component.ratelimit;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The default {@link RateLimitStore}: the windows of this JVM's tokens, in memory. Every governor of one component
 * shares it, so all endpoints using one token draw from one window.
 */
public final class InMemoryRateLimitStore implements RateLimitStore {

    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    public InMemoryRateLimitStore() {
        this(Clock.systemUTC());
    }

    public InMemoryRateLimitStore(Clock clock) {
        this.clock = clock;
    }

    /** A place held by a request of this JVM: in flight until answered. */
    private static final class Place extends Admission {
        private final InMemoryRateLimitStore owner;
        private final long sentAt;
        private long answeredAt;

        Place(InMemoryRateLimitStore owner, long sentAt) {
            this.owner = owner;
            this.sentAt = sentAt;
        }
    }

    /** One key's places, pause and closures. */
    private static final class Window {
        private final List<Place> places = new ArrayList<>();
        private long pausedUntil;
        private Instant budgetSpentUntil;
        private Instant lockedOutUntil;
    }

    @Override
    public Admission admit(String key, int limit, long spanMillis) {
        Window w = window(key);
        synchronized (w) {
            long now = clock.millis();
            Admission closed = closure(w, now);
            if (closed != null) {
                return closed;
            }
            forgetFreed(w.places, now - spanMillis);
            long waitUntil = w.pausedUntil;
            if (w.places.size() >= limit) {
                long earliest = Long.MAX_VALUE;
                for (Place p : w.places) {
                    if (p.answeredAt != 0) {
                        earliest = Math.min(earliest, p.answeredAt + spanMillis);
                    }
                }
                // all places held by requests still in flight: wait for an answer (the governor is told of it)
                waitUntil = Math.max(waitUntil, earliest == Long.MAX_VALUE ? now + spanMillis : earliest);
            }
            if (waitUntil <= now) {
                Place place = new Place(this, now);
                w.places.add(place);
                return place;
            }
            return Admission.waitFor(waitUntil - now);
        }
    }

    /** Drops the places answered at or before {@code freedBy}, in place (no lambda, nothing allocated). */
    private static void forgetFreed(List<Place> places, long freedBy) {
        int kept = 0;
        for (int i = 0; i < places.size(); i++) {
            Place p = places.get(i);
            if (p.answeredAt == 0 || p.answeredAt > freedBy) {
                places.set(kept++, p);
            }
        }
        for (int i = places.size() - 1; i >= kept; i--) {
            places.remove(i);
        }
    }

    /** The closure in force on a key, or null; forgets closures that have passed. */
    private static Admission closure(Window w, long now) {
        if (w.lockedOutUntil != null) {
            if (now < w.lockedOutUntil.toEpochMilli()) {
                return Admission.closed(Admission.Closure.LOCKED_OUT, w.lockedOutUntil);
            }
            w.lockedOutUntil = null;
        }
        if (w.budgetSpentUntil != null) {
            if (now < w.budgetSpentUntil.toEpochMilli()) {
                return Admission.closed(Admission.Closure.BUDGET_SPENT, w.budgetSpentUntil);
            }
            w.budgetSpentUntil = null;
        }
        return null;
    }

    /** The closure in force on a key, or null: what a shared store that lost its memory cannot tell. */
    Admission closure(String key) {
        Window w = windows.get(key);
        if (w == null) {
            return null;
        }
        synchronized (w) {
            return closure(w, clock.millis());
        }
    }

    /** When an in-memory place was given (the request let through), or -1 for another store's place. */
    static long sentAt(Admission place) {
        return place instanceof Place p ? p.sentAt : -1;
    }

    /** Whether {@code place} is one of this store's. */
    boolean owns(Admission place) {
        return place instanceof Place p && p.owner == this;
    }

    @Override
    public void release(String key, Admission place) {
        Window w = window(key);
        synchronized (w) {
            ((Place) place).answeredAt = Math.max(1, clock.millis());
        }
    }

    @Override
    public void cancel(String key, Admission place) {
        Window w = window(key);
        synchronized (w) {
            w.places.remove(place);
        }
    }

    @Override
    public int held(String key, long spanMillis) {
        Window w = window(key);
        synchronized (w) {
            long now = clock.millis();
            int count = 0;
            for (Place p : w.places) {
                if (p.answeredAt == 0 || p.answeredAt > now - spanMillis) {
                    count++;
                }
            }
            return count;
        }
    }

    @Override
    public void pause(String key, long millis) {
        Window w = window(key);
        synchronized (w) {
            w.pausedUntil = Math.max(w.pausedUntil, clock.millis() + millis);
        }
    }

    @Override
    public void close(String key, Admission.Closure closure, Instant until) {
        Window w = window(key);
        synchronized (w) {
            if (closure == Admission.Closure.LOCKED_OUT) {
                w.lockedOutUntil = until;
            } else {
                w.budgetSpentUntil = until;
            }
        }
    }

    private Window window(String key) {
        Window w = windows.get(key);
        return w != null ? w : windows.computeIfAbsent(key, k -> new Window());
    }

    @Override
    public String toString() {
        return "InMemoryRateLimitStore[" + windows.size() + " keys]";
    }
}
