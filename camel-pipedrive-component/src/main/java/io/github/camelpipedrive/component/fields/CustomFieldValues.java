package io.github.camelpipedrive.component.fields;

import static io.github.camelpipedrive.component.support.Values.describe;
import static io.github.camelpipedrive.component.support.Values.plain;

import io.github.camelpipedrive.component.catalog.ApiVersion;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns a custom field's value, as a route conveniently gives it, into the shape Pipedrive's API version requires:
 * option labels become option ids, monetary, range, time and address values become v2 objects or v1 flat keys
 * ({@code <key>_currency}, {@code <key>_until}, ...). What each type accepts is listed in
 * docs/custom-fields-and-upsert.md; anything else fails before sending, naming the field.
 */
final class CustomFieldValues {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})(?::(\\d{2}))?");
    private static final Pattern MONEY =
            Pattern.compile("(?:([A-Za-z]{3})\\s*)?(-?\\d+(?:\\.\\d+)?)(?:\\s*([A-Za-z]{3}))?");
    private static final DateTimeFormatter HH_MM_SS = DateTimeFormatter.ofPattern("HH:mm:ss");

    private CustomFieldValues() {}

    /** Whether a field of this type takes {@code part} as a separate {@code <field>_<part>} key. */
    static boolean takesPart(FieldType type, String part) {
        return type.parts().contains(part);
    }

    /** The parts any type takes, longest first, for splitting {@code Budget_currency} into field and part. */
    static List<String> allParts() {
        return Arrays.stream(FieldType.values())
                .flatMap(t -> t.parts().stream())
                .distinct()
                .sorted((a, b) -> b.length() - a.length())
                .collect(Collectors.toList());
    }

    /**
     * The body entries for one custom field.
     *
     * @param value   the value as given ({@code null} clears the field)
     * @param parts   sub-values given as separate keys ({@code currency}, {@code until}, ...), possibly empty
     * @param version v2: one entry {@code key -> value} for the {@code custom_fields} object; v1: the flat keys
     */
    static Map<String, Object> shape(FieldDefinition field, Object value, Map<String, Object> parts, ApiVersion version)
            throws FieldValueException {
        Map<String, Object> out = new LinkedHashMap<>();
        String key = field.key();
        if (value == null) {
            out.put(key, null);
            return out;
        }
        switch (field.fieldType()) {
            case VARCHAR, VARCHAR_AUTO, TEXT, PHONE -> out.put(key, text(field, value));
            case DOUBLE -> out.put(key, number(field, value));
            case USER, ORG, PEOPLE -> out.put(key, id(field, value));
            case ENUM -> out.put(key, optionId(field, value));
            case SET -> {
                List<Object> ids = optionIds(field, value);
                out.put(
                        key,
                        version == ApiVersion.V2
                                ? ids
                                : ids.stream().map(FieldDefinition::idText).collect(Collectors.joining(",")));
            }
            case DATE -> out.put(key, date(field, value));
            case MONETARY -> monetary(field, value, parts, version, out);
            case DATERANGE -> dateRange(field, value, parts, version, out);
            case TIME -> time(field, value, parts, version, out);
            case TIMERANGE -> timeRange(field, value, parts, version, out);
            case ADDRESS -> address(field, value, parts, version, out);
            case OTHER -> out.put(key, value); // a type this component does not know: sent as given
        }
        return out;
    }

    // ---- simple types ----

    private static String text(FieldDefinition field, Object value) throws FieldValueException {
        if (value instanceof CharSequence
                || value instanceof Number
                || value instanceof Boolean
                || value instanceof Character) {
            return value instanceof Number n ? plain(n) : value.toString();
        }
        throw problem(field, "must be text, got " + describe(value));
    }

    private static Number number(FieldDefinition field, Object value) throws FieldValueException {
        if (value instanceof Number n) {
            if (n instanceof Double d && (d.isNaN() || d.isInfinite())) {
                throw problem(field, "must be a finite number, got " + d);
            }
            return n;
        }
        if (value instanceof CharSequence text) {
            Number parsed = parseNumber(text.toString());
            if (parsed != null) {
                return parsed;
            }
        }
        throw problem(field, "must be a number, got " + describe(value));
    }

    /** Whole numbers as Long, others as Double; {@code null} when the text is not a plain decimal number. */
    static Number parseNumber(String text) {
        String trimmed = text.trim();
        if (!looksNumeric(trimmed)) {
            return null; // checked first: a NumberFormatException costs more than the whole resolution
        }
        try {
            BigDecimal decimal = new BigDecimal(trimmed);
            boolean fitsLong = decimal.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0;
            if (decimal.stripTrailingZeros().scale() <= 0 && fitsLong) {
                return decimal.longValueExact();
            }
            return decimal.doubleValue();
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    private static boolean looksNumeric(String text) {
        if (text.isEmpty() || text.length() > 40) {
            return false;
        }
        boolean digit = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (!(c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
                return false;
            }
        }
        return digit;
    }

    private static Object id(FieldDefinition field, Object value) throws FieldValueException {
        Object id = value instanceof Map<?, ?> map ? (map.get("id") != null ? map.get("id") : map.get("value")) : value;
        Long whole = wholeNumber(id);
        if (whole == null || whole <= 0) {
            throw problem(
                    field,
                    "must be the id (a positive whole number) of "
                            + switch (field.fieldType()) {
                                case USER -> "a user";
                                case ORG -> "an organization";
                                default -> "a person";
                            }
                            + ", got " + describe(value));
        }
        return whole;
    }

    private static Long wholeNumber(Object value) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof BigInteger b && b.bitLength() < 63) {
            return b.longValue();
        }
        if (value instanceof Number n) {
            Number parsed = parseNumber(n.toString());
            return parsed instanceof Long l ? l : null;
        }
        if (value instanceof CharSequence text && text.toString().trim().matches("\\d{1,18}")) {
            return Long.parseLong(text.toString().trim());
        }
        return null;
    }

    private static String date(FieldDefinition field, Object value) throws FieldValueException {
        LocalDate date = toDate(value);
        if (date == null) {
            throw problem(field, "must be a date as YYYY-MM-DD (or a java.time date), got " + describe(value));
        }
        return date.toString();
    }

    private static LocalDate toDate(Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof LocalDateTime d) {
            return d.toLocalDate();
        }
        if (value instanceof OffsetDateTime d) {
            return d.toLocalDate();
        }
        if (value instanceof ZonedDateTime d) {
            return d.toLocalDate();
        }
        if (value instanceof CharSequence text
                && DATE.matcher(text.toString().trim()).matches()) {
            String date = text.toString().trim();
            try {
                return LocalDate.of(
                        Integer.parseInt(date, 0, 4, 10),
                        Integer.parseInt(date, 5, 7, 10),
                        Integer.parseInt(date, 8, 10, 10));
            } catch (java.time.DateTimeException e) {
                return null;
            }
        }
        return null;
    }

    private static String timeOfDay(Object value) {
        if (value instanceof LocalTime t) {
            return t.format(HH_MM_SS);
        }
        if (value instanceof OffsetTime t) {
            return t.toLocalTime().format(HH_MM_SS);
        }
        if (value instanceof CharSequence text) {
            Matcher m = TIME.matcher(text.toString().trim());
            if (m.matches()) {
                int h = Integer.parseInt(m.group(1));
                int min = Integer.parseInt(m.group(2));
                int s = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
                if (h < 24 && min < 60 && s < 60) {
                    return String.format(Locale.ROOT, "%02d:%02d:%02d", h, min, s);
                }
            }
        }
        return null;
    }

    // ---- options ----

    private static Object optionId(FieldDefinition field, Object value) throws FieldValueException {
        Object given =
                value instanceof Map<?, ?> map ? (map.get("id") != null ? map.get("id") : map.get("label")) : value;
        if (given instanceof Collection<?> || (given != null && given.getClass().isArray())) {
            throw problem(field, "takes one option (a label or an option id), got a list");
        }
        FieldOption option = option(field, given);
        return wireId(option);
    }

    private static List<Object> optionIds(FieldDefinition field, Object value) throws FieldValueException {
        List<Object> given;
        if (value instanceof Collection<?> list) {
            given = new ArrayList<>(list);
        } else if (value instanceof Object[] array) {
            given = Arrays.asList(array);
        } else if (value instanceof CharSequence text) {
            String s = text.toString();
            // a label may itself contain commas: the whole text first, then its comma-separated parts
            if (!field.optionsByLabel(s).isEmpty() || s.isBlank()) {
                given = s.isBlank() ? List.of() : List.of(s);
            } else {
                given = new ArrayList<>(Arrays.asList(s.split(",")));
            }
        } else {
            given = List.of(value);
        }
        List<Object> ids = new ArrayList<>(given.size());
        for (Object one : given) {
            Object id = wireId(option(
                    field,
                    one instanceof Map<?, ?> map ? (map.get("id") != null ? map.get("id") : map.get("label")) : one));
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids;
    }

    /** The option a label or id names: a label first (labels may look like numbers), then an id. */
    private static FieldOption option(FieldDefinition field, Object given) throws FieldValueException {
        if (given instanceof CharSequence text) {
            List<FieldOption> byLabel = field.optionsByLabel(text.toString());
            if (byLabel.size() == 1) {
                return byLabel.get(0);
            }
            if (byLabel.size() > 1) {
                throw problem(
                        field,
                        "has " + byLabel.size() + " options labelled '"
                                + text.toString().trim()
                                + "' (ids "
                                + byLabel.stream()
                                        .map(o -> FieldDefinition.idText(o.id()))
                                        .collect(Collectors.joining(", "))
                                + "); give the option id instead");
            }
        }
        if (given instanceof Number || given instanceof CharSequence) {
            FieldOption byId = field.optionById(given);
            if (byId != null) {
                return byId;
            }
        }
        List<String> labels = field.options().stream().map(FieldOption::label).collect(Collectors.toList());
        String closest = NameSuggestions.describe(String.valueOf(given), labels);
        throw problem(
                field,
                "has no option " + describe(given)
                        + (closest.isEmpty() ? "" : "; did you mean " + closest + "?")
                        + " Its options: "
                        + (labels.size() <= 12 ? String.join(", ", labels) : labels.size() + " labels"));
    }

    /** v2 insists on numbers; a numeric text id becomes one. */
    private static Object wireId(FieldOption option) {
        Object id = option.id();
        if (id instanceof CharSequence text) {
            Long whole = wholeNumber(text);
            return whole != null ? whole : id;
        }
        return id;
    }

    // ---- composite types ----

    private static void monetary(
            FieldDefinition field, Object value, Map<String, Object> parts, ApiVersion version, Map<String, Object> out)
            throws FieldValueException {
        Object amount;
        Object currency = parts.get("currency");
        if (value instanceof Map<?, ?> map) {
            amount = map.containsKey("value") ? map.get("value") : map.get("amount");
            if (map.get("currency") != null) {
                currency = map.get("currency");
            }
            unexpectedKeys(field, map, Set.of("value", "amount", "currency"));
        } else if (value instanceof CharSequence text && !(parseNumber(text.toString()) instanceof Number)) {
            Matcher m = MONEY.matcher(text.toString().trim());
            if (!m.matches() || (m.group(1) != null && m.group(3) != null)) {
                throw problem(
                        field,
                        "must be an amount: a number, \"500 EUR\", or {\"value\": 500, \"currency\": "
                                + "\"EUR\"}; got " + describe(value));
            }
            amount = parseNumber(m.group(2));
            String code = m.group(1) != null ? m.group(1) : m.group(3);
            if (code != null) {
                currency = code.toUpperCase(Locale.ROOT);
            }
        } else {
            amount = value;
        }
        Number number = amount == null ? null : number(field, amount);
        if (number == null) {
            throw problem(field, "needs an amount (\"value\")");
        }
        if (currency != null && !(currency instanceof CharSequence)) {
            throw problem(field, "takes its currency as a code such as \"EUR\", got " + describe(currency));
        }
        String code = currency == null ? null : currency.toString().trim();
        if (version == ApiVersion.V2) {
            Map<String, Object> money = new LinkedHashMap<>();
            money.put("value", number);
            if (code != null) {
                money.put("currency", code);
            }
            out.put(field.key(), money);
        } else {
            out.put(field.key(), number);
            if (code != null) {
                out.put(field.key() + "_currency", code);
            }
        }
    }

    private static void dateRange(
            FieldDefinition field, Object value, Map<String, Object> parts, ApiVersion version, Map<String, Object> out)
            throws FieldValueException {
        Object[] range = range(field, value, parts, "2026-01-01", "2026-01-31");
        String start = date(field, range[0]);
        String until = date(field, range[1]);
        if (until.compareTo(start) < 0) {
            throw problem(field, "ends (" + until + ") before it starts (" + start + ")");
        }
        if (version == ApiVersion.V2) {
            out.put(field.key(), orderedMap("value", start, "until", until));
        } else {
            out.put(field.key(), start);
            out.put(field.key() + "_until", until);
        }
    }

    private static void time(
            FieldDefinition field, Object value, Map<String, Object> parts, ApiVersion version, Map<String, Object> out)
            throws FieldValueException {
        Map<String, Object> zone = zone(parts);
        Object time = value;
        if (value instanceof Map<?, ?> map) {
            time = map.get("value");
            copyZone(map, zone);
            unexpectedKeys(field, map, Set.of("value", "timezone_name", "timezone_id"));
        }
        String clock = timeOfDay(time);
        if (clock == null) {
            throw problem(
                    field,
                    "must be a time of day as HH:MM or HH:MM:SS (or a java.time LocalTime), got " + describe(time));
        }
        writeTimes(field, version, out, clock, null, zone);
    }

    private static void timeRange(
            FieldDefinition field, Object value, Map<String, Object> parts, ApiVersion version, Map<String, Object> out)
            throws FieldValueException {
        Map<String, Object> zone = zone(parts);
        if (value instanceof Map<?, ?> map) {
            copyZone(map, zone);
        }
        Object[] range = range(field, value, parts, "09:00", "17:00");
        String start = timeOfDay(range[0]);
        String until = timeOfDay(range[1]);
        if (start == null || until == null) {
            throw problem(
                    field,
                    "must be two times of day as HH:MM or HH:MM:SS, got "
                            + describe(start == null ? range[0] : range[1]));
        }
        writeTimes(field, version, out, start, until, zone);
    }

    private static void writeTimes(
            FieldDefinition field,
            ApiVersion version,
            Map<String, Object> out,
            String start,
            String until,
            Map<String, Object> zone)
            throws FieldValueException {
        if (version == ApiVersion.V2) {
            Map<String, Object> time = new LinkedHashMap<>();
            time.put("value", start);
            if (until != null) {
                time.put("until", until);
            }
            time.putAll(zone);
            out.put(field.key(), time);
        } else {
            if (zone.containsKey("timezone_name")) {
                throw problem(field, "takes its time zone as timezone_id on v1 operations (timezone_name is v2's)");
            }
            out.put(field.key(), start);
            if (until != null) {
                out.put(field.key() + "_until", until);
            }
            if (zone.containsKey("timezone_id")) {
                out.put(field.key() + "_timezone_id", zone.get("timezone_id"));
            }
        }
    }

    private static Map<String, Object> zone(Map<String, Object> parts) {
        Map<String, Object> zone = new LinkedHashMap<>();
        for (String name : List.of("timezone_name", "timezone_id")) {
            if (parts.get(name) != null) {
                zone.put(name, parts.get(name));
            }
        }
        return zone;
    }

    private static void copyZone(Map<?, ?> map, Map<String, Object> zone) {
        for (String name : List.of("timezone_name", "timezone_id")) {
            if (map.get(name) != null) {
                zone.put(name, map.get(name));
            }
        }
    }

    /** A start and an end: {value|start|from, until|end|to}, a two-element list, "a/b", or a value plus _until. */
    private static Object[] range(
            FieldDefinition field, Object value, Map<String, Object> parts, String exampleFrom, String exampleTo)
            throws FieldValueException {
        Object start = null;
        Object until = parts.get("until");
        if (value instanceof Map<?, ?> map) {
            start = first(map, "value", "start", "from");
            Object end = first(map, "until", "end", "to");
            if (end != null) {
                until = end;
            }
            unexpectedKeys(
                    field, map, Set.of("value", "start", "from", "until", "end", "to", "timezone_name", "timezone_id"));
        } else if (value instanceof List<?> list && list.size() == 2) {
            start = list.get(0);
            until = list.get(1);
        } else if (value instanceof Object[] array && array.length == 2) {
            start = array[0];
            until = array[1];
        } else if (value instanceof CharSequence text && text.toString().contains("/")) {
            String[] halves = text.toString().split("/", 2);
            start = halves[0].trim();
            until = halves[1].trim();
        } else {
            start = value;
        }
        if (start == null || until == null) {
            throw problem(
                    field,
                    "is a range and needs a start and an end, e.g. {\"value\": \"" + exampleFrom
                            + "\", \"until\": \"" + exampleTo + "\"} or [\"" + exampleFrom + "\", \"" + exampleTo
                            + "\"]; got "
                            + describe(value));
        }
        return new Object[] {start, until};
    }

    private static void address(
            FieldDefinition field, Object value, Map<String, Object> parts, ApiVersion version, Map<String, Object> out)
            throws FieldValueException {
        Map<String, Object> address = new LinkedHashMap<>();
        if (value instanceof Map<?, ?> map) {
            unexpectedKeys(field, map, union(FieldType.ADDRESS.parts(), Set.of("value")));
            map.forEach((k, v) -> address.put(String.valueOf(k), v));
        } else if (value instanceof CharSequence text) {
            address.put("value", text.toString());
        } else {
            throw problem(
                    field,
                    "must be an address: text, or {\"value\": \"...\", \"locality\": ..., ...}; got "
                            + describe(value));
        }
        parts.forEach(address::putIfAbsent);
        if (!(address.get("value") instanceof CharSequence)) {
            throw problem(field, "needs the whole address as text in \"value\"");
        }
        if (version == ApiVersion.V2) {
            Map<String, Object> ordered = new LinkedHashMap<>();
            ordered.put("value", address.remove("value"));
            ordered.putAll(address);
            out.put(field.key(), ordered);
        } else {
            out.put(field.key(), address.remove("value"));
            address.forEach((part, v) -> out.put(field.key() + "_" + part, v));
        }
    }

    // ---- helpers ----

    private static Object first(Map<?, ?> map, String... names) {
        for (String name : names) {
            if (map.get(name) != null) {
                return map.get(name);
            }
        }
        return null;
    }

    private static void unexpectedKeys(FieldDefinition field, Map<?, ?> map, Set<String> allowed)
            throws FieldValueException {
        for (Object k : map.keySet()) {
            if (!allowed.contains(String.valueOf(k))) {
                throw problem(
                        field,
                        "has no part '" + k + "' (it takes "
                                + allowed.stream().sorted().collect(Collectors.joining(", ")) + ")");
            }
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static Map<String, Object> orderedMap(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(k1, v1);
        map.put(k2, v2);
        return map;
    }

    private static FieldValueException problem(FieldDefinition field, String what) {
        return new FieldValueException("custom field '" + field.name() + "' (" + field.type() + ") " + what);
    }
}
