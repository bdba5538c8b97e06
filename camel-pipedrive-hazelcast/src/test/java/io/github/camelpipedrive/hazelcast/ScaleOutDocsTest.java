package io.github.camelpipedrive.hazelcast;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The snippets of docs/scale-out.md are copied from the tests and files that run them; each must still be there,
 * line for line (indentation aside). The pages that list the docs link to it.
 */
class ScaleOutDocsTest {

    private static final Path DOCS = Path.of("..", "docs");
    private static final Pattern SNIPPET =
            Pattern.compile("<!-- snippet:([a-z-]+) \\(([^)]+)\\) -->\\s*```\\w+\\n(.*?)```", Pattern.DOTALL);

    @Test
    void everySnippetIsInTheSourceThatRunsIt() throws IOException {
        String page = Files.readString(DOCS.resolve("scale-out.md"));
        Matcher m = SNIPPET.matcher(page);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
            String source = normalize(Files.readString(Path.of(m.group(2))));
            assertThat(source).as("snippet %s in %s", m.group(1), m.group(2)).contains(normalize(m.group(3)));
        }
        assertThat(found)
                .containsExactlyInAnyOrder(
                        "java-store", "main-bind", "main-properties", "events-repository", "events-route");
    }

    @Test
    void theDocsIndexAndTheReadmeLinkThePage() throws IOException {
        assertThat(Files.readString(DOCS.resolve("README.md"))).contains("(scale-out.md)");
        assertThat(Files.readString(Path.of("..", "README.md"))).contains("(docs/scale-out.md)");
        assertThat(Files.readString(DOCS.resolve("performance.md"))).contains("## Several instances, one token");
    }

    private static String normalize(String code) {
        StringBuilder out = new StringBuilder();
        for (String line : code.split("\n")) {
            if (!line.isBlank()) {
                out.append(line.strip()).append('\n');
            }
        }
        return out.toString();
    }
}
