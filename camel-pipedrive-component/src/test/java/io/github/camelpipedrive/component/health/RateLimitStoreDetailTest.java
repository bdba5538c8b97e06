package io.github.camelpipedrive.component.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.camelpipedrive.component.ratelimit.Admission;
import io.github.camelpipedrive.component.ratelimit.FallbackRateLimitStore;
import io.github.camelpipedrive.component.ratelimit.InMemoryRateLimitStore;
import io.github.camelpipedrive.component.ratelimit.RateLimitStore;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The health check says where the burst window is kept, and when a shared store cannot be reached. */
class RateLimitStoreDetailTest {

    static final String KEY = "api-token:0123456789ab";

    @Test
    void aSharedStoreInUseIsNamedAndOneThatCannotBeReachedIsReported() {
        Unreachable store = new Unreachable();
        FallbackRateLimitStore fallback = new FallbackRateLimitStore(store, 2, 5_000, Clock.systemUTC());

        fallback.release(KEY, fallback.admit(KEY, 10, 2_005));
        assertThat(PipedriveHealthCheck.storeDetail(fallback)).isEqualTo("shared: team-store");

        store.down = true;
        fallback.admit(KEY, 10, 2_005);
        assertThat(PipedriveHealthCheck.storeDetail(fallback))
                .startsWith("in memory at limit/instances")
                .contains("team-store cannot be reached");
        assertThat(PipedriveHealthCheck.storeDetail(new InMemoryRateLimitStore()))
                .isEqualTo("in memory");
    }

    /** A shared store that can stop answering. */
    static final class Unreachable implements RateLimitStore {
        private final InMemoryRateLimitStore windows = new InMemoryRateLimitStore();
        volatile boolean down;

        private InMemoryRateLimitStore up() {
            if (down) {
                throw new IllegalStateException("connection refused");
            }
            return windows;
        }

        @Override
        public Admission admit(String key, int limit, long spanMillis) {
            return up().admit(key, limit, spanMillis);
        }

        @Override
        public void release(String key, Admission place) {
            up().release(key, place);
        }

        @Override
        public void cancel(String key, Admission place) {
            up().cancel(key, place);
        }

        @Override
        public int held(String key, long spanMillis) {
            return up().held(key, spanMillis);
        }

        @Override
        public void pause(String key, long millis) {
            up().pause(key, millis);
        }

        @Override
        public void close(String key, Admission.Closure closure, Instant until) {
            up().close(key, closure, until);
        }

        @Override
        public String toString() {
            return "team-store";
        }
    }
}
