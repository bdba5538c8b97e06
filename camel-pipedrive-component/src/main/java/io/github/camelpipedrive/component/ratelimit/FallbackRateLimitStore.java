package io.github.camelpipedrive.component.ratelimit;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A shared {@link RateLimitStore} that neither floods Pipedrive nor stops the routes when it cannot be reached.
 * <ul>
 * <li><b>Shared:</b> every place comes from the shared store.</li>
 * <li><b>Local:</b> when the store throws, this instance waits one span (places the store held are unknown now),
 * then paces in memory at the limit divided by the number of instances: the {@code rateLimitInstances} option, or the
 * number the store last reported. Once per probe interval one request also asks the store; the change is logged once
 * each way.</li>
 * <li><b>Both:</b> when the store answers again, a place needs both the local and the shared window for one probe
 * interval plus one span, long enough for every busy instance to find the store back, so that no window mixes
 * instances pacing locally at full share with instances drawing from the shared window.</li>
 * </ul>
 * Closures (lock-out, spent budget) are kept locally too, so a store that comes back empty does not forget them.
 */
public final class FallbackRateLimitStore implements RateLimitStore {

    private static final Logger LOG = LoggerFactory.getLogger(FallbackRateLimitStore.class);

    /** How often a request asks an unreachable store again. */
    public static final long DEFAULT_PROBE_MILLIS = 5_000;
    /**
     * How often the number of instances is read from the store. Often: the first read comes with this instance's
     * first place, when the others may not have asked yet, and a count of 1 kept until the store fails would pace
     * this instance at the whole limit.
     */
    static final long INSTANCES_REFRESH_MILLIS = 1_000;

    private enum Mode {
        SHARED,
        LOCAL,
        BOTH
    }

    private final RateLimitStore shared;
    private final InMemoryRateLimitStore local;
    private final int configuredInstances;
    private final long probeMillis;
    private final Clock clock;
    private final Map<String, Integer> learnedInstances = new ConcurrentHashMap<>();
    private final AtomicLong nextProbe = new AtomicLong();
    private volatile long nextInstancesRead;
    private volatile Mode mode = Mode.SHARED;
    private volatile long localFrom;
    private volatile long bothUntil;

    /** A place that holds both a local and a shared place. */
    private static final class Both extends Admission {
        private final Admission local;
        private final Admission shared;

        Both(Admission local, Admission shared) {
            this.local = local;
            this.shared = shared;
        }
    }

    /**
     * @param instances how many instances share the token, dividing the limit while the store cannot be reached; 0
     *                  takes the number the store reports
     */
    public FallbackRateLimitStore(RateLimitStore shared, int instances, long probeMillis, Clock clock) {
        this.shared = shared;
        this.local = new InMemoryRateLimitStore(clock);
        this.configuredInstances = Math.max(0, instances);
        this.probeMillis = probeMillis;
        this.clock = clock;
    }

    @Override
    public Admission admit(String key, int limit, long spanMillis) {
        long now = clock.millis();
        Mode m = mode;
        if (m == Mode.SHARED) {
            Admission closed = local.closure(key);
            if (closed != null) {
                return closed;
            }
            try {
                Admission admission = shared.admit(key, limit, spanMillis);
                readInstances(key, now);
                return admission;
            } catch (RuntimeException e) {
                wentDown(key, limit, spanMillis, now, e);
                return Admission.waitFor(spanMillis);
            }
        }
        if (m == Mode.LOCAL && now < localFrom) {
            return Admission.waitFor(localFrom - now);
        }
        Admission place = local.admit(key, localLimit(key, limit), spanMillis);
        if (!place.isGranted() || (m == Mode.LOCAL && !probeDue(now))) {
            return place;
        }
        Admission sharedPlace;
        try {
            sharedPlace = shared.admit(key, limit, spanMillis);
        } catch (RuntimeException e) {
            if (m == Mode.LOCAL) {
                return place;
            }
            local.cancel(key, place);
            wentDown(key, limit, spanMillis, now, e);
            return Admission.waitFor(spanMillis);
        }
        if (m == Mode.LOCAL) {
            cameBack(spanMillis, now);
        } else if (now >= bothUntil) {
            mode = Mode.SHARED;
        }
        if (!sharedPlace.isGranted()) {
            local.cancel(key, place);
            return sharedPlace;
        }
        return new Both(place, sharedPlace);
    }

    @Override
    public void release(String key, Admission place) {
        if (place instanceof Both both) {
            local.release(key, both.local);
            quietly(() -> shared.release(key, both.shared));
        } else if (local.owns(place)) {
            local.release(key, place);
        } else {
            quietly(() -> shared.release(key, place));
        }
    }

    @Override
    public void cancel(String key, Admission place) {
        if (place instanceof Both both) {
            local.cancel(key, both.local);
            quietly(() -> shared.cancel(key, both.shared));
        } else if (local.owns(place)) {
            local.cancel(key, place);
        } else {
            quietly(() -> shared.cancel(key, place));
        }
    }

    @Override
    public int held(String key, long spanMillis) {
        if (mode == Mode.SHARED) {
            try {
                return shared.held(key, spanMillis);
            } catch (RuntimeException e) {
                return local.held(key, spanMillis);
            }
        }
        return local.held(key, spanMillis);
    }

    @Override
    public void pause(String key, long millis) {
        local.pause(key, millis);
        if (mode != Mode.LOCAL) {
            quietly(() -> shared.pause(key, millis));
        }
    }

    @Override
    public void close(String key, Admission.Closure closure, Instant until) {
        local.close(key, closure, until);
        if (mode != Mode.LOCAL) {
            quietly(() -> shared.close(key, closure, until));
        }
    }

    @Override
    public int instances(String key) {
        return configuredInstances > 0 ? configuredInstances : learnedInstances.getOrDefault(key, 1);
    }

    /** Whether places come from the shared store only (false while pacing locally or coming back). */
    public boolean isShared() {
        return mode == Mode.SHARED;
    }

    /** The shared store this one falls back from. */
    public RateLimitStore shared() {
        return shared;
    }

    private int localLimit(String key, int limit) {
        return Math.max(1, limit / instances(key));
    }

    private void readInstances(String key, long now) {
        if (configuredInstances == 0 && now >= nextInstancesRead) {
            nextInstancesRead = now + INSTANCES_REFRESH_MILLIS;
            learnedInstances.put(key, Math.max(1, shared.instances(key)));
        }
    }

    private boolean probeDue(long now) {
        long due = nextProbe.get();
        return now >= due && nextProbe.compareAndSet(due, now + probeMillis);
    }

    private synchronized void wentDown(String key, int limit, long spanMillis, long now, RuntimeException e) {
        if (mode == Mode.LOCAL) {
            return;
        }
        mode = Mode.LOCAL;
        localFrom = now + spanMillis;
        nextProbe.set(now + probeMillis);
        LOG.warn(
                "The rate-limit store {} cannot be reached ({}): token {} is paced in this JVM at {} requests per window"
                        + " (limit {} / {} instances) until the store answers again; asking it every {} ms",
                shared,
                e.getClass().getSimpleName(),
                key,
                localLimit(key, limit),
                limit,
                instances(key),
                probeMillis);
    }

    private synchronized void cameBack(long spanMillis, long now) {
        if (mode != Mode.LOCAL) {
            return;
        }
        bothUntil = now + probeMillis + spanMillis;
        mode = Mode.BOTH;
        LOG.info(
                "The rate-limit store {} answers again: places come from it alone after {} ms of pacing by both",
                shared,
                probeMillis + spanMillis);
    }

    private static void quietly(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            LOG.debug(
                    "The rate-limit store did not take an update: {}",
                    e.getClass().getSimpleName());
        }
    }

    @Override
    public String toString() {
        return shared + " (mode " + mode + ")";
    }
}
