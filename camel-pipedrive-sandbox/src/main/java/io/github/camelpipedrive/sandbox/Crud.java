package io.github.camelpipedrive.sandbox;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The generic handlers: create, get, list, update and delete over one collection of the store. */
final class Crud {

    /** Query parameters that steer paging and sorting rather than filter on a field. */
    private static final Set<String> NOT_FILTERS = Set.of(
            "start",
            "limit",
            "cursor",
            "sort",
            "sort_by",
            "sort_direction",
            "include_fields",
            "custom_fields",
            "updated_since",
            "updated_until",
            "api_token");

    private Crud() {}

    static Handler create(String collection, Shape shape, View view) {
        return call -> {
            Map<String, Object> record = Defaults.of(collection, call.company());
            shape.apply(call, record, true);
            String now = call.now(collection);
            record.putIfAbsent("add_time", now); // a client may set add_time (v2 persons, organizations)
            record.put("update_time", now);
            Map<String, Object> saved = call.company().collection(collection).insert(record);
            return call.ok(view.render(call, saved));
        };
    }

    static Handler get(String collection, View view) {
        return call -> call.ok(view.render(call, call.require(collection, "id")));
    }

    static Handler update(String collection, Shape shape, View view) {
        return call -> {
            Map<String, Object> updated = update(call, collection, call.param("id"), shape);
            return call.ok(view.render(call, updated));
        };
    }

    /** Applies the body to a stored record under the collection's lock; 404 when it does not exist. */
    static Map<String, Object> update(Call call, String collection, Object id, Shape shape) {
        String now = call.now(collection);
        Map<String, Object> updated = call.company().collection(collection).update(id, record -> {
            shape.apply(call, record, false);
            record.put("update_time", now);
        });
        if (updated == null) {
            throw call.notFound(collection);
        }
        return updated;
    }

    /** v2 answers {@code {id}}; so does v1 for most entities. */
    static Handler delete(String collection) {
        return call -> {
            Map<String, Object> removed = call.company().collection(collection).remove(call.param("id"));
            if (removed == null) {
                throw call.notFound(collection);
            }
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("id", removed.get(EntityKinds.idKey(collection)));
            return call.ok(data);
        };
    }

    /** Lists a collection, filtered by any query parameter that names a top-level field (e.g. {@code ?deal_id=3}). */
    static Handler list(String collection, View view) {
        return call -> Paging.page(call, (start, limit) -> {
            EntityStore.Page<Map<String, Object>> page =
                    call.company().collection(collection).page(r -> matches(call, r), start, limit);
            return new EntityStore.Page<>(
                    page.items().stream()
                            .map(r -> (Object) view.render(call, r))
                            .toList(),
                    page.total());
        });
    }

    static boolean matches(Call call, Map<String, Object> record) {
        for (Map.Entry<String, String> q : call.query().entrySet()) {
            if (NOT_FILTERS.contains(q.getKey()) || !record.containsKey(q.getKey())) {
                continue;
            }
            if (!BodyRules.text(record.get(q.getKey())).equals(q.getValue())) {
                return false;
            }
        }
        return true;
    }
}
