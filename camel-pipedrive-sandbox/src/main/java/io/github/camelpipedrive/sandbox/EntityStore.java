package io.github.camelpipedrive.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The company's data: one collection of records per entity, each record a plain JSON-like map.
 * Each collection has its own lock; records are copied in and out so no caller shares mutable state.
 */
final class EntityStore {

    private final Map<String, EntityCollection> collections = new ConcurrentHashMap<>();
    private volatile ChangeListener listener;
    private volatile boolean muted;

    /** Told about every insert, update and remove (copies of the records), outside no lock of its own. */
    interface ChangeListener {
        /** {@code before} is null for an insert, {@code after} null for a remove. */
        void changed(String collection, Map<String, Object> before, Map<String, Object> after);
    }

    void listener(ChangeListener listener) {
        this.listener = listener;
    }

    /** While muted (planting the seed), changes are not reported. */
    void mute(boolean muted) {
        this.muted = muted;
    }

    private void report(String collection, Map<String, Object> before, Map<String, Object> after) {
        ChangeListener l = listener;
        if (l != null && !muted) {
            l.changed(collection, before, after);
        }
    }

    EntityCollection collection(String name) {
        return collections.computeIfAbsent(
                name, n -> new EntityCollection(this, n, EntityKinds.idStyle(n), EntityKinds.idKey(n)));
    }

    void clear() {
        collections.values().forEach(EntityCollection::clear);
    }

    /** How a collection numbers its records. */
    enum IdStyle {
        /** 1, 2, 3 ... per collection, as Pipedrive does for most entities. */
        SEQUENTIAL,
        /** Random UUIDs (leads, lead labels, note comments). */
        UUID,
        /** 32 hex characters in a string (call logs, goals, discounts, channels). */
        HEX
    }

    /** A page of records and how many records matched in all. */
    record Page<T>(List<T> items, int total) {}

    /** One entity's records in insertion order. */
    static final class EntityCollection {
        private final EntityStore store;
        private final String name;
        private final IdStyle style;
        private final String idKey;
        private final Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
        private long sequence;

        EntityCollection(EntityStore store, String name, IdStyle style, String idKey) {
            this.store = store;
            this.name = name;
            this.style = style;
            this.idKey = idKey;
        }

        String name() {
            return name;
        }

        String idKey() {
            return idKey;
        }

        /** Assigns the next id, stores a copy and returns another copy. */
        synchronized Map<String, Object> insert(Map<String, Object> record) {
            Object id = switch (style) {
                case SEQUENTIAL -> ++sequence;
                case UUID -> java.util.UUID.randomUUID().toString();
                case HEX -> java.util.UUID.randomUUID().toString().replace("-", "");
            };
            Map<String, Object> row = new LinkedHashMap<>();
            row.put(idKey, id);
            record.forEach((k, v) -> {
                if (!idKey.equals(k)) {
                    row.put(k, Json.copy(v));
                }
            });
            rows.put(String.valueOf(id), row);
            store.report(name, null, Json.copy(row));
            return Json.copy(row);
        }

        synchronized Map<String, Object> get(Object id) {
            Map<String, Object> row = id == null ? null : rows.get(key(id));
            return row == null ? null : Json.copy(row);
        }

        /** Applies the change to the stored record under the collection lock; returns the new state or null. */
        synchronized Map<String, Object> update(Object id, Consumer<Map<String, Object>> change) {
            Map<String, Object> row = id == null ? null : rows.get(key(id));
            if (row == null) {
                return null;
            }
            Map<String, Object> before = Json.copy(row);
            change.accept(row);
            store.report(name, before, Json.copy(row));
            return Json.copy(row);
        }

        synchronized Map<String, Object> remove(Object id) {
            Map<String, Object> removed = id == null ? null : rows.remove(key(id));
            if (removed != null) {
                store.report(name, Json.copy(removed), null);
            }
            return removed;
        }

        synchronized List<Map<String, Object>> all() {
            List<Map<String, Object>> out = new ArrayList<>(rows.size());
            rows.values().forEach(r -> out.add(Json.copy(r)));
            return out;
        }

        synchronized List<Map<String, Object>> where(Predicate<Map<String, Object>> filter) {
            List<Map<String, Object>> out = new ArrayList<>();
            rows.values().stream().filter(filter).forEach(r -> out.add(Json.copy(r)));
            return out;
        }

        /**
         * One page of the records that pass the filter: only the page's records are copied, so paging through a
         * large collection costs a page's worth of copies per request.
         */
        synchronized EntityStore.Page<Map<String, Object>> page(
                Predicate<Map<String, Object>> filter, int start, int limit) {
            List<Map<String, Object>> out = new ArrayList<>();
            int matched = 0;
            for (Map<String, Object> r : rows.values()) {
                if (filter.test(r)) {
                    if (matched >= start && out.size() < limit) {
                        out.add(Json.copy(r));
                    }
                    matched++;
                }
            }
            return new EntityStore.Page<>(out, matched);
        }

        synchronized int size() {
            return rows.size();
        }

        synchronized void clear() {
            rows.clear();
            sequence = 0;
        }

        private static String key(Object id) {
            return BodyRules.text(id);
        }
    }
}
