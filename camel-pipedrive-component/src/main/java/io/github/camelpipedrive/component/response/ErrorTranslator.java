package io.github.camelpipedrive.component.response;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelpipedrive.component.error.ErrorDetails;
import io.github.camelpipedrive.component.error.PipedriveApiException;
import io.github.camelpipedrive.component.error.PipedriveAuthenticationException;
import io.github.camelpipedrive.component.error.PipedriveBadRequestException;
import io.github.camelpipedrive.component.error.PipedriveConflictException;
import io.github.camelpipedrive.component.error.PipedriveForbiddenException;
import io.github.camelpipedrive.component.error.PipedriveGoneException;
import io.github.camelpipedrive.component.error.PipedriveLockedOutException;
import io.github.camelpipedrive.component.error.PipedriveNotFoundException;
import io.github.camelpipedrive.component.error.PipedriveRateLimitException;
import io.github.camelpipedrive.component.error.PipedriveServerException;
import io.github.camelpipedrive.component.error.PipedriveUnprocessableEntityException;
import io.github.camelpipedrive.component.http.PipedriveHeaders;
import io.github.camelpipedrive.component.http.PipedriveHttpResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a non-2xx answer into the exception that names its cause. Pipedrive's error bodies are not uniform
 * ({@code error}, {@code message}, {@code errors}, {@code errorCode}, {@code code}; HTML from Cloudflare), so reading
 * is lenient and a body that is not JSON still gives a clear message.
 */
public final class ErrorTranslator {

    private static final List<String> INTERESTING_HEADERS = List.of(
            "content-type",
            "retry-after",
            "x-ratelimit-limit",
            "x-ratelimit-remaining",
            "x-ratelimit-reset",
            "x-daily-requests-left",
            "x-correlation-id",
            "cf-ray");

    private final ObjectMapper mapper;

    public ErrorTranslator(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * @param step            the internal request of the endpoint {@code operation} that failed (an upsert's
     *                        search or add), or null
     * @param budgetResetTime for a 429 that means the daily budget is spent: when it is expected back; else null
     * @param lockedOutUntil for Pipedrive's lock-out page (an HTML 403): until when nothing is sent on the token;
     *                       else null
     */
    public PipedriveApiException translate(
            String operation,
            String step,
            PipedriveHttpResponse response,
            int attempts,
            boolean mayHaveBeenApplied,
            java.time.Instant budgetResetTime,
            java.time.Instant lockedOutUntil) {
        int status = response.statusCode();
        String error = null;
        String errorInfo = null;
        String errorCode = null;
        JsonNode json = readJson(response);
        if (json != null && json.isObject()) {
            error = firstText(json, "error", "message");
            if (error == null && json.hasNonNull("errors")) {
                error = json.get("errors").toString();
            }
            errorInfo = firstText(json, "error_info");
            errorCode = firstText(json, "code", "errorCode");
        }
        if (error == null) {
            error = summarizeNonJson(response);
        }
        StringBuilder message = new StringBuilder("pipedrive:").append(operation);
        if (step != null && !step.equals(operation)) {
            message.append(" (step ").append(step).append(')');
        }
        message.append(" failed: HTTP ").append(status);
        if (response.reasonPhrase() != null && !response.reasonPhrase().isBlank()) {
            message.append(' ').append(response.reasonPhrase());
        }
        message.append(": ").append(error);
        if (errorCode != null) {
            message.append(" (code ").append(errorCode).append(')');
        }
        if (errorInfo != null) {
            message.append(" - ").append(errorInfo);
        }
        if (budgetResetTime != null) {
            message.append("; the daily token budget is spent until ")
                    .append(budgetResetTime)
                    .append(", so further requests fail without being sent");
        }
        if (lockedOutUntil != null) {
            message.append("; this is Pipedrive's lock-out page, so nothing is sent on this token until ")
                    .append(lockedOutUntil)
                    .append(" (lockoutCooldown)");
        }
        if (attempts > 1) {
            message.append(" (after ").append(attempts).append(" attempts)");
        }
        ErrorDetails details = ErrorDetails.builder(operation, status, message.toString())
                .error(error)
                .errorInfo(errorInfo)
                .errorCode(errorCode)
                .responseBody(response.bodyText(4000))
                .responseHeaders(interestingHeaders(response))
                .attempts(attempts)
                .mayHaveBeenApplied(mayHaveBeenApplied)
                .build();
        return switch (status) {
            case 400 -> new PipedriveBadRequestException(details);
            case 401 -> new PipedriveAuthenticationException(details);
            case 403 ->
                lockedOutUntil != null
                        ? new PipedriveLockedOutException(details, lockedOutUntil)
                        : new PipedriveForbiddenException(details);
            case 404 -> new PipedriveNotFoundException(details);
            case 409 -> new PipedriveConflictException(details);
            case 410 -> new PipedriveGoneException(details);
            case 422 -> new PipedriveUnprocessableEntityException(details);
            case 429 ->
                new PipedriveRateLimitException(details, PipedriveHeaders.retryAfter(response), budgetResetTime);
            default ->
                status >= 500 && status <= 599
                        ? new PipedriveServerException(details)
                        : new PipedriveApiException(details);
        };
    }

    static Map<String, String> interestingHeaders(PipedriveHttpResponse response) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : INTERESTING_HEADERS) {
            String value = response.header(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        return Map.copyOf(headers);
    }

    private JsonNode readJson(PipedriveHttpResponse response) {
        if (response.body() == null || response.body().length == 0 || !response.isJson()) {
            return null;
        }
        try {
            return mapper.readTree(response.body());
        } catch (IOException e) {
            return null;
        }
    }

    private static String firstText(JsonNode json, String... names) {
        for (String name : names) {
            JsonNode node = json.get(name);
            if (node != null && !node.isNull()) {
                String text = node.isValueNode() ? node.asText() : node.toString();
                if (!text.isBlank()) {
                    return text;
                }
            }
        }
        return null;
    }

    private static String summarizeNonJson(PipedriveHttpResponse response) {
        if (response.body() == null || response.body().length == 0) {
            return "empty answer";
        }
        String type = response.header("content-type");
        String text = response.bodyText(20_000);
        String title = null;
        int start = text.toLowerCase(java.util.Locale.ROOT).indexOf("<title>");
        int end = text.toLowerCase(java.util.Locale.ROOT).indexOf("</title>");
        if (start >= 0 && end > start) {
            title = text.substring(start + 7, end).trim();
        }
        String plain = (title != null
                ? title
                : text.replaceAll("(?s)<[^>]*>", " ").replaceAll("\\s+", " ").trim());
        if (plain.length() > 200) {
            plain = plain.substring(0, 200) + "...";
        }
        String what = type != null && type.contains("html") ? "an HTML page" : "a non-JSON answer";
        boolean cloudflare = text.contains("Cloudflare") || response.header("cf-ray") != null;
        return what
                + (cloudflare ? " from Cloudflare (the client may be blocked after too many requests)" : "")
                + (plain.isEmpty() ? "" : ": " + plain);
    }
}
