package io.github.camelpipedrive.component.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.Test;

/** Pipedrive's search limit (10 per 2 s) is kept by holding the next search back, not by earning a 429. */
class SearchLimitTest {

    @Test
    void theSearchAfterTheLimitWaitsForTheWindowToMove() throws Exception {
        RateLimitGovernor searches = RateLimitGovernor.forSearches(300, Clock.systemUTC());
        long start = System.nanoTime();
        for (int i = 0; i < 10; i++) {
            // the answer comes back at once: its place frees one window from now
            searches.release(searches.acquire());
        }
        assertThat((System.nanoTime() - start) / 1_000_000).as("ten at once").isLessThan(250);
        searches.release(searches.acquire());
        assertThat((System.nanoTime() - start) / 1_000_000)
                .as("the eleventh waits")
                .isGreaterThanOrEqualTo(290);
    }
}
