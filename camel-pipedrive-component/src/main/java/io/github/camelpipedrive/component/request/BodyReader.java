package io.github.camelpipedrive.component.request;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelpipedrive.component.error.PipedriveValidationException;
import io.github.camelpipedrive.component.error.PipedriveValidationException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns a message body into the field map of a JSON or form request. Accepts a {@code Map}, a JSON {@code String} or
 * {@code byte[]} or {@code InputStream}, a Jackson {@code JsonNode}, or any POJO Jackson can serialize (its null
 * fields are left out); {@code null} means an empty body.
 */
public final class BodyReader {

    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {};

    private final ObjectMapper mapper;
    private final ObjectMapper pojoMapper;

    public BodyReader(ObjectMapper mapper) {
        this.mapper = mapper;
        // a POJO's unset fields are "not given", not "clear this field": an explicit null on a PATCH would erase data
        this.pojoMapper = mapper.copy().setSerializationInclusion(JsonInclude.Include.NON_NULL);
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> read(String key, Object body) throws PipedriveValidationException {
        if (body == null) {
            return new LinkedHashMap<>();
        }
        if (body instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        try {
            if (body instanceof String text) {
                return text.isBlank() ? new LinkedHashMap<>() : mapper.readValue(text, MAP);
            }
            if (body instanceof byte[] bytes) {
                return bytes.length == 0 ? new LinkedHashMap<>() : mapper.readValue(bytes, MAP);
            }
            if (body instanceof InputStream in) {
                return mapper.readValue(in, MAP);
            }
            if (body instanceof JsonNode node) {
                if (!node.isObject()) {
                    throw notAnObject(key, node.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
                }
                return mapper.convertValue(node, MAP);
            }
            if (body instanceof Iterable<?>
                    || body.getClass().isArray()
                    || body instanceof Number
                    || body instanceof Boolean) {
                throw notAnObject(key, body.getClass().getSimpleName());
            }
            return pojoMapper.convertValue(body, MAP);
        } catch (JsonProcessingException e) {
            throw new PipedriveValidationException(
                    key,
                    "body",
                    Reason.INVALID_VALUE,
                    "the message body is not a JSON object (" + e.getOriginalMessage() + ")");
        } catch (IllegalArgumentException e) {
            throw new PipedriveValidationException(
                    key,
                    "body",
                    Reason.INVALID_VALUE,
                    "the message body (" + body.getClass().getName() + ") cannot be written as a JSON object: "
                            + e.getMessage());
        } catch (IOException e) {
            throw new PipedriveValidationException(
                    key, "body", Reason.INVALID_VALUE, "the message body could not be read: " + e.getMessage());
        }
    }

    /** The body of an operation that sends a JSON array: a List or array, JSON array text or bytes, or a JsonNode. */
    public java.util.List<Object> readArray(String operation, Object body) throws PipedriveValidationException {
        if (body == null) {
            return java.util.List.of();
        }
        if (body instanceof java.util.Collection<?> collection) {
            return new java.util.ArrayList<>(collection);
        }
        if (body instanceof Object[] array) {
            return java.util.Arrays.asList(array);
        }
        try {
            JsonNode node = body instanceof JsonNode n
                    ? n
                    : body instanceof String text
                            ? mapper.readTree(text)
                            : body instanceof byte[] bytes
                                    ? mapper.readTree(bytes)
                                    : body instanceof InputStream in ? mapper.readTree(in) : null;
            if (node == null || !node.isArray()) {
                throw new PipedriveValidationException(
                        operation,
                        "body",
                        Reason.INVALID_VALUE,
                        "the message body must be a list (a List, "
                                + "an array, or JSON array text), not "
                                + (node == null
                                        ? body.getClass().getName()
                                        : node.getNodeType().name().toLowerCase(java.util.Locale.ROOT)));
            }
            return mapper.convertValue(node, new TypeReference<java.util.List<Object>>() {});
        } catch (IOException e) {
            throw new PipedriveValidationException(
                    operation,
                    "body",
                    Reason.INVALID_VALUE,
                    "the message body is not a JSON array (" + e.getMessage() + ")");
        }
    }

    private static PipedriveValidationException notAnObject(String key, String what) {
        return new PipedriveValidationException(
                key,
                "body",
                Reason.INVALID_VALUE,
                "the message body must be a JSON object (a Map, JSON text or POJO), not " + what);
    }
}
