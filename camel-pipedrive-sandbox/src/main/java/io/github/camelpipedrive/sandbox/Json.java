package io.github.camelpipedrive.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The one Jackson mapper, and deep copies of the plain Map/List trees the store keeps. */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper()
            // a body with trailing garbage is a 400, as on Pipedrive
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private Json() {}

    static byte[] write(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Object read(byte[] bytes) throws IOException {
        return MAPPER.readValue(bytes, Object.class);
    }

    static Map<String, Object> readMap(String json) {
        try {
            return MAPPER.readValue(json, new TypeReference<Map<String, Object>>() {});
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The record with the number types a JSON client would read back (Integer where it fits, as Jackson does). */
    static Map<String, Object> asClientSees(Map<String, Object> record) {
        if (record == null) {
            return null;
        }
        try {
            return MAPPER.readValue(MAPPER.writeValueAsBytes(record), new TypeReference<Map<String, Object>>() {});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies maps and lists so callers never share mutable state with the store. */
    @SuppressWarnings("unchecked")
    static <T> T copy(T value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), copy(v)));
            return (T) out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(v -> out.add(copy(v)));
            return (T) out;
        }
        return value;
    }
}
