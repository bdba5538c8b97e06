package io.github.camelpipedrive.sandbox;

import java.util.LinkedHashMap;
import java.util.Map;

/** Records that live under a parent, e.g. product variations under {@code /products/{id}/variations}. */
final class Children {

    private Children() {}

    static Handler create(String parents, String children, String parentField) {
        return call -> {
            Object parentId = call.require(parents, "id").get("id");
            Map<String, Object> child = Defaults.of(children, call.company());
            Shapes.copyFields(call.fields(), child);
            child.put(parentField, parentId);
            child.putIfAbsent("prices", new java.util.ArrayList<>());
            return call.ok(Views.clean(call.company().collection(children).insert(child)));
        };
    }

    static Handler update(String parents, String children, String parentField, String childParam) {
        return call -> {
            Map<String, Object> child = owned(call, parents, children, parentField, childParam);
            Map<String, Object> saved = call.company()
                    .collection(children)
                    .update(child.get("id"), r -> Shapes.copyFields(call.fields(), r));
            return call.ok(Views.clean(saved));
        };
    }

    static Handler list(String parents, String children, String parentField) {
        return call -> {
            Object parentId = call.require(parents, "id").get("id");
            return Paging.page(
                    call,
                    call.company().collection(children).where(c -> Views.sameId(c.get(parentField), parentId)).stream()
                            .map(Views::clean)
                            .toList());
        };
    }

    static Handler delete(String parents, String children, String parentField, String childParam) {
        return call -> {
            Map<String, Object> child = owned(call, parents, children, parentField, childParam);
            call.company().collection(children).remove(child.get("id"));
            return call.ok(new LinkedHashMap<>(Map.of("id", child.get("id"))));
        };
    }

    private static Map<String, Object> owned(
            Call call, String parents, String children, String parentField, String childParam) {
        Object parentId = call.require(parents, "id").get("id");
        Map<String, Object> child = call.require(children, childParam);
        if (!Views.sameId(child.get(parentField), parentId)) {
            throw call.notFound(children);
        }
        return child;
    }
}
