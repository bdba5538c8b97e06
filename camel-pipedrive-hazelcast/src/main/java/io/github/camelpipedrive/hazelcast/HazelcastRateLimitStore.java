package io.github.camelpipedrive.hazelcast;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.EntryProcessor;
import com.hazelcast.map.IMap;
import io.github.camelpipedrive.component.ratelimit.Admission;
import io.github.camelpipedrive.component.ratelimit.RateLimitStore;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A {@link RateLimitStore} on a Hazelcast {@code IMap}: every instance of an application whose component uses a store
 * on the same cluster and map draws from one burst window per Pipedrive token. Give it to the component as the
 * {@code rateLimitStore} option (a bean reference).
 * <p>
 * Each call is one entry processor on the token's key, atomic on the member that owns the key and timed by that
 * member's clock; no lock, no CP subsystem. A place is held from {@link #admit} until one span after
 * {@link #release}, as in memory. A place never released (its instance died with the request in flight) is dropped
 * after {@link #setAbandonAfter abandonAfter}.
 * <p>
 * Every call waits at most {@link #setOperationTimeout operationTimeout} for the cluster and throws a
 * {@link RateLimitStoreUnavailableException} when it gets no answer: the component then paces this instance alone at
 * the burst limit divided by the number of instances, and asks the store again now and then.
 * <p>
 * The entry processors ({@link WindowProcessors}) run on the members: with embedded members they are there already;
 * with a client of a separate Hazelcast cluster this jar must be on the members' classpath.
 */
public final class HazelcastRateLimitStore implements RateLimitStore {

    /** The map the windows are kept in, unless set otherwise. */
    public static final String DEFAULT_MAP_NAME = "camel-pipedrive-rate-limits";
    /** How long a call waits for the cluster, unless set otherwise. */
    public static final Duration DEFAULT_OPERATION_TIMEOUT = Duration.ofMillis(500);
    /** After how long a place never released is dropped, unless set otherwise. */
    public static final Duration DEFAULT_ABANDON_AFTER = Duration.ofMinutes(2);
    /** An instance counts for {@link #instances} while it asked for a place within this time. */
    static final long INSTANCE_WINDOW_MILLIS = 30_000;
    /** When every place is in flight, how soon to ask again (answers in other JVMs wake nobody here). */
    static final long POLL_MILLIS = 25;

    private final HazelcastInstance hazelcast;
    private final UUID id = UUID.randomUUID();
    private volatile String mapName = DEFAULT_MAP_NAME;
    private volatile long timeoutMillis = DEFAULT_OPERATION_TIMEOUT.toMillis();
    private volatile long abandonAfterMillis = DEFAULT_ABANDON_AFTER.toMillis();
    private volatile IMap<String, long[]> map;

    /** A place held in the shared window. */
    static final class Place extends Admission {
        private final long id;

        Place(long id) {
            this.id = id;
        }

        long id() {
            return id;
        }
    }

    /** A store on {@code hazelcast}: an embedded member or a client of a cluster. */
    public HazelcastRateLimitStore(HazelcastInstance hazelcast) {
        this.hazelcast = Objects.requireNonNull(hazelcast, "hazelcast");
    }

    /** The name of the map the windows are kept in; default {@value #DEFAULT_MAP_NAME}. */
    public void setMapName(String mapName) {
        this.mapName = Objects.requireNonNull(mapName, "mapName");
        this.map = null;
    }

    public String getMapName() {
        return mapName;
    }

    /** How long each call waits for the cluster before it throws; default 500 ms. */
    public void setOperationTimeout(Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("operationTimeout must be positive, was " + timeout);
        }
        this.timeoutMillis = timeout.toMillis();
    }

    public Duration getOperationTimeout() {
        return Duration.ofMillis(timeoutMillis);
    }

    /** After how long a place never released (its instance died) is dropped; default 2 minutes. */
    public void setAbandonAfter(Duration abandonAfter) {
        if (abandonAfter.isNegative() || abandonAfter.isZero()) {
            throw new IllegalArgumentException("abandonAfter must be positive, was " + abandonAfter);
        }
        this.abandonAfterMillis = abandonAfter.toMillis();
    }

    public Duration getAbandonAfter() {
        return Duration.ofMillis(abandonAfterMillis);
    }

    @Override
    public Admission admit(String key, int limit, long spanMillis) {
        long[] answer = call(
                key,
                new WindowProcessors.Admit(
                        limit,
                        spanMillis,
                        abandonAfterMillis,
                        POLL_MILLIS,
                        INSTANCE_WINDOW_MILLIS,
                        id.getMostSignificantBits(),
                        id.getLeastSignificantBits()),
                true);
        long value = answer[1];
        if (answer[0] == WindowProcessors.PLACE) {
            return new Place(value);
        }
        if (answer[0] == WindowProcessors.WAIT) {
            return Admission.waitFor(value);
        }
        return Admission.closed(
                answer[0] == WindowProcessors.LOCKED_OUT
                        ? Admission.Closure.LOCKED_OUT
                        : Admission.Closure.BUDGET_SPENT,
                Instant.ofEpochMilli(value));
    }

    @Override
    public void release(String key, Admission place) {
        call(key, new WindowProcessors.Release(((Place) place).id()), false);
    }

    @Override
    public void cancel(String key, Admission place) {
        call(key, new WindowProcessors.Cancel(((Place) place).id()), false);
    }

    @Override
    public int held(String key, long spanMillis) {
        int[] counts = call(key, count(spanMillis), false);
        return counts[0];
    }

    @Override
    public void pause(String key, long millis) {
        call(key, new WindowProcessors.Pause(millis), false);
    }

    @Override
    public void close(String key, Admission.Closure closure, Instant until) {
        call(key, new WindowProcessors.Close(closure == Admission.Closure.LOCKED_OUT, until.toEpochMilli()), false);
    }

    /** The stores (one per component, in this JVM or another) that asked for a place on {@code key} in the last 30 s. */
    @Override
    public int instances(String key) {
        int[] counts = call(key, count(0), false);
        return Math.max(1, counts[1]);
    }

    private WindowProcessors.Count count(long spanMillis) {
        return new WindowProcessors.Count(spanMillis, abandonAfterMillis, INSTANCE_WINDOW_MILLIS);
    }

    /**
     * Runs a processor on {@code key} and waits for its answer at most the operation timeout. An admission answered too
     * late may still have taken a place: it is given back as soon as it arrives.
     */
    private <R> R call(String key, EntryProcessor<String, long[], R> processor, boolean admission) {
        CompletableFuture<R> future;
        try {
            future = map().submitToKey(key, processor).toCompletableFuture();
        } catch (RuntimeException e) {
            throw unavailable("refused the call", e);
        }
        try {
            return future.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            giveBackLate(key, future, admission);
            throw unavailable("was not waited for: the thread was interrupted", e);
        } catch (TimeoutException e) {
            giveBackLate(key, future, admission);
            throw unavailable("did not answer within " + timeoutMillis + " ms", e);
        } catch (ExecutionException e) {
            throw unavailable("failed", e.getCause());
        }
    }

    private <R> void giveBackLate(String key, CompletableFuture<R> future, boolean admission) {
        if (admission) {
            future.thenAccept(answer -> {
                long[] a = (long[]) answer;
                if (a[0] == WindowProcessors.PLACE) {
                    map().submitToKey(key, new WindowProcessors.Cancel(a[1]));
                }
            });
        }
    }

    private RateLimitStoreUnavailableException unavailable(String what, Throwable cause) {
        return new RateLimitStoreUnavailableException(
                "The rate-limit map " + mapName + " " + what + " ("
                        + cause.getClass().getSimpleName() + ")",
                cause);
    }

    private IMap<String, long[]> map() {
        IMap<String, long[]> m = map;
        if (m == null) {
            m = hazelcast.getMap(mapName);
            map = m;
        }
        return m;
    }

    @Override
    public String toString() {
        return "HazelcastRateLimitStore[map " + mapName + "]";
    }
}
