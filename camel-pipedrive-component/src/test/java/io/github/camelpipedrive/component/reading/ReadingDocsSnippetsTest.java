package io.github.camelpipedrive.component.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Java snippets of docs/reading-and-deleting.md are copied from tests that run them; each must still be in its
 * test, line for line (indentation aside).
 */
class ReadingDocsSnippetsTest {

    private static final Path PAGE = Path.of("..", "docs", "reading-and-deleting.md");
    private static final Path TESTS =
            Path.of("src", "test", "java", "io", "github", "camelpipedrive", "component", "reading");
    private static final Pattern SNIPPET =
            Pattern.compile("<!-- snippet:([a-z-]+) \\((\\w+)\\) -->\\s*```java\\n(.*?)```", Pattern.DOTALL);

    @Test
    void everySnippetIsInTheTestThatRunsIt() throws IOException {
        String page = Files.readString(PAGE);
        Matcher m = SNIPPET.matcher(page);
        int found = 0;
        while (m.find()) {
            found++;
            String test = normalize(Files.readString(TESTS.resolve(m.group(2) + ".java")));
            assertThat(test).as("snippet %s in %s.java", m.group(1), m.group(2)).contains(normalize(m.group(3)));
        }
        assertThat(found).as("snippets in %s", PAGE).isGreaterThanOrEqualTo(2);
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
