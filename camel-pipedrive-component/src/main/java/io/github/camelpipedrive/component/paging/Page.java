package io.github.camelpipedrive.component.paging;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelpipedrive.component.catalog.Paging;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * One page of a list answer: its items and where the next page starts, read from Pipedrive's envelope. v2 (cursor)
 * lists say {@code additional_data.next_cursor}, {@code null} on the last page; v1 (offset) lists say
 * {@code additional_data.pagination.more_items_in_collection} and {@code next_start}.
 *
 * @param items the page's {@code data}: empty when Pipedrive sends {@code null} (v1 does for an empty list)
 * @param next  the value of {@code cursor} or {@code start} for the next page, or {@code null} on the last page
 */
public record Page(List<Object> items, String next) {

    private static final TypeReference<Map<String, Object>> ENVELOPE = new TypeReference<>() {};

    /** Where the next page starts, from an answer's {@code additional_data}; {@code null} on the last page. */
    public static String next(Paging paging, Object additionalData) {
        if (!(additionalData instanceof Map<?, ?> additional)) {
            return null;
        }
        if (paging == Paging.CURSOR) {
            Object cursor = additional.get("next_cursor");
            return cursor == null || cursor.toString().isEmpty() ? null : cursor.toString();
        }
        if (paging == Paging.OFFSET
                && additional.get("pagination") instanceof Map<?, ?> pagination
                && Boolean.TRUE.equals(pagination.get("more_items_in_collection"))
                && pagination.get("next_start") != null) {
            return pagination.get("next_start").toString();
        }
        return null;
    }

    /**
     * The items of a page's {@code data}: the list itself, a search answer's {@code items} (its hits), nothing for
     * {@code null}.
     */
    @SuppressWarnings("unchecked")
    public static List<Object> items(Object data) {
        if (data instanceof List<?> list) {
            return (List<Object>) list;
        }
        if (data instanceof Map<?, ?> map && map.get("items") instanceof List<?> hits) {
            return (List<Object>) hits;
        }
        return data == null ? List.of() : List.of(data);
    }

    /** Reads a page from the answer's JSON envelope. */
    static Page parse(ObjectMapper mapper, Paging paging, byte[] body) throws IOException {
        Map<String, Object> envelope = mapper.readValue(body, ENVELOPE);
        return new Page(items(envelope.get("data")), next(paging, envelope.get("additional_data")));
    }
}
