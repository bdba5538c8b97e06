package io.github.camelpipedrive.hazelcast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hazelcast.core.HazelcastInstance;
import io.github.camelpipedrive.component.ratelimit.Admission;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The store on two real Hazelcast members on loopback, a store on each: one window per key across both. */
class HazelcastRateLimitStoreTest {

    private static HazelcastCluster cluster;
    private static HazelcastInstance memberA;
    private static HazelcastInstance memberB;

    private final String key = "api-token:" + UUID.randomUUID();

    @BeforeAll
    static void startCluster() {
        cluster = new HazelcastCluster(2);
        memberA = cluster.member(0);
        memberB = cluster.member(1);
        assertThat(memberA.getCluster().getMembers()).hasSize(2);
    }

    @AfterAll
    static void stopCluster() {
        cluster.close();
    }

    /** One place granted: when (local clock, after the store's) and when its answer was in (before the store's). */
    private record Grant(long grantedAt, long releasedAt) {}

    @Test
    void concurrentAdmitsOnTwoMembersNeverHoldMoreThanTheLimit() throws Exception {
        int limit = 5;
        long span = 100;
        List<HazelcastRateLimitStore> stores =
                List.of(new HazelcastRateLimitStore(memberA), new HazelcastRateLimitStore(memberB));
        ConcurrentLinkedQueue<Grant> ledger = new ConcurrentLinkedQueue<>();
        ExecutorService threads = Executors.newFixedThreadPool(6);
        long end = System.currentTimeMillis() + 1_000;
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < 6; t++) {
            HazelcastRateLimitStore store = stores.get(t % 2);
            running.add(threads.submit(() -> {
                while (System.currentTimeMillis() < end) {
                    Admission a = store.admit(key, limit, span);
                    if (!a.isGranted()) {
                        Thread.sleep(Math.min(a.waitMillis(), 20));
                        continue;
                    }
                    long grantedAt = System.currentTimeMillis();
                    Thread.sleep(ThreadLocalRandom.current().nextInt(3)); // the request on its way
                    long releasedAt = System.currentTimeMillis();
                    store.release(key, a);
                    ledger.add(new Grant(grantedAt, releasedAt));
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get(10, TimeUnit.SECONDS);
        }
        threads.shutdown();

        // the ledger's intervals lie inside the store's (granted later, answered earlier than it saw):
        // wherever a grant happened, no more than the limit may overlap it
        int peak = 0;
        for (Grant g : ledger) {
            int overlapping = 0;
            for (Grant other : ledger) {
                if (other.grantedAt() <= g.grantedAt() && g.grantedAt() < other.releasedAt() + span) {
                    overlapping++;
                }
            }
            peak = Math.max(peak, overlapping);
        }
        assertThat(ledger.size()).as("places granted in 1 s").isGreaterThan(3 * limit);
        assertThat(peak).as("places held at once across both members").isLessThanOrEqualTo(limit);
        assertThat(stores.get(0).instances(key)).isEqualTo(2);
        assertThat(stores.get(1).instances(key)).isEqualTo(2);
    }

    @Test
    void aReleasedPlaceFreesOneSpanAfterItsAnswerOnTheOtherMember() throws Exception {
        HazelcastRateLimitStore a = new HazelcastRateLimitStore(memberA);
        HazelcastRateLimitStore b = new HazelcastRateLimitStore(memberB);
        long span = 300;
        Admission first = a.admit(key, 2, span);
        Admission second = a.admit(key, 2, span);
        assertThat(first.isGranted()).isTrue();
        assertThat(second.isGranted()).isTrue();

        Admission inFlight = b.admit(key, 2, span);
        assertThat(inFlight.isGranted()).isFalse();
        assertThat(inFlight.waitMillis())
                .as("both in flight: a short poll, since an answer elsewhere wakes nobody here")
                .isBetween(1L, HazelcastRateLimitStore.POLL_MILLIS);

        a.release(key, first);
        long releasedAt = System.currentTimeMillis();
        Admission answered = b.admit(key, 2, span);
        assertThat(answered.isGranted()).isFalse();
        assertThat(answered.waitMillis()).as("until the answered place frees").isBetween(span - 100, span);
        assertThat(b.held(key, span)).isEqualTo(2);

        Thread.sleep(Math.max(0, releasedAt + span + 20 - System.currentTimeMillis()));
        assertThat(b.held(key, span)).isEqualTo(1);
        assertThat(b.admit(key, 2, span).isGranted()).isTrue();
    }

    @Test
    void aCancelledPlaceFreesAtOnce() {
        HazelcastRateLimitStore a = new HazelcastRateLimitStore(memberA);
        HazelcastRateLimitStore b = new HazelcastRateLimitStore(memberB);
        Admission place = a.admit(key, 1, 10_000);
        assertThat(b.admit(key, 1, 10_000).isGranted()).isFalse();

        a.cancel(key, place);

        assertThat(b.held(key, 10_000)).isZero();
        assertThat(b.admit(key, 1, 10_000).isGranted()).isTrue();
    }

    @Test
    void aPauseAndAClosureOnOneMemberAreSeenOnTheOther() {
        HazelcastRateLimitStore a = new HazelcastRateLimitStore(memberA);
        HazelcastRateLimitStore b = new HazelcastRateLimitStore(memberB);

        a.pause(key, 5_000);
        Admission paused = b.admit(key, 10, 100);
        assertThat(paused.isGranted()).isFalse();
        assertThat(paused.waitMillis()).isBetween(4_000L, 5_000L);

        Instant until = Instant.now().plusSeconds(600);
        a.close(key, Admission.Closure.LOCKED_OUT, until);
        Admission closed = b.admit(key, 10, 100);
        assertThat(closed.closure()).isEqualTo(Admission.Closure.LOCKED_OUT);
        assertThat(closed.closedUntil()).isEqualTo(until.truncatedTo(java.time.temporal.ChronoUnit.MILLIS));

        String other = key + "-budget";
        b.close(other, Admission.Closure.BUDGET_SPENT, until);
        assertThat(a.admit(other, 10, 100).closure()).isEqualTo(Admission.Closure.BUDGET_SPENT);
        b.close(other, Admission.Closure.BUDGET_SPENT, Instant.now().minusSeconds(1));
        assertThat(a.admit(other, 10, 100).isGranted())
                .as("a closure that has passed")
                .isTrue();
    }

    @Test
    void aPlaceNeverReleasedIsDroppedAfterAbandonAfter() throws Exception {
        HazelcastRateLimitStore dying = new HazelcastRateLimitStore(memberA);
        dying.setAbandonAfter(Duration.ofMillis(300));
        HazelcastRateLimitStore survivor = new HazelcastRateLimitStore(memberB);
        survivor.setAbandonAfter(Duration.ofMillis(300));
        assertThat(dying.admit(key, 1, 100).isGranted()).isTrue();
        long admittedAt = System.currentTimeMillis();
        assertThat(survivor.admit(key, 1, 100).isGranted()).isFalse();

        Thread.sleep(Math.max(0, admittedAt + 320 - System.currentTimeMillis()));

        assertThat(survivor.held(key, 100)).isZero();
        assertThat(survivor.admit(key, 1, 100).isGranted()).isTrue();
    }

    @Test
    void aClientWhoseClusterIsGoneFailsWithinTheTimeoutNotHazelcastsTwoMinutes() {
        try (HazelcastCluster lonely = new HazelcastCluster(1)) {
            HazelcastInstance member = lonely.member(0);
            HazelcastRateLimitStore store = new HazelcastRateLimitStore(lonely.client());
            store.setOperationTimeout(Duration.ofMillis(300));
            assertThat(store.admit(key, 1, 100).isGranted()).isTrue();

            member.getLifecycleService().terminate();

            long start = System.nanoTime();
            assertThatThrownBy(() -> store.admit(key, 1, 100))
                    .isInstanceOf(RateLimitStoreUnavailableException.class)
                    .hasMessageContaining("camel-pipedrive-rate-limits");
            assertThatThrownBy(() -> store.release(key, new HazelcastRateLimitStore.Place(1)))
                    .isInstanceOf(RateLimitStoreUnavailableException.class);
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertThat(millis)
                    .as("two calls, 300 ms each at most (plus scheduling)")
                    .isLessThan(2_000);
            assertThat(store.toString()).isEqualTo("HazelcastRateLimitStore[map camel-pipedrive-rate-limits]");
        }
    }
}
