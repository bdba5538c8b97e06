package io.github.camelpipedrive.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Pipedrive's two paging styles: v1 {@code start/limit} and v2 opaque {@code cursor/limit}. */
final class Paging {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 500;

    private Paging() {}

    /** Picks the page the request asks for and wraps it in the envelope of the call's API version. */
    static Answer page(Call call, List<?> items) {
        return call.version() == ApiVersion.V2 ? cursor(call, items) : offset(call, items);
    }

    /** A source of pages: the items from {@code start}, at most {@code limit} of them, and the total. */
    interface PageSource {
        EntityStore.Page<Object> page(int start, int limit);
    }

    /** As {@link #page(Call, List)}, reading only the requested page from the source. */
    static Answer page(Call call, PageSource source) {
        boolean v2 = call.version() == ApiVersion.V2;
        int start = v2 ? decode(call.query("cursor")) : Math.max(0, call.queryInt("start", 0));
        int limit = limit(call);
        EntityStore.Page<Object> page = source.page(start, limit);
        int end = start + page.items().size();
        boolean more = end < page.total();
        Map<String, Object> additional = new LinkedHashMap<>();
        if (v2) {
            additional.put("next_cursor", more ? encode(end) : null);
        } else {
            Map<String, Object> pagination = new LinkedHashMap<>();
            pagination.put("start", start);
            pagination.put("limit", limit);
            pagination.put("more_items_in_collection", more);
            if (more) {
                pagination.put("next_start", end);
            }
            additional.put("pagination", pagination);
        }
        return Answer.json(200, Envelope.success(page.items(), additional));
    }

    static Answer offset(Call call, List<?> items) {
        int start = Math.max(0, call.queryInt("start", 0));
        int limit = limit(call);
        int end = Math.min(items.size(), start + limit);
        List<?> page = start >= items.size() ? List.of() : items.subList(start, end);
        Map<String, Object> pagination = new LinkedHashMap<>();
        pagination.put("start", start);
        pagination.put("limit", limit);
        boolean more = end < items.size();
        pagination.put("more_items_in_collection", more);
        if (more) {
            pagination.put("next_start", end);
        }
        Map<String, Object> additional = new LinkedHashMap<>();
        additional.put("pagination", pagination);
        return Answer.json(200, Envelope.success(page, additional));
    }

    static Answer cursor(Call call, List<?> items) {
        int start = decode(call.query("cursor"));
        int limit = limit(call);
        int end = Math.min(items.size(), start + limit);
        List<?> page = start >= items.size() ? List.of() : items.subList(start, end);
        Map<String, Object> additional = new LinkedHashMap<>();
        additional.put("next_cursor", end < items.size() ? encode(end) : null);
        return Answer.json(200, Envelope.success(page, additional));
    }

    private static int limit(Call call) {
        int limit = call.queryInt("limit", DEFAULT_LIMIT);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiError.badRequest("\"limit\" must be between 1 and " + MAX_LIMIT + ".");
        }
        return limit;
    }

    static String encode(int offset) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(("offset:" + offset).getBytes(StandardCharsets.UTF_8));
    }

    static int decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith("offset:")) {
                return Integer.parseInt(text.substring("offset:".length()));
            }
        } catch (IllegalArgumentException e) {
            // falls through to the 400 below
        }
        throw ApiError.badRequest("Invalid cursor.");
    }
}
