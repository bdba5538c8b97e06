package io.github.camelpipedrive.examples.springboot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelpipedrive.sandbox.PipedriveSandbox;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Boots the example as it ships (application.yaml, the starter, platform-http, Actuator) against the sandbox, the way
 * SignupApplication.main does without PIPEDRIVE_API_TOKEN, and checks what Pipedrive (the sandbox) stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignupApplicationTest {

    static final PipedriveSandbox SANDBOX = PipedriveSandbox.start();
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void sandbox(DynamicPropertyRegistry registry) {
        registry.add("sandbox.base-url", SANDBOX::baseUrl);
        registry.add("sandbox.api-token", SANDBOX::token);
    }

    @AfterAll
    static void stopSandbox() {
        SANDBOX.close();
    }

    @LocalServerPort
    int port;

    @BeforeEach
    void emptySandbox() {
        SANDBOX.reset();
    }

    @Test
    void aSignupBecomesAPersonAndADeal() throws Exception {
        HttpResponse<String> response = post(
                "/signups",
                "{\"name\": \"Ada Lovelace\", \"email\": \"ada@example.com\", \"deal\": \"Analytical engine\", \"value\": 5000}");

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode answer = JSON.readTree(response.body());
        assertThat(answer.get("person").asText()).isEqualTo("created");

        List<Map<String, Object>> persons = SANDBOX.entities("persons");
        assertThat(persons).singleElement().satisfies(person -> {
            assertThat(person).containsEntry("name", "Ada Lovelace");
            assertThat(person.get("id")).hasToString(answer.get("personId").asText());
            assertThat(person.get("emails").toString()).contains("ada@example.com");
        });
        assertThat(SANDBOX.entities("deals")).singleElement().satisfies(deal -> {
            assertThat(deal).containsEntry("title", "Analytical engine");
            assertThat(deal.get("id")).hasToString(answer.get("dealId").asText());
            assertThat(deal.get("person_id")).hasToString(answer.get("personId").asText());
            assertThat(((Number) deal.get("value")).intValue()).isEqualTo(5000);
            assertThat(deal).containsEntry("currency", "EUR");
        });
    }

    @Test
    void aSecondSignupWithTheSameAddressFindsThePerson() throws Exception {
        post("/signups", "{\"name\": \"Ada Lovelace\", \"email\": \"ada@example.com\", \"deal\": \"First\"}");
        HttpResponse<String> second =
                post("/signups", "{\"name\": \"Ada King\", \"email\": \"ada@example.com\", \"deal\": \"Second\"}");

        assertThat(JSON.readTree(second.body()).get("person").asText()).isEqualTo("updated");
        assertThat(SANDBOX.entities("persons"))
                .singleElement()
                .satisfies(person -> assertThat(person).containsEntry("name", "Ada King"));
        assertThat(SANDBOX.entities("deals"))
                .extracting(deal -> deal.get("title"))
                .containsExactlyInAnyOrder("First", "Second");
    }

    @Test
    void actuatorHealthShowsThePipedriveCheckAndItsCounters() throws Exception {
        post("/signups", "{\"name\": \"Grace Hopper\", \"email\": \"grace@example.com\"}");
        HttpResponse<String> response = get("/actuator/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).doesNotContain(SANDBOX.token());
        JsonNode health = JSON.readTree(response.body());
        assertThat(health.get("status").asText()).isEqualTo("UP");
        JsonNode camel = health.at("/components/camelHealth/details");
        String pipedriveCheck = null;
        for (var names = camel.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (name.startsWith("producer:pipedrive") && !name.endsWith(".data")) {
                pipedriveCheck = name;
            }
        }
        assertThat(pipedriveCheck).as("the Pipedrive check in " + camel).isNotNull();
        assertThat(camel.get(pipedriveCheck).asText()).isEqualTo("UP");
        JsonNode data = camel.get(pipedriveCheck + ".data");
        assertThat(data.get("pipedrive.auth.status").asText()).isEqualTo("200");
        assertThat(data.get("pipedrive.baseUrl").asText()).isEqualTo(SANDBOX.baseUrl());
        // the search, the person and the deal of the sign-up above, at least
        assertThat(data.get("pipedrive.requests.sent").asInt()).isGreaterThanOrEqualTo(3);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(url(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String json) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(url(path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
