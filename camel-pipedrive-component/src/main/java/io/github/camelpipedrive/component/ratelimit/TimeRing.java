package io.github.camelpipedrive.component.ratelimit;

/**
 * Millisecond times in the order they happened, oldest first, in a growable ring of primitives: what
 * {@link TokenShare} remembers of its answers without boxing one {@code Long} per request. Not thread-safe.
 */
final class TimeRing {

    private long[] times = new long[64];
    private int head;
    private int size;

    void addLast(long time) {
        if (size == times.length) {
            long[] bigger = new long[times.length * 2];
            for (int i = 0; i < size; i++) {
                bigger[i] = times[(head + i) % times.length];
            }
            times = bigger;
            head = 0;
        }
        times[(head + size) % times.length] = time;
        size++;
    }

    /** Forgets the times before {@code oldest}. */
    void forgetBefore(long oldest) {
        while (size > 0 && times[head] < oldest) {
            head = (head + 1) % times.length;
            size--;
        }
    }

    /** How many times are after {@code since}, counted from the newest. */
    int countAfter(long since) {
        int count = 0;
        for (int i = size - 1; i >= 0 && times[(head + i) % times.length] > since; i--) {
            count++;
        }
        return count;
    }

    int size() {
        return size;
    }
}
