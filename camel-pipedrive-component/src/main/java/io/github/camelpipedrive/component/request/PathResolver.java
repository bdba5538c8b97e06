package io.github.camelpipedrive.component.request;

import io.github.camelpipedrive.component.catalog.PathParameter;
import io.github.camelpipedrive.component.catalog.PipedriveOperation;
import io.github.camelpipedrive.component.error.PipedriveValidationException;
import io.github.camelpipedrive.component.error.PipedriveValidationException.Reason;
import io.github.camelpipedrive.component.support.Values;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Fills an operation's path template from headers, endpoint options and, for updates, the body's {@code id}.
 */
final class PathResolver {

    private static final Pattern POSITIVE_INTEGER = Pattern.compile("[1-9]\\d*");

    private PathResolver() {}

    /**
     * The resolved path, e.g. {@code /api/v2/deals/42/products/7}. When an update takes its id from the body, the body
     * returned by {@link Resolved#fields()} no longer carries it (Pipedrive reads the id from the path only).
     */
    static Resolved resolve(PipedriveOperation op, ParameterSource params, Map<String, Object> fields)
            throws PipedriveValidationException {
        String path = op.path();
        Map<String, Object> body = fields;
        for (PathParameter param : op.pathParameters()) {
            Object value = params.get(param.optionName());
            boolean bodyId = op.takesIdFromBody() && param.specName().equals("id") && fields.containsKey("id");
            if (bodyId) {
                // the id belongs in the path only; strict v2 validation may refuse it in the body
                if (value == null) {
                    value = fields.get("id");
                }
                body = new LinkedHashMap<>(fields);
                body.remove("id");
            }
            if (value == null) {
                throw new PipedriveValidationException(
                        op.key(),
                        param.optionName(),
                        Reason.MISSING_REQUIRED,
                        "path parameter '" + param.optionName() + "' is missing: set the endpoint option "
                                + param.optionName() + " or the header " + param.headerName()
                                + (op.takesIdFromBody() && param.specName().equals("id")
                                        ? ", or put \"id\" in the body"
                                        : ""));
            }
            String text = text(value);
            if (param.numeric() && !POSITIVE_INTEGER.matcher(text).matches()) {
                throw new PipedriveValidationException(
                        op.key(),
                        param.optionName(),
                        Reason.INVALID_VALUE,
                        "path parameter '" + param.optionName() + "' must be a positive integer, got '"
                                + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "'");
            }
            path = path.replace(
                    "{" + param.specName() + "}",
                    URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return new Resolved(path, body);
    }

    /** Whole numbers as digits; 7.9 stays "7.9" (and is refused) rather than quietly becoming 7. */
    private static String text(Object value) {
        return value instanceof Number n ? Values.plain(n) : value.toString().trim();
    }

    record Resolved(String path, Map<String, Object> fields) {}
}
