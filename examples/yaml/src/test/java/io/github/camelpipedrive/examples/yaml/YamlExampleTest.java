package io.github.camelpipedrive.examples.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.camelpipedrive.sandbox.PipedriveSandbox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.camel.Exchange;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Boots the real Camel Main with the example's application.properties and YAML routes against the embedded
 * sandbox, and checks the records the sandbox stored. Also runs the YAML snippet of docs/getting-started.md.
 */
class YamlExampleTest {

    private PipedriveSandbox sandbox;

    @BeforeEach
    void startSandbox() {
        sandbox = PipedriveSandbox.start();
    }

    @AfterEach
    void stopSandbox() {
        sandbox.close();
    }

    @Test
    void jsonLinesInTheInboxBecomeOnePersonPerEmailAndADealEach(@TempDir Path inbox) throws Exception {
        Files.copy(Path.of("src/main/resources/signups.jsonl"), inbox.resolve("signups.jsonl"));
        Files.writeString(inbox.resolve("ignored.txt"), "{\"name\": \"not a .jsonl file\"}");
        Main main = YamlApplication.againstSandbox(sandbox, inbox);
        main.addOverrideProperty("camel.main.duration-max-messages", "1");
        main.addOverrideProperty("camel.main.duration-max-seconds", "60"); // bound, should the file never be picked up
        main.run();

        List<Map<String, Object>> persons = sandbox.entities("persons");
        assertThat(persons).extracting(p -> p.get("name")).containsExactlyInAnyOrder("Ada Lovelace", "Grace Hopper");
        Map<Object, String> personNames =
                persons.stream().collect(Collectors.toMap(p -> p.get("id"), p -> (String) p.get("name")));
        assertThat(sandbox.entities("deals"))
                .extracting(d -> d.get("title") + " / " + ((Number) d.get("value")).intValue() + " " + d.get("currency")
                        + " / " + personNames.get(d.get("person_id")))
                .containsExactlyInAnyOrder(
                        "Analytical engine support / 1200 EUR / Ada Lovelace",
                        "Compiler training / 800 EUR / Grace Hopper",
                        "Second order / 300 EUR / Ada Lovelace");
        assertThat(inbox.resolve(".done/signups.jsonl")).exists();
        assertThat(inbox.resolve("ignored.txt")).exists();
    }

    @Test
    void theGettingStartedYamlSnippetRunsOnCamelMain(@TempDir Path dir) throws Exception {
        String snippet = yamlBlockAfter(Path.of("../../docs/getting-started.md"), "YAML DSL:");
        assertThat(snippet).contains("pipedrive:deal/add");
        Path routes = Files.writeString(dir.resolve("first-route.yaml"), snippet);
        Main main = new Main();
        main.addOverrideProperty("camel.main.routes-include-pattern", "file:" + routes.toAbsolutePath());
        main.addOverrideProperty("camel.component.pipedrive.base-url", sandbox.baseUrl());
        main.addOverrideProperty("camel.component.pipedrive.api-token", sandbox.token());
        main.start();
        try {
            Exchange result = main.getCamelContext()
                    .createProducerTemplate()
                    .request("direct:new-deal", e -> e.getMessage().setBody(Map.of("title", "Snippet deal")));
            assertThat(result.getException()).isNull();
            Map<?, ?> deal = result.getMessage().getBody(Map.class);
            assertThat(sandbox.entity("deals", deal.get("id"))).containsEntry("title", "Snippet deal");

            // application.properties' camel.health.* settings: the Pipedrive readiness check is there and UP
            assertThat(HealthCheckHelper.invokeReadiness(main.getCamelContext(), "full"))
                    .filteredOn(r -> r.getCheck().getId().contains("pipedrive"))
                    .isNotEmpty()
                    .allSatisfy(r -> assertThat(r.getState()).isEqualTo(HealthCheck.State.UP));
        } finally {
            main.stop();
        }
    }

    static String yamlBlockAfter(Path markdown, String marker) throws Exception {
        String text = Files.readString(markdown);
        Matcher m = Pattern.compile(Pattern.quote(marker) + "\\s*```yaml\\n(.*?)```", Pattern.DOTALL)
                .matcher(text);
        assertThat(m.find())
                .as("a yaml block after '%s' in %s", marker, markdown)
                .isTrue();
        return m.group(1);
    }
}
