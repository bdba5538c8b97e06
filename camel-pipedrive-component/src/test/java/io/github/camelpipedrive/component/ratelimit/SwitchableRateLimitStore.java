package io.github.camelpipedrive.component.ratelimit;

import java.time.Clock;
import java.time.Instant;

/** A shared store for tests that can be switched off, as a server that went down: its windows are in memory. */
public final class SwitchableRateLimitStore implements RateLimitStore {
    private final Clock clock;
    private final String name;
    private InMemoryRateLimitStore windows;
    public volatile boolean down;
    public volatile int instances = 1;

    public SwitchableRateLimitStore(Clock clock, String name) {
        this.clock = clock;
        this.name = name;
        this.windows = new InMemoryRateLimitStore(clock);
    }

    /** As a server restarted without its data. */
    public void forgetEverything() {
        windows = new InMemoryRateLimitStore(clock);
    }

    private InMemoryRateLimitStore up() {
        if (down) {
            throw new IllegalStateException("connection refused");
        }
        return windows;
    }

    @Override
    public Admission admit(String key, int limit, long spanMillis) {
        return up().admit(key, limit, spanMillis);
    }

    @Override
    public void release(String key, Admission place) {
        up().release(key, place);
    }

    @Override
    public void cancel(String key, Admission place) {
        up().cancel(key, place);
    }

    @Override
    public int held(String key, long spanMillis) {
        return up().held(key, spanMillis);
    }

    @Override
    public void pause(String key, long millis) {
        up().pause(key, millis);
    }

    @Override
    public void close(String key, Admission.Closure closure, Instant until) {
        up().close(key, closure, until);
    }

    @Override
    public int instances(String key) {
        up();
        return instances;
    }

    @Override
    public String toString() {
        return name;
    }
}
