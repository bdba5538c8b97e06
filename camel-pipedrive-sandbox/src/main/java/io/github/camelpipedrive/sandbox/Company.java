package io.github.camelpipedrive.sandbox;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Pipedrive company account the sandbox emulates: its data store, field definitions and clock.
 * {@link #reset()} puts it back to the seed.
 */
final class Company {

    /** The user every token acts as ({@code GET /v1/users/me}). */
    static final long ME = 1;

    static final long COMPANY_ID = 5000001;
    static final String CURRENCY = "USD";

    private final EntityStore store = new EntityStore();
    private final Timestamps time;
    private final FieldCatalog fields;
    private final Map<String, byte[]> blobs = new ConcurrentHashMap<>();

    Company(Clock clock) {
        this.time = new Timestamps(clock);
        this.fields = new FieldCatalog(this);
        reset();
    }

    EntityStore store() {
        return store;
    }

    EntityStore.EntityCollection collection(String name) {
        return store.collection(name);
    }

    Timestamps time() {
        return time;
    }

    /** Uploaded bytes, keyed by {@code files/ID}, {@code pictures/ID}, {@code recordings/ID}. */
    Map<String, byte[]> blobs() {
        return blobs;
    }

    FieldCatalog fields() {
        return fields;
    }

    /** Timestamp for a new or changed record of the given collection, in that collection's format. */
    String stamp(String collection) {
        return EntityKinds.of(collection).time() == EntityKinds.TimeStyle.RFC3339 ? time.v2() : time.v1();
    }

    synchronized void reset() {
        store.mute(true);
        try {
            store.clear();
            blobs.clear();
            Seed.plant(this);
        } finally {
            store.mute(false);
        }
    }
}
