package io.github.camelpipedrive.component.http;

import java.nio.charset.StandardCharsets;
import org.apache.hc.core5.http.Header;

/**
 * An answer from Pipedrive, read whole: status, the headers as HttpClient parsed them, and the body bytes.
 */
public record PipedriveHttpResponse(int statusCode, String reasonPhrase, Header[] headers, byte[] body) {

    /** The value of the first header of that name (case-insensitive), or {@code null}. */
    public String header(String name) {
        for (Header header : headers) {
            if (header.getName().equalsIgnoreCase(name)) {
                return header.getValue();
            }
        }
        return null;
    }

    public boolean isSuccess() {
        return statusCode >= 200 && statusCode < 300;
    }

    /** Whether the answer says it is JSON (or says nothing, as some error answers do). */
    public boolean isJson() {
        String type = header("content-type");
        return type == null || type.contains("json");
    }

    /** The body as UTF-8 text, cut at {@code maxChars}. */
    public String bodyText(int maxChars) {
        if (body == null || body.length == 0) {
            return "";
        }
        String text = new String(body, StandardCharsets.UTF_8);
        return text.length() <= maxChars ? text : text.substring(0, maxChars) + "...";
    }
}
