package io.github.camelpipedrive.component.response;

import io.github.camelpipedrive.component.http.PipedriveHeaders;
import io.github.camelpipedrive.component.http.PipedriveHttpResponse;
import io.github.camelpipedrive.component.support.HeaderNames;
import org.apache.camel.Message;

/**
 * Copies Pipedrive's rate-limit answer headers onto the message, as numbers.
 */
final class RateLimitHeaders {

    private RateLimitHeaders() {}

    static void copy(PipedriveHttpResponse response, Message message) {
        copy(response, PipedriveHeaders.RATE_LIMIT_LIMIT, message, HeaderNames.RATE_LIMIT_LIMIT);
        copy(response, PipedriveHeaders.RATE_LIMIT_REMAINING, message, HeaderNames.RATE_LIMIT_REMAINING);
        copy(response, PipedriveHeaders.RATE_LIMIT_RESET, message, HeaderNames.RATE_LIMIT_RESET);
        copy(response, PipedriveHeaders.DAILY_REQUESTS_LEFT, message, HeaderNames.DAILY_REQUESTS_LEFT);
    }

    private static void copy(PipedriveHttpResponse response, String name, Message message, String header) {
        Long value = PipedriveHeaders.number(response, name);
        if (value != null) {
            message.setHeader(header, value);
        }
    }
}
