package io.github.camelpipedrive.springboot;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A route to Pipedrive without a token stops start-up with a message that names the Spring Boot property; so does a
 * token set while the starter is switched off with camel.component.pipedrive.enabled=false.
 */
class MissingCredentialsTest {

    @Configuration(proxyBeanMethods = false)
    static class Routes {
        @Bean
        RouteBuilder dealRoute() {
            return new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:newDeal").to("pipedrive:deal/add");
                }
            };
        }
    }

    @Test
    void startUpFailsNamingTheProperty() {
        SpringApplicationBuilder app = new SpringApplicationBuilder(StarterTestApplication.class, Routes.class)
                .web(WebApplicationType.NONE)
                .properties("camel.component.pipedrive.base-url=http://127.0.0.1:9");

        assertThatThrownBy(() -> app.run().close())
                .rootCause()
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pipedrive:deal/add")
                .hasMessageContaining("camel.component.pipedrive.api-token");
    }

    @Test
    void enabledFalseAppliesNoProperty() {
        SpringApplicationBuilder app = new SpringApplicationBuilder(StarterTestApplication.class, Routes.class)
                .web(WebApplicationType.NONE)
                .properties(
                        "camel.component.pipedrive.enabled=false",
                        "camel.component.pipedrive.api-token=not-applied",
                        "camel.component.pipedrive.base-url=http://127.0.0.1:9");

        assertThatThrownBy(() -> app.run().close())
                .rootCause()
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has no credentials");
    }
}
