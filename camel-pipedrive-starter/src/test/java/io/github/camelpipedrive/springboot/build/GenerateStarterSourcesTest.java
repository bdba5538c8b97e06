package io.github.camelpipedrive.springboot.build;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The kinds of option the component does not have yet (enums, durations, deprecated options) come out right when
 * someone adds one: checked on a small component metadata written here.
 */
class GenerateStarterSourcesTest {

    static final ObjectMapper MAPPER = new ObjectMapper();

    static final String FIXTURE = """
            {"component": {"description": "A test component."},
             "componentProperties": {
               "unit": {"type": "enum", "javaType": "java.util.concurrent.TimeUnit", "enum": ["SECONDS", "MINUTES"],
                        "defaultValue": "SECONDS", "description": "A Java enum option."},
               "mode": {"type": "string", "javaType": "java.lang.String", "enum": ["strict", "lenient", "off"],
                        "defaultValue": "strict", "description": "A text option with fixed values."},
               "lockOut": {"type": "duration", "javaType": "long", "defaultValue": "30s",
                           "description": "A duration: 30s, 1m or milliseconds."},
               "oldThing": {"type": "boolean", "javaType": "boolean", "deprecated": true,
                            "deprecationNote": "Use newThing.", "description": "Gone soon. Use */ and @see \\\\u0041 freely."},
               "secretKey": {"type": "string", "javaType": "java.lang.String", "secret": true, "description": "A secret."}
             }}""";

    @Test
    void enumOptionsAreTypedAndHaveValueHints() throws Exception {
        JsonNode root = MAPPER.readTree(FIXTURE);
        List<GenerateStarterSources.Option> options = GenerateStarterSources.options(root);
        String java = GenerateStarterSources.configuration(root.get("component"), options);
        JsonNode metadata = GenerateStarterSources.metadata(MAPPER, options);

        assertThat(java)
                .contains("private java.util.concurrent.TimeUnit unit;")
                .contains("private java.lang.String mode;")
                .contains("private java.lang.String lockOut;")
                .contains("SECRET_OPTIONS = java.util.Set.of(\"secretKey\")");
        assertThat(hint(metadata, "camel.component.pipedrive.unit")).isEqualTo("[\"SECONDS\",\"MINUTES\"]");
        assertThat(hint(metadata, "camel.component.pipedrive.mode")).isEqualTo("[\"strict\",\"lenient\",\"off\"]");
        assertThat(property(metadata, "camel.component.pipedrive.lock-out")
                        .get("defaultValue")
                        .asText())
                .isEqualTo("30s");
        assertThat(property(metadata, "camel.component.pipedrive.old-thing")
                        .at("/deprecation/reason")
                        .asText())
                .isEqualTo("Use newThing.");
    }

    @Test
    void descriptionsCannotBreakTheGeneratedSource() throws Exception {
        JsonNode root = MAPPER.readTree(FIXTURE);
        String java = GenerateStarterSources.configuration(root.get("component"), GenerateStarterSources.options(root));

        assertThat(java).doesNotContain("Use */").doesNotContain("@see").doesNotContain(" \\u0041");
        // the metadata keeps the text exactly
        assertThat(property(
                                GenerateStarterSources.metadata(MAPPER, GenerateStarterSources.options(root)),
                                "camel.component.pipedrive.old-thing")
                        .get("description")
                        .asText())
                .isEqualTo("Gone soon. Use */ and @see \\u0041 freely.");
    }

    static String hint(JsonNode metadata, String name) {
        for (JsonNode h : metadata.get("hints")) {
            if (name.equals(h.get("name").asText())) {
                StringBuilder values = new StringBuilder("[");
                h.get("values")
                        .forEach(v -> values.append(values.length() > 1 ? "," : "")
                                .append('"')
                                .append(v.get("value").asText())
                                .append('"'));
                return values.append(']').toString();
            }
        }
        return null;
    }

    static JsonNode property(JsonNode metadata, String name) {
        for (JsonNode p : metadata.get("properties")) {
            if (name.equals(p.get("name").asText())) {
                return p;
            }
        }
        throw new AssertionError(name + " not in the metadata");
    }
}
