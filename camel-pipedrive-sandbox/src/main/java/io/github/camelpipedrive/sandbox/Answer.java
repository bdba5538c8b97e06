package io.github.camelpipedrive.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** What the server sends back: a status and either a JSON tree or raw bytes of a given type. */
record Answer(int status, Object json, String contentType, byte[] raw) {

    static Answer json(int status, Object body) {
        return new Answer(status, body, "application/json", null);
    }

    static Answer ok(Object data) {
        return json(200, Envelope.success(data));
    }

    static Answer error(ApiError e) {
        return json(e.status(), Envelope.error(e.getMessage()));
    }

    static Answer html(int status, String html) {
        return new Answer(status, null, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    byte[] bytes() {
        return raw != null ? raw : Json.write(json);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> body() {
        return (Map<String, Object>) json;
    }
}
