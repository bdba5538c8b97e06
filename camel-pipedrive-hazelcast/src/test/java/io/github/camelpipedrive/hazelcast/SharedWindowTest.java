package io.github.camelpipedrive.hazelcast;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.core.HazelcastInstance;
import io.github.camelpipedrive.component.PipedriveComponent;
import io.github.camelpipedrive.component.ratelimit.FallbackRateLimitStore;
import io.github.camelpipedrive.component.ratelimit.RateLimitGovernor;
import io.github.camelpipedrive.sandbox.PipedriveSandbox;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The acceptance test at a short window: three instances (a CamelContext and an embedded Hazelcast member
 * each) share one token against a sandbox allowing {@value #LIMIT} requests per {@value #WINDOW_MILLIS} ms, each
 * adding deals from four threads as fast as it is let through.
 */
class SharedWindowTest {

    static final int LIMIT = 20;
    static final long WINDOW_MILLIS = 500;
    private static final int THREADS = 4;
    private static final int PER_THREAD = 10;

    private PipedriveSandbox sandbox;

    @BeforeEach
    void startSandbox() {
        sandbox = PipedriveSandbox.builder()
                .burstLimit(LIMIT)
                .burstWindow(Duration.ofMillis(WINDOW_MILLIS))
                .start();
    }

    @AfterEach
    void stopSandbox() {
        sandbox.close();
    }

    @Test
    void threeInstancesWithTheStoreDrawFromOneWindowWithout429s() throws Exception {
        try (HazelcastCluster cluster = new HazelcastCluster(3);
                SharedTokenRun run = new SharedTokenRun(sandbox, LIMIT, WINDOW_MILLIS)) {
            for (int i = 0; i < 3; i++) {
                HazelcastInstance member = cluster.member(i);
                run.instance(new HazelcastRateLimitStore(member), 0);
            }

            run.addDeals(THREADS, PER_THREAD);
            System.out.println(run.summary("3 instances, Hazelcast store"));

            int sent = 3 * THREADS * PER_THREAD;
            assertThat(run.completed.get()).as("exchanges completed").isEqualTo(sent);
            assertThat(sandbox.entities("deals"))
                    .filteredOn(d -> String.valueOf(d.get("title")).startsWith("instance "))
                    .hasSize(sent);
            assertThat(run.answered(429)).as("429s in the sandbox's journal").isZero();
            assertThat(run.rateLimitedSeenByComponents())
                    .as("429s counted by the components")
                    .isZero();
            assertThat(run.peakInWindow()).as("most arrivals in any window").isLessThanOrEqualTo(LIMIT);
            // the figure is 90 % (measured 91-94 % here, docs/performance.md); a test on a shared 2-core CI
            // machine asserts a margin below it: a store that starved instances or paused for nothing falls far
            // below (0.66-0.72 when a bare remaining of 0 still paused the governor)
            assertThat(run.shareOfLimit())
                    .as("combined writes per window, share of the limit")
                    .isGreaterThan(0.75);
            for (PipedriveComponent component : run.components()) {
                Map.Entry<String, RateLimitGovernor> governor =
                        component.getGovernors().entrySet().iterator().next();
                FallbackRateLimitStore store =
                        (FallbackRateLimitStore) governor.getValue().store();
                assertThat(store.isShared()).as("never fell back").isTrue();
                assertThat(store.shared().instances(governor.getKey())).isEqualTo(3);
                assertThat(governor.getKey()).doesNotContain(sandbox.token());
            }
        }
    }

    @Test
    void threeInstancesWithoutTheStoreEachTakeTheWholeWindowAndEarn429s() throws Exception {
        try (SharedTokenRun run = new SharedTokenRun(sandbox, LIMIT, WINDOW_MILLIS)) {
            for (int i = 0; i < 3; i++) {
                run.instance(null, 0);
            }

            run.addDeals(THREADS, PER_THREAD);
            System.out.println(run.summary("3 instances, in memory"));

            assertThat(run.answered(429)).as("429s in the sandbox's journal").isPositive();
            assertThat(run.rateLimitedSeenByComponents()).isEqualTo(run.answered(429));
            assertThat(run.peakInWindow()).isGreaterThan(LIMIT);
        }
    }
}
