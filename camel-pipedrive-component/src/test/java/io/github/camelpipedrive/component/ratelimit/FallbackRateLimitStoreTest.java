package io.github.camelpipedrive.component.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.camelpipedrive.component.LogCapture;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the component does when its shared rate-limit store cannot be reached: it neither floods Pipedrive (it waits one
 * window, then allows limit / instances per window) nor stops (requests keep getting places), says so once, and draws
 * from the shared window again once the store answers. The shared store here is an in-memory one that can be switched
 * off; the real engine's behaviour is tested in camel-pipedrive-hazelcast.
 */
class FallbackRateLimitStoreTest {

    static final String KEY = "api-token:0123456789ab";
    static final int LIMIT = 12;
    static final long SPAN = 2_005;
    static final long PROBE = 5_000;

    final MovableClock clock = new MovableClock();
    final SwitchableRateLimitStore shared = new SwitchableRateLimitStore(clock, "team-store");
    final LogCapture log = new LogCapture();
    FallbackRateLimitStore store;

    @BeforeEach
    void setUp() {
        log.attach();
        store = new FallbackRateLimitStore(shared, 3, PROBE, clock);
    }

    @AfterEach
    void tearDown() {
        log.detach();
    }

    @Test
    void whileTheStoreAnswersEveryPlaceIsTheSharedWindows() {
        List<Admission> places = admitAll();
        assertThat(places).hasSize(LIMIT);
        assertThat(shared.held(KEY, SPAN)).isEqualTo(LIMIT);
        assertThat(store.admit(KEY, LIMIT, SPAN).waitMillis())
                .as("the 13th waits")
                .isPositive();
        places.forEach(p -> store.release(KEY, p));
        clock.advance(SPAN);
        assertThat(store.admit(KEY, LIMIT, SPAN).isGranted()).isTrue();
        assertThat(store.isShared()).isTrue();
    }

    @Test
    void whenTheStoreFailsItWaitsOneWindowThenAllowsTheLimitDividedByTheInstances() {
        shared.down = true;
        Admission first = store.admit(KEY, LIMIT, SPAN);
        assertThat(first.isGranted()).isFalse();
        assertThat(first.waitMillis())
                .as("places the store held are unknown: one window")
                .isEqualTo(SPAN);
        assertThat(store.admit(KEY, LIMIT, SPAN).waitMillis()).isPositive();

        clock.advance(SPAN);
        assertThat(admitAll()).as("12 / 3 instances").hasSize(4);
        clock.advance(SPAN + 1);
        // the places above were never released, so they are still held: nothing more
        assertThat(admitAll()).isEmpty();
        assertThat(warnings()).as("said once").hasSize(1);
        assertThat(warnings().get(0))
                .contains("cannot be reached", KEY, "4 requests per window", "limit 12 / 3 instances");
    }

    @Test
    void whenTheStoreAnswersAgainBothWindowsAreKeptForOneProbeAndOneSpanThenTheSharedOneAlone() {
        shared.down = true;
        store.admit(KEY, LIMIT, SPAN);
        clock.advance(SPAN);
        releaseAll(admitAll());
        shared.down = false;
        clock.advance(PROBE);

        List<Admission> both = admitAll();
        assertThat(both).as("the local share still bounds this instance").hasSize(4);
        assertThat(shared.held(KEY, SPAN))
                .as("and the shared window counts them")
                .isEqualTo(4);
        assertThat(infos()).hasSize(1);
        assertThat(infos().get(0)).contains("answers again");
        assertThat(store.isShared()).isFalse();
        releaseAll(both);

        clock.advance(PROBE + SPAN + 1);
        store.admit(KEY, LIMIT, SPAN);
        assertThat(store.isShared()).isTrue();
        assertThat(admitAll()).as("the whole shared window again").hasSize(LIMIT - 1);
        assertThat(warnings()).hasSize(1);
    }

    @Test
    void aClosureOutlivesAStoreThatComesBackEmpty() {
        Instant until = clock.instant().plusSeconds(600);
        store.close(KEY, Admission.Closure.LOCKED_OUT, until);
        shared.forgetEverything();
        Admission admission = store.admit(KEY, LIMIT, SPAN);
        assertThat(admission.closure()).isEqualTo(Admission.Closure.LOCKED_OUT);
        assertThat(admission.closedUntil()).isEqualTo(until);
    }

    @Test
    void withoutAConfiguredNumberTheInstancesTheStoreReportedDivideTheLimit() {
        FallbackRateLimitStore learning = new FallbackRateLimitStore(shared, 0, PROBE, clock);
        shared.instances = 4;
        learning.release(KEY, learning.admit(KEY, LIMIT, SPAN));
        shared.down = true;
        learning.admit(KEY, LIMIT, SPAN);
        clock.advance(SPAN * 2);
        int granted = 0;
        while (learning.admit(KEY, LIMIT, SPAN).isGranted()) {
            granted++;
        }
        assertThat(granted).as("12 / 4 reported instances").isEqualTo(3);
    }

    private List<Admission> admitAll() {
        List<Admission> places = new ArrayList<>();
        for (int i = 0; i < LIMIT * 2; i++) {
            Admission admission = store.admit(KEY, LIMIT, SPAN);
            if (!admission.isGranted()) {
                break;
            }
            places.add(admission);
        }
        return places;
    }

    private void releaseAll(List<Admission> places) {
        places.forEach(p -> store.release(KEY, p));
    }

    private List<String> warnings() {
        return log.lines.stream()
                .filter(l -> l.contains("WARN") && l.contains("FallbackRateLimitStore"))
                .toList();
    }

    private List<String> infos() {
        return log.lines.stream()
                .filter(l -> l.contains("INFO") && l.contains("FallbackRateLimitStore"))
                .toList();
    }

    /** A clock the test moves. */
    static final class MovableClock extends Clock {
        private long millis = 1_700_000_000_000L;

        void advance(long by) {
            millis += by;
        }

        @Override
        public long millis() {
            return millis;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
