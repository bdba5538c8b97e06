package io.github.camelpipedrive.component.events;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * Reads a webhook body, v2 ({@code {meta, data, previous}}) or v1 ({@code {v:1, meta, current, previous, retry}}),
 * into one {@link PipedriveEvent}, so a route sees the same body and headers whichever version Pipedrive sends.
 */
public final class EventParser {

    private static final DateTimeFormatter V1_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

    private final ObjectMapper mapper;

    public EventParser(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public PipedriveEvent parse(byte[] body) throws PayloadException {
        Map<String, Object> payload;
        try {
            payload = mapper.readValue(body, MAP);
        } catch (IOException | RuntimeException e) {
            throw new PayloadException("the body is not a JSON object");
        }
        if (payload == null || !(payload.get("meta") instanceof Map<?, ?> rawMeta)) {
            throw new PayloadException("the body has no meta object");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> meta = (Map<String, Object>) rawMeta;
        boolean v1 =
                payload.containsKey("current") || "1.0".equals(text(meta.get("version"))) || payload.get("v") != null;
        return v1 ? v1(payload, meta) : v2(payload, meta);
    }

    private PipedriveEvent v2(Map<String, Object> payload, Map<String, Object> meta) throws PayloadException {
        EventAction action = EventAction.ofPayload(text(meta.get("action")));
        String object = text(meta.get("entity"));
        String eventId = text(meta.get("id"));
        if (action == null || action == EventAction.all || object == null || eventId == null) {
            throw new PayloadException("meta needs action (create, change or delete), entity and id");
        }
        Map<String, Object> data = map(payload.get("data"));
        String entityId = text(meta.get("entity_id"));
        if (entityId == null && data != null) {
            entityId = text(data.get("id"));
        }
        Object attempt = meta.get("attempt");
        return new PipedriveEvent(
                action,
                object,
                entityId,
                eventId,
                attempt instanceof Number n ? n.intValue() : 1,
                instant(meta.get("timestamp")),
                text(meta.get("webhook_id")),
                text(meta.get("change_source")),
                text(meta.get("user_id")),
                text(meta.get("company_id")),
                text(meta.get("merged_to_id")),
                text(meta.get("merged_from_id")),
                data,
                map(payload.get("previous")),
                EventDelivery.webhook);
    }

    private PipedriveEvent v1(Map<String, Object> payload, Map<String, Object> meta) throws PayloadException {
        String rawAction = text(meta.get("action"));
        EventAction action = EventAction.ofPayload(rawAction);
        String object = text(meta.get("object"));
        if (action == null || action == EventAction.all || object == null) {
            throw new PayloadException("meta needs action (added, updated, deleted or merged) and object");
        }
        Map<String, Object> current = map(first(payload.get("current")));
        Map<String, Object> previous = map(first(payload.get("previous")));
        String entityId = text(meta.get("id"));
        if (entityId == null && current != null) {
            entityId = text(current.get("id"));
        }
        Object retry = payload.get("retry");
        String webhookId = text(meta.get("webhook_id"));
        // v1 has no event id: these fields are the same on every retry of one event and differ between events
        String stamp = text(meta.get("timestamp_micro"));
        String eventId = "v1:" + webhookId + ":" + object + ":" + entityId + ":" + rawAction + ":"
                + (stamp != null ? stamp : text(meta.get("timestamp")));
        String mergedTo = "merged".equals(rawAction) ? null : text(meta.get("merged_to_id"));
        String mergedFrom = "merged".equals(rawAction) && previous != null ? text(previous.get("id")) : null;
        return new PipedriveEvent(
                action,
                object,
                entityId,
                eventId,
                retry instanceof Number n ? n.intValue() + 1 : 1,
                instant(meta.get("timestamp")),
                webhookId,
                text(meta.get("change_source")),
                text(meta.get("user_id")),
                text(meta.get("company_id")),
                mergedTo,
                mergedFrom,
                action == EventAction.delete ? null : current,
                action == EventAction.delete && previous == null ? current : previous,
                EventDelivery.webhook);
    }

    /** v1 sends the user object as a one-element list. */
    private static Object first(Object value) {
        return value instanceof List<?> list ? (list.isEmpty() ? null : list.get(0)) : value;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
    }

    static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Double d && d == Math.rint(d)) {
            return String.valueOf(d.longValue());
        }
        String s = String.valueOf(value);
        return s.isBlank() ? null : s;
    }

    /** RFC 3339, Pipedrive's v1 "yyyy-MM-dd HH:mm:ss" (UTC), or epoch seconds/milliseconds; null when unreadable. */
    static Instant instant(Object value) {
        if (value instanceof Number n) {
            long v = n.longValue();
            return v > 100_000_000_000L ? Instant.ofEpochMilli(v) : Instant.ofEpochSecond(v);
        }
        String s = text(value);
        if (s == null) {
            return null;
        }
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(s, V1_TIME).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }
}
