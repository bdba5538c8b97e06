package io.github.camelpipedrive.hazelcast;

import java.util.ArrayList;
import java.util.List;

/**
 * One key's window as the entry processors see it, read from and written back to the map's compact value: an array
 * of longs holding a header (paused-until, locked-out-until, budget-spent-until, the next place id, the number of
 * places and of instances), then three longs per place (id, admitted at, answered at or 0 while in flight), then
 * three per instance (its id's two halves and when it last asked for a place). Every time is the clock of the member
 * that runs the processor, so a window never mixes clocks.
 */
final class Window {

    private static final int HEADER = 6;
    private static final int PLACE = 3;
    private static final int INSTANCE = 3;

    long pausedUntil;
    long lockedOutUntil;
    long budgetSpentUntil;
    long nextPlaceId;
    /** Each {id, admitted at, answered at (0: in flight)}. */
    final List<long[]> places = new ArrayList<>();
    /** Each {id's most significant bits, least significant bits, last seen}. */
    final List<long[]> instances = new ArrayList<>();

    static Window of(long[] value) {
        Window w = new Window();
        if (value == null || value.length < HEADER) {
            return w;
        }
        w.pausedUntil = value[0];
        w.lockedOutUntil = value[1];
        w.budgetSpentUntil = value[2];
        w.nextPlaceId = value[3];
        int placeCount = (int) value[4];
        int instanceCount = (int) value[5];
        int i = HEADER;
        for (int p = 0; p < placeCount; p++, i += PLACE) {
            w.places.add(new long[] {value[i], value[i + 1], value[i + 2]});
        }
        for (int n = 0; n < instanceCount; n++, i += INSTANCE) {
            w.instances.add(new long[] {value[i], value[i + 1], value[i + 2]});
        }
        return w;
    }

    long[] toArray() {
        long[] value = new long[HEADER + places.size() * PLACE + instances.size() * INSTANCE];
        value[0] = pausedUntil;
        value[1] = lockedOutUntil;
        value[2] = budgetSpentUntil;
        value[3] = nextPlaceId;
        value[4] = places.size();
        value[5] = instances.size();
        int i = HEADER;
        for (long[] p : places) {
            System.arraycopy(p, 0, value, i, PLACE);
            i += PLACE;
        }
        for (long[] n : instances) {
            System.arraycopy(n, 0, value, i, INSTANCE);
            i += INSTANCE;
        }
        return value;
    }

    /** Drops the places answered one span ago or more, and those in flight for longer than {@code abandonAfter}. */
    void dropFreed(long now, long spanMillis, long abandonAfterMillis) {
        places.removeIf(p -> p[2] != 0 ? p[2] <= now - spanMillis : p[1] <= now - abandonAfterMillis);
    }

    /** Places held now: in flight (not abandoned) or answered less than one span ago. */
    int held(long now, long spanMillis, long abandonAfterMillis) {
        int count = 0;
        for (long[] p : places) {
            if (p[2] != 0 ? p[2] > now - spanMillis : p[1] > now - abandonAfterMillis) {
                count++;
            }
        }
        return count;
    }

    /** When the earliest answered place frees, or {@link Long#MAX_VALUE} when every place is in flight. */
    long earliestFree(long spanMillis) {
        long earliest = Long.MAX_VALUE;
        for (long[] p : places) {
            if (p[2] != 0) {
                earliest = Math.min(earliest, p[2] + spanMillis);
            }
        }
        return earliest;
    }

    long[] place(long id) {
        for (long[] p : places) {
            if (p[0] == id) {
                return p;
            }
        }
        return null;
    }

    /** Notes that an instance asked now, and forgets those silent for {@code instanceWindow}. */
    void seen(long msb, long lsb, long now, long instanceWindowMillis) {
        instances.removeIf(n -> n[2] <= now - instanceWindowMillis);
        for (long[] n : instances) {
            if (n[0] == msb && n[1] == lsb) {
                n[2] = now;
                return;
            }
        }
        instances.add(new long[] {msb, lsb, now});
    }

    int instances(long now, long instanceWindowMillis) {
        int count = 0;
        for (long[] n : instances) {
            if (n[2] > now - instanceWindowMillis) {
                count++;
            }
        }
        return count;
    }
}
