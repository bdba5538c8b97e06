package io.github.camelpipedrive.component.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/**
 * The reference tables in docs/ are generated from the catalog and the component metadata; this test fails when a
 * committed page differs from what the code says. Run with -Dpipedrive.docs.write=true to rewrite them.
 */
class DocsUpToDateTest {

    private static final Path DOCS = Paths.get("..", "docs");
    private static final boolean WRITE = Boolean.getBoolean("pipedrive.docs.write");

    @Test
    void operationsPageMatchesTheCatalog() throws IOException {
        check("operations.md", DocsGenerator.operations());
    }

    @Test
    void configurationPageMatchesTheComponentMetadata() throws IOException {
        check("configuration.md", DocsGenerator.configuration());
    }

    private static void check(String page, String expected) throws IOException {
        Path file = DOCS.resolve(page);
        if (WRITE) {
            Files.createDirectories(DOCS);
            Files.writeString(file, expected);
        }
        assertThat(file)
                .as("docs/%s exists (generate it with -Dpipedrive.docs.write=true)", page)
                .exists();
        assertThat(Files.readString(file))
                .as("docs/%s is out of date: rerun with -Dpipedrive.docs.write=true and commit the result", page)
                .isEqualTo(expected);
    }
}
