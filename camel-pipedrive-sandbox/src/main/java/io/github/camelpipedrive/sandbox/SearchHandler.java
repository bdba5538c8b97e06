package io.github.camelpipedrive.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code GET /api/v2/{persons|organizations|deals|products}/search}: matches {@code term} against the requested
 * {@code fields}; with {@code exact_match=true} a whole value must equal the term (case-insensitive),
 * otherwise the term may appear anywhere. Answers {@code {items:[{result_score, item}]}}.
 */
final class SearchHandler {

    private SearchHandler() {}

    static Handler persons() {
        return search(
                "persons",
                "person",
                Set.of("name", "email", "phone", "notes", "custom_fields"),
                SearchHandler::personItem);
    }

    static Handler organizations() {
        return search(
                "organizations",
                "organization",
                Set.of("name", "address", "notes", "custom_fields"),
                SearchHandler::orgItem);
    }

    static Handler deals() {
        return search("deals", "deal", Set.of("title", "notes", "custom_fields"), SearchHandler::dealItem);
    }

    static Handler products() {
        return search("products", "product", Set.of("name", "code", "custom_fields"), SearchHandler::productItem);
    }

    private static Handler search(
            String collection,
            String type,
            Set<String> allowed,
            Function<Map<String, Object>, Map<String, Object>> item) {
        return call -> {
            String term = call.query("term");
            boolean exact = "true".equalsIgnoreCase(call.query("exact_match"));
            if (term == null || term.trim().length() < (exact ? 1 : 2)) {
                throw ApiError.badRequest("\"term\" must be at least " + (exact ? 1 : 2) + " characters long.");
            }
            List<String> fields = new ArrayList<>();
            String requested = call.query("fields");
            if (requested == null || requested.isBlank()) {
                fields.addAll(allowed);
            } else {
                for (String f : requested.split(",")) {
                    String name = f.trim();
                    if (!allowed.contains(name)) {
                        throw ApiError.badRequest("\"fields\" must be one of [" + String.join(", ", allowed) + "].");
                    }
                    fields.add(name);
                }
            }
            String needle = term.trim().toLowerCase(Locale.ROOT);
            List<Object> items = new ArrayList<>();
            for (Map<String, Object> record :
                    call.company().collection(collection).all()) {
                if (Boolean.TRUE.equals(record.get("is_deleted")) || !Crud.matches(call, record)) {
                    continue;
                }
                double score = score(record, fields, needle, exact);
                if (score > 0) {
                    Map<String, Object> hit = new LinkedHashMap<>();
                    hit.put("result_score", score);
                    Map<String, Object> it = item.apply(record);
                    it.put("type", type);
                    hit.put("item", Views.clean(it));
                    items.add(hit);
                }
            }
            items.sort((a, b) -> Double.compare(
                    (Double) ((Map<?, ?>) b).get("result_score"), (Double) ((Map<?, ?>) a).get("result_score")));
            int start = Paging.decode(call.query("cursor"));
            int limit = call.queryInt("limit", Paging.DEFAULT_LIMIT);
            int end = Math.min(items.size(), start + limit);
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("items", start >= items.size() ? List.of() : items.subList(start, end));
            Map<String, Object> additional = new LinkedHashMap<>();
            additional.put("next_cursor", end < items.size() ? Paging.encode(end) : null);
            return Answer.json(200, Envelope.success(data, additional));
        };
    }

    /**
     * {@code GET /api/v2/itemSearch}: the same matching over deals, persons, organizations and products at once
     * ({@code item_types} narrows them; of {@code fields}, each type uses the ones it has), best scores first.
     */
    static Handler items() {
        Map<String, Object[]> types = new LinkedHashMap<>();
        types.put("deal", new Object[] {
            "deals",
            Set.of("title", "notes", "custom_fields"),
            (Function<Map<String, Object>, Map<String, Object>>) SearchHandler::dealItem
        });
        types.put("person", new Object[] {
            "persons",
            Set.of("name", "email", "phone", "notes", "custom_fields"),
            (Function<Map<String, Object>, Map<String, Object>>) SearchHandler::personItem
        });
        types.put("organization", new Object[] {
            "organizations",
            Set.of("name", "address", "notes", "custom_fields"),
            (Function<Map<String, Object>, Map<String, Object>>) SearchHandler::orgItem
        });
        types.put("product", new Object[] {
            "products",
            Set.of("name", "code", "custom_fields"),
            (Function<Map<String, Object>, Map<String, Object>>) SearchHandler::productItem
        });
        return call -> {
            String term = call.query("term");
            boolean exact = "true".equalsIgnoreCase(call.query("exact_match"));
            if (term == null || term.trim().length() < (exact ? 1 : 2)) {
                throw ApiError.badRequest("\"term\" must be at least " + (exact ? 1 : 2) + " characters long.");
            }
            String wanted = call.query("item_types");
            String requested = call.query("fields");
            String needle = term.trim().toLowerCase(Locale.ROOT);
            List<Object> items = new ArrayList<>();
            for (Map.Entry<String, Object[]> type : types.entrySet()) {
                if (wanted != null
                        && !wanted.isBlank()
                        && !List.of(wanted.split(",")).contains(type.getKey())) {
                    continue;
                }
                @SuppressWarnings("unchecked")
                Set<String> allowed = (Set<String>) type.getValue()[1];
                List<String> fields = new ArrayList<>();
                for (String f : requested == null || requested.isBlank()
                        ? allowed.toArray(new String[0])
                        : requested.split(",")) {
                    if (allowed.contains(f.trim())) {
                        fields.add(f.trim());
                    }
                }
                @SuppressWarnings("unchecked")
                Function<Map<String, Object>, Map<String, Object>> item =
                        (Function<Map<String, Object>, Map<String, Object>>) type.getValue()[2];
                for (Map<String, Object> record :
                        call.company().collection((String) type.getValue()[0]).all()) {
                    double score =
                            Boolean.TRUE.equals(record.get("is_deleted")) ? 0 : score(record, fields, needle, exact);
                    if (score > 0) {
                        Map<String, Object> hit = new LinkedHashMap<>();
                        hit.put("result_score", score);
                        Map<String, Object> it = item.apply(record);
                        it.put("type", type.getKey());
                        hit.put("item", Views.clean(it));
                        items.add(hit);
                    }
                }
            }
            items.sort((a, b) -> Double.compare(
                    (Double) ((Map<?, ?>) b).get("result_score"), (Double) ((Map<?, ?>) a).get("result_score")));
            int start = Paging.decode(call.query("cursor"));
            int limit = call.queryInt("limit", Paging.DEFAULT_LIMIT);
            int end = Math.min(items.size(), start + limit);
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("items", start >= items.size() ? List.of() : items.subList(start, end));
            Map<String, Object> additional = new LinkedHashMap<>();
            additional.put("next_cursor", end < items.size() ? Paging.encode(end) : null);
            return Answer.json(200, Envelope.success(data, additional));
        };
    }

    private static double score(Map<String, Object> record, List<String> fields, String needle, boolean exact) {
        double best = 0;
        for (String field : fields) {
            for (String value : values(record, field)) {
                String v = value.toLowerCase(Locale.ROOT);
                if (v.equals(needle)) {
                    best = Math.max(best, 1.0);
                } else if (!exact && v.contains(needle)) {
                    best = Math.max(best, 0.5);
                }
            }
        }
        return best;
    }

    @SuppressWarnings("unchecked")
    private static List<String> values(Map<String, Object> record, String field) {
        List<String> out = new ArrayList<>();
        switch (field) {
            case "email" -> addContacts(record.get("emails"), out);
            case "phone" -> addContacts(record.get("phones"), out);
            case "address" -> {
                if (record.get("address") instanceof Map<?, ?> a && a.get("value") != null) {
                    out.add(String.valueOf(a.get("value")));
                }
            }
            case "custom_fields" -> {
                // the custom field types Pipedrive's search covers: text-like, double, monetary and address values
                if (record.get("custom_fields") instanceof Map<?, ?> m) {
                    for (Object v : ((Map<String, Object>) m).values()) {
                        Object value = v instanceof Map<?, ?> composite ? composite.get("value") : v;
                        if (value instanceof String text) {
                            out.add(text);
                        } else if (value instanceof Number n) {
                            out.add(new java.math.BigDecimal(n.toString())
                                    .stripTrailingZeros()
                                    .toPlainString());
                        }
                    }
                }
            }
            default -> {
                if (record.get(field) != null) {
                    out.add(String.valueOf(record.get(field)));
                }
            }
        }
        return out;
    }

    private static void addContacts(Object list, List<String> out) {
        if (list instanceof List<?> items) {
            for (Object o : items) {
                if (o instanceof Map<?, ?> m && m.get("value") != null) {
                    out.add(String.valueOf(m.get("value")));
                }
            }
        }
    }

    private static Map<String, Object> personItem(Map<String, Object> p) {
        Map<String, Object> it = base(p);
        it.put("name", p.get("name"));
        it.put("phones", contactValues(p.get("phones")));
        it.put("emails", contactValues(p.get("emails")));
        if (p.get("org_id") != null) {
            it.put("organization", Map.of("id", p.get("org_id")));
        }
        return it;
    }

    private static Map<String, Object> orgItem(Map<String, Object> o) {
        Map<String, Object> it = base(o);
        it.put("name", o.get("name"));
        if (o.get("address") instanceof Map<?, ?> a) {
            it.put("address", a.get("value"));
        }
        return it;
    }

    private static Map<String, Object> dealItem(Map<String, Object> d) {
        Map<String, Object> it = base(d);
        it.put("title", d.get("title"));
        it.put("value", d.get("value"));
        it.put("currency", d.get("currency"));
        it.put("status", d.get("status"));
        if (d.get("person_id") != null) {
            it.put("person", Map.of("id", d.get("person_id")));
        }
        if (d.get("org_id") != null) {
            it.put("organization", Map.of("id", d.get("org_id")));
        }
        return it;
    }

    private static Map<String, Object> productItem(Map<String, Object> p) {
        Map<String, Object> it = base(p);
        it.put("name", p.get("name"));
        it.put("code", p.get("code"));
        return it;
    }

    private static Map<String, Object> base(Map<String, Object> record) {
        Map<String, Object> it = new LinkedHashMap<>();
        it.put("id", record.get("id"));
        it.put("visible_to", record.get("visible_to"));
        it.put("owner", Map.of("id", record.get("owner_id")));
        it.put("custom_fields", new ArrayList<>());
        it.put("notes", new ArrayList<>());
        return it;
    }

    private static List<String> contactValues(Object list) {
        List<String> out = new ArrayList<>();
        addContacts(list, out);
        return out;
    }
}
