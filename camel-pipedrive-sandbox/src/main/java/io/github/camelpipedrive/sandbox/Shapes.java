package io.github.camelpipedrive.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The ways request bodies are applied to records; most entities just take the given fields. */
final class Shapes {

    private static final Set<String> NEVER_FROM_BODY = Set.of("id", "uuid", "company_id");

    private Shapes() {}

    /** Given fields overwrite stored ones (v1 PUT and v2 PATCH are both partial updates). */
    static final Shape PLAIN = (call, record, creating) -> copyFields(call.fields(), record);

    /** v2 entity with custom fields: plain fields, plus {@code custom_fields} checked and merged key by key. */
    static Shape v2Entity(String entityType) {
        return (call, record, creating) -> {
            Map<String, Object> body = call.fields();
            for (Map.Entry<String, Object> e : body.entrySet()) {
                if (!"custom_fields".equals(e.getKey()) && !NEVER_FROM_BODY.contains(e.getKey())) {
                    record.put(e.getKey(), Json.copy(e.getValue()));
                }
            }
            mergeCustomFields(call, entityType, record);
        };
    }

    @SuppressWarnings("unchecked")
    static void mergeCustomFields(Call call, String entityType, Map<String, Object> record) {
        Object given = call.fields().get("custom_fields");
        if (given == null) {
            return;
        }
        Map<String, Object> accepted = call.company().fields().checkV2(entityType, (Map<String, Object>) given);
        Map<String, Object> current =
                record.get("custom_fields") instanceof Map<?, ?> m ? (Map<String, Object>) m : new LinkedHashMap<>();
        current.putAll(Json.copy(accepted));
        record.put("custom_fields", current);
    }

    /** v2 persons: {@code name} or first and last name; emails/phones get a label and one primary entry. */
    static final Shape PERSON = (call, record, creating) -> {
        v2Entity("person").apply(call, record, creating);
        if (record.get("name") == null && record.get("first_name") != null && record.get("last_name") != null) {
            record.put("name", record.get("first_name") + " " + record.get("last_name"));
        }
        if (creating && record.get("name") == null) {
            throw ApiError.badRequest("\"name\" is required.");
        }
        for (String list : List.of("emails", "phones", "im")) {
            record.put(list, contactList(record.get(list), list));
        }
    };

    @SuppressWarnings("unchecked")
    private static List<Object> contactList(Object value, String field) {
        if (value == null) {
            return "im".equals(field) ? null : new ArrayList<>();
        }
        List<Object> out = new ArrayList<>();
        boolean anyPrimary = false;
        for (Object o : (List<Object>) value) {
            if (!(o instanceof Map<?, ?> m) || !(m.get("value") instanceof String)) {
                throw ApiError.badRequest("\"" + field + "\" items must be objects with a string \"value\".");
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("value", m.get("value"));
            Object primary = m.get("primary");
            if (primary != null && !(primary instanceof Boolean)) {
                throw ApiError.badRequest("\"" + field + ".primary\" must be a boolean.");
            }
            boolean isPrimary = Boolean.TRUE.equals(primary) && !anyPrimary;
            anyPrimary |= isPrimary;
            entry.put("primary", isPrimary);
            entry.put("label", m.get("label") == null ? "work" : String.valueOf(m.get("label")));
            out.add(entry);
        }
        if (!anyPrimary && !out.isEmpty()) {
            ((Map<String, Object>) out.get(0)).put("primary", true);
        }
        return out;
    }

    /** v2 activities: the primary participant becomes {@code person_id} (read-only in v2). */
    @SuppressWarnings("unchecked")
    static final Shape ACTIVITY = (call, record, creating) -> {
        call.fields().remove("person_id");
        copyFields(call.fields(), record);
        Object participants = record.get("participants");
        if (participants instanceof List<?> list) {
            for (Object p : list) {
                if (p instanceof Map<?, ?> m && Boolean.TRUE.equals(m.get("primary"))) {
                    record.put("person_id", m.get("person_id"));
                }
            }
        }
    };

    /** v1 notes: pin flags arrive as 0/1 and are shown as booleans. */
    static final Shape NOTE = (call, record, creating) -> {
        copyFields(call.fields(), record);
        for (Map.Entry<String, Object> e : new ArrayList<>(record.entrySet())) {
            if (e.getKey().startsWith("pinned_to_") && e.getValue() instanceof Number n) {
                record.put(e.getKey(), n.intValue() == 1);
            }
        }
        if (creating
                && record.get("deal_id") == null
                && record.get("person_id") == null
                && record.get("org_id") == null
                && record.get("lead_id") == null
                && record.get("project_id") == null
                && record.get("task_id") == null) {
            throw ApiError.badRequest(
                    "One of \"deal_id\", \"person_id\", \"org_id\", \"lead_id\", \"project_id\" or \"task_id\" is required.");
        }
    };

    /**
     * Goals: the given fields, with {@code assignee.id} and {@code expected_outcome.target} kept as integers, as
     * Pipedrive's response schema has them, even when the request gave them as numeric strings.
     */
    @SuppressWarnings("unchecked")
    static final Shape GOAL = (call, record, creating) -> {
        copyFields(call.fields(), record);
        if (record.get("assignee") instanceof Map<?, ?> assignee) {
            integer((Map<String, Object>) assignee, "id");
        }
        if (record.get("expected_outcome") instanceof Map<?, ?> outcome) {
            integer((Map<String, Object>) outcome, "target");
        }
    };

    private static void integer(Map<String, Object> map, String key) {
        Object value = map.get(key);
        if (value instanceof String text) {
            try {
                map.put(key, Long.parseLong(text.trim()));
            } catch (NumberFormatException ignored) {
                // not a whole number: left as given
            }
        } else if (value instanceof Number n
                && !(value instanceof Long || value instanceof Integer)
                && n.doubleValue() == Math.rint(n.doubleValue())) {
            map.put(key, n.longValue());
        }
    }

    static void copyFields(Map<String, Object> body, Map<String, Object> record) {
        body.forEach((k, v) -> {
            if (!NEVER_FROM_BODY.contains(k)) {
                record.put(k, Json.copy(v));
            }
        });
    }
}
