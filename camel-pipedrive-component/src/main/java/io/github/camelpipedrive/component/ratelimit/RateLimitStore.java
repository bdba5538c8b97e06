package io.github.camelpipedrive.component.ratelimit;

import java.time.Instant;

/**
 * Where the burst windows of Pipedrive tokens are kept. Pipedrive counts a token's window per user and company, not
 * per process: every instance that uses the same store and token draws from one window. The default keeps it in this
 * JVM ({@link InMemoryRateLimitStore}); a shared store (for example {@code camel-pipedrive-hazelcast}) keeps it where
 * all replicas of an application see it.
 * <p>
 * The guarantee is the governor's: a request holds its place from {@link #admit} until {@code spanMillis} after
 * {@link #release}, so a window never sees more than {@code limit} requests whatever the network delays. Keys are
 * credential fingerprints ({@code api-token:1a2b3c...}), never a token.
 * <p>
 * A shared store must answer within a bounded time and throw a {@link RuntimeException} when it cannot: the component
 * then paces locally (limit divided by the number of instances) and comes back to the store when it answers again.
 */
public interface RateLimitStore {

    /**
     * Takes a place in {@code key}'s window when fewer than {@code limit} places are held and the key is neither paused
     * nor closed; otherwise says how long to wait, or until when the key is closed. Places answered more than
     * {@code spanMillis} ago are free.
     */
    Admission admit(String key, int limit, long spanMillis);

    /** The request holding {@code place} has its answer (or failed): the place frees one span from now. */
    void release(String key, Admission place);

    /** The request holding {@code place} was never sent: the place frees now. */
    void cancel(String key, Admission place);

    /** How many places of {@code key} are held now: in flight, or answered less than {@code spanMillis} ago. */
    int held(String key, long spanMillis);

    /** No place of {@code key} is given for {@code millis} from now (after a 429, or Pipedrive's remaining at 0). */
    void pause(String key, long millis);

    /** Nothing is let through on {@code key} until {@code until}. */
    void close(String key, Admission.Closure closure, Instant until);

    /**
     * How many instances (stores in different JVMs) used {@code key} recently, as far as this store can tell; the
     * component divides the limit by it when the store cannot be reached. The in-JVM store says 1.
     */
    default int instances(String key) {
        return 1;
    }
}
