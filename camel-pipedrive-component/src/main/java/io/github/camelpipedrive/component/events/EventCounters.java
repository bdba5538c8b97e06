package io.github.camelpipedrive.component.events;

import java.util.concurrent.atomic.AtomicLong;

/** What a trigger has seen: events received, duplicates dropped, deliveries rejected, and events whose route failed. */
public final class EventCounters {

    private final AtomicLong received = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();

    void received() {
        received.incrementAndGet();
    }

    void duplicate() {
        duplicates.incrementAndGet();
    }

    void rejected() {
        rejected.incrementAndGet();
    }

    void failed() {
        failed.incrementAndGet();
    }

    /** Events accepted for processing (duplicates and rejected deliveries not counted). */
    public long getReceived() {
        return received.get();
    }

    /** Deliveries of an event already processed, answered 200 without starting the route. */
    public long getDuplicates() {
        return duplicates.get();
    }

    /** Deliveries refused: wrong or missing credentials, oversized or malformed bodies. */
    public long getRejected() {
        return rejected.get();
    }

    /** Events whose route failed. */
    public long getFailed() {
        return failed.get();
    }

    @Override
    public String toString() {
        return "received=" + received + ", duplicates=" + duplicates + ", rejected=" + rejected + ", failed=" + failed;
    }
}
