package io.github.camelpipedrive.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code PUT /v1/{deals|persons|organizations}/{id}/merge}: the item {@code id} is merged into
 * {@code merge_with_id}. The {@code merge_with_id} item survives and its data wins conflicts; the
 * {@code id} item is removed and everything that pointed at it now points at the survivor.
 */
final class Merges {

    /** Which collections refer to an entity, and through which field. */
    private static final Map<String, String[][]> REFERENCES = Map.of(
            "persons",
                    new String[][] {
                        {"deals", "person_id"},
                        {"activities", "person_id"},
                        {"notes", "person_id"},
                        {"participants", "person_id"},
                        {"leads", "person_id"},
                        {"files", "person_id"}
                    },
            "organizations",
                    new String[][] {
                        {"deals", "org_id"},
                        {"persons", "org_id"},
                        {"activities", "org_id"},
                        {"notes", "org_id"},
                        {"leads", "organization_id"},
                        {"files", "org_id"}
                    },
            "deals",
                    new String[][] {
                        {"activities", "deal_id"},
                        {"notes", "deal_id"},
                        {"dealProducts", "deal_id"},
                        {"participants", "deal_id"},
                        {"files", "deal_id"},
                        {"dealDiscounts", "deal_id"}
                    });

    private static final Map<String, String> ITEM_TYPES =
            Map.of("persons", "person", "organizations", "organization", "deals", "deal");

    private Merges() {}

    static Handler merge(String collection) {
        return call -> {
            Map<String, Object> merged = call.require(collection, "id");
            Object survivorId = call.fields().get("merge_with_id");
            if (Views.sameId(survivorId, merged.get("id"))) {
                throw ApiError.badRequest("Cannot merge an item with itself.");
            }
            call.require(collection, survivorId);
            Company company = call.company();
            String now = call.now(collection);
            Map<String, Object> survivor =
                    company.collection(collection).update(survivorId, s -> absorb(s, merged, now));
            company.collection(collection).remove(merged.get("id"));
            relink(company, collection, merged.get("id"), survivor.get("id"));
            if ("deals".equals(collection)) {
                DealHandlers.recomputeValue(company, survivor.get("id"));
                survivor = company.collection("deals").get(survivor.get("id"));
            }
            Map<String, Object> data = switch (collection) {
                case "deals" -> Views.dealV1(company, survivor);
                case "persons" -> Views.personV1(company, survivor);
                default -> new LinkedHashMap<>(Map.of("id", survivor.get("id")));
            };
            if (!"organizations".equals(collection)) {
                data.put("merge_what_id", merged.get("id"));
            }
            return call.ok(data);
        };
    }

    /** The survivor keeps its values; empty ones are filled from the merged item; contact lists are joined. */
    @SuppressWarnings("unchecked")
    private static void absorb(Map<String, Object> survivor, Map<String, Object> merged, String now) {
        for (Map.Entry<String, Object> e : merged.entrySet()) {
            String key = e.getKey();
            if (key.equals("id") || key.equals("add_time")) {
                continue;
            }
            Object mine = survivor.get(key);
            if (key.equals("emails") || key.equals("phones")) {
                survivor.put(key, join((List<Object>) mine, (List<Object>) e.getValue()));
            } else if (key.equals("custom_fields")
                    && mine instanceof Map<?, ?> m
                    && e.getValue() instanceof Map<?, ?> theirs) {
                Map<String, Object> values = (Map<String, Object>) m;
                ((Map<String, Object>) theirs).forEach((k, v) -> {
                    if (values.get(k) == null) {
                        values.put(k, v);
                    }
                });
            } else if (mine == null) {
                survivor.put(key, e.getValue());
            }
        }
        survivor.put("update_time", now);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> join(List<Object> mine, List<Object> theirs) {
        List<Object> out = new ArrayList<>(mine == null ? List.of() : mine);
        if (theirs != null) {
            for (Object t : theirs) {
                Object value = t instanceof Map<?, ?> m ? m.get("value") : t;
                boolean known = out.stream()
                        .anyMatch(o -> o instanceof Map<?, ?> m
                                && String.valueOf(m.get("value")).equals(String.valueOf(value)));
                if (!known) {
                    Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) t);
                    copy.put("primary", false);
                    out.add(copy);
                }
            }
        }
        return out;
    }

    private static void relink(Company company, String collection, Object fromId, Object toId) {
        for (String[] ref : REFERENCES.getOrDefault(collection, new String[0][])) {
            var refs = company.collection(ref[0]);
            for (Map<String, Object> row : refs.where(r -> Views.sameId(r.get(ref[1]), fromId))) {
                refs.update(row.get(refs.idKey()), r -> r.put(ref[1], toId));
            }
        }
        String itemType = ITEM_TYPES.get(collection);
        var followers = company.collection("followers");
        for (Map<String, Object> f :
                followers.where(x -> itemType.equals(x.get("item_type")) && Views.sameId(x.get("item_id"), fromId))) {
            followers.update(f.get("id"), r -> r.put("item_id", toId));
        }
    }
}
