package io.github.camelpipedrive.springboot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.camelpipedrive.component.PipedriveComponent;
import io.github.camelpipedrive.component.ratelimit.Admission;
import io.github.camelpipedrive.component.ratelimit.InMemoryRateLimitStore;
import io.github.camelpipedrive.component.ratelimit.RateLimitStore;
import io.github.camelpipedrive.sandbox.PipedriveSandbox;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A shared rate-limit store is one bean and one property on Spring Boot
 * ({@code camel.component.pipedrive.rate-limit-store=#teamStore}): the component draws every request's place from it.
 */
@SpringBootTest(classes = {StarterTestApplication.class, RateLimitStoreBeanTest.Beans.class})
class RateLimitStoreBeanTest {

    static final PipedriveSandbox SANDBOX = PipedriveSandbox.start();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("camel.component.pipedrive.api-token", SANDBOX::token);
        registry.add("camel.component.pipedrive.base-url", SANDBOX::baseUrl);
        registry.add("camel.component.pipedrive.rate-limit-store", () -> "#teamStore");
        registry.add("camel.component.pipedrive.rate-limit-instances", () -> "3");
    }

    @AfterAll
    static void stopSandbox() {
        SANDBOX.close();
    }

    @TestConfiguration
    static class Beans {
        @Bean
        RecordingStore teamStore() {
            return new RecordingStore();
        }

        @Bean
        RouteBuilder route() {
            return new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:newDeal").to("pipedrive:deal/add");
                }
            };
        }
    }

    @Autowired
    CamelContext camelContext;

    @Autowired
    ProducerTemplate template;

    @Autowired
    RecordingStore teamStore;

    @Test
    void everyRequestTakesItsPlaceFromTheStoreBean() {
        PipedriveComponent component = camelContext.getComponent("pipedrive", PipedriveComponent.class);
        assertThat(component.getRateLimitStore()).isSameAs(teamStore);
        assertThat(component.getRateLimitInstances()).isEqualTo(3);

        template.requestBody("direct:newDeal", Map.of("title", "Shared budget"), Map.class);
        template.requestBody("direct:newDeal", Map.of("title", "Shared budget 2"), Map.class);

        assertThat(SANDBOX.entities("deals")).hasSize(2);
        assertThat(teamStore.admitted)
                .as("one place per request, keyed by the token's fingerprint")
                .hasSize(2)
                .allSatisfy(key -> assertThat(key).startsWith("api-token:").doesNotContain(SANDBOX.token()));
        assertThat(teamStore.released).isEqualTo(teamStore.admitted);
    }

    /** A store that records the keys it was asked for, keeping the windows in memory. */
    static final class RecordingStore implements RateLimitStore {
        final InMemoryRateLimitStore windows = new InMemoryRateLimitStore();
        final List<String> admitted = new CopyOnWriteArrayList<>();
        final List<String> released = new CopyOnWriteArrayList<>();

        @Override
        public Admission admit(String key, int limit, long spanMillis) {
            Admission admission = windows.admit(key, limit, spanMillis);
            if (admission.isGranted()) {
                admitted.add(key);
            }
            return admission;
        }

        @Override
        public void release(String key, Admission place) {
            released.add(key);
            windows.release(key, place);
        }

        @Override
        public void cancel(String key, Admission place) {
            windows.cancel(key, place);
        }

        @Override
        public int held(String key, long spanMillis) {
            return windows.held(key, spanMillis);
        }

        @Override
        public void pause(String key, long millis) {
            windows.pause(key, millis);
        }

        @Override
        public void close(String key, Admission.Closure closure, Instant until) {
            windows.close(key, closure, until);
        }
    }
}
