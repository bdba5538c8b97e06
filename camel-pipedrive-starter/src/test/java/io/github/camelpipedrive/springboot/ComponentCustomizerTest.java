package io.github.camelpipedrive.springboot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.camelpipedrive.component.PipedriveComponent;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.ComponentCustomizer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** An application's ComponentCustomizer runs on the component the properties configured, after the properties. */
@SpringBootTest(
        classes = {StarterTestApplication.class, ComponentCustomizerTest.Beans.class},
        properties = {
            "camel.component.pipedrive.api-token=t",
            "camel.component.pipedrive.burst-limit=5",
            "camel.component.pipedrive.max-connections=9"
        })
class ComponentCustomizerTest {

    static final AtomicInteger BURST_LIMIT_SEEN = new AtomicInteger();

    @TestConfiguration
    static class Beans {
        @Bean
        ComponentCustomizer fewerConnections() {
            return ComponentCustomizer.forType(PipedriveComponent.class, c -> {
                BURST_LIMIT_SEEN.set(c.getBurstLimit());
                c.setMaxConnections(2);
            });
        }
    }

    @Autowired
    CamelContext camelContext;

    @Test
    void customizerRunsAfterTheProperties() {
        PipedriveComponent component = camelContext.getComponent("pipedrive", PipedriveComponent.class);

        assertThat(BURST_LIMIT_SEEN.get())
                .as("burstLimit when the customizer ran")
                .isEqualTo(5);
        assertThat(component.getMaxConnections()).isEqualTo(2);
        assertThat(component.getBurstLimit()).isEqualTo(5);
    }
}
