package io.github.camelpipedrive.component.events;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * How far a poll has read Pipedrive's recents: the latest update time seen ("yyyy-MM-dd HH:mm:ss", UTC, Pipedrive's
 * second resolution), and the records already emitted at exactly that time. Reading again from that time (Pipedrive's
 * {@code since_timestamp} includes it) and skipping those records neither loses nor repeats a change.
 */
record RecentsPosition(String timestamp, Set<String> seenAtTimestamp) {

    static RecentsPosition parse(String stored) {
        if (stored == null || stored.isBlank()) {
            return null;
        }
        int bar = stored.indexOf('|');
        String time = bar < 0 ? stored : stored.substring(0, bar);
        Set<String> seen = new LinkedHashSet<>();
        if (bar >= 0 && bar + 1 < stored.length()) {
            for (String key : stored.substring(bar + 1).split(",")) {
                if (!key.isBlank()) {
                    seen.add(key);
                }
            }
        }
        return new RecentsPosition(time, seen);
    }

    /** The position after emitting {@code key} changed at {@code time} (never earlier than this one). */
    RecentsPosition after(String time, String key) {
        if (time.compareTo(timestamp) > 0) {
            return new RecentsPosition(time, Set.of(key));
        }
        Set<String> seen = new LinkedHashSet<>(seenAtTimestamp);
        seen.add(key);
        return new RecentsPosition(timestamp, seen);
    }

    boolean alreadySeen(String time, String key) {
        return time.compareTo(timestamp) < 0 || time.equals(timestamp) && seenAtTimestamp.contains(key);
    }

    String format() {
        return timestamp + "|" + String.join(",", seenAtTimestamp);
    }
}
