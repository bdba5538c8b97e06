package io.github.camelpipedrive.sandbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One request the sandbox received, as recorded in its journal. Token values are masked ({@code ***}) in
 * headers and query; the body is kept up to a cap (see {@link #truncated()}).
 *
 * @param time     when it arrived
 * @param method   HTTP method
 * @param path     the path as sent, e.g. {@code /api/v2/deals}
 * @param query    the raw query string, or empty
 * @param headers  request headers, names in lower case
 * @param body     the first bytes of the body
 * @param truncated whether the body was longer than what was kept
 * @param status   the status answered, or 0 when the connection was dropped
 */
public record RecordedRequest(
        Instant time,
        String method,
        String path,
        String query,
        Map<String, List<String>> headers,
        byte[] body,
        boolean truncated,
        int status) {

    /** The body as UTF-8 text. */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The first value of a header (name in any case), or {@code null}. */
    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    @Override
    public String toString() {
        return method + " " + path + (query.isEmpty() ? "" : "?" + query) + " -> " + status;
    }
}
