package io.github.camelpipedrive.component;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.camel.main.Main;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every option the component's generated metadata marks {@code secret}, read from the component JSON (so a new secret
 * option cannot be forgotten), is masked in camel-main's start-up summary and appears in no INFO line.
 */
class SecretOptionsMaskedTest {

    static final LogCapture LOG = new LogCapture();

    @BeforeAll
    static void capture() {
        LOG.attach();
    }

    @AfterAll
    static void release() {
        LOG.detach();
    }

    static List<String> secretComponentOptions() throws Exception {
        JsonNode json;
        try (var in = SecretOptionsMaskedTest.class.getResourceAsStream(
                "/META-INF/io/github/camelpipedrive/component/pipedrive.json")) {
            json = new ObjectMapper().readTree(in);
        }
        List<String> secret = new ArrayList<>();
        json.get("componentProperties").fields().forEachRemaining(e -> {
            if (e.getValue().path("secret").asBoolean()) {
                secret.add(e.getKey());
            }
        });
        return secret;
    }

    /** Every secret option, of the component and of the endpoint, tells users it takes env:/file: references. */
    @Test
    void everySecretOptionsDescriptionNamesTheReferenceForms() throws Exception {
        JsonNode json;
        try (var in = SecretOptionsMaskedTest.class.getResourceAsStream(
                "/META-INF/io/github/camelpipedrive/component/pipedrive.json")) {
            json = new ObjectMapper().readTree(in);
        }
        Map<String, String> descriptions = new java.util.TreeMap<>();
        for (String group : List.of("componentProperties", "properties")) {
            json.get(group).fields().forEachRemaining(e -> {
                if (e.getValue().path("secret").asBoolean()) {
                    descriptions.put(
                            group + "." + e.getKey(),
                            e.getValue().path("description").asText());
                }
            });
        }
        assertThat(descriptions.keySet())
                .containsExactlyInAnyOrder(
                        "componentProperties.apiToken",
                        "componentProperties.oauthAccessToken",
                        "componentProperties.oauthRefreshToken",
                        "componentProperties.oauthClientSecret",
                        "componentProperties.proxyAuthPassword",
                        "properties.apiToken",
                        "properties.webhookAuthPassword",
                        "properties.webhookSecret");
        assertThat(descriptions)
                .allSatisfy((option, description) -> assertThat(description)
                        .as(option)
                        .contains("env:NAME (the environment variable NAME)")
                        .contains("file:PATH (the file's content, trimmed)"));
    }

    @Test
    void everySecretOptionIsMaskedInCamelMainsSummary(@TempDir Path dir) throws Exception {
        List<String> secretOptions = secretComponentOptions();
        assertThat(secretOptions)
                .as("secret options in the component JSON")
                .contains("apiToken", "oauthAccessToken", "oauthRefreshToken", "oauthClientSecret");
        Map<String, String> values = new LinkedHashMap<>();
        for (String option : secretOptions) {
            values.put(option, "v-" + option + "-S3cr3t");
        }
        List<String> properties = new ArrayList<>(List.of(
                "camel.main.name=secret-options",
                "camel.main.autoConfigurationLogSummary=true",
                "camel.component.pipedrive.base-url=http://127.0.0.1:9"));
        values.forEach((option, value) -> properties.add("camel.component.pipedrive." + kebab(option) + "=" + value));
        Path file = Files.writeString(dir.resolve("application.properties"), String.join("\n", properties));
        Main main = new Main();
        main.setPropertyPlaceholderLocations("file:" + file);

        List<String> lines = LOG.withCamelAt(Level.INFO, () -> {
            LOG.lines.clear();
            try {
                main.start();
            } finally {
                main.stop();
            }
            return List.copyOf(LOG.lines);
        });

        assertThat(lines).anyMatch(l -> l.contains("Auto-configuration summary"));
        for (String option : secretOptions) {
            assertThat(lines)
                    .as("summary line of %s", option)
                    .anyMatch(l -> l.contains("camel.component.pipedrive." + option + " = xxxxxx"));
            assertThat(lines).as("lines with the value of %s", option).noneMatch(l -> l.contains(values.get(option)));
        }
    }

    @Test
    void theComponentRegistersExactlyTheSecretOptionsAsSensitiveKeywords() throws Exception {
        TreeSet<String> expected = new TreeSet<>();
        secretComponentOptions().forEach(o -> expected.add(o.toLowerCase(java.util.Locale.ROOT)));
        assertThat(PipedriveComponent.secretOptionKeywords()).containsAll(expected);
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }
}
