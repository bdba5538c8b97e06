package io.github.camelpipedrive.benchmarks;

import io.github.camelpipedrive.component.ratelimit.RateLimitGovernor;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The rate-limit governor's own cost per request (take a place, give it back), with the default in-memory window and
 * no waiting: a clock that jumps 10 s per reading frees every answered place at the next request, so the window holds
 * only the requests in flight, as it does below the limit. Written against the governor's public methods that did not
 * change when the window moved behind RateLimitStore, so the same source measures the commits before and after (see
 * docs/performance.md, "The governor's window behind a store").
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class GovernorBenchmarks {

    private RateLimitGovernor governor;

    @Setup
    public void setUp() {
        governor = new RateLimitGovernor(80, RateLimitGovernor.WINDOW_MILLIS, false, new JumpingClock());
    }

    @Benchmark
    @Threads(1)
    public void acquireRelease_t1() throws Exception {
        var place = governor.acquire();
        governor.release(place);
    }

    @Benchmark
    @Threads(4)
    public void acquireRelease_t4() throws Exception {
        var place = governor.acquire();
        governor.release(place);
    }

    /** Jumps 10 s, five windows, at every reading. */
    static final class JumpingClock extends Clock {
        private final AtomicLong millis = new AtomicLong(1_700_000_000_000L);

        @Override
        public long millis() {
            return millis.addAndGet(10_000);
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis());
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
