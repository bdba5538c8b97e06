package io.github.camelpipedrive.component.http;

import java.time.Duration;

/**
 * The names of the answer headers Pipedrive reports its limits in, and the one lenient way they are read as numbers.
 */
public final class PipedriveHeaders {

    /** Requests allowed in the token's current 2-second burst window. */
    public static final String RATE_LIMIT_LIMIT = "x-ratelimit-limit";
    /** Requests left in the current burst window. */
    public static final String RATE_LIMIT_REMAINING = "x-ratelimit-remaining";
    /** Seconds until the burst window resets. */
    public static final String RATE_LIMIT_RESET = "x-ratelimit-reset";
    /** POST/PUT requests left today (API-token requests only). */
    public static final String DAILY_REQUESTS_LEFT = "x-daily-requests-left";
    /** How long to wait before asking again, in seconds. */
    public static final String RETRY_AFTER = "retry-after";

    public static final String CONTENT_TYPE = "content-type";

    private PipedriveHeaders() {}

    /**
     * A header value as a whole number, or {@code null} when absent or not a number. Lenient because Pipedrive and the
     * proxies in front of it have sent "2", " 2 " and "2.0" for the same header.
     */
    public static Long number(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.trim();
        try {
            return Long.valueOf(trimmed);
        } catch (NumberFormatException e) {
            try {
                return (long) Double.parseDouble(trimmed);
            } catch (NumberFormatException notANumber) {
                return null;
            }
        }
    }

    /** The named header of an answer as a whole number, or {@code null}. */
    public static Long number(PipedriveHttpResponse response, String name) {
        return number(response.header(name));
    }

    /** How long Pipedrive asked to wait: {@code Retry-After}, else {@code x-ratelimit-reset} (seconds); or null. */
    public static Duration retryAfter(PipedriveHttpResponse response) {
        Long seconds = number(response, RETRY_AFTER);
        if (seconds == null) {
            seconds = number(response, RATE_LIMIT_RESET);
        }
        return seconds == null || seconds < 0 ? null : Duration.ofSeconds(seconds);
    }
}
