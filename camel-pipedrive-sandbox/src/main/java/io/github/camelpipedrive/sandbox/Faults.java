package io.github.camelpipedrive.sandbox;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Failure modes a client of Pipedrive meets, switchable at any time (all off by default): latency, a share of
 * 500/503 answers, dropped connections, Cloudflare's HTML 403 page, and "the next N requests fail" for
 * deterministic tests. Counted faults are used up before random ones.
 * <p>
 * Thread-safe; every setter returns {@code this} so calls chain:
 * {@code sandbox.faults().latency(Duration.ofMillis(50)).failNext(2, 503)}.
 */
public final class Faults {

    /** What happens to one request. */
    enum Kind {
        NONE,
        ERROR,
        DROP,
        CLOUDFLARE
    }

    record Decision(Kind kind, int status) {
        static final Decision NONE = new Decision(Kind.NONE, 0);
    }

    private volatile long latencyMinMillis;
    private volatile long latencyMaxMillis;
    private volatile double errorRate;
    private volatile int errorStatus = 500;
    private volatile double dropRate;
    private volatile double cloudflareRate;
    private final AtomicInteger failNext = new AtomicInteger();
    private volatile int failNextStatus = 500;
    private final AtomicInteger dropNext = new AtomicInteger();
    private final AtomicInteger cloudflareNext = new AtomicInteger();

    /** Every answer is delayed by exactly this long. */
    public Faults latency(Duration fixed) {
        return latency(fixed, fixed);
    }

    /** Every answer is delayed by a random time between {@code min} and {@code max}. */
    public Faults latency(Duration min, Duration max) {
        if (min.isNegative() || max.compareTo(min) < 0) {
            throw new IllegalArgumentException("latency needs 0 <= min <= max");
        }
        this.latencyMinMillis = min.toMillis();
        this.latencyMaxMillis = max.toMillis();
        return this;
    }

    /** This share (0.0 to 1.0) of requests is answered 500 with a Pipedrive error body. */
    public Faults errorRate(double share) {
        return errorRate(share, 500);
    }

    /** This share (0.0 to 1.0) of requests is answered with {@code status} (500 or 503) and a Pipedrive error body. */
    public Faults errorRate(double share, int status) {
        this.errorRate = share(share);
        this.errorStatus = status;
        return this;
    }

    /** This share of requests has its connection closed without any answer (the client sees an I/O error). */
    public Faults dropRate(double share) {
        this.dropRate = share(share);
        return this;
    }

    /** This share of requests gets Cloudflare's HTML 403 page, as Pipedrive sends to clients that ignore 429s. */
    public Faults cloudflareRate(double share) {
        this.cloudflareRate = share(share);
        return this;
    }

    /** The next {@code count} requests are answered with {@code status} and a Pipedrive-shaped JSON error body. */
    public Faults failNext(int count, int status) {
        this.failNextStatus = status;
        this.failNext.set(count);
        return this;
    }

    /** The next {@code count} requests have their connection dropped. */
    public Faults dropNext(int count) {
        this.dropNext.set(count);
        return this;
    }

    /** The next {@code count} requests get the Cloudflare HTML 403 page. */
    public Faults cloudflareNext(int count) {
        this.cloudflareNext.set(count);
        return this;
    }

    /** Switches every fault off. */
    public Faults clear() {
        latencyMinMillis = 0;
        latencyMaxMillis = 0;
        errorRate = 0;
        errorStatus = 500;
        dropRate = 0;
        cloudflareRate = 0;
        failNext.set(0);
        dropNext.set(0);
        cloudflareNext.set(0);
        return this;
    }

    long latencyMillis() {
        long min = latencyMinMillis;
        long max = latencyMaxMillis;
        return max <= min ? min : ThreadLocalRandom.current().nextLong(min, max + 1);
    }

    Decision next() {
        if (take(failNext)) {
            return new Decision(Kind.ERROR, failNextStatus);
        }
        if (take(dropNext)) {
            return new Decision(Kind.DROP, 0);
        }
        if (take(cloudflareNext)) {
            return new Decision(Kind.CLOUDFLARE, 403);
        }
        ThreadLocalRandom random = ThreadLocalRandom.current();
        if (dropRate > 0 && random.nextDouble() < dropRate) {
            return new Decision(Kind.DROP, 0);
        }
        if (cloudflareRate > 0 && random.nextDouble() < cloudflareRate) {
            return new Decision(Kind.CLOUDFLARE, 403);
        }
        if (errorRate > 0 && random.nextDouble() < errorRate) {
            return new Decision(Kind.ERROR, errorStatus);
        }
        return Decision.NONE;
    }

    private static boolean take(AtomicInteger counter) {
        return counter.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
    }

    private static double share(double share) {
        if (share < 0 || share > 1) {
            throw new IllegalArgumentException("A share must be between 0.0 and 1.0, was " + share);
        }
        return share;
    }
}
