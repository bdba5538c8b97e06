package io.github.camelpipedrive.component.events;

import io.github.camelpipedrive.component.catalog.OperationCatalog;
import io.github.camelpipedrive.component.catalog.PipedriveOperation;
import io.github.camelpipedrive.component.error.PipedriveException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads Pipedrive's recents ({@code GET /v1/recents?since_timestamp=&items=}) page by page and turns each changed
 * record into a {@link PipedriveEvent} with the same body and headers a webhook gives. Recents carry the current state
 * only, so the action is inferred: deleted records (is_deleted, active_flag false or status deleted) are deletes,
 * records added since the position are creates, the rest are changes.
 */
final class RecentsReader {

    private static final PipedriveOperation RECENTS = OperationCatalog.find("recent", "list");

    /** The {@code items} Pipedrive's recents accept. */
    static final Set<String> ITEMS = Set.of(
            "activity",
            "activityType",
            "deal",
            "file",
            "filter",
            "note",
            "person",
            "organization",
            "pipeline",
            "product",
            "stage",
            "user");

    static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);
    private static final int MAX_PAGES = 100;

    private final PipedriveApi api;
    private final String object;
    private final int pageSize;

    RecentsReader(PipedriveApi api, String object, int pageSize) {
        if (!"all".equals(object) && !ITEMS.contains(object)) {
            throw new IllegalArgumentException("pipedrive:events/" + object + "?delivery=poll: Pipedrive's recents "
                    + "cover " + String.join(", ", new java.util.TreeSet<>(ITEMS)) + " (or all); use delivery=webhook "
                    + "for " + object);
        }
        this.api = api;
        this.object = object;
        this.pageSize = Math.max(1, Math.min(500, pageSize));
    }

    /** One changed record as recents report it. */
    record Change(String time, String key, PipedriveEvent event) {}

    /** Every change at or after {@code since}, oldest first, across pages. */
    List<Change> read(String since) throws PipedriveException {
        List<Change> out = new ArrayList<>();
        int start = 0;
        for (int page = 0; page < MAX_PAGES; page++) {
            String path = "/v1/recents?since_timestamp=" + URLEncoder.encode(since, StandardCharsets.UTF_8)
                    + ("all".equals(object) ? "" : "&items=" + object) + "&start=" + start + "&limit=" + pageSize;
            Map<String, Object> envelope = api.call(RECENTS, path, null);
            if (envelope.get("data") instanceof List<?> items) {
                for (Object item : items) {
                    if (item instanceof Map<?, ?> m) {
                        Change change = change(m, since);
                        if (change != null) {
                            out.add(change);
                        }
                    }
                }
            }
            Object next = next(envelope);
            if (next == null) {
                break;
            }
            start = Integer.parseInt(String.valueOf(next));
        }
        out.sort(java.util.Comparator.comparing(Change::time));
        return out;
    }

    private static Object next(Map<String, Object> envelope) {
        if (envelope.get("additional_data") instanceof Map<?, ?> additional
                && additional.get("pagination") instanceof Map<?, ?> pagination
                && Boolean.TRUE.equals(pagination.get("more_items_in_collection"))) {
            return pagination.get("next_start");
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static Change change(Map<?, ?> item, String since) {
        String object = EventParser.text(item.get("item"));
        if (!(item.get("data") instanceof Map<?, ?> raw) || object == null) {
            return null;
        }
        Map<String, Object> data = (Map<String, Object>) raw;
        String id = EventParser.text(item.get("id") != null ? item.get("id") : data.get("id"));
        Instant updated = EventParser.instant(data.get("update_time"));
        Instant added = EventParser.instant(data.get("add_time"));
        if (updated == null) {
            updated = added;
        }
        if (updated == null) {
            return null;
        }
        String time = TIME.format(updated);
        boolean deleted = Boolean.TRUE.equals(data.get("is_deleted"))
                || Boolean.FALSE.equals(data.get("active_flag"))
                || "deleted".equals(data.get("status"))
                || Boolean.TRUE.equals(data.get("deleted"));
        EventAction action = deleted
                ? EventAction.delete
                : added != null && TIME.format(added).compareTo(since) >= 0 && added.equals(updated)
                        ? EventAction.create
                        : EventAction.change;
        String key = object + ":" + id;
        PipedriveEvent event = new PipedriveEvent(
                action,
                object,
                id,
                "recents:" + key + ":" + time,
                1,
                updated,
                null,
                null,
                EventParser.text(data.get("owner_id") instanceof Map<?, ?> o ? o.get("id") : data.get("user_id")),
                null,
                null,
                null,
                deleted ? null : data,
                deleted ? data : null,
                EventDelivery.poll);
        return new Change(time, key, event);
    }
}
