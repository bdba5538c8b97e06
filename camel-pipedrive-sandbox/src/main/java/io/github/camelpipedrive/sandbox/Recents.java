package io.github.camelpipedrive.sandbox;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code GET /v1/recents}: the records changed since a time, each once in its latest state, oldest change first,
 * paged with {@code start}/{@code limit}. Kept from the store's change reports; a deleted record is reported with
 * {@code is_deleted: true} and {@code active_flag: false}, its update_time the time of the delete.
 */
final class Recents implements EntityStore.ChangeListener {

    /** Collections to Pipedrive's recents {@code items}. */
    static final Map<String, String> ITEMS = Map.ofEntries(
            Map.entry("deals", "deal"),
            Map.entry("persons", "person"),
            Map.entry("organizations", "organization"),
            Map.entry("activities", "activity"),
            Map.entry("products", "product"),
            Map.entry("notes", "note"),
            Map.entry("files", "file"),
            Map.entry("filters", "filter"),
            Map.entry("pipelines", "pipeline"),
            Map.entry("stages", "stage"),
            Map.entry("users", "user"),
            Map.entry("activityTypes", "activityType"));

    private static final DateTimeFormatter V1 = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Timestamps time;
    private final List<Entry> log = new ArrayList<>();

    private record Entry(long sequence, String item, String id, String time, Map<String, Object> data) {}

    Recents(Timestamps time) {
        this.time = time;
    }

    @Override
    public synchronized void changed(String collection, Map<String, Object> before, Map<String, Object> after) {
        String item = ITEMS.get(collection);
        if (item == null) {
            return;
        }
        Map<String, Object> data;
        if (after == null) {
            data = new LinkedHashMap<>(before);
            data.put("is_deleted", true);
            data.put("active_flag", false);
            data.put(
                    "update_time",
                    EntityKinds.of(collection).time() == EntityKinds.TimeStyle.RFC3339 ? time.v2() : time.v1());
        } else {
            data = after;
        }
        String stamp = Timestamps.toV1(data.get("update_time") != null ? data.get("update_time") : time.v1());
        log.add(new Entry(log.size(), item, String.valueOf(data.get(EntityKinds.idKey(collection))), stamp, data));
    }

    synchronized void clear() {
        log.clear();
    }

    Handler handler() {
        return call -> {
            String since = call.query("since_timestamp");
            if (since == null || since.isBlank()) {
                throw ApiError.badRequest("since_timestamp is required.");
            }
            try {
                LocalDateTime.parse(since.trim(), V1).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                throw ApiError.badRequest("since_timestamp must be in the format YYYY-MM-DD HH:MM:SS.");
            }
            String items = call.query("items");
            Set<String> wanted = items == null || items.isBlank()
                    ? null
                    : Arrays.stream(items.split(",")).map(String::trim).collect(Collectors.toSet());
            List<Map<String, Object>> rows = rows(since.trim(), wanted);
            Answer page = Paging.offset(call, rows);
            Map<String, Object> body = new LinkedHashMap<>(page.body());
            @SuppressWarnings("unchecked")
            Map<String, Object> additional = new LinkedHashMap<>((Map<String, Object>) body.get("additional_data"));
            additional.put("since_timestamp", since.trim());
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> data = (List<Map<String, Object>>) body.get("data");
            additional.put(
                    "last_timestamp_on_page",
                    data.isEmpty()
                            ? since.trim()
                            : Timestamps.toV1(
                                    ((Map<?, ?>) data.get(data.size() - 1).get("data")).get("update_time")));
            body.put("additional_data", additional);
            return Answer.json(200, body);
        };
    }

    private synchronized List<Map<String, Object>> rows(String since, Set<String> wanted) {
        Map<String, Entry> latest = new LinkedHashMap<>();
        for (Entry e : log) {
            if (e.time().compareTo(since) >= 0 && (wanted == null || wanted.contains(e.item()))) {
                latest.remove(e.item() + ":" + e.id());
                latest.put(e.item() + ":" + e.id(), e);
            }
        }
        List<Map<String, Object>> out = new ArrayList<>();
        latest.values().stream()
                .sorted((a, b) -> a.time().equals(b.time())
                        ? Long.compare(a.sequence(), b.sequence())
                        : a.time().compareTo(b.time()))
                .forEach(e -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("item", e.item());
                    row.put(
                            "id",
                            Json.asClientSees(Map.of("id", e.id().matches("\\d+") ? Long.parseLong(e.id()) : e.id()))
                                    .get("id"));
                    row.put("data", Json.asClientSees(e.data()));
                    out.add(row);
                });
        return out;
    }
}
