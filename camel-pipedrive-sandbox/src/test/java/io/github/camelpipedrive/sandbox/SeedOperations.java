package io.github.camelpipedrive.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/** The write use cases of {@code operations.tsv} (read from {@code -Dpipedrive.seed.dir}). */
final class SeedOperations {

    /** One row: its id, method and path as Pipedrive spells them. */
    record Operation(String seedId, String method, String path, String operationId, String contentType) {
        @Override
        public String toString() {
            return seedId + " (" + method + " " + path + ")";
        }
    }

    private SeedOperations() {}

    static Path file() {
        return Path.of(System.getProperty("pipedrive.seed.dir", "../../shared/seed"))
                .resolve("operations.tsv");
    }

    static boolean present() {
        return Files.isRegularFile(file());
    }

    static void assumePresent() {
        Assumptions.assumeTrue(
                present(), "Seed list " + file().toAbsolutePath() + " not found (set -Dpipedrive.seed.dir); skipped");
    }

    static List<Operation> all() {
        List<Operation> ops = new ArrayList<>();
        if (!present()) {
            return ops;
        }
        try {
            List<String> lines = Files.readAllLines(file());
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                ops.add(new Operation(cols[0], cols[1], cols[2], cols[4], cols[7]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ops;
    }
}
