package io.github.camelpipedrive.component.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.camelpipedrive.component.ratelimit.FallbackRateLimitStore;
import io.github.camelpipedrive.component.ratelimit.InMemoryRateLimitStore;
import io.github.camelpipedrive.component.ratelimit.SwitchableRateLimitStore;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/** The health check says where the burst window is kept, and when a shared store cannot be reached. */
class RateLimitStoreDetailTest {

    static final String KEY = "api-token:0123456789ab";

    @Test
    void aSharedStoreInUseIsNamedAndOneThatCannotBeReachedIsReported() {
        SwitchableRateLimitStore store = new SwitchableRateLimitStore(Clock.systemUTC(), "team-store");
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
}
