package io.github.camelpipedrive.sandbox;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A request body read once, in the form its content type says: JSON object, form fields, or multipart parts.
 * Form and multipart fields arrive as strings; {@link BodyRules} coerces the ones it knows on v1 routes.
 */
final class RequestBody {

    enum Kind {
        NONE,
        JSON,
        FORM,
        MULTIPART
    }

    private final Kind kind;
    private final Map<String, Object> fields;
    private final List<Multipart.Part> parts;

    private RequestBody(Kind kind, Map<String, Object> fields, List<Multipart.Part> parts) {
        this.kind = kind;
        this.fields = fields;
        this.parts = parts;
    }

    static RequestBody parse(String contentType, byte[] bytes) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (bytes.length == 0) {
            return new RequestBody(Kind.NONE, new LinkedHashMap<>(), List.of());
        }
        if (type.startsWith("multipart/form-data")) {
            List<Multipart.Part> parts = Multipart.parse(bytes, Multipart.boundary(contentType));
            Map<String, Object> fields = new LinkedHashMap<>();
            parts.stream().filter(p -> !p.isFile() && p.name() != null).forEach(p -> fields.put(p.name(), p.text()));
            return new RequestBody(Kind.MULTIPART, fields, parts);
        }
        if (type.startsWith("application/x-www-form-urlencoded")) {
            return new RequestBody(Kind.FORM, form(new String(bytes, StandardCharsets.UTF_8)), List.of());
        }
        // Pipedrive reads anything else as JSON; a body that is not a JSON object is a 400
        Object tree;
        try {
            tree = Json.read(bytes);
        } catch (IOException e) {
            throw ApiError.badRequest("Invalid JSON in request body.");
        }
        if (!(tree instanceof Map<?, ?>)) {
            throw ApiError.badRequest("Request body must be a JSON object.");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) tree;
        return new RequestBody(Kind.JSON, map, List.of());
    }

    static Map<String, Object> form(String encoded) {
        Map<String, Object> fields = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return fields;
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            fields.put(key, value);
        }
        return fields;
    }

    Kind kind() {
        return kind;
    }

    /** The body's fields; validation may coerce them in place. */
    Map<String, Object> fields() {
        return fields;
    }

    /** The first file part of the given form name, or {@code null}. */
    Multipart.Part file(String name) {
        return parts.stream()
                .filter(p -> p.isFile() && name.equals(p.name()))
                .findFirst()
                .orElse(null);
    }
}
