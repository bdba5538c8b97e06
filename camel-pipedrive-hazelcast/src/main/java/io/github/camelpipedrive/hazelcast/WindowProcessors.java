package io.github.camelpipedrive.hazelcast;

import com.hazelcast.core.ReadOnly;
import com.hazelcast.map.EntryProcessor;
import com.hazelcast.nio.ObjectDataInput;
import com.hazelcast.nio.ObjectDataOutput;
import com.hazelcast.nio.serialization.DataSerializable;
import java.io.IOException;
import java.util.Map;

/**
 * The entry processors of {@link HazelcastRateLimitStore}: each runs on the member that owns the key, atomically for
 * that key, and takes its time from that member's clock. They must be on the classpath of every member of the cluster
 * (always so with embedded members; with a client/server cluster this jar goes on the members). On a member they
 * need only this class, {@link Window} and Hazelcast, not the component.
 * <p>
 * A changing processor hands its backups the value it wrote, not itself: run again on a backup, it would read another
 * clock and could decide otherwise.
 */
public final class WindowProcessors {

    /** {@link Admit}'s answer, {@code {kind, value}}: a place and its id. */
    static final long PLACE = 0;
    /** {@link Admit}'s answer: wait {@code value} milliseconds. */
    static final long WAIT = 1;
    /** {@link Admit}'s answer: locked out until the epoch millisecond {@code value}. */
    static final long LOCKED_OUT = 2;
    /** {@link Admit}'s answer: the daily budget is spent until the epoch millisecond {@code value}. */
    static final long BUDGET_SPENT = 3;

    private WindowProcessors() {}

    /** The base of the processors that change a window: their backups get the value written. */
    abstract static class Change<R> implements EntryProcessor<String, long[], R>, DataSerializable {
        private transient boolean unchanged;
        private transient long[] written;

        @Override
        public final R process(Map.Entry<String, long[]> entry) {
            // a retried operation (a partition migrating) runs the same object again
            unchanged = false;
            written = null;
            Window window = Window.of(entry.getValue());
            R result = change(window, System.currentTimeMillis());
            if (!unchanged) {
                written = window.toArray();
                entry.setValue(written);
            }
            return result;
        }

        /** Changes {@code window} and says what to answer. */
        abstract R change(Window window, long now);

        /** Leaves the entry as it was (nothing to write, nothing to back up); answers null. */
        final R unchanged() {
            unchanged = true;
            return null;
        }

        @Override
        public final EntryProcessor<String, long[], R> getBackupProcessor() {
            return written == null ? null : new Replace<>(written);
        }
    }

    /** On a backup: the value the primary wrote. */
    public static final class Replace<R> implements EntryProcessor<String, long[], R>, DataSerializable {
        private long[] value;

        public Replace() {}

        Replace(long[] value) {
            this.value = value;
        }

        @Override
        public R process(Map.Entry<String, long[]> entry) {
            entry.setValue(value);
            return null;
        }

        @Override
        public void writeData(ObjectDataOutput out) throws IOException {
            out.writeLongArray(value);
        }

        @Override
        public void readData(ObjectDataInput in) throws IOException {
            value = in.readLongArray();
        }
    }

    /**
     * Takes a place when fewer than {@code limit} are held and the key is neither paused nor closed; answers
     * {@code {kind, value}}. Notes that the asking instance is alive.
     */
    public static final class Admit extends Change<long[]> {
        private int limit;
        private long spanMillis;
        private long abandonAfterMillis;
        private long pollMillis;
        private long instanceWindowMillis;
        private long instanceMsb;
        private long instanceLsb;

        public Admit() {}

        /** The times are milliseconds; the instance is the asking store's id, as two longs. */
        Admit(
                int limit,
                long spanMillis,
                long abandonAfterMillis,
                long pollMillis,
                long instanceWindowMillis,
                long instanceMsb,
                long instanceLsb) {
            this.limit = limit;
            this.spanMillis = spanMillis;
            this.abandonAfterMillis = abandonAfterMillis;
            this.pollMillis = pollMillis;
            this.instanceWindowMillis = instanceWindowMillis;
            this.instanceMsb = instanceMsb;
            this.instanceLsb = instanceLsb;
        }

        @Override
        long[] change(Window w, long now) {
            w.seen(instanceMsb, instanceLsb, now, instanceWindowMillis);
            if (w.lockedOutUntil > now) {
                return new long[] {LOCKED_OUT, w.lockedOutUntil};
            }
            w.lockedOutUntil = 0;
            if (w.budgetSpentUntil > now) {
                return new long[] {BUDGET_SPENT, w.budgetSpentUntil};
            }
            w.budgetSpentUntil = 0;
            w.dropFreed(now, spanMillis, abandonAfterMillis);
            long waitUntil = w.pausedUntil;
            if (w.places.size() >= limit) {
                long earliest = w.earliestFree(spanMillis);
                // every place in flight: an answer in another JVM wakes nobody here, so ask again soon
                waitUntil = Math.max(
                        waitUntil, earliest == Long.MAX_VALUE ? now + Math.min(spanMillis, pollMillis) : earliest);
            }
            if (waitUntil <= now) {
                long id = ++w.nextPlaceId;
                w.places.add(new long[] {id, now, 0});
                return new long[] {PLACE, id};
            }
            return new long[] {WAIT, waitUntil - now};
        }

        @Override
        public void writeData(ObjectDataOutput out) throws IOException {
            out.writeInt(limit);
            out.writeLong(spanMillis);
            out.writeLong(abandonAfterMillis);
            out.writeLong(pollMillis);
            out.writeLong(instanceWindowMillis);
            out.writeLong(instanceMsb);
            out.writeLong(instanceLsb);
        }

        @Override
        public void readData(ObjectDataInput in) throws IOException {
            limit = in.readInt();
            spanMillis = in.readLong();
            abandonAfterMillis = in.readLong();
            pollMillis = in.readLong();
            instanceWindowMillis = in.readLong();
            instanceMsb = in.readLong();
            instanceLsb = in.readLong();
        }
    }

    /** A change to one place, known by its id. */
    abstract static class OnePlace extends Change<Object> {
        long id;

        OnePlace() {}

        OnePlace(long id) {
            this.id = id;
        }

        @Override
        public void writeData(ObjectDataOutput out) throws IOException {
            out.writeLong(id);
        }

        @Override
        public void readData(ObjectDataInput in) throws IOException {
            id = in.readLong();
        }
    }

    /** The request holding place {@code id} has its answer: the place frees one span from now. */
    public static final class Release extends OnePlace {
        public Release() {}

        Release(long id) {
            super(id);
        }

        @Override
        Object change(Window w, long now) {
            long[] place = w.place(id);
            if (place == null || place[2] != 0) {
                return unchanged();
            }
            place[2] = Math.max(1, now);
            return null;
        }
    }

    /** The request holding place {@code id} was never sent: the place frees now. */
    public static final class Cancel extends OnePlace {
        public Cancel() {}

        Cancel(long id) {
            super(id);
        }

        @Override
        Object change(Window w, long now) {
            return w.places.removeIf(p -> p[0] == id) ? null : unchanged();
        }
    }

    /** No place is given for {@code millis} from now. */
    public static final class Pause extends Change<Object> {
        private long millis;

        public Pause() {}

        Pause(long millis) {
            this.millis = millis;
        }

        @Override
        Object change(Window w, long now) {
            w.pausedUntil = Math.max(w.pausedUntil, now + millis);
            return null;
        }

        @Override
        public void writeData(ObjectDataOutput out) throws IOException {
            out.writeLong(millis);
        }

        @Override
        public void readData(ObjectDataInput in) throws IOException {
            millis = in.readLong();
        }
    }

    /** Nothing is let through until the epoch millisecond {@code until}: locked out, or the budget spent. */
    public static final class Close extends Change<Object> {
        private boolean lockedOut;
        private long until;

        public Close() {}

        Close(boolean lockedOut, long until) {
            this.lockedOut = lockedOut;
            this.until = until;
        }

        @Override
        Object change(Window w, long now) {
            if (lockedOut) {
                w.lockedOutUntil = until;
            } else {
                w.budgetSpentUntil = until;
            }
            return null;
        }

        @Override
        public void writeData(ObjectDataOutput out) throws IOException {
            out.writeBoolean(lockedOut);
            out.writeLong(until);
        }

        @Override
        public void readData(ObjectDataInput in) throws IOException {
            lockedOut = in.readBoolean();
            until = in.readLong();
        }
    }

    /** Reads {@code {places held, instances seen}} without changing anything. */
    public static final class Count implements EntryProcessor<String, long[], int[]>, ReadOnly, DataSerializable {
        private long spanMillis;
        private long abandonAfterMillis;
        private long instanceWindowMillis;

        public Count() {}

        Count(long spanMillis, long abandonAfterMillis, long instanceWindowMillis) {
            this.spanMillis = spanMillis;
            this.abandonAfterMillis = abandonAfterMillis;
            this.instanceWindowMillis = instanceWindowMillis;
        }

        @Override
        public int[] process(Map.Entry<String, long[]> entry) {
            Window w = Window.of(entry.getValue());
            long now = System.currentTimeMillis();
            return new int[] {w.held(now, spanMillis, abandonAfterMillis), w.instances(now, instanceWindowMillis)};
        }

        @Override
        public EntryProcessor<String, long[], int[]> getBackupProcessor() {
            return null;
        }

        @Override
        public void writeData(ObjectDataOutput out) throws IOException {
            out.writeLong(spanMillis);
            out.writeLong(abandonAfterMillis);
            out.writeLong(instanceWindowMillis);
        }

        @Override
        public void readData(ObjectDataInput in) throws IOException {
            spanMillis = in.readLong();
            abandonAfterMillis = in.readLong();
            instanceWindowMillis = in.readLong();
        }
    }
}
