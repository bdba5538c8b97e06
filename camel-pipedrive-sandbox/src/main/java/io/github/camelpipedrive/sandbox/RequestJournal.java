package io.github.camelpipedrive.sandbox;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** The last requests received, oldest first, bounded so a long-running sandbox does not grow without end. */
final class RequestJournal {

    static final int DEFAULT_CAPACITY = 10_000;
    static final int BODY_CAP = 64 * 1024;

    private final Deque<RecordedRequest> entries = new ArrayDeque<>();
    private final int capacity;

    RequestJournal(int capacity) {
        this.capacity = capacity;
    }

    synchronized void add(RecordedRequest request) {
        if (capacity <= 0) {
            return;
        }
        if (entries.size() >= capacity) {
            entries.pollFirst();
        }
        entries.addLast(request);
    }

    synchronized List<RecordedRequest> all() {
        return new ArrayList<>(entries);
    }

    synchronized void clear() {
        entries.clear();
    }
}
