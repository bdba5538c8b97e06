package io.github.camelpipedrive.examples.quarkus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The Quarkus section of docs/deployment.md shows this example's application.properties and route: they must be the
 * files {@link SignupTest} runs, character for character.
 */
class DeploymentDocTest {

    private static final Path DOC = Path.of("../../docs/deployment.md");

    @Test
    void theDocShowsTheTestedApplicationProperties() throws IOException {
        assertThat(quarkusSection())
                .contains("```properties\n" + read("src/main/resources/application.properties") + "```\n");
    }

    @Test
    void theDocShowsTheTestedRoute() throws IOException {
        assertThat(quarkusSection())
                .contains("```java\n"
                        + read("src/main/java/io/github/camelpipedrive/examples/quarkus/SignupRoutes.java") + "```\n");
    }

    private static String quarkusSection() throws IOException {
        String doc = read(DOC.toString());
        int start = doc.indexOf("\n## Quarkus\n");
        assertThat(start).as("docs/deployment.md has a '## Quarkus' section").isNotNegative();
        int end = doc.indexOf("\n## ", start + 1);
        return end < 0 ? doc.substring(start) : doc.substring(start, end);
    }

    private static String read(String path) throws IOException {
        return Files.readString(Path.of(path), StandardCharsets.UTF_8);
    }
}
