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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A {@link RateLimitStore} bean in the Spring context (on a real application, camel-pipedrive-hazelcast's store on
 * the HazelcastInstance Spring Boot created) is the one the component keeps its windows in: autowired, no property
 * needed; rate-limit-instances binds as any option.
 */
@SpringBootTest(
        classes = {StarterTestApplication.class, RateLimitStoreAutowiredTest.Beans.class},
        properties = "camel.component.pipedrive.rate-limit-instances=3")
class RateLimitStoreAutowiredTest {

    static final PipedriveSandbox SANDBOX = PipedriveSandbox.start();

    @DynamicPropertySource
    static void connection(DynamicPropertyRegistry registry) {
        registry.add("camel.component.pipedrive.api-token", SANDBOX::token);
        registry.add("camel.component.pipedrive.base-url", SANDBOX::baseUrl);
    }

    @AfterAll
    static void stopSandbox() {
        SANDBOX.close();
    }

    /** Keeps the windows in memory and notes the keys it was asked for places on. */
    static final class RecordingStore implements RateLimitStore {
        final InMemoryRateLimitStore windows = new InMemoryRateLimitStore();
        final List<String> admitted = new CopyOnWriteArrayList<>();

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

    @TestConfiguration
    static class Beans {
        @Bean
        RecordingStore sharedWindows() {
            return new RecordingStore();
        }
    }

    @Autowired
    CamelContext camelContext;

    @Autowired
    RecordingStore store;

    @Autowired
    ProducerTemplate template;

    @Test
    void theStoreBeanKeepsTheComponentsWindows() {
        PipedriveComponent component = camelContext.getComponent("pipedrive", PipedriveComponent.class);
        assertThat(component.getRateLimitStore()).isSameAs(store);
        assertThat(component.getRateLimitInstances()).isEqualTo(3);

        Map<?, ?> deal = template.requestBody("pipedrive:deal/add", Map.of("title", "Paced"), Map.class);

        assertThat(deal.get("id")).isNotNull();
        assertThat(store.admitted)
                .as("the deal's place was taken in the bean, under the token's fingerprint")
                .singleElement()
                .satisfies(key -> assertThat(key).startsWith("api-token:").doesNotContain(SANDBOX.token()));
    }
}
