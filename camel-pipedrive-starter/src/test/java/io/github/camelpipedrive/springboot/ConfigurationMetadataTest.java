package io.github.camelpipedrive.springboot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The drift check: the starter's spring-configuration-metadata.json (what IDEs read) lists every option of the
 * component's own metadata (pipedrive.json, in the camel-pipedrive jar this build uses) under its kebab-case name, with
 * the same type, default, description and enum values, and nothing else.
 */
class ConfigurationMetadataTest {

    static final String PREFIX = "camel.component.pipedrive.";
    static final ObjectMapper MAPPER = new ObjectMapper();
    static JsonNode componentOptions;
    static Map<String, JsonNode> properties = new HashMap<>();
    static Map<String, JsonNode> hints = new HashMap<>();

    @BeforeAll
    static void read() throws IOException {
        try (InputStream in = ConfigurationMetadataTest.class
                .getClassLoader()
                .getResourceAsStream("META-INF/io/github/camelpipedrive/component/pipedrive.json")) {
            componentOptions = MAPPER.readTree(in).get("componentProperties");
        }
        JsonNode starter = null;
        Enumeration<URL> all = ConfigurationMetadataTest.class
                .getClassLoader()
                .getResources("META-INF/spring-configuration-metadata.json");
        while (all.hasMoreElements()) {
            JsonNode candidate = MAPPER.readTree(all.nextElement());
            for (JsonNode group : candidate.path("groups")) {
                if ("camel.component.pipedrive".equals(group.path("name").asText())) {
                    starter = candidate;
                }
            }
        }
        assertThat(starter)
                .as("the starter's spring-configuration-metadata.json")
                .isNotNull();
        starter.path("properties").forEach(p -> properties.put(p.get("name").asText(), p));
        starter.path("hints").forEach(h -> hints.put(h.get("name").asText(), h));
    }

    @Test
    void everyComponentOptionIsAPropertyWithTheSameDescriptionAndDefault() {
        assertThat(componentOptions.size()).isGreaterThan(30);
        for (Iterator<Map.Entry<String, JsonNode>> it = componentOptions.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> option = it.next();
            String name = PREFIX + kebab(option.getKey());
            JsonNode expected = option.getValue();
            JsonNode property = properties.get(name);

            assertThat(property).as(name).isNotNull();
            assertThat(property.path("description").asText())
                    .as(name + " description")
                    .isNotBlank()
                    .isEqualTo(expected.get("description").asText());
            assertThat(property.path("type").asText()).as(name + " type").isEqualTo(springType(expected));
            if (expected.has("defaultValue")) {
                assertThat(property.path("defaultValue").asText())
                        .as(name + " default")
                        .isEqualTo(expected.get("defaultValue").asText());
            } else {
                assertThat(property.has("defaultValue"))
                        .as(name + " has no default")
                        .isFalse();
            }
            assertThat(property.has("deprecation"))
                    .as(name + " deprecated")
                    .isEqualTo(expected.path("deprecated").asBoolean());
        }
    }

    @Test
    void everyEnumOptionListsItsValues() {
        for (Iterator<Map.Entry<String, JsonNode>> it = componentOptions.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> option = it.next();
            String name = PREFIX + kebab(option.getKey());
            if (option.getValue().has("enum")) {
                List<String> values = new ArrayList<>();
                hints.get(name)
                        .path("values")
                        .forEach(v -> values.add(v.get("value").asText()));
                List<String> expected = new ArrayList<>();
                option.getValue().get("enum").forEach(v -> expected.add(v.asText()));
                assertThat(values).as(name + " values").isEqualTo(expected);
            } else {
                assertThat(hints).as(name + " has no value hint").doesNotContainKey(name);
            }
        }
    }

    @Test
    void noPropertyBeyondTheComponentOptions() {
        Set<String> expected = new HashSet<>(Set.of(PREFIX + "enabled", PREFIX + "customizer.enabled"));
        componentOptions.fieldNames().forEachRemaining(n -> expected.add(PREFIX + kebab(n)));

        assertThat(properties.keySet()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void secretOptionsAreTheComponentsSecretOptions() {
        Set<String> secrets = new HashSet<>();
        componentOptions.fields().forEachRemaining(e -> {
            if (e.getValue().path("secret").asBoolean()) {
                secrets.add(e.getKey());
            }
        });

        assertThat(secrets).contains("apiToken");
        assertThat(PipedriveComponentConfiguration.SECRET_OPTIONS).containsExactlyInAnyOrderElementsOf(secrets);
    }

    static String springType(JsonNode option) {
        if ("duration".equals(option.path("type").asText())) {
            return "java.lang.String";
        }
        String javaType = option.get("javaType").asText();
        return switch (javaType) {
            case "int" -> "java.lang.Integer";
            case "long" -> "java.lang.Long";
            case "boolean" -> "java.lang.Boolean";
            case "double" -> "java.lang.Double";
            default -> javaType;
        };
    }

    static String kebab(String camel) {
        return camel.replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT);
    }
}
