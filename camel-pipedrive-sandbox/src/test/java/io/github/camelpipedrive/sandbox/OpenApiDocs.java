package io.github.camelpipedrive.sandbox;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Pipedrive's published OpenAPI documents, read from {@code -Dpipedrive.api.dir} (the shared folder beside the
 * repository). Tests that need them are skipped, with a message, when they are not there.
 */
final class OpenApiDocs {

    private static Map<String, Object> v1;
    private static Map<String, Object> v2;
    private static Map<String, Object> v1History;

    private OpenApiDocs() {}

    static Path dir() {
        String configured = System.getProperty("pipedrive.api.dir", "../../shared/pipedrive-api");
        return Path.of(configured);
    }

    /** Skips the calling test when the documents are missing. */
    static void assumePresent() {
        Path dir = dir();
        Assumptions.assumeTrue(
                Files.isRegularFile(dir.resolve("openapi-v1.yaml"))
                        && Files.isRegularFile(dir.resolve("openapi-v2.yaml")),
                "Pipedrive OpenAPI documents not found in " + dir.toAbsolutePath()
                        + " (set -Dpipedrive.api.dir); contract checks skipped");
    }

    static synchronized Map<String, Object> v1() {
        if (v1 == null) {
            v1 = load(dir().resolve("openapi-v1.yaml"));
        }
        return v1;
    }

    static synchronized Map<String, Object> v2() {
        if (v2 == null) {
            v2 = load(dir().resolve("openapi-v2.yaml"));
        }
        return v2;
    }

    /** The 2024-10 v1 document: the only one that still has the removed {@code /subscriptions} endpoints. */
    static synchronized Map<String, Object> v1History() {
        if (v1History == null) {
            Path p = dir().resolve("history/openapi-v1-2024-10-22.yaml");
            v1History = Files.isRegularFile(p) ? load(p) : Map.of("paths", Map.of());
        }
        return v1History;
    }

    /** The operation object for a path as a client writes it ({@code /v1/...} or {@code /api/v2/...}), or null. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> operation(String method, String fullPath) {
        String m = method.toLowerCase(java.util.Locale.ROOT);
        if (fullPath.startsWith("/api/v2")) {
            Map<String, Object> item = (Map<String, Object>) paths(v2()).get(fullPath.substring("/api/v2".length()));
            return item == null ? null : (Map<String, Object>) item.get(m);
        }
        String p = fullPath.substring("/v1".length());
        Map<String, Object> item = (Map<String, Object>) paths(v1()).get(p);
        if (item == null || item.get(m) == null) {
            item = (Map<String, Object>) paths(v1History()).get(p);
        }
        return item == null ? null : (Map<String, Object>) item.get(m);
    }

    /** The JSON schema of an operation's answer with this status (or its first 2xx), or null. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> responseSchema(String method, String fullPath, int status) {
        Map<String, Object> op = operation(method, fullPath);
        if (op == null) {
            return null;
        }
        Map<Object, Object> responses = (Map<Object, Object>) op.get("responses");
        Object response = responses.get(String.valueOf(status));
        if (response == null) {
            response = responses.get(status);
        }
        if (response == null) {
            return null;
        }
        Map<String, Object> content = (Map<String, Object>) ((Map<String, Object>) response).get("content");
        if (content == null || content.get("application/json") == null) {
            return null;
        }
        return (Map<String, Object>) ((Map<String, Object>) content.get("application/json")).get("schema");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> paths(Map<String, Object> doc) {
        return (Map<String, Object>) doc.get("paths");
    }

    private static Map<String, Object> load(Path file) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(64 * 1024 * 1024);
        options.setMaxAliasesForCollections(1000);
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new Yaml(options).load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
