package io.github.camelpipedrive.component.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.camelpipedrive.sandbox.PipedriveSandbox;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Two applications share one API token and no store: each governor learns from Pipedrive's answers how much of the
 * burst window the other spends and keeps to the rest, so after the first windows the sandbox stops answering 429
 * while the two together still use most of the window. The sandbox runs a short window (20 requests per 400 ms) so the
 * test takes seconds; the components are told the same window.
 */
class InstancesWithoutAStoreTest {

    static final int LIMIT = 20;
    static final Duration WINDOW = Duration.ofMillis(400);
    static PipedriveSandbox sandbox;

    @BeforeAll
    static void startSandbox() {
        sandbox =
                PipedriveSandbox.builder().burstLimit(LIMIT).burstWindow(WINDOW).start();
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @Test
    void twoInstancesOnOneTokenSettleBelowTheLimitAndStopCollecting429s() throws Exception {
        SharedTokenRun.Result run = SharedTokenRun.run(sandbox, 2, 3, 150, LIMIT, WINDOW);
        System.out.println(run);

        assertThat(run.failedExchanges()).as("deals lost").isZero();
        assertThat(run.accepted())
                .as("deals Pipedrive created, one per exchange")
                .isEqualTo(run.exchanges());
        assertThat(run.component429s())
                .as("the components saw the 429s the sandbox answered")
                .isEqualTo(run.sandbox429s());
        assertThat(run.refusalsAfter(0.5))
                .as("429s in the second half of the run")
                .isZero();
        assertThat(run.throughputShareAfter(0.5))
                .as("combined deals per window in the second half, as a share of the limit")
                .isGreaterThan(0.7);
    }

    /**
     * By hand: {@code -Dpipedrive.measure.instances=1,2,3 -Dpipedrive.measure.limit=80
     * -Dpipedrive.measure.window=2000 -Dpipedrive.measure.requests=400} prints one line per instance count.
     */
    @Test
    @EnabledIfSystemProperty(named = "pipedrive.measure.instances", matches = ".+")
    void measure() throws Exception {
        int limit = Integer.getInteger("pipedrive.measure.limit", LIMIT);
        Duration window = Duration.ofMillis(Long.getLong("pipedrive.measure.window", WINDOW.toMillis()));
        int requests = Integer.getInteger("pipedrive.measure.requests", 150);
        int threads = Integer.getInteger("pipedrive.measure.threads", 3);
        for (String instances :
                System.getProperty("pipedrive.measure.instances").split(",")) {
            SharedTokenRun.Result run =
                    SharedTokenRun.run(sandbox, Integer.parseInt(instances.trim()), threads, requests, limit, window);
            System.out.println("MEASURED " + run);
            System.out.println("PER WINDOW (accepted/429) " + run.perWindow());
        }
    }
}
