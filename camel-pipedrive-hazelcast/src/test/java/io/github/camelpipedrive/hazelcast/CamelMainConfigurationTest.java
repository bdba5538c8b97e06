package io.github.camelpipedrive.hazelcast;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.core.HazelcastInstance;
import io.github.camelpipedrive.component.PipedriveComponent;
import io.github.camelpipedrive.component.ratelimit.FallbackRateLimitStore;
import io.github.camelpipedrive.component.ratelimit.RateLimitGovernor;
import io.github.camelpipedrive.sandbox.PipedriveSandbox;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;

/**
 * Camel Main configured as docs/scale-out.md shows: the store declared in application.properties on a Hazelcast
 * instance bound in code, and given to the component by the rateLimitStore option.
 */
class CamelMainConfigurationTest {

    @Test
    void theStoreDeclaredInApplicationPropertiesKeepsTheComponentsWindow() throws Exception {
        try (PipedriveSandbox sandbox = PipedriveSandbox.start();
                HazelcastCluster cluster = new HazelcastCluster(1)) {
            HazelcastInstance hazelcast = cluster.member(0);
            Properties connection = new Properties();
            connection.put("camel.component.pipedrive.api-token", sandbox.token());
            connection.put("camel.component.pipedrive.base-url", sandbox.baseUrl());

            Main main = new Main();
            main.bind("hazelcast", hazelcast);
            main.setPropertyPlaceholderLocations("classpath:camel-main/application.properties");
            main.setOverrideProperties(connection);
            main.start();
            try {
                Map<?, ?> deal = main.getCamelContext()
                        .createProducerTemplate()
                        .requestBody("pipedrive:deal/add", Map.of("title", "Configured"), Map.class);
                assertThat(deal.get("id")).isNotNull();

                PipedriveComponent component =
                        main.getCamelContext().getComponent("pipedrive", PipedriveComponent.class);
                HazelcastRateLimitStore store = (HazelcastRateLimitStore) component.getRateLimitStore();
                assertThat(store.getMapName()).isEqualTo("orders-rate-limits");
                assertThat(store.getOperationTimeout()).isEqualTo(Duration.ofMillis(500));
                assertThat(component.getRateLimitInstances()).isEqualTo(3);
                Map.Entry<String, RateLimitGovernor> governor =
                        component.getGovernors().entrySet().iterator().next();
                assertThat(((FallbackRateLimitStore) governor.getValue().store()).shared())
                        .isSameAs(store);
                assertThat(hazelcast
                                .<String, long[]>getMap("orders-rate-limits")
                                .keySet())
                        .as("the token's window lives in the cluster, under its fingerprint")
                        .containsExactly(governor.getKey())
                        .allSatisfy(key -> assertThat(key).doesNotContain(sandbox.token()));
                assertThat(store.held(governor.getKey(), RateLimitGovernor.WINDOW_MILLIS + 5))
                        .as("the deal's place, answered less than a window ago")
                        .isEqualTo(1);
            } finally {
                main.stop();
            }
        }
    }
}
