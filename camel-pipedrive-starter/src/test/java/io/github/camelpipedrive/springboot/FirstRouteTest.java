package io.github.camelpipedrive.springboot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.camelpipedrive.sandbox.PipedriveSandbox;
import java.util.Map;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What a Spring Boot user does: add camel-pipedrive-starter, set two properties, write a route. The deal reaches
 * Pipedrive (the sandbox), and the token appears in no start-up log line although every logger is at DEBUG.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(
        classes = {StarterTestApplication.class, FirstRouteTest.Routes.class},
        properties = "logging.level.root=DEBUG")
class FirstRouteTest {

    static final String TOKEN = "s3cr3t-first-route-token-4711";
    static final PipedriveSandbox SANDBOX =
            PipedriveSandbox.builder().token(TOKEN).start();

    @DynamicPropertySource
    static void twoProperties(DynamicPropertyRegistry registry) {
        registry.add("camel.component.pipedrive.api-token", () -> TOKEN);
        registry.add("camel.component.pipedrive.base-url", SANDBOX::baseUrl);
    }

    @AfterAll
    static void stopSandbox() {
        SANDBOX.close();
    }

    @TestConfiguration
    static class Routes {
        @Bean
        RouteBuilder firstRoute() {
            return new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:newDeal").to("pipedrive:deal/add");
                }
            };
        }
    }

    @Autowired
    ProducerTemplate template;

    @Test
    void theFirstRouteAddsADealAndNeverLogsTheToken(CapturedOutput output) {
        String startUp = output.getAll();
        assertThat(startUp)
                .as("start-up logs at DEBUG")
                .contains("Found component: pipedrive") // the component was created and configured...
                .doesNotContain(TOKEN); // ...and the token was never printed

        Map<?, ?> answer =
                template.requestBody("direct:newDeal", Map.of("title", "Spring Boot deal", "value", 1200), Map.class);

        assertThat(answer.get("id")).isNotNull();
        assertThat(SANDBOX.entities("deals")).singleElement().satisfies(deal -> {
            assertThat(deal).containsEntry("title", "Spring Boot deal");
            assertThat(((Number) deal.get("value")).intValue()).isEqualTo(1200);
        });
    }
}
