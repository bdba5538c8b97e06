package io.github.camelpipedrive.component.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * One process's share of a token's burst window (20 per 400 ms), learned from what Pipedrive says is used against
 * what the process itself holds. Times are milliseconds on a clock the test moves.
 */
class TokenShareTest {

    static final int LIMIT = 20;
    static final long WINDOW = 400;

    final TokenShare share = new TokenShare(WINDOW, WINDOW + RateLimitGovernor.SAFETY_MILLIS);

    /** An answer that says {@code used} requests are in Pipedrive's window while we hold {@code ours} places. */
    void answer(long now, int used, int ours) {
        share.observe(now, 200, LIMIT, LIMIT - used, ours);
    }

    @Test
    void aProcessAloneKeepsTheWholeLimit() {
        // filling the window: Pipedrive never counts more than we hold (requests in flight are held but not yet
        // counted)
        for (int i = 0; i < 200; i++) {
            long now = i * 10L;
            int used = Math.min(LIMIT, 1 + i % 25);
            answer(now, used, Math.min(LIMIT, used + i % 3));
            assertThat(share.limit(LIMIT)).isEqualTo(LIMIT);
        }
        assertThat(share.others()).isZero();
    }

    @Test
    void aReadingOfOneRequestIsNoiseNotAnotherProcess() {
        answer(0, 6, 5);
        assertThat(share.limit(LIMIT)).isEqualTo(LIMIT);
    }

    @Test
    void whenAnotherProcessSpendsTheTokenThisOneKeepsToWhatIsLeftLessHeadroom() {
        answer(0, 12, 2); // 10 are someone else's
        assertThat(share.others()).isEqualTo(10);
        assertThat(share.limit(LIMIT)).as("20 - 10 - 2 headroom").isEqualTo(8);
        answer(5, 20, 2); // 18 now: made room for at once
        assertThat(share.limit(LIMIT)).isEqualTo(1);
    }

    @Test
    void aLowerGovernorLimitStillCaps() {
        answer(0, 6, 2); // 4 others: share 14
        assertThat(share.limit(LIMIT)).isEqualTo(14);
        assertThat(share.limit(10)).isEqualTo(10);
    }

    @Test
    void ourOwn429sAreNotTakenForOthers() {
        // we hold 10 places, but 5 of them were refused: Pipedrive counts only our other 5
        for (int i = 0; i < 5; i++) {
            share.observe(i, 429, LIMIT, 0, 10);
        }
        answer(10, 15, 10);
        assertThat(share.others()).isEqualTo(10);
        // once the governor has let go of the refused places, they are no longer subtracted
        answer(10 + WINDOW + RateLimitGovernor.SAFETY_MILLIS, 15, 5);
        assertThat(share.others()).isEqualTo(10);
    }

    @Test
    void roomGivenUpComesBackATwentiethOfTheLimitPerWindow() {
        answer(0, 12, 2); // others 10: share 8
        // the other process now spends 6 of the window: target 20 - 6 - 2 = 12
        long now = 0;
        for (int i = 1; i <= 40; i++) { // one answer every 20 ms: 2 windows
            now = i * 20L;
            answer(now, 6 + Math.min(8, i), Math.min(8, i));
        }
        assertThat(share.others())
                .as("the estimate falls towards the new reading with a time constant of one window")
                .isCloseTo(6 + 4 * Math.exp(-2), within(0.1));
        assertThat(share.limit(LIMIT)).as("8 + 1 per window for 2 windows").isEqualTo(10);
        for (int i = 41; i <= 80; i++) {
            now = i * 20L;
            answer(now, 14, 8);
        }
        assertThat(share.limit(LIMIT))
                .as("no higher than what the other process leaves: 20 - 6 - 2, less what is left of the older reading")
                .isEqualTo(11);
    }

    @Test
    void whenTheOthersStopThisProcessHasTheWholeLimitAgainWithinAFewWindows() {
        answer(0, 12, 2);
        int windows = 0;
        long now = 0;
        while (share.limit(LIMIT) < LIMIT && windows < 10) {
            for (int i = 1; i <= 10; i++) {
                now += WINDOW / 10;
                answer(now, 8, 8); // only ours
            }
            windows++;
        }
        assertThat(share.limit(LIMIT)).isEqualTo(LIMIT);
        assertThat(windows).as("windows until the whole limit is back").isBetween(2, 4);
    }

    @Test
    void aPauseWithoutAnswersCountsAsOneWindowAtMost() {
        answer(0, 12, 2); // others 10: share 8
        share.observe(10, 429, LIMIT, 0, 3); // a 429 says nothing about who filled the window
        assertThat(share.others()).isEqualTo(10);
        answer(2_100, 2, 2); // the first answer after the 429's pause: nothing of others in this reading
        assertThat(share.others()).as("decayed by one window").isCloseTo(10 / Math.E, within(0.01));
        assertThat(share.limit(LIMIT)).as("8 + 1 for one window").isEqualTo(9);
    }

    private static org.assertj.core.data.Offset<Double> within(double offset) {
        return org.assertj.core.data.Offset.offset(offset);
    }
}
