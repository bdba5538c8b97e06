package io.github.camelpipedrive.component.request;

import io.github.camelpipedrive.component.catalog.ApiVersion;
import io.github.camelpipedrive.component.catalog.PipedriveOperation;
import io.github.camelpipedrive.component.error.PipedriveValidationException;
import io.github.camelpipedrive.component.error.PipedriveValidationException.Reason;
import io.github.camelpipedrive.component.support.Values;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Checks a request body against what the operation's catalog entry says Pipedrive requires, before anything is sent:
 * required fields present and not blank, restricted fields within their allowed values. v2 operations also get the
 * JSON type v2 insists on ({@code 3}, not {@code "3"}).
 */
final class RequestValidator {

    private RequestValidator() {}

    static void validate(PipedriveOperation op, Map<String, Object> fields) throws PipedriveValidationException {
        if (op.requiresNonEmptyBody() && fields.isEmpty()) {
            throw new PipedriveValidationException(
                    op.key(),
                    "body",
                    Reason.MISSING_REQUIRED,
                    "the message body is empty, but Pipedrive needs at least one field to change");
        }
        for (String required : op.requiredFields()) {
            Object value = fields.get(required);
            if (value == null
                    || (value instanceof CharSequence text && text.toString().isBlank())) {
                throw new PipedriveValidationException(
                        op.key(),
                        required,
                        Reason.MISSING_REQUIRED,
                        "field '" + required + "' is required"
                                + (fields.isEmpty() ? " (the message body is empty)" : ""));
            }
        }
        for (Map.Entry<String, List<Object>> restricted : op.allowedValues().entrySet()) {
            Object value = fields.get(restricted.getKey());
            if (value != null && !isAllowed(op.apiVersion(), value, restricted.getValue())) {
                throw new PipedriveValidationException(
                        op.key(),
                        restricted.getKey(),
                        Reason.INVALID_VALUE,
                        "field '" + restricted.getKey() + "' must be one of " + describe(restricted.getValue())
                                + ", got " + Values.describe(value));
            }
        }
    }

    private static boolean isAllowed(ApiVersion version, Object value, List<Object> allowed) {
        for (Object candidate : allowed) {
            if (candidate instanceof Number number) {
                if (value instanceof Number given && given.doubleValue() == number.doubleValue()) {
                    return true;
                }
                // v1 coerces numeric text; v2 rejects it
                if (version == ApiVersion.V1
                        && value instanceof CharSequence text
                        && sameNumber(number, text.toString())) {
                    return true;
                }
            } else if (value instanceof CharSequence text && text.toString().equals(candidate)) {
                return true;
            } else if (version == ApiVersion.V1
                    && value instanceof Number given
                    && sameNumber(given, candidate.toString())) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameNumber(Number number, String text) {
        try {
            return new java.math.BigDecimal(text.trim()).compareTo(new java.math.BigDecimal(number.toString())) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String describe(List<Object> allowed) {
        return allowed.stream().map(Values::describe).collect(Collectors.joining(", "));
    }
}
