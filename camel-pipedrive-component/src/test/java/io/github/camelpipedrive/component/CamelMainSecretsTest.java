package io.github.camelpipedrive.component;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.camelpipedrive.component.LoopbackHttpServer.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Camel Main booted with every logger at TRACE (org.apache.camel included), the API token configured each way
 * docs/security.md describes; each time the token authenticates a real request. The component never logs it. What
 * Camel itself prints is pinned here exactly, so docs/security.md can say it: a literal value in application.properties
 * is listed by camel-main's two DEBUG loggers; a placeholder's resolved value by the properties component's DEBUG and
 * TRACE lines; a token set on the component bean in code by nobody.
 */
class CamelMainSecretsTest {

    /** Set for the test JVM by the component's surefire configuration. */
    static final String ENV_VARIABLE = "PIPEDRIVE_TEST_ENV_TOKEN";

    static final String SYS_PROPERTY = "pipedrive.test.sys.token";
    static final String SYS_TOKEN = "sys-S3cr3t-4f9c1d";
    static final String LITERAL_TOKEN = "literal-S3cr3t-8b2e7a";
    static final String BEAN_TOKEN = "bean-S3cr3t-0d6a5c";

    /** Camel Main's listings of configured properties, at DEBUG (docs/security.md). */
    static final Set<String> CAMEL_MAIN_LISTINGS =
            Set.of("org.apache.camel.main.BaseMainSupport", "org.apache.camel.main.MainHelper");
    /** The properties component's placeholder resolution, at DEBUG and TRACE (docs/security.md). */
    static final Set<String> PLACEHOLDER_RESOLUTION = Set.of(
            "org.apache.camel.component.properties.DefaultPropertiesParser",
            "org.apache.camel.component.properties.PropertiesComponent",
            "org.apache.camel.impl.engine.DefaultCamelContextExtension");

    final LogCapture log = new LogCapture();
    LoopbackHttpServer server;

    @BeforeEach
    void start() throws Exception {
        server = new LoopbackHttpServer(5_000, r -> Response.json(200, "{\"success\":true,\"data\":{\"id\":1}}"));
        log.attachEverythingAtTrace();
    }

    @AfterEach
    void stop() throws Exception {
        log.detach();
        server.close();
        System.clearProperty(SYS_PROPERTY);
    }

    @Test
    void aTokenSetOnTheComponentBeanInCodeAppearsInNoLogLineAtAll(@TempDir Path dir) throws Exception {
        PipedriveComponent component = new PipedriveComponent();
        component.setApiToken(BEAN_TOKEN);
        runMain(dir, null, component);
        assertThat(loggersPrinting(BEAN_TOKEN)).isEmpty();
    }

    @Test
    void aPlaceholderToAnEnvironmentVariableIsPrintedOnlyByThePlaceholderResolutionLines(@TempDir Path dir)
            throws Exception {
        String token = System.getenv(ENV_VARIABLE);
        assertThat(token)
                .as("environment variable %s (set by surefire)", ENV_VARIABLE)
                .isNotBlank();
        runMain(dir, "camel.component.pipedrive.api-token={{env:" + ENV_VARIABLE + "}}", null);
        assertThat(loggersPrinting(token)).isEqualTo(PLACEHOLDER_RESOLUTION);
    }

    @Test
    void aPlaceholderToASystemPropertyIsPrintedOnlyByThePlaceholderResolutionLines(@TempDir Path dir) throws Exception {
        System.setProperty(SYS_PROPERTY, SYS_TOKEN);
        runMain(dir, "camel.component.pipedrive.api-token={{sys:" + SYS_PROPERTY + "}}", null);
        assertThat(loggersPrinting(SYS_TOKEN)).isEqualTo(PLACEHOLDER_RESOLUTION);
    }

    @Test
    void aLiteralTokenInApplicationPropertiesIsPrintedOnlyByCamelMainsListings(@TempDir Path dir) throws Exception {
        runMain(dir, "camel.component.pipedrive.api-token=" + LITERAL_TOKEN, null);
        assertThat(loggersPrinting(LITERAL_TOKEN)).isEqualTo(CAMEL_MAIN_LISTINGS);
        assertThat(log.lines)
                .filteredOn(l -> l.contains(LITERAL_TOKEN))
                .anyMatch(l -> l.contains("BaseMainSupport -     camel.component.pipedrive.apiToken=" + LITERAL_TOKEN))
                .anyMatch(l -> l.contains("MainHelper - Configured property: camel.component.pipedrive.apiToken="
                        + LITERAL_TOKEN + " on bean"));
    }

    /**
     * The loggers of the captured lines that carry the token, after checking the token authenticated the one request
     * and that the capture really holds Camel Main's DEBUG and TRACE output.
     */
    private Set<String> loggersPrinting(String token) {
        assertThat(server.requests())
                .as("the request authenticated with the configured token")
                .singleElement()
                .satisfies(r -> assertThat(r.headers().get("x-api-token")).isEqualTo(token));
        assertThat(log.lines)
                .as("captured log events")
                .hasSizeGreaterThan(100)
                .anyMatch(l -> l.contains(" TRACE "))
                .anyMatch(l -> l.contains("Configured property: "));
        Set<String> loggers = new TreeSet<>();
        for (String line : log.lines) {
            if (line.contains(token)) {
                assertThat(line).as("level of %s", line).containsAnyOf(" DEBUG ", " TRACE ");
                loggers.add(line.substring(line.indexOf("] ") + 2, line.indexOf(" - ")));
            }
        }
        return loggers;
    }

    private void runMain(Path dir, String tokenProperty, PipedriveComponent bean) throws Exception {
        List<String> properties = new ArrayList<>(List.of(
                "camel.main.name=secrets-at-trace",
                "camel.main.autoConfigurationLogSummary=true",
                "camel.component.pipedrive.base-url=" + server.baseUrl(),
                "camel.component.pipedrive.rate-limit-governor=false"));
        if (tokenProperty != null) {
            properties.add(tokenProperty);
        }
        Path file = Files.writeString(dir.resolve("application.properties"), String.join("\n", properties));
        Main main = new Main();
        main.setPropertyPlaceholderLocations("file:" + file);
        if (bean != null) {
            main.bind("pipedrive", bean);
        }
        main.start();
        try {
            main.getCamelContext()
                    .createProducerTemplate()
                    .requestBody("pipedrive:deal/add", java.util.Map.of("title", "Secrets"), Object.class);
        } finally {
            main.stop();
        }
    }
}
