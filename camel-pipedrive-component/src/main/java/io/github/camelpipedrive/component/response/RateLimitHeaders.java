package io.github.camelpipedrive.component.response;

import io.github.camelpipedrive.component.PipedriveConstants;
import io.github.camelpipedrive.component.transport.PipedriveHttpResponse;
import org.apache.camel.Message;

/**
 * Copies Pipedrive's rate-limit answer headers onto the message, as numbers.
 */
final class RateLimitHeaders {

    private RateLimitHeaders() {
    }

    static void copy(PipedriveHttpResponse response, Message message) {
        copy(response, "x-ratelimit-limit", message, PipedriveConstants.RATE_LIMIT_LIMIT);
        copy(response, "x-ratelimit-remaining", message, PipedriveConstants.RATE_LIMIT_REMAINING);
        copy(response, "x-ratelimit-reset", message, PipedriveConstants.RATE_LIMIT_RESET);
        copy(response, "x-daily-requests-left", message, PipedriveConstants.DAILY_REQUESTS_LEFT);
    }

    private static void copy(PipedriveHttpResponse response, String name, Message message, String header) {
        Long value = parseLong(response.header(name));
        if (value != null) {
            message.setHeader(header, value);
        }
    }

    static Long parseLong(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Long.valueOf(text.trim());
        } catch (NumberFormatException e) {
            try {
                return (long) Double.parseDouble(text.trim());
            } catch (NumberFormatException ignored) {
                return null;
            }
        }
    }
}
