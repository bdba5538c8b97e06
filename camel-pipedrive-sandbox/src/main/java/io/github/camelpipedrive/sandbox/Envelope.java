package io.github.camelpipedrive.sandbox;

import java.util.LinkedHashMap;
import java.util.Map;

/** Pipedrive's response envelopes, success and error. */
final class Envelope {

    static final String ERROR_INFO = "Please check developers.pipedrive.com";

    private Envelope() {}

    static Map<String, Object> success(Object data) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("success", true);
        body.put("data", data);
        return body;
    }

    static Map<String, Object> success(Object data, Map<String, Object> additionalData) {
        Map<String, Object> body = success(data);
        body.put("additional_data", additionalData);
        return body;
    }

    /** The documented error shape: {@code success, error, error_info, data, additional_data}. */
    static Map<String, Object> error(String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("success", false);
        body.put("error", message);
        body.put("error_info", ERROR_INFO);
        body.put("data", null);
        body.put("additional_data", null);
        return body;
    }

    /** The terse shape Pipedrive uses for 401 and 429: {@code success, error, errorCode}. */
    static Map<String, Object> shortError(String message, int code) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("success", false);
        body.put("error", message);
        body.put("errorCode", code);
        return body;
    }
}
