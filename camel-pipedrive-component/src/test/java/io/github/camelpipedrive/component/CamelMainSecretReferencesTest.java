package io.github.camelpipedrive.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.camelpipedrive.sandbox.PipedriveSandbox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.camel.Endpoint;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Camel Main booted with every logger at TRACE (org.apache.camel included), the API token given as a reference the
 * component resolves itself: {@code file:PATH} (a mounted secret) or {@code env:NAME} (the real process environment:
 * surefire sets {@value CamelMainSecretsTest#ENV_VARIABLE} for the test JVM). The deal reaches the sandbox, which
 * accepts only that token; Camel handled only the reference, so no log line at any level, no endpoint URI, no route
 * dump and no start-up summary carries the token. A reference that cannot be resolved stops the start-up with a
 * message naming the option and the variable or path, and nothing reaches the sandbox.
 */
class CamelMainSecretReferencesTest {

    static final String FILE_TOKEN = "file-S3cr3t-5a8d3f";

    final LogCapture log = new LogCapture();
    PipedriveSandbox sandbox;

    @BeforeEach
    void start() {
        sandbox = PipedriveSandbox.builder().token(FILE_TOKEN).burstLimit(0).start();
        log.attachEverythingAtTrace();
    }

    @AfterEach
    void stop() {
        log.detach();
        sandbox.close();
    }

    @Test
    void aTokenReadFromAFileAuthenticatesAndAppearsNowhere(@TempDir Path dir) throws Exception {
        // as Kubernetes mounts a secret: the value and a trailing newline
        Path secret = Files.writeString(dir.resolve("pipedrive-api-token"), FILE_TOKEN + "\n");
        List<String> uris =
                runMain(dir, "camel.component.pipedrive.api-token=file:" + secret, "pipedrive:deal/add", "File");

        assertDealAddedAndTokenNowhere("File", FILE_TOKEN, uris);
        assertThat(log.lines)
                .as("Camel printed the reference, not the value; the start-up summary masks even that")
                .anyMatch(l -> l.contains("camel.component.pipedrive.apiToken = xxxxxx"))
                .anyMatch(l -> l.contains("Configured property: camel.component.pipedrive.apiToken=file:" + secret));
    }

    @Test
    void aTokenReadFromTheProcessEnvironmentAuthenticatesAndAppearsNowhere(@TempDir Path dir) throws Exception {
        String token = envToken();
        sandbox.addToken(token);
        List<String> uris = runMain(
                dir,
                "camel.component.pipedrive.api-token=env:" + CamelMainSecretsTest.ENV_VARIABLE,
                "pipedrive:deal/add",
                "Env");

        assertDealAddedAndTokenNowhere("Env", token, uris);
        assertThat(log.lines)
                .anyMatch(l -> l.contains("camel.component.pipedrive.apiToken = xxxxxx"))
                .anyMatch(l -> l.contains("Configured property: camel.component.pipedrive.apiToken=env:"
                        + CamelMainSecretsTest.ENV_VARIABLE));
    }

    /** A reference in the endpoint URI: the route, its YAML dump and the exchange's endpoint name hold the reference. */
    @Test
    void aReferenceInTheEndpointUriKeepsTheTokenOutOfTheRouteDump(@TempDir Path dir) throws Exception {
        String token = envToken();
        sandbox.addToken(token);
        List<String> uris = runMain(
                dir,
                "camel.main.dumpRoutes=yaml",
                "pipedrive:deal/add?apiToken=env:" + CamelMainSecretsTest.ENV_VARIABLE,
                "Uri");

        assertDealAddedAndTokenNowhere("Uri", token, uris);
        assertThat(log.lines)
                .as("the YAML route dump")
                .anyMatch(l -> l.contains("uri: pipedrive:deal/add") && l.contains("env:"));
    }

    @Test
    void anUnsetVariableStopsTheStartUpNamingTheOptionAndTheVariableAndNothingIsSent(@TempDir Path dir) {
        String missing = "PIPEDRIVE_TEST_UNSET_" + UUID.randomUUID().toString().replace("-", "");
        Throwable failure = catchThrowable(() ->
                runMain(dir, "camel.component.pipedrive.api-token=env:" + missing, "pipedrive:deal/add", "Unset"));

        assertThat(messages(failure))
                .contains("Cannot read the secret option apiToken from env:" + missing + ": the environment variable "
                        + missing + " is not set.");
        assertThat(sandbox.requests()).as("requests the sandbox received").isEmpty();
    }

    @Test
    void aMissingFileStopsTheStartUpNamingTheOptionAndThePathAndNothingIsSent(@TempDir Path dir) {
        Path missing = dir.resolve("no-such-secret");
        Throwable failure = catchThrowable(() ->
                runMain(dir, "camel.component.pipedrive.api-token=file:" + missing, "pipedrive:deal/add", "Missing"));

        assertThat(messages(failure))
                .contains("Cannot read the secret option apiToken from file:" + missing + ": the file " + missing
                        + " does not exist.");
        assertThat(sandbox.requests()).as("requests the sandbox received").isEmpty();
    }

    private static String envToken() {
        String token = System.getenv(CamelMainSecretsTest.ENV_VARIABLE);
        assertThat(token)
                .as("environment variable %s (set by surefire)", CamelMainSecretsTest.ENV_VARIABLE)
                .isNotBlank();
        return token;
    }

    private void assertDealAddedAndTokenNowhere(String title, String token, List<String> endpointUris) {
        assertThat(sandbox.entities("deals"))
                .as("deals in the sandbox (it accepts only the referenced token)")
                .anyMatch(d -> title.equals(d.get("title")));
        assertThat(log.lines).as("captured log events").hasSizeGreaterThan(100).anyMatch(l -> l.contains(" TRACE "));
        assertThat(log.lines).as("log lines carrying the token").noneMatch(l -> l.contains(token));
        assertThat(endpointUris).isNotEmpty().noneMatch(u -> u.contains(token));
    }

    /** Every message of the chain of causes, one per line. */
    private static String messages(Throwable failure) {
        assertThat(failure).as("the start-up failure").isNotNull();
        StringBuilder text = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            text.append(t).append('\n');
        }
        return text.toString();
    }

    /** Boots Camel Main with a route to {@code uri}, sends one deal titled {@code title}; the endpoints' URIs. */
    private List<String> runMain(Path dir, String property, String uri, String title) throws Exception {
        List<String> properties = List.of(
                "camel.main.name=secret-references",
                "camel.main.autoConfigurationLogSummary=true",
                "camel.component.pipedrive.base-url=" + sandbox.baseUrl(),
                "camel.component.pipedrive.rate-limit-governor=false",
                property);
        Path file = Files.writeString(dir.resolve("application.properties"), String.join("\n", properties));
        Main main = new Main();
        main.setPropertyPlaceholderLocations("file:" + file);
        main.configure().addRoutesBuilder(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:deal").to(uri);
            }
        });
        try {
            main.start();
            main.getCamelContext()
                    .createProducerTemplate()
                    .requestBody("direct:deal", Map.of("title", title), Object.class);
            List<String> uris = new ArrayList<>();
            for (Endpoint endpoint : main.getCamelContext().getEndpoints()) {
                uris.add(endpoint.getEndpointUri());
            }
            return uris;
        } finally {
            main.stop();
        }
    }
}
