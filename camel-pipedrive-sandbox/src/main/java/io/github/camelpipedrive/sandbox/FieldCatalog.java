package io.github.camelpipedrive.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Field definitions of deals, persons, organizations and products: built-in fields plus seeded custom fields
 * with 40-hex keys, their v1 and v2 representations, and the check of v2 {@code custom_fields} values.
 */
final class FieldCatalog {

    /** The entities with seeded custom fields (and field write endpoints). */
    static final List<String> ENTITY_TYPES = List.of("deal", "person", "organization", "product");
    /** Every entity with field definitions: activities have built-in fields only (Pipedrive's activity fields). */
    static final List<String> FIELD_ENTITIES = List.of("deal", "person", "organization", "product", "activity");

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Set<String> OPTION_TYPES = Set.of("enum", "set");

    private final Company company;
    private final AtomicLong optionIds = new AtomicLong(100);

    FieldCatalog(Company company) {
        this.company = company;
    }

    /** The deterministic 40-hex key of a seeded custom field, so tests can name it across resets and runs. */
    static String customKey(String entityType, String name) {
        try {
            byte[] sha1 = MessageDigest.getInstance("SHA-1")
                    .digest((entityType + ":" + name).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha1);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    EntityStore.EntityCollection collection(String entityType) {
        return company.store().collection(entityType + "Fields");
    }

    void seed() {
        optionIds.set(100);
        for (String type : ENTITY_TYPES) {
            builtIns(type).forEach((code, spec) -> add(type, code, spec[0], spec[1], false, null));
            add(type, customKey(type, "Lead source"), "Lead source", "varchar", true, null);
            add(type, customKey(type, "Tier"), "Tier", "enum", true, List.of("Gold", "Silver", "Bronze"));
            add(
                    type,
                    customKey(type, "Interests"),
                    "Interests",
                    "set",
                    true,
                    List.of("Software", "Hardware", "Services"));
            add(type, customKey(type, "Budget"), "Budget", "monetary", true, null);
            add(type, customKey(type, "Renewal date"), "Renewal date", "date", true, null);
        }
        builtIns("activity").forEach((code, spec) -> add("activity", code, spec[0], spec[1], false, null));
    }

    private static Map<String, String[]> builtIns(String type) {
        Map<String, String[]> fields = new LinkedHashMap<>();
        // only types that both the v1 and v2 field schemas allow
        switch (type) {
            case "deal" -> {
                fields.put("title", new String[] {"Title", "varchar"});
                fields.put("value", new String[] {"Value", "monetary"});
                fields.put("person_id", new String[] {"Contact person", "people"});
                fields.put("org_id", new String[] {"Organization", "org"});
                fields.put("owner_id", new String[] {"Owner", "user"});
                fields.put("expected_close_date", new String[] {"Expected close date", "date"});
                fields.put("visible_to", new String[] {"Visible to", "visible_to"});
            }
            case "person" -> {
                fields.put("name", new String[] {"Name", "varchar"});
                fields.put("email", new String[] {"Email", "varchar"});
                fields.put("phone", new String[] {"Phone", "phone"});
                fields.put("org_id", new String[] {"Organization", "org"});
                fields.put("owner_id", new String[] {"Owner", "user"});
                fields.put("visible_to", new String[] {"Visible to", "visible_to"});
            }
            case "organization" -> {
                fields.put("name", new String[] {"Name", "varchar"});
                fields.put("address", new String[] {"Address", "address"});
                fields.put("owner_id", new String[] {"Owner", "user"});
                fields.put("visible_to", new String[] {"Visible to", "visible_to"});
            }
            case "activity" -> {
                fields.put("subject", new String[] {"Subject", "varchar"});
                fields.put("type", new String[] {"Type", "varchar"});
                fields.put("due_date", new String[] {"Due date", "date"});
                fields.put("due_time", new String[] {"Due time", "time"});
                fields.put("duration", new String[] {"Duration", "time"});
                fields.put("person_id", new String[] {"Contact person", "people"});
                fields.put("org_id", new String[] {"Organization", "org"});
                fields.put("owner_id", new String[] {"Assigned to user", "user"});
                fields.put("note", new String[] {"Note", "text"});
                fields.put("location", new String[] {"Location", "address"});
                fields.put("public_description", new String[] {"Public description", "text"});
            }
            default -> {
                fields.put("name", new String[] {"Name", "varchar"});
                fields.put("code", new String[] {"Product code", "varchar"});
                fields.put("description", new String[] {"Description", "text"});
                fields.put("unit", new String[] {"Unit", "varchar"});
                fields.put("tax", new String[] {"Tax", "double"});
                fields.put("owner_id", new String[] {"Owner", "user"});
            }
        }
        return fields;
    }

    /** Adds a field definition; {@code optionLabels} for enum and set fields. */
    Map<String, Object> add(
            String entityType, String code, String name, String fieldType, boolean custom, List<?> optionLabels) {
        Map<String, Object> f = new LinkedHashMap<>();
        String now = company.time().v2();
        f.put("field_code", code);
        f.put("field_name", name);
        f.put("field_type", fieldType);
        f.put("is_custom_field", custom);
        f.put("is_optional_response_field", false);
        f.put("options", OPTION_TYPES.contains(fieldType) ? options(optionLabels) : null);
        f.put("subfields", null);
        f.put("ui_visibility", new LinkedHashMap<>(Map.of("add_visible_flag", true, "details_visible_flag", true)));
        f.put("add_time", now);
        f.put("update_time", now);
        return collection(entityType).insert(f);
    }

    /** Makes option objects from labels (strings) or from {@code {label}} objects sent by a client. */
    List<Map<String, Object>> options(List<?> labels) {
        List<Map<String, Object>> options = new ArrayList<>();
        if (labels != null) {
            for (Object o : labels) {
                Object label = o instanceof Map<?, ?> m ? m.get("label") : o;
                Map<String, Object> option = new LinkedHashMap<>();
                option.put("id", optionIds.incrementAndGet());
                option.put("label", String.valueOf(label));
                options.add(option);
            }
        }
        return options;
    }

    Map<String, Object> byCode(String entityType, String code) {
        return collection(entityType).where(f -> code.equals(f.get("field_code"))).stream()
                .findFirst()
                .orElse(null);
    }

    List<Map<String, Object>> customFields(String entityType) {
        return collection(entityType).where(f -> Boolean.TRUE.equals(f.get("is_custom_field")));
    }

    /** v2 representation: {@code field_code, field_name, field_type, is_custom_field, options, ...}. */
    static Map<String, Object> v2(Map<String, Object> field) {
        Map<String, Object> out = new LinkedHashMap<>(field);
        out.remove("id");
        out.remove("add_time");
        out.remove("update_time");
        return out;
    }

    /** v1 representation: {@code id, key, name, field_type, options, edit_flag, ...}. */
    static Map<String, Object> v1(Map<String, Object> field, int order) {
        Map<String, Object> out = new LinkedHashMap<>();
        boolean custom = Boolean.TRUE.equals(field.get("is_custom_field"));
        out.put("id", field.get("id"));
        out.put("key", field.get("field_code"));
        out.put("name", field.get("field_name"));
        out.put("order_nr", order);
        out.put("field_type", field.get("field_type"));
        out.put("add_time", Timestamps.toV1(field.get("add_time")));
        out.put("update_time", Timestamps.toV1(field.get("update_time")));
        out.put("active_flag", true);
        out.put("edit_flag", custom);
        out.put("index_visible_flag", true);
        out.put("details_visible_flag", true);
        out.put("add_visible_flag", true);
        out.put("important_flag", false);
        out.put("bulk_edit_allowed", true);
        out.put("searchable_flag", custom);
        out.put("filtering_allowed", true);
        out.put("sortable_flag", true);
        out.put("mandatory_flag", false);
        out.put("options", field.get("options"));
        return out;
    }

    /**
     * Checks a v2 {@code custom_fields} object against the field definitions: option ids must exist, numbers must
     * be numbers, monetary values are {@code {value, currency}}. Unknown keys are dropped, as Pipedrive ignores
     * deleted fields.
     */
    Map<String, Object> checkV2(String entityType, Map<String, Object> values) {
        Map<String, Object> accepted = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : values.entrySet()) {
            Map<String, Object> field = byCode(entityType, e.getKey());
            if (field == null || !Boolean.TRUE.equals(field.get("is_custom_field"))) {
                continue;
            }
            Object value = e.getValue();
            if (value != null) {
                checkValue(field, value);
            }
            accepted.put(e.getKey(), value);
        }
        return accepted;
    }

    /**
     * Checks the v1 custom field values of a body whose custom fields are flat keys (leads, which use the deal
     * fields): {@code <key>} plus {@code <key>_currency}, {@code _until}, ... Option ids may be numbers or numeric
     * text, sets a comma-separated text or an array. Keys that name no field are left alone (stored as given).
     */
    void checkV1(String entityType, Map<String, Object> body) {
        for (Map.Entry<String, Object> e : body.entrySet()) {
            Map<String, Object> field = byCode(entityType, e.getKey());
            if (field == null || !Boolean.TRUE.equals(field.get("is_custom_field")) || e.getValue() == null) {
                continue;
            }
            Object value = e.getValue();
            String type = (String) field.get("field_type");
            String where = "Custom field \"" + field.get("field_name") + "\" (" + field.get("field_code") + ")";
            switch (type) {
                case "enum" -> requireOption(field, value, where);
                case "set" -> {
                    List<?> ids = value instanceof List<?> list
                            ? list
                            : value instanceof String s && !s.isBlank() ? List.of(s.split(",")) : List.of();
                    for (Object id : ids) {
                        requireOption(field, id instanceof String s ? s.trim() : id, where);
                    }
                }
                case "monetary", "double" -> {
                    if (!(value instanceof Number)
                            && !(value instanceof String s && s.trim().matches("-?\\d+(\\.\\d+)?"))) {
                        throw ApiError.badRequest(where + " must be a number.");
                    }
                }
                case "date" -> {
                    if (!(value instanceof String s) || !DATE.matcher(s).matches()) {
                        throw ApiError.badRequest(where + " must be a date (YYYY-MM-DD).");
                    }
                }
                default -> {
                    // other types are stored as given
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void checkValue(Map<String, Object> field, Object value) {
        String name = (String) field.get("field_name");
        String type = (String) field.get("field_type");
        String where = "Custom field \"" + name + "\" (" + field.get("field_code") + ")";
        switch (type) {
            case "enum" -> {
                if (!BodyRules.isIntegral(value)) {
                    throw ApiError.badRequest(where + " must be an option id (a number).");
                }
                requireOption(field, value, where);
            }
            case "set" -> {
                if (!(value instanceof List<?> list)) {
                    throw ApiError.badRequest(where + " must be an array of option ids.");
                }
                for (Object id : list) {
                    if (!BodyRules.isIntegral(id)) {
                        throw ApiError.badRequest(where + " must be an array of option ids (numbers).");
                    }
                    requireOption(field, id, where);
                }
            }
            case "monetary" -> {
                if (!(value instanceof Map<?, ?> m)
                        || !(m.get("value") instanceof Number)
                        || (m.get("currency") != null && !(m.get("currency") instanceof String))) {
                    throw ApiError.badRequest(where + " must be an object {\"value\": number, \"currency\": string}.");
                }
            }
            case "double" -> {
                if (!(value instanceof Number)) {
                    throw ApiError.badRequest(where + " must be a number.");
                }
            }
            case "date" -> {
                if (!(value instanceof String s) || !DATE.matcher(s).matches()) {
                    throw ApiError.badRequest(where + " must be a date (YYYY-MM-DD).");
                }
            }
            case "varchar", "text", "phone", "varchar_auto" -> {
                if (!(value instanceof String)) {
                    throw ApiError.badRequest(where + " must be a string.");
                }
            }
            case "user", "org", "people" -> {
                if (!BodyRules.isIntegral(value)) {
                    throw ApiError.badRequest(where + " must be an id (a number).");
                }
            }
            default -> {
                // other types are stored as given
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void requireOption(Map<String, Object> field, Object id, String where) {
        List<Map<String, Object>> options = (List<Map<String, Object>>) field.get("options");
        String wanted = BodyRules.text(id);
        boolean known = options != null
                && options.stream().anyMatch(o -> BodyRules.text(o.get("id")).equals(wanted));
        if (!known) {
            throw ApiError.badRequest(where + " has no option with id " + wanted + ".");
        }
    }
}
