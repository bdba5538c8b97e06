package io.github.camelpipedrive.sandbox;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks a JSON value against the subset of OpenAPI 3.0 schema that Pipedrive's response schemas use:
 * type, nullable, enum, format (date, date-time, uuid), properties, required, additionalProperties, items,
 * allOf, oneOf, anyOf. Returns the list of problems, each with a JSON pointer.
 */
final class SchemaValidator {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DATE_TIME =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?");
    private static final Pattern UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private SchemaValidator() {}

    static List<String> validate(Object value, Map<String, Object> schema) {
        List<String> errors = new ArrayList<>();
        check(value, schema, "", errors);
        return errors;
    }

    @SuppressWarnings("unchecked")
    private static void check(Object value, Map<String, Object> schema, String at, List<String> errors) {
        if (schema == null) {
            return;
        }
        for (Object sub : list(schema.get("allOf"))) {
            check(value, (Map<String, Object>) sub, at, errors);
        }
        if (schema.get("oneOf") != null) {
            int matches = 0;
            for (Object sub : list(schema.get("oneOf"))) {
                if (validate(value, (Map<String, Object>) sub).isEmpty()) {
                    matches++;
                }
            }
            if (matches != 1) {
                errors.add(at + ": matches " + matches + " of the oneOf schemas, expected exactly 1");
            }
        }
        if (schema.get("anyOf") != null) {
            boolean any = list(schema.get("anyOf")).stream()
                    .anyMatch(sub -> validate(value, (Map<String, Object>) sub).isEmpty());
            if (!any) {
                errors.add(at + ": matches none of the anyOf schemas");
            }
        }
        String type = (String) schema.get("type");
        if (value == null) {
            if (type != null && !Boolean.TRUE.equals(schema.get("nullable"))) {
                errors.add(at + ": null, but the schema is a non-nullable " + type);
            }
            return;
        }
        if (type != null && !hasType(value, type)) {
            errors.add(at + ": expected " + type + " but was " + describe(value));
            return;
        }
        if (schema.get("enum") != null) {
            List<Object> allowed = list(schema.get("enum"));
            boolean known = allowed.stream().anyMatch(e -> e != null && text(e).equals(text(value)));
            if (!known) {
                errors.add(at + ": " + value + " is not one of " + allowed);
            }
        }
        if (value instanceof String s && schema.get("format") != null) {
            String format = String.valueOf(schema.get("format"));
            Pattern p = switch (format) {
                case "date" -> DATE;
                case "date-time" -> DATE_TIME;
                case "uuid" -> UUID;
                default -> null;
            };
            if (p != null && !p.matcher(s).matches()) {
                errors.add(at + ": \"" + s + "\" is not a " + format);
            }
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> object = (Map<String, Object>) map;
            for (Object name : list(schema.get("required"))) {
                if (!object.containsKey(String.valueOf(name))) {
                    errors.add(at + ": required property \"" + name + "\" missing");
                }
            }
            Map<String, Object> properties = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
            Object additional = schema.get("additionalProperties");
            for (Map.Entry<String, Object> e : object.entrySet()) {
                Map<String, Object> propertySchema = (Map<String, Object>) properties.get(e.getKey());
                if (propertySchema != null) {
                    check(e.getValue(), propertySchema, at + "/" + e.getKey(), errors);
                } else if (Boolean.FALSE.equals(additional)) {
                    errors.add(at + ": property \"" + e.getKey() + "\" not allowed");
                } else if (additional instanceof Map<?, ?> extra) {
                    check(e.getValue(), (Map<String, Object>) extra, at + "/" + e.getKey(), errors);
                }
            }
        }
        if (value instanceof List<?> items && schema.get("items") instanceof Map<?, ?> itemSchema) {
            for (int i = 0; i < items.size(); i++) {
                check(items.get(i), (Map<String, Object>) itemSchema, at + "/" + i, errors);
            }
        }
    }

    private static boolean hasType(Object value, String type) {
        return switch (type) {
            case "object" -> value instanceof Map<?, ?>;
            case "array" -> value instanceof List<?>;
            case "string" -> value instanceof String;
            case "boolean" -> value instanceof Boolean;
            case "number" -> value instanceof Number;
            case "integer" ->
                value instanceof Integer
                        || value instanceof Long
                        || value instanceof BigInteger
                        || (value instanceof Double d && Math.rint(d) == d)
                        || (value instanceof BigDecimal b
                                && b.stripTrailingZeros().scale() <= 0);
            default -> true;
        };
    }

    private static String text(Object v) {
        if (v instanceof Number n && Math.rint(n.doubleValue()) == n.doubleValue()) {
            return Long.toString(n.longValue());
        }
        return String.valueOf(v);
    }

    private static String describe(Object value) {
        String v = String.valueOf(value);
        return value.getClass().getSimpleName() + " " + (v.length() > 60 ? v.substring(0, 60) + "..." : v);
    }

    private static List<Object> list(Object o) {
        return o instanceof List<?> l ? new ArrayList<>(l) : List.of();
    }
}
