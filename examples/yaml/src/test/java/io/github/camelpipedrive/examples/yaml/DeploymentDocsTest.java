package io.github.camelpipedrive.examples.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The snippets of docs/deployment.md are the files the tests run: the Camel Main properties and the YAML routes are
 * copies of this example's (booted by YamlExampleTest), and the Camel 4.18 command is the one .ci/run runs.
 */
class DeploymentDocsTest {

    static final Path DOC = Path.of("../../docs/deployment.md");

    @Test
    void theCamelMainSnippetIsTheExamplesApplicationProperties() throws Exception {
        assertThat(block("Camel Main", "properties"))
                .isEqualTo(Files.readString(Path.of("src/main/resources/application.properties")));
    }

    @Test
    void theYamlSnippetIsTheExamplesRoutes() throws Exception {
        assertThat(block("YAML DSL", "yaml"))
                .isEqualTo(Files.readString(Path.of("src/main/resources/routes/signups.yaml")));
    }

    @Test
    void theCamel418CommandIsTheOneCiRuns() throws Exception {
        String command = block("Camel 4.18 LTS and Camel 4.22", "sh").trim();
        assertThat(command).contains("-Dcamel.version=4.18.2");
        assertThat(Files.readAllLines(Path.of("../../.ci/run"))).contains(command);
    }

    /** The first fenced block of the given language in the "## section" of docs/deployment.md. */
    static String block(String section, String language) throws Exception {
        String doc = Files.readString(DOC);
        int start = doc.indexOf("\n## " + section + "\n");
        assertThat(start).as("section %s", section).isPositive();
        int end = doc.indexOf("\n## ", start + 1);
        String text = doc.substring(start, end < 0 ? doc.length() : end);
        Matcher m = Pattern.compile("```" + language + "\\n(.*?)```", Pattern.DOTALL)
                .matcher(text);
        assertThat(m.find()).as("a %s block in section %s", language, section).isTrue();
        return m.group(1);
    }
}
