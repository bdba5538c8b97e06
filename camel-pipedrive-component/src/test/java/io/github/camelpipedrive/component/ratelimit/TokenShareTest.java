package io.github.camelpipedrive.component.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * One process's share of a token's burst window (20 per 2 s), learned from what Pipedrive says is used against what
 * the process itself can have in the window. Times are milliseconds on a clock the test moves; Pipedrive's count is
 * modelled: the requests that arrived within the last window.
 */
class TokenShareTest {

    static final int LIMIT = 20;
    static final long WINDOW = RateLimitGovernor.WINDOW_MILLIS;

    final TokenShare share = new TokenShare(WINDOW);
    final List<Long> ourArrivals = new ArrayList<>();

    /**
     * One request of ours that arrives at {@code at} (sent 1 ms before, answered 1 ms after) while {@code others} of
     * someone else's requests are in Pipedrive's window; the answer reports the whole count.
     */
    void request(long at, int others) {
        ourArrivals.add(at);
        long ours = ourArrivals.stream().filter(t -> t > at - WINDOW).count();
        share.sent();
        share.answered(at + 1);
        share.observe(at + 1, at - 1, 200, LIMIT, LIMIT - (others + ours));
    }

    @Test
    void aProcessAloneNeverReadsOthersWhateverTheDelays() {
        // the governor's rule: a place is held from the send until one window after the answer; delays vary from 0 to
        // 60 ms on the way there and back, so requests arrive and are answered out of order
        record Request(long sent, long arrived, long answered) {}
        Random random = new Random(14);
        List<Request> requests = new ArrayList<>();
        List<Long> freeAt = new ArrayList<>();
        for (int i = 0; i < LIMIT; i++) {
            freeAt.add(0L);
        }
        for (int i = 0; i < 1_000; i++) {
            freeAt.sort(Comparator.naturalOrder());
            long sent = freeAt.remove(0) + random.nextInt(3);
            long arrived = sent + random.nextInt(60);
            long answered = arrived + random.nextInt(60);
            requests.add(new Request(sent, arrived, answered));
            freeAt.add(answered + WINDOW + RateLimitGovernor.SAFETY_MILLIS);
        }
        record Event(long at, boolean send, Request request) {}
        List<Event> events = new ArrayList<>();
        for (Request r : requests) {
            events.add(new Event(r.sent(), true, r));
            events.add(new Event(r.answered(), false, r));
        }
        events.sort(Comparator.comparingLong(Event::at).thenComparing(e -> e.send() ? 1 : 0));
        int maxUsed = 0;
        for (Event e : events) {
            if (e.send()) {
                share.sent();
                continue;
            }
            Request r = e.request();
            long used = requests.stream()
                    .filter(o -> o.arrived() <= r.arrived() && o.arrived() > r.arrived() - WINDOW)
                    .count();
            maxUsed = Math.max(maxUsed, (int) used);
            share.answered(e.at());
            share.observe(e.at(), r.sent(), 200, LIMIT, LIMIT - used);
            assertThat(share.limit(LIMIT)).isEqualTo(LIMIT);
        }
        assertThat(maxUsed).as("the window was full at times").isEqualTo(LIMIT);
        assertThat(share.others()).isZero();
    }

    @Test
    void aReadingOfOneRequestIsNoiseNotAnotherProcess() {
        request(0, 1);
        assertThat(share.others()).isEqualTo(1);
        assertThat(share.limit(LIMIT)).isEqualTo(LIMIT);
    }

    @Test
    void whenAnotherProcessSpendsTheTokenThisOneKeepsToWhatIsLeftLessHeadroom() {
        request(0, 10);
        assertThat(share.others()).isEqualTo(10);
        assertThat(share.limit(LIMIT)).as("20 - 10 - 2 headroom").isEqualTo(8);
        request(5, 17); // the other spends more: made room for at once
        assertThat(share.limit(LIMIT)).isEqualTo(1);
    }

    @Test
    void aLowerGovernorLimitStillCaps() {
        request(0, 4); // share 14
        assertThat(share.limit(LIMIT)).isEqualTo(14);
        assertThat(share.limit(10)).isEqualTo(10);
    }

    @Test
    void requestsStillInFlightAreOurs() {
        share.sent();
        share.sent(); // two of ours have arrived but are not answered yet
        share.sent();
        share.answered(1);
        share.observe(1, -1, 200, LIMIT, LIMIT - 5);
        assertThat(share.others()).as("of the 5 counted, 3 are ours").isEqualTo(2);
    }

    @Test
    void roomGivenUpComesBackAFortiethOfTheLimitPerWindow() {
        request(0, 10); // share 8
        for (long t = 30; t <= 4_020; t += 30) { // the other process now spends 6
            request(t, 6);
        }
        assertThat(share.others())
                .as("the estimate falls towards the new reading with a time constant of one window")
                .isCloseTo(6 + 4 * Math.exp(-4_019.0 / WINDOW), within(0.01));
        assertThat(share.limit(LIMIT))
                .as("8 + half a request per window for 2 windows")
                .isEqualTo(9);
        for (long t = 4_050; t <= 20_010; t += 30) {
            request(t, 6);
        }
        assertThat(share.limit(LIMIT))
                .as("no more than the other leaves: 20 - 6 - 2, less what is left of the older reading")
                .isEqualTo(11);
    }

    @Test
    void whenTheOthersStopThisProcessHasTheWholeLimitAgainWithinAFewWindows() {
        request(0, 10);
        long t = 0;
        while (share.limit(LIMIT) < LIMIT && t < 10 * WINDOW) {
            t += WINDOW / 10;
            request(t, 0);
        }
        assertThat(share.limit(LIMIT)).isEqualTo(LIMIT);
        assertThat((double) t / WINDOW)
                .as("windows until the whole limit is back")
                .isBetween(2.0, 3.0);
    }

    @Test
    void aPauseWithoutAnswersCountsAsOneWindowAtMost() {
        request(0, 10); // others 10, share 8
        request(3 * WINDOW, 0); // the first answer after a pause of three windows
        assertThat(share.others()).as("decayed by one window").isCloseTo(10 / Math.E, within(0.01));
        assertThat(share.limit(LIMIT)).as("8 + half a request for one window").isEqualTo(8);
    }

    @Test
    void withAShortWindowOthersAreStillRememberedThroughThePauseA429ImposesOnThem() {
        TokenShare shortWindow = new TokenShare(400);
        shortWindow.sent();
        shortWindow.answered(1);
        shortWindow.observe(1, 0, 200, LIMIT, LIMIT - 11); // 10 others
        shortWindow.sent();
        shortWindow.answered(1_300);
        shortWindow.observe(1_300, 1_299, 200, LIMIT, LIMIT - 1); // they are paused for a second or two
        assertThat(shortWindow.others()).isCloseTo(10 * Math.exp(-400.0 / WINDOW), within(0.01));
        assertThat(shortWindow.limit(LIMIT)).as("their room is kept for them").isEqualTo(8);
    }

    @Test
    void a429ForAFullWindowIsAReadingInWhichOurRefusedRequestsDoNotCount() {
        for (int i = 0; i < 3; i++) {
            request(i, 0);
        }
        for (int i = 0; i < 4; i++) {
            share.sent();
            share.answered(10 + i);
            share.observe(10 + i, 8, 429, LIMIT, 0);
        }
        assertThat(share.others())
                .as("20 in the window, 3 of them ours; Pipedrive did not count our refused requests")
                .isEqualTo(17);
        assertThat(share.limit(LIMIT)).isEqualTo(1);
    }

    @Test
    void a429ForTheDailyBudgetIsNoReading() {
        request(0, 0);
        share.sent();
        share.answered(10);
        share.observe(10, 8, 429, LIMIT, 15);
        assertThat(share.others()).isZero();
        assertThat(share.limit(LIMIT)).isEqualTo(LIMIT);
    }

    @Test
    void aRequestInFlightLongerThanTheMemoryTeachesNothing() {
        share.sent();
        share.answered(20_000);
        share.observe(20_000, 20_000 - TokenShare.MEMORY_MILLIS - 1, 200, LIMIT, 0);
        assertThat(share.others()).isZero();
        assertThat(share.limit(LIMIT)).isEqualTo(LIMIT);
    }
}
