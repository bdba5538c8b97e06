package io.github.camelpipedrive.component.fields;

import io.github.camelpipedrive.component.error.PipedriveException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The field definitions of every (Pipedrive host, credentials, entity) the component has written to, each kept for a
 * time-to-live. Reading a fresh entry is one map lookup and one volatile read; an expired or missing entry is loaded
 * by one thread while the others that need it wait for that load instead of sending their own (single flight). A
 * failed reload keeps serving the previous definitions for a short while, with a WARN, rather than failing writes
 * that do not depend on a change made in the last minutes.
 */
public final class FieldDefinitionCache {

    private static final Logger LOG = LoggerFactory.getLogger(FieldDefinitionCache.class);
    private static final long STALE_RETRY_NANOS = TimeUnit.SECONDS.toNanos(30);

    /** Loads the definitions of one entry. */
    @FunctionalInterface
    public interface Loader {
        EntityFields load() throws PipedriveException;
    }

    private final ConcurrentHashMap<String, Slot> slots = new ConcurrentHashMap<>();
    private final LongSupplier nanoClock;
    private final AtomicLong loads = new AtomicLong();
    private volatile long ttlNanos;

    public FieldDefinitionCache(long ttlMillis) {
        this(ttlMillis, System::nanoTime);
    }

    FieldDefinitionCache(long ttlMillis, LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
        setTtl(ttlMillis);
    }

    /** How long loaded definitions are used before they are read again, in milliseconds. */
    public void setTtl(long ttlMillis) {
        this.ttlNanos = TimeUnit.MILLISECONDS.toNanos(Math.max(0, ttlMillis));
    }

    /**
     * The definitions for {@code key}, loading them if they are missing, older than the TTL, or if {@code refresh} is
     * set and nobody has loaded them since this call began.
     */
    public EntityFields get(String key, boolean refresh, Loader loader) throws PipedriveException {
        long arrival = nanoClock.getAsLong();
        Slot slot = slots.computeIfAbsent(key, k -> new Slot());
        Snapshot current = slot.snapshot;
        if (!refresh && current != null && arrival - current.loadedAt < ttlNanos) {
            return current.fields;
        }
        long attemptsSeen = slot.attempts;
        synchronized (slot) {
            current = slot.snapshot;
            if (slot.attempts != attemptsSeen) {
                // another caller loaded while this one waited for the lock: share its outcome
                if (slot.failure != null && (refresh || current == null)) {
                    throw slot.failure;
                }
                if (current != null) {
                    return current.fields;
                }
            }
            long now = nanoClock.getAsLong();
            boolean backingOff = slot.backingOff && now - slot.retryAfter < 0;
            if (!refresh && current != null && (now - current.loadedAt < ttlNanos || backingOff)) {
                return current.fields;
            }
            slot.failure = null;
            try {
                EntityFields fields = loader.load();
                loads.incrementAndGet();
                slot.snapshot = new Snapshot(fields, nanoClock.getAsLong());
                slot.backingOff = false;
                return fields;
            } catch (PipedriveException e) {
                if (current != null && !refresh) {
                    slot.retryAfter = nanoClock.getAsLong() + Math.min(ttlNanos, STALE_RETRY_NANOS);
                    slot.backingOff = true;
                    LOG.warn(
                            "Could not reload the Pipedrive field definitions ({}); using the ones loaded {} s ago",
                            e.getMessage(),
                            TimeUnit.NANOSECONDS.toSeconds(now - current.loadedAt));
                    return current.fields;
                }
                slot.failure = e;
                throw e;
            } finally {
                // counted when the attempt ends, so callers that queued up during it share its outcome
                slot.attempts++;
            }
        }
    }

    /**
     * Marks one entry out of date without reading anything: the next caller that needs it loads it again (and keeps
     * the old one should that load fail).
     */
    public void markStale(String key) {
        Slot slot = slots.get(key);
        if (slot != null) {
            synchronized (slot) {
                Snapshot current = slot.snapshot;
                if (current != null) {
                    slot.snapshot = new Snapshot(current.fields, nanoClock.getAsLong() - ttlNanos - 1);
                }
            }
        }
    }

    /** Forgets every entry: the next write that needs definitions reads them again. */
    public void invalidateAll() {
        slots.clear();
    }

    /** How many times definitions have been read from Pipedrive (for tests and monitoring). */
    public long loads() {
        return loads.get();
    }

    /** A cache key that never holds the token itself. */
    public static String key(String baseUrl, String credentialsKey, String entity) {
        return baseUrl + '\n' + credentialsKey + '\n' + entity;
    }

    private record Snapshot(EntityFields fields, long loadedAt) {}

    private static final class Slot {
        volatile Snapshot snapshot;
        /** Load attempts ended so far; a waiter that sees it change shares that attempt's outcome. */
        volatile long attempts;
        /** The failure of the last attempt when it failed with nothing older to serve, else null. */
        volatile PipedriveException failure;

        volatile long retryAfter;
        volatile boolean backingOff;
    }
}
