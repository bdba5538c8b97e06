package io.github.camelpipedrive.component.fields;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.camelpipedrive.component.error.PipedriveException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The cache's promises: one load per TTL and key, one load for many concurrent callers, refresh on request. */
class FieldDefinitionCacheTest {

    final AtomicLong nanos = new AtomicLong(1_000);
    final AtomicInteger loads = new AtomicInteger();
    final FieldDefinitionCache cache = new FieldDefinitionCache(1_000, nanos::get);

    EntityFields load() {
        loads.incrementAndGet();
        return new EntityFields("deal", List.of());
    }

    void advanceMillis(long ms) {
        nanos.addAndGet(TimeUnit.MILLISECONDS.toNanos(ms));
    }

    @Test
    void aFreshEntryIsServedUntilItsTtlEnds() throws Exception {
        EntityFields first = cache.get("k", false, this::load);
        advanceMillis(999);
        assertThat(cache.get("k", false, this::load)).isSameAs(first);
        assertThat(loads).hasValue(1);
        advanceMillis(2);
        assertThat(cache.get("k", false, this::load)).isNotSameAs(first);
        assertThat(loads).hasValue(2);
        assertThat(cache.get("other", false, this::load)).isNotNull();
        assertThat(loads).as("keys are separate").hasValue(3);
    }

    @Test
    void refreshLoadsAgainAndMarkStaleDefersTheLoad() throws Exception {
        cache.get("k", false, this::load);
        cache.get("k", true, this::load);
        assertThat(loads).hasValue(2);
        cache.markStale("k");
        assertThat(loads).as("marking reads nothing").hasValue(2);
        cache.get("k", false, this::load);
        assertThat(loads).hasValue(3);
    }

    @Test
    void concurrentCallersShareOneLoad() throws Exception {
        FieldDefinitionCache realClock = new FieldDefinitionCache(60_000);
        CountDownLatch start = new CountDownLatch(1);
        FieldDefinitionCache.Loader slow = () -> {
            loads.incrementAndGet();
            sleep(100);
            return new EntityFields("deal", List.of());
        };
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<EntityFields>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return realClock.get("k", false, slow);
                }));
            }
            start.countDown();
            EntityFields first = results.get(0).get();
            for (Future<EntityFields> result : results) {
                assertThat(result.get()).isSameAs(first);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(loads).hasValue(1);
        assertThat(realClock.loads()).isEqualTo(1);
    }

    @Test
    void refreshesAskedForDuringALoadShareThatLoad() throws Exception {
        FieldDefinitionCache realClock = new FieldDefinitionCache(60_000);
        CountDownLatch release = new CountDownLatch(1);
        FieldDefinitionCache.Loader held = () -> {
            loads.incrementAndGet();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new EntityFields("deal", List.of());
        };
        Thread loader = new Thread(() -> get(realClock, false, held));
        loader.start();
        while (loads.get() == 0) {
            sleep(1);
        }
        List<Thread> refreshers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Thread t = new Thread(() -> get(realClock, true, held));
            refreshers.add(t);
            t.start();
        }
        for (Thread t : refreshers) {
            while (t.getState() != Thread.State.BLOCKED) {
                sleep(1);
            }
        }
        release.countDown();
        loader.join(5_000);
        for (Thread t : refreshers) {
            t.join(5_000);
        }
        assertThat(loads)
                .as("one load for the first caller and the four refreshers waiting on it")
                .hasValue(1);
        realClock.get("k", true, held);
        assertThat(loads).as("a later refresh loads again").hasValue(2);
    }

    static void get(FieldDefinitionCache cache, boolean refresh, FieldDefinitionCache.Loader loader) {
        try {
            cache.get("k", refresh, loader);
        } catch (PipedriveException e) {
            throw new IllegalStateException(e);
        }
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aFailedFirstLoadFailsAndAFailedReloadKeepsTheOldDefinitionsForAWhile() throws Exception {
        PipedriveException down = new PipedriveException("dealField/list", "down");
        assertThatThrownBy(() -> cache.get("k", false, () -> {
                    throw down;
                }))
                .isSameAs(down);
        EntityFields loaded = cache.get("k", false, this::load);
        advanceMillis(1_500);
        assertThat(cache.get("k", false, () -> {
                    throw down;
                }))
                .as("stale but usable")
                .isSameAs(loaded);
        assertThat(cache.get("k", false, this::load))
                .as("no new attempt while backing off")
                .isSameAs(loaded);
        assertThat(loads).hasValue(1);
        advanceMillis(1_001);
        assertThat(cache.get("k", false, this::load)).isNotSameAs(loaded);
        assertThat(loads).hasValue(2);
        assertThatThrownBy(() -> cache.get("k", true, () -> {
                    throw down;
                }))
                .as("an explicit refresh reports the failure")
                .isSameAs(down);
    }
}
