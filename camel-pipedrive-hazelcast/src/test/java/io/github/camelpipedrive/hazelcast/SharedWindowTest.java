package io.github.camelpipedrive.hazelcast;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.camelpipedrive.sandbox.PipedriveSandbox;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The acceptance test at a short window, without the store: three instances (a CamelContext each) share one
 * token against a sandbox allowing {@value #LIMIT} requests per {@value #WINDOW_MILLIS} ms, each adding deals from
 * four threads as fast as it is let through. {@link SeparateJvmsTest} runs the same with the store, in three JVMs;
 * {@link ScaleOutMeasurement} both, by hand, at one to three instances.
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
