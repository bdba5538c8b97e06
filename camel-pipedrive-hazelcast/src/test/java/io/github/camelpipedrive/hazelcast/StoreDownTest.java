package io.github.camelpipedrive.hazelcast;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.camelpipedrive.component.PipedriveComponent;
import io.github.camelpipedrive.component.ratelimit.FallbackRateLimitStore;
import io.github.camelpipedrive.sandbox.PipedriveSandbox;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Three instances use Hazelcast clients of a separate one-member cluster; the member goes away in the middle of the
 * run and a new one starts on its port two seconds later. Each instance paces alone at a third of the limit while
 * the store is gone, and comes back to it at its next probe (every 5 s).
 */
class StoreDownTest {

    private static final int LIMIT = 21;
    private static final long WINDOW_MILLIS = 500;

    @Test
    void theRoutesCarryOnWithoutFloodAndComeBackToTheStore() throws Exception {
        try (PipedriveSandbox sandbox = PipedriveSandbox.builder()
                        .burstLimit(LIMIT)
                        .burstWindow(Duration.ofMillis(WINDOW_MILLIS))
                        .start();
                HazelcastCluster cluster = new HazelcastCluster(1);
                LogLines log = new LogLines(FallbackRateLimitStore.class);
                SharedTokenRun run = new SharedTokenRun(sandbox, LIMIT, WINDOW_MILLIS)) {
            cluster.member(0);
            for (int i = 0; i < 3; i++) {
                run.instance(new HazelcastRateLimitStore(cluster.client()), 3);
            }
            long start = System.currentTimeMillis();
            CompletableFuture<Void> outage = CompletableFuture.runAsync(() -> {
                try {
                    Thread.sleep(1_500);
                    cluster.terminateMembers();
                    Thread.sleep(2_000);
                    cluster.member(0);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });

            run.addDeals(4, 1_000, start + 9_000);
            outage.get();
            System.out.println(run.summary("3 instances, store down from 1.5 s to 3.5 s"));

            int sent = run.completed.get() + run.failed.get();
            assertThat(run.failed.get()).as("exchanges failed").isZero();
            assertThat(sandbox.entities("deals"))
                    .as("every exchange's deal is in Pipedrive")
                    .filteredOn(d -> String.valueOf(d.get("title")).startsWith("instance "))
                    .hasSize(sent);
            assertThat(run.answered(429)).as("429s").isZero();
            assertThat(run.peakInWindow()).as("most arrivals in any window").isLessThanOrEqualTo(LIMIT);
            assertThat(log.at("WARN"))
                    .as("one warning per instance")
                    .hasSize(3)
                    .allSatisfy(line -> assertThat(line)
                            .contains("HazelcastRateLimitStore[map camel-pipedrive-rate-limits] cannot be reached")
                            .contains("at 7 requests per window (limit 21 / 3 instances)")
                            .doesNotContain(sandbox.token()));
            assertThat(log.at("INFO")).as("one recovery per instance").hasSize(3);
            for (PipedriveComponent component : run.components()) {
                assertThat(component.getGovernors().values())
                        .singleElement()
                        .satisfies(g -> assertThat(((FallbackRateLimitStore) g.store()).isShared()
                                        || g.store().toString().contains("mode BOTH"))
                                .as("back on the store")
                                .isTrue());
            }
        }
    }
}
