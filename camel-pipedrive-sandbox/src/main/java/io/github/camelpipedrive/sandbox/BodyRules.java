package io.github.camelpipedrive.sandbox;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a route's request body must look like: required fields, declared types and allowed values.
 * Facts taken from Pipedrive's OpenAPI request schemas. On v2 routes types are strict (a string where a
 * number belongs is a 400); on v1 routes numbers and booleans sent as strings (form bodies) are coerced.
 * Messages follow Pipedrive's validator wording, e.g. {@code "outcome" is required.}
 */
final class BodyRules {

    enum Type {
        INT,
        NUMBER,
        BOOL,
        STRING,
        ARRAY,
        OBJECT
    }

    static final BodyRules NONE = new BodyRules();

    private final Set<String> required = new LinkedHashSet<>();
    private final Map<String, Type> types = new LinkedHashMap<>();
    private final Map<String, Set<String>> allowed = new LinkedHashMap<>();
    private boolean notEmpty;

    static BodyRules body() {
        return new BodyRules();
    }

    BodyRules required(String... names) {
        required.addAll(Arrays.asList(names));
        return this;
    }

    BodyRules ints(String... names) {
        return typed(Type.INT, names);
    }

    BodyRules numbers(String... names) {
        return typed(Type.NUMBER, names);
    }

    BodyRules bools(String... names) {
        return typed(Type.BOOL, names);
    }

    BodyRules strings(String... names) {
        return typed(Type.STRING, names);
    }

    BodyRules arrays(String... names) {
        return typed(Type.ARRAY, names);
    }

    BodyRules objects(String... names) {
        return typed(Type.OBJECT, names);
    }

    /** The field, when given, must be one of these values (compared as text, so {@code 1} matches "1"). */
    BodyRules oneOf(String name, String... values) {
        allowed.put(name, new LinkedHashSet<>(Arrays.asList(values)));
        return this;
    }

    /** Adds another rule set's requirements to this one (e.g. the required fields of a create on top of the update rules). */
    BodyRules also(BodyRules other) {
        required.addAll(other.required);
        types.putAll(other.types);
        allowed.putAll(other.allowed);
        notEmpty |= other.notEmpty;
        return this;
    }

    /** The body must carry at least one field (OpenAPI {@code minProperties: 1}). */
    BodyRules notEmpty() {
        notEmpty = true;
        return this;
    }

    private BodyRules typed(Type type, String... names) {
        for (String n : names) {
            types.put(n, type);
        }
        return this;
    }

    Set<String> requiredFields() {
        return required;
    }

    /** Validates, and on v1 coerces, the body's fields in place; throws {@link ApiError} with a 400. */
    void check(RequestBody body, ApiVersion version) {
        Map<String, Object> fields = body.fields();
        if (notEmpty && fields.isEmpty()) {
            throw ApiError.badRequest("Request body must contain at least one field.");
        }
        for (String name : required) {
            boolean present = "file".equals(name) && body.kind() == RequestBody.Kind.MULTIPART
                    ? body.file(name) != null
                    : fields.get(name) != null && !"".equals(fields.get(name));
            if (!present) {
                throw ApiError.badRequest("\"" + name + "\" is required.");
            }
        }
        for (Map.Entry<String, Type> e : types.entrySet()) {
            String name = e.getKey();
            Object value = fields.get(name);
            if (value == null || (body.kind() == RequestBody.Kind.MULTIPART && "file".equals(name))) {
                continue;
            }
            Object checked =
                    version == ApiVersion.V2 ? strict(name, e.getValue(), value) : lenient(name, e.getValue(), value);
            fields.put(name, checked);
        }
        for (Map.Entry<String, Set<String>> e : allowed.entrySet()) {
            Object value = fields.get(e.getKey());
            if (value != null && !e.getValue().contains(text(value))) {
                throw ApiError.badRequest(
                        "\"" + e.getKey() + "\" must be one of [" + String.join(", ", e.getValue()) + "].");
            }
        }
    }

    private static Object strict(String name, Type type, Object value) {
        boolean ok = switch (type) {
            case INT -> isIntegral(value);
            case NUMBER -> value instanceof Number;
            case BOOL -> value instanceof Boolean;
            case STRING -> value instanceof String;
            case ARRAY -> value instanceof List<?>;
            case OBJECT -> value instanceof Map<?, ?>;
        };
        if (!ok) {
            throw ApiError.badRequest(typeMessage(name, type, value));
        }
        return value;
    }

    private static Object lenient(String name, Type type, Object value) {
        if (!(value instanceof String s)) {
            return strict(name, type, value);
        }
        String t = s.trim();
        try {
            switch (type) {
                case INT:
                    return Long.parseLong(t);
                case NUMBER:
                    BigDecimal d = new BigDecimal(t);
                    return d.stripTrailingZeros().scale() <= 0 ? (Object) d.longValueExact() : (Object) d.doubleValue();
                case BOOL:
                    if (t.equals("true") || t.equals("1")) {
                        return true;
                    }
                    if (t.equals("false") || t.equals("0")) {
                        return false;
                    }
                    throw new NumberFormatException(t);
                default:
                    return strict(name, type, value);
            }
        } catch (NumberFormatException | ArithmeticException e) {
            throw ApiError.badRequest(typeMessage(name, type, value));
        }
    }

    private static String typeMessage(String name, Type type, Object value) {
        String what = switch (type) {
            case INT -> value instanceof Number ? "an integer" : "a number";
            case NUMBER -> "a number";
            case BOOL -> "a boolean";
            case STRING -> "a string";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
        };
        return "\"" + name + "\" must be " + what + ".";
    }

    static boolean isIntegral(Object value) {
        if (value instanceof Integer
                || value instanceof Long
                || value instanceof BigInteger
                || value instanceof Short) {
            return true;
        }
        if (value instanceof Double d) {
            return !d.isInfinite() && Math.rint(d) == d;
        }
        return value instanceof BigDecimal b && b.stripTrailingZeros().scale() <= 0;
    }

    /** The text a value is compared as: integral numbers without a decimal point. */
    static String text(Object value) {
        if (value instanceof Double d && Math.rint(d) == d && !Double.isInfinite(d)) {
            return Long.toString(d.longValue());
        }
        return String.valueOf(value);
    }
}
