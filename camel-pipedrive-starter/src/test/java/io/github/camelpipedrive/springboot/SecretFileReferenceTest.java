package io.github.camelpipedrive.springboot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.camelpipedrive.sandbox.PipedriveSandbox;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * {@code camel.component.pipedrive.api-token=file:PATH} on Spring Boot (a Kubernetes secret mounted as a file): Spring
 * binds only the reference, the component reads the token from the file, the deal reaches the sandbox (which accepts
 * only that token), and no log line at DEBUG carries the token.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(
        classes = {StarterTestApplication.class, SecretFileReferenceTest.Routes.class},
        properties = "logging.level.root=DEBUG")
class SecretFileReferenceTest {

    static final String TOKEN = "s3cr3t-mounted-file-token-5813";
    static final PipedriveSandbox SANDBOX =
            PipedriveSandbox.builder().token(TOKEN).start();
    static final Path SECRET = mountedSecret();

    static Path mountedSecret() {
        try {
            Path dir = Files.createTempDirectory("pipedrive-secret");
            return Files.writeString(dir.resolve("api-token"), TOKEN + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("camel.component.pipedrive.api-token", () -> "file:" + SECRET);
        registry.add("camel.component.pipedrive.base-url", SANDBOX::baseUrl);
    }

    @AfterAll
    static void cleanUp() throws IOException {
        SANDBOX.close();
        Files.deleteIfExists(SECRET);
        Files.deleteIfExists(SECRET.getParent());
    }

    @TestConfiguration
    static class Routes {
        @Bean
        RouteBuilder secretFileRoute() {
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
    void theTokenIsReadFromTheFileAndNeverLogged(CapturedOutput output) {
        Map<?, ?> answer = template.requestBody("direct:newDeal", Map.of("title", "Mounted secret"), Map.class);

        assertThat(answer.get("id")).isNotNull();
        assertThat(SANDBOX.entities("deals"))
                .singleElement()
                .satisfies(deal -> assertThat(deal).containsEntry("title", "Mounted secret"));
        assertThat(output.getAll())
                .as("logs at DEBUG")
                .contains("Found component: pipedrive")
                .doesNotContain(TOKEN);
    }
}
