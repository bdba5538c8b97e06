package io.github.camelpipedrive.examples.springboot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The application.yaml shown in docs/deployment.md is the one SignupApplicationTest runs. */
class DeploymentDocTest {

    static final String MARKER =
            "<!-- examples/spring-boot/src/main/resources/application.yaml, checked by DeploymentDocTest -->";

    @Test
    void theDocumentedApplicationYamlIsTheExamplesOwn() throws Exception {
        String doc = Files.readString(Path.of("../../docs/deployment.md"));
        int marker = doc.indexOf(MARKER);
        assertThat(marker).as("the marker in docs/deployment.md").isNotNegative();
        int start = doc.indexOf("```yaml\n", marker) + "```yaml\n".length();
        int end = doc.indexOf("```", start);
        String documented = doc.substring(start, end);

        assertThat(documented).isEqualTo(Files.readString(Path.of("src/main/resources/application.yaml")));
    }
}
