package io.github.camelpipedrive.component.upsert;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Pipedrive's search limit (10 per 2 s) is kept by holding the next search back, not by earning a 429. */
class SearchPacerTest {

    @Test
    void theSearchAfterTheLimitWaitsForTheWindowToMove() throws Exception {
        SearchPacer pacer = new SearchPacer(10, 300);
        long start = System.nanoTime();
        for (int i = 0; i < 10; i++) {
            pacer.acquire();
        }
        assertThat((System.nanoTime() - start) / 1_000_000).as("ten at once").isLessThan(250);
        pacer.acquire();
        assertThat((System.nanoTime() - start) / 1_000_000).as("the eleventh waits").isGreaterThanOrEqualTo(290);
    }
}
