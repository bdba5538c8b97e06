package io.github.camelpipedrive.examples.quarkus;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.github.camelpipedrive.sandbox.PipedriveSandbox;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Boots the Quarkus application (JVM mode) against the embedded sandbox and checks what Pipedrive stored. */
@QuarkusTest
@WithTestResource(SandboxResource.class)
class SignupTest {

    @InjectSandbox
    PipedriveSandbox sandbox;

    @Test
    void aSignUpBecomesAPersonAndADealForThatPerson() {
        int dealId = given().contentType(ContentType.JSON)
                .body(signup("Ada Lovelace", "ada@example.com", "Analytical Engines", "pro"))
                .when()
                .post("/signups")
                .then()
                .statusCode(201)
                .body("title", equalTo("Analytical Engines: pro plan"))
                .extract()
                .path("id");

        Map<String, Object> person = personWithEmail("ada@example.com");
        assertThat(person).containsEntry("name", "Ada Lovelace");
        Map<String, Object> deal = sandbox.entity("deals", dealId);
        assertThat(deal).containsEntry("title", "Analytical Engines: pro plan").containsEntry("currency", "EUR");
        assertThat(String.valueOf(deal.get("person_id"))).isEqualTo(String.valueOf(person.get("id")));
        assertThat(((Number) deal.get("value")).intValue()).isEqualTo(99);
    }

    @Test
    void aSecondSignUpWithTheSameAddressFindsThePersonAndAddsASecondDeal() {
        given().contentType(ContentType.JSON)
                .body(signup("Grace Hopper", "grace@example.com", "Navy", "starter"))
                .post("/signups")
                .then()
                .statusCode(201);
        given().contentType(ContentType.JSON)
                .body(signup("Grace M. Hopper", "grace@example.com", "Univac", "pro"))
                .post("/signups")
                .then()
                .statusCode(201);

        Map<String, Object> person = personWithEmail("grace@example.com");
        assertThat(person).containsEntry("name", "Grace M. Hopper"); // the upsert updated the one person
        assertThat(sandbox.entities("deals"))
                .filteredOn(d -> String.valueOf(person.get("id")).equals(String.valueOf(d.get("person_id"))))
                .extracting(d -> d.get("title"))
                .containsExactlyInAnyOrder("Navy: starter plan", "Univac: pro plan");
    }

    @Test
    void aSignUpWithoutAnAddressIsRefusedBeforeAnythingIsSent() {
        sandbox.clearRequests();
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "No Mail", "company", "Nowhere", "plan", "pro"))
                .post("/signups")
                .then()
                .statusCode(400)
                .body("error", containsString("person/upsert"))
                .body("error", containsString("email"));

        assertThat(sandbox.requests())
                .noneMatch(r -> r.path().contains("/persons") || r.path().contains("/deals"));
        assertThat(sandbox.entities("persons")).noneMatch(p -> "No Mail".equals(p.get("name")));
    }

    @Test
    void camelPipedriveIsAnInstalledFeature() throws Exception {
        String log = Files.readString(Path.of(SandboxResource.LOG_FILE), StandardCharsets.UTF_8);
        assertThat(log.lines().filter(l -> l.contains("Installed features: [")))
                .singleElement()
                .satisfies(line -> assertThat(line).contains("camel-pipedrive", "camel-direct", "camel-core"));
        assertThat(log).doesNotContain("quarkus-example-token");
    }

    @Test
    void readinessIncludesThePipedriveCheck() {
        // a producer check exists once the route's pipedrive producers started, i.e. from application start
        Map<String, Object> data = given().when()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .extract()
                .path("checks.find { it.name == 'camel-readiness-checks' }.data");
        assertThat(data.entrySet())
                .filteredOn(check -> check.getKey().startsWith("producer:pipedrive-"))
                .singleElement()
                .satisfies(check -> assertThat(check.getValue()).isEqualTo("UP"));
        assertThat(data.toString()).doesNotContain("quarkus-example-token");
    }

    @Test
    void metricsCountTheRequestsSentToPipedrive() {
        given().contentType(ContentType.JSON)
                .body(signup("Alan Turing", "alan@example.com", "Bletchley", "starter"))
                .post("/signups")
                .then()
                .statusCode(201);

        String metrics = given().when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        double sent = metrics.lines()
                .filter(l -> l.startsWith("pipedrive_requests_sent_total"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .sum();
        assertThat(sent)
                .isGreaterThanOrEqualTo(sandbox.requests().stream()
                        .filter(r -> r.path().contains("/persons") || r.path().contains("/deals"))
                        .count());
        assertThat(metrics).contains("pipedrive_requests_failed_total");
    }

    private Map<String, Object> personWithEmail(String email) {
        List<Map<String, Object>> persons = sandbox.entities("persons").stream()
                .filter(p -> String.valueOf(p.get("emails")).contains(email))
                .toList();
        assertThat(persons).hasSize(1);
        return persons.get(0);
    }

    private static Map<String, Object> signup(String name, String email, String company, String plan) {
        return Map.of("name", name, "email", email, "company", company, "plan", plan);
    }
}
