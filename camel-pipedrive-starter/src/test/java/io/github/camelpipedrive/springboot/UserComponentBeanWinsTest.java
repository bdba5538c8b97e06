package io.github.camelpipedrive.springboot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.camelpipedrive.component.PipedriveComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.ComponentCustomizer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The application's own {@code pipedrive} bean is the component the routes use, as the application built it: the
 * starter's properties do not overwrite it, while Camel's {@link ComponentCustomizer} beans still run on it.
 */
@SpringBootTest(
        classes = {StarterTestApplication.class, UserComponentBeanWinsTest.Beans.class},
        properties = {"camel.component.pipedrive.api-token=from-properties", "camel.component.pipedrive.burst-limit=3"})
class UserComponentBeanWinsTest {

    @TestConfiguration
    static class Beans {
        @Bean("pipedrive")
        PipedriveComponent pipedrive() {
            PipedriveComponent component = new PipedriveComponent();
            component.setApiToken("from-bean");
            component.setBurstLimit(11);
            return component;
        }

        @Bean
        ComponentCustomizer noRetries() {
            return ComponentCustomizer.forType(PipedriveComponent.class, c -> c.setMaxRetries(0));
        }
    }

    @Autowired
    CamelContext camelContext;

    @Autowired
    PipedriveComponent userBean;

    @Test
    void theUserBeanIsUsedAsBuilt() {
        PipedriveComponent component = camelContext.getComponent("pipedrive", PipedriveComponent.class);

        assertThat(component).isSameAs(userBean);
        assertThat(component.getApiToken()).isEqualTo("from-bean");
        assertThat(component.getBurstLimit()).isEqualTo(11);
    }

    @Test
    void camelComponentCustomizersStillApply() {
        assertThat(camelContext
                        .getComponent("pipedrive", PipedriveComponent.class)
                        .getMaxRetries())
                .isZero();
    }
}
