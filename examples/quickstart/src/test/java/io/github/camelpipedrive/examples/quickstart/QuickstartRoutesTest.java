package io.github.camelpipedrive.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelpipedrive.component.PipedriveComponent;
import io.github.camelpipedrive.sandbox.PipedriveSandbox;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the quickstart's routes against the sandbox and checks, through the sandbox's own read endpoints, that the
 * good sign-ups became linked Pipedrive records and the bad ones were reported, not imported.
 */
class QuickstartRoutesTest extends CamelTestSupport {

    private static PipedriveSandbox sandbox;
    private final ImportReport report = new ImportReport();
    private final CountDownLatch finished = new CountDownLatch(1);
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void startSandbox() {
        sandbox = PipedriveSandbox.start();
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        PipedriveComponent pipedrive = context.getComponent("pipedrive", PipedriveComponent.class);
        pipedrive.setBaseUrl(sandbox.baseUrl());
        pipedrive.setApiToken(sandbox.token());
        return context;
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new SignupRoutes(report, "the sandbox", finished::countDown);
    }

    @Test
    void goodSignupsBecomeLinkedRecordsAndBadRowsAreReportedWithTheirReason() throws Exception {
        assertThat(finished.await(60, TimeUnit.SECONDS)).as("import finished").isTrue();

        assertThat(report.rowsRead()).isEqualTo(6);
        assertThat(report.failures())
                .extracting(f -> f.signup().company() + ": " + f.reason())
                .containsExactly(
                        "Initech: the contact name is missing",
                        "Umbrella: 'alice-at-umbrella' is not a valid e-mail address");
        assertThat(report.importedRecords())
                .extracting(r -> r.signup().company())
                .containsExactly("Acme Ltd", "Globex", "Stark Industries", "Wayne Enterprises");

        List<Map<String, Object>> organizations = list("/api/v2/organizations");
        List<Map<String, Object>> persons = list("/api/v2/persons");
        List<Map<String, Object>> deals = list("/api/v2/deals");
        Map<Object, String> orgNames =
                organizations.stream().collect(Collectors.toMap(o -> o.get("id"), o -> (String) o.get("name")));
        assertThat(orgNames.values())
                .containsExactlyInAnyOrder("Acme Ltd", "Globex", "Stark Industries", "Wayne Enterprises");
        assertThat(persons)
                .extracting(p -> p.get("name") + " @ " + orgNames.get(p.get("org_id")))
                .containsExactlyInAnyOrder(
                        "Ada Lovelace @ Acme Ltd",
                        "Hank Scorpio @ Globex",
                        "Pepper Potts @ Stark Industries",
                        "Lucius Fox @ Wayne Enterprises");

        for (ImportReport.Imported imported : report.importedRecords()) {
            Map<String, Object> deal = get("/api/v2/deals/" + imported.dealId());
            assertThat(deal.get("person_id")).isEqualTo(imported.personId());
            assertThat(deal.get("org_id")).isEqualTo(imported.orgId());
            assertThat(deal.get("stage_id")).isEqualTo(report.setupId("stage"));
            int price = SignupRoutes.PLAN_PRICES.get(imported.signup().plan());
            assertThat(((Number) deal.get("value")).doubleValue())
                    .as(
                            "deal value follows its product for %s",
                            imported.signup().company())
                    .isEqualTo(price * imported.signup().seats());

            Map<String, Object> activity = get("/api/v2/activities/" + imported.activityId());
            assertThat(activity.get("deal_id")).isEqualTo(imported.dealId());
            Map<String, Object> note = get("/v1/notes/" + imported.noteId());
            assertThat(note.get("deal_id")).isEqualTo(imported.dealId());
            assertThat((String) note.get("content")).contains(imported.signup().seats() + " seats");
        }
        assertThat(deals).hasSize(4);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> list(String path) throws Exception {
        return (List<Map<String, Object>>) envelope(path).get("data");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> get(String path) throws Exception {
        return (Map<String, Object>) envelope(path).get("data");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> envelope(String path) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + path))
                        .header("x-api-token", sandbox.token())
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode())
                .as("GET %s: %s", path, response.body())
                .isEqualTo(200);
        return json.readValue(response.body(), Map.class);
    }
}
