package io.github.camelpipedrive.component.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The ring of answer times counts and forgets exactly as a plain queue would, across growth and wrap-around. */
class TimeRingTest {

    @Test
    void countsAndForgetsLikeAQueueThroughGrowthAndWrapAround() {
        TimeRing ring = new TimeRing();
        Deque<Long> queue = new ArrayDeque<>();
        Random random = new Random(42);
        long now = 0;
        for (int step = 0; step < 20_000; step++) {
            now += random.nextInt(5);
            ring.addLast(now);
            queue.addLast(now);
            if (step % 7 == 0) {
                long oldest = now - random.nextInt(600);
                ring.forgetBefore(oldest);
                while (!queue.isEmpty() && queue.peekFirst() < oldest) {
                    queue.pollFirst();
                }
            }
            long since = now - random.nextInt(300);
            assertThat(ring.countAfter(since))
                    .isEqualTo((int) queue.stream().filter(t -> t > since).count());
            assertThat(ring.size()).isEqualTo(queue.size());
        }
    }
}
