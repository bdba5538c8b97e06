package io.github.camelpipedrive.component.request;

import io.github.camelpipedrive.component.catalog.Paging;
import io.github.camelpipedrive.component.catalog.PipedriveOperation;
import io.github.camelpipedrive.component.catalog.QueryParameter;
import io.github.camelpipedrive.component.error.PipedriveValidationException;
import io.github.camelpipedrive.component.error.PipedriveValidationException.Reason;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Builds and checks an operation's query string: the endpoint's {@code query.<name>} options, overridden per parameter
 * by the message's {@code CamelPipedriveQuery} header (a Map or a query string). Every name must be one the operation
 * documents, every value of the documented type and within the allowed values; required parameters and a search's
 * minimum term length are checked too. All of it happens before anything is sent.
 */
public final class QueryResolver {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d+");
    private static final Pattern SORT_SUFFIX = Pattern.compile("(?i)\\s+(asc|desc)$");

    private QueryResolver() {}

    /**
     * The checked query parameters, in Pipedrive's names and as the text they are sent as, endpoint options first.
     *
     * @param fromEndpoint the endpoint's {@code query.*} options, or {@code null}
     * @param fromMessage  the {@code CamelPipedriveQuery} header: a Map, a query string, or {@code null}
     */
    public static Map<String, String> resolve(
            PipedriveOperation op, Map<String, Object> fromEndpoint, Object fromMessage)
            throws PipedriveValidationException {
        Map<String, Object> given = new LinkedHashMap<>();
        if (fromEndpoint != null) {
            given.putAll(fromEndpoint);
        }
        given.putAll(fromHeader(op, fromMessage));
        Map<String, String> query = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : given.entrySet()) {
            QueryParameter param = op.queryParameter(e.getKey());
            if (param == null) {
                throw unknown(op, e.getKey());
            }
            String text = text(op, param, e.getValue());
            if (text != null) {
                query.put(param.name(), text);
            }
        }
        for (QueryParameter param : op.queryParameters()) {
            if (param.required() && !query.containsKey(param.name())) {
                throw new PipedriveValidationException(
                        op.key(),
                        param.name(),
                        Reason.MISSING_REQUIRED,
                        "query parameter '" + param.name()
                                + "' is required: set the endpoint option query." + param.name()
                                + " or put it in the header "
                                + "CamelPipedriveQuery");
            }
        }
        checkSearchTerm(op, query);
        return query;
    }

    /** Whether a name is one of the operation's query parameters, for checking endpoint options when they are set. */
    public static void checkName(PipedriveOperation op, String name) throws PipedriveValidationException {
        if (op.queryParameter(name) == null) {
            throw unknown(op, name);
        }
    }

    /** {@code a=1&b=two%20words}: names and values percent-encoded, spaces as %20. */
    public static String encode(Map<String, String> query) {
        return query.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> fromHeader(PipedriveOperation op, Object header)
            throws PipedriveValidationException {
        if (header == null) {
            return Map.of();
        }
        if (header instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), v));
            return out;
        }
        if (header instanceof CharSequence text) {
            Map<String, Object> out = new LinkedHashMap<>();
            String s = text.toString().trim();
            if (s.startsWith("?")) {
                s = s.substring(1);
            }
            for (String pair : s.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                out.put(name, value);
            }
            return out;
        }
        throw new PipedriveValidationException(
                op.key(),
                "CamelPipedriveQuery",
                Reason.INVALID_VALUE,
                "the header CamelPipedriveQuery must " + "be a Map or a query string (status=open&owner_id=7), not "
                        + header.getClass().getName());
    }

    /** The value as sent, or {@code null} for "not given"; refuses values of the wrong kind. */
    private static String text(PipedriveOperation op, QueryParameter param, Object value)
            throws PipedriveValidationException {
        if (value == null || (value instanceof CharSequence cs && cs.toString().isEmpty())) {
            return null;
        }
        String name = param.name();
        switch (param.type()) {
            case INTEGER -> {
                String text = number(value);
                if (!WHOLE_NUMBER.matcher(text).matches()) {
                    throw invalid(op, name, "a whole number", value);
                }
                if (param.maximum() != null
                        && new BigDecimal(text).compareTo(BigDecimal.valueOf(param.maximum())) > 0) {
                    throw new PipedriveValidationException(
                            op.key(),
                            name,
                            Reason.INVALID_VALUE,
                            "query parameter '" + name + "' must be at most " + param.maximum() + ", got " + text);
                }
                checkAllowed(op, param, List.of(text));
                return text;
            }
            case NUMBER -> {
                Object v = value instanceof Boolean flag ? (flag ? 1 : 0) : value;
                String text = number(v);
                try {
                    new BigDecimal(text);
                } catch (NumberFormatException e) {
                    throw invalid(
                            op,
                            name,
                            "a number"
                                    + (param.allowed().isEmpty() ? "" : " (one of " + describe(param.allowed()) + ")"),
                            value);
                }
                checkAllowed(op, param, List.of(text));
                return text;
            }
            case BOOLEAN -> {
                String text = value.toString().trim().toLowerCase(Locale.ROOT);
                if (!text.equals("true") && !text.equals("false")) {
                    throw invalid(op, name, "true or false", value);
                }
                return text;
            }
            case INTEGER_LIST -> {
                List<String> items = items(value);
                for (String item : items) {
                    if (!WHOLE_NUMBER.matcher(item).matches()) {
                        throw invalid(op, name, "whole numbers (a list, or text separated by commas)", value);
                    }
                }
                return String.join(",", items);
            }
            default -> {
                if (value instanceof Map<?, ?>) {
                    throw invalid(op, name, "a single value or a list", value);
                }
                List<String> items = value instanceof TemporalAccessor time ? List.of(time(time)) : items(value);
                if (!param.allowed().isEmpty()) {
                    checkAllowed(op, param, items);
                }
                return String.join(",", items);
            }
        }
    }

    /** Times as RFC 3339 with seconds ({@code 2026-11-01T08:30:00Z}), what Pipedrive's filters such as updated_since take. */
    private static String time(TemporalAccessor value) {
        java.time.format.DateTimeFormatter rfc3339 =
                java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
        if (value instanceof java.time.Instant instant) {
            return rfc3339.format(instant.atOffset(java.time.ZoneOffset.UTC));
        }
        if (value instanceof java.time.OffsetDateTime || value instanceof java.time.ZonedDateTime) {
            return rfc3339.format(value);
        }
        return value.toString();
    }

    /** Pipedrive takes several values of a list parameter comma-separated: a collection, an array or such text. */
    private static List<String> items(Object value) {
        List<String> items = new ArrayList<>();
        if (value instanceof Collection<?> collection) {
            collection.forEach(v -> items.add(number(v)));
        } else if (value instanceof Object[] array) {
            for (Object v : array) {
                items.add(number(v));
            }
        } else if (value instanceof int[] ints) {
            for (int v : ints) {
                items.add(Integer.toString(v));
            }
        } else if (value instanceof long[] longs) {
            for (long v : longs) {
                items.add(Long.toString(v));
            }
        } else {
            for (String part : value.toString().split(",")) {
                items.add(part.trim());
            }
        }
        items.removeIf(String::isEmpty);
        return items;
    }

    /** Whole numbers as digits; 7.0 becomes 7, 7.5 stays as it is (and an integer parameter refuses it). */
    private static String number(Object value) {
        if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
            BigDecimal decimal = new BigDecimal(value.toString());
            return decimal.stripTrailingZeros().scale() <= 0
                    ? decimal.toBigInteger().toString()
                    : value.toString();
        }
        return String.valueOf(value).trim();
    }

    /** Each element (without a trailing " ASC"/" DESC" sort mode) must be one of the documented values. */
    private static void checkAllowed(PipedriveOperation op, QueryParameter param, List<String> items)
            throws PipedriveValidationException {
        if (param.allowed().isEmpty()) {
            return;
        }
        for (String item : items) {
            String bare = SORT_SUFFIX.matcher(item).replaceFirst("");
            boolean ok = false;
            for (Object allowed : param.allowed()) {
                if (allowed instanceof Number n
                        ? sameNumber(n, bare)
                        : allowed.toString().equals(bare)) {
                    ok = true;
                    break;
                }
            }
            if (!ok) {
                throw new PipedriveValidationException(
                        op.key(),
                        param.name(),
                        Reason.INVALID_VALUE,
                        "query parameter '" + param.name()
                                + "' must be one of " + describe(param.allowed())
                                + (items.size() > 1 ? " (each of a comma-separated list)" : "") + ", got '"
                                + shorten(item) + "'");
            }
        }
    }

    private static boolean sameNumber(Number n, String text) {
        try {
            return new BigDecimal(text).compareTo(new BigDecimal(n.toString())) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * Pipedrive's searches need a term of at least two characters, or one with an exact match ({@code exact_match=true};
     * for {@code itemSearch/searchByField}, {@code match=exact}, its default).
     */
    private static void checkSearchTerm(PipedriveOperation op, Map<String, String> query)
            throws PipedriveValidationException {
        if (!op.isSearch()) {
            return;
        }
        String term = query.get("term");
        if (term == null) {
            return; // the required check names it
        }
        boolean exact = "true".equals(query.get("exact_match"))
                || (op.queryParameter("match") != null && "exact".equals(query.getOrDefault("match", "exact")));
        int min = exact ? 1 : op.searchTermMinLength();
        if (term.strip().length() < min) {
            throw new PipedriveValidationException(
                    op.key(),
                    "term",
                    Reason.SEARCH_TERM_TOO_SHORT,
                    "query parameter 'term' must have at least " + min + " characters"
                            + (exact ? "" : " (1 with an exact match)") + ", got '" + term + "'");
        }
    }

    private static PipedriveValidationException unknown(PipedriveOperation op, String name) {
        String known = op.queryParameters().stream().map(QueryParameter::name).collect(Collectors.joining(", "));
        return new PipedriveValidationException(
                op.key(),
                name,
                Reason.UNKNOWN_NAME,
                "'" + name + "' is not a query parameter of this "
                        + "operation; " + (known.isEmpty() ? "it takes none" : "it takes " + known)
                        + (op.paging() != Paging.NONE ? " (paging=all pages through all results)" : ""));
    }

    private static PipedriveValidationException invalid(
            PipedriveOperation op, String name, String expected, Object value) {
        return new PipedriveValidationException(
                op.key(),
                name,
                Reason.INVALID_VALUE,
                "query parameter '" + name + "' must be " + expected + ", got '" + shorten(String.valueOf(value))
                        + "'");
    }

    private static String describe(List<Object> values) {
        String all = values.stream().map(String::valueOf).collect(Collectors.joining(", "));
        return all.length() > 300 ? all.substring(0, 300) + "..." : all;
    }

    private static String shorten(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "..." : text;
    }
}
