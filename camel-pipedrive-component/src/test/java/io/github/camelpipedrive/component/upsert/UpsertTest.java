package io.github.camelpipedrive.component.upsert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.camelpipedrive.component.PipedriveConstants;
import io.github.camelpipedrive.component.SandboxTestSupport;
import io.github.camelpipedrive.component.error.PipedriveDuplicateMatchException;
import io.github.camelpipedrive.component.error.PipedriveException;
import io.github.camelpipedrive.component.error.PipedriveValidationException;
import io.github.camelpipedrive.sandbox.PipedriveSandbox;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

/**
 * Find-or-create against the sandbox: the same message twice makes one record (created, then updated), several
 * matches fail naming them, and custom fields can be matched by name.
 */
class UpsertTest extends SandboxTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:person").to("pipedrive:person/upsert?matchBy=email");
                from("direct:organization").to("pipedrive:organization/upsert");
                from("direct:product").to("pipedrive:product/upsert?matchBy=code");
                from("direct:dealBySource").to("pipedrive:deal/upsert?matchBy=Lead source&resolveFieldNames=true");
                from("direct:dealByTier").to("pipedrive:deal/upsert?matchBy=Tier");
                from("direct:dealByTypo").to("pipedrive:deal/upsert?matchBy=Lead sorce");
            }
        };
    }

    static Map<String, Object> body(Object... kv) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            map.put((String) kv[i], kv[i + 1]);
        }
        return map;
    }

    static Map<String, Object> ada(String tier) {
        return body(
                "name",
                "Ada Lovelace",
                "emails",
                List.of(Map.of("value", "ada@example.com", "primary", true)),
                "Tier",
                tier);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSameMessageTwiceCreatesOnceThenUpdates() {
        Exchange first = template.request("direct:person", e -> e.getMessage().setBody(ada("Gold")));
        assertThat(first.getException()).isNull();
        assertThat(first.getMessage().getHeader(PipedriveConstants.UPSERT_RESULT))
                .isEqualTo("created");
        Object id = first.getMessage().getBody(Map.class).get("id");

        Exchange second = template.request("direct:person", e -> e.getMessage().setBody(ada("Silver")));
        assertThat(second.getMessage().getHeader(PipedriveConstants.UPSERT_RESULT))
                .isEqualTo("updated");
        assertThat(second.getMessage().getBody(Map.class).get("id")).isEqualTo(id);

        List<Map<String, Object>> persons = pipedrive.sandbox().entities("persons");
        assertThat(persons).hasSize(1);
        Map<String, Object> stored = http.getMap("/api/v2/persons/" + id);
        assertThat((Map<String, Object>) stored.get("custom_fields"))
                .containsEntry(
                        PipedriveSandbox.customFieldKey("person", "Tier"), http.optionId("person", "Tier", "Silver"));
        assertThat(http.count("GET", "/api/v2/persons/search")).isEqualTo(2);
        assertThat(pipedrive.sandbox().requests())
                .filteredOn(r -> r.path().equals("/api/v2/persons/search"))
                .allSatisfy(r -> assertThat(r.query())
                        .contains("term=ada%40example.com")
                        .contains("fields=email")
                        .contains("exact_match=true"));
        assertThat(http.count("PATCH", "/api/v2/persons/" + id)).isEqualTo(1);
    }

    @Test
    void severalMatchesFailNamingEveryIdAndWriteNothing() {
        Object one = http.write(
                        "POST",
                        "/api/v2/persons",
                        body("name", "Ada", "emails", List.of(Map.of("value", "ada@example.com"))))
                .get("id");
        Object two = http.write(
                        "POST",
                        "/api/v2/persons",
                        body("name", "Ada L.", "emails", List.of(Map.of("value", "ADA@example.com"))))
                .get("id");
        pipedrive.sandbox().clearRequests();

        Exchange result = template.send("direct:person", e -> e.getMessage().setBody(ada("Gold")));
        assertThat(result.getException())
                .isInstanceOf(PipedriveDuplicateMatchException.class)
                .hasMessageContaining("2 records have email = 'ada@example.com' (ids " + one + ", " + two + ")");
        assertThat(((PipedriveDuplicateMatchException) result.getException()).getIds())
                .containsExactly(one, two);
        assertThat(http.writes()).isEmpty();
    }

    @Test
    void organizationsMatchByNameAndProductsByCode() {
        template.sendBody("direct:organization", body("name", "Acme Ltd", "website", "https://acme.example"));
        Exchange again = template.request(
                "direct:organization",
                e -> e.getMessage().setBody(body("name", "ACME LTD", "website", "https://acme.example.com")));
        assertThat(again.getMessage().getHeader(PipedriveConstants.UPSERT_RESULT))
                .isEqualTo("updated");
        assertThat(pipedrive.sandbox().entities("organizations"))
                .singleElement()
                .satisfies(o -> assertThat(o).containsEntry("website", "https://acme.example.com"));

        template.sendBody("direct:product", body("name", "Widget", "code", "W-1"));
        template.sendBody("direct:product", body("name", "Widget", "code", "W-10"));
        Exchange widget = template.request(
                "direct:product", e -> e.getMessage().setBody(body("name", "Widget Pro", "code", "W-1")));
        assertThat(widget.getMessage().getHeader(PipedriveConstants.UPSERT_RESULT))
                .isEqualTo("updated");
        assertThat(pipedrive.sandbox().entities("products"))
                .extracting(p -> p.get("name"))
                .containsExactlyInAnyOrder("Widget Pro", "Widget");
    }

    @Test
    @SuppressWarnings("unchecked")
    void dealsMatchByACustomFieldNameComparedExactlyOnTheCandidates() {
        String budget = PipedriveSandbox.customFieldKey("deal", "Budget");
        // holds "500" in another searchable custom field: the search finds it, the comparison rules it out
        http.write(
                "POST",
                "/api/v2/deals",
                body("title", "Decoy", "custom_fields", Map.of(budget, Map.of("value", 500, "currency", "EUR"))));

        Exchange created = template.request(
                "direct:dealBySource",
                e -> e.getMessage().setBody(body("title", "First", "Lead source", "500", "value", 100)));
        assertThat(created.getException()).isNull();
        assertThat(created.getMessage().getHeader(PipedriveConstants.UPSERT_RESULT))
                .isEqualTo("created");
        Map<String, Object> answer = created.getMessage().getBody(Map.class);
        assertThat((Map<String, Object>) answer.get("custom_fields")).containsEntry("Lead source", "500");

        Exchange updated = template.request(
                "direct:dealBySource", e -> e.getMessage().setBody(body("title", "Renamed", "Lead source", "500")));
        assertThat(updated.getMessage().getHeader(PipedriveConstants.UPSERT_RESULT))
                .isEqualTo("updated");
        assertThat(pipedrive.sandbox().entities("deals"))
                .extracting(d -> d.get("title"))
                .containsExactlyInAnyOrder("Decoy", "Renamed");
        assertThat(http.count("PATCH", "/api/v2/deals/" + answer.get("id"))).isEqualTo(1);
    }

    @Test
    void aFieldTheSearchCannotSearchOrAnUnknownOneIsRefusedBeforeAnySearch() {
        Exchange tier =
                template.send("direct:dealByTier", e -> e.getMessage().setBody(body("title", "T", "Tier", "Gold")));
        assertThat(tier.getException())
                .isInstanceOf(PipedriveValidationException.class)
                .hasMessageContaining("matchBy 'Tier' is a custom field of type enum, which Pipedrive's search cannot "
                        + "search; searchable custom deal fields here: Lead source, Budget");
        Exchange typo = template.send("direct:dealByTypo", e -> e.getMessage().setBody(body("title", "T")));
        assertThat(typo.getException())
                .isInstanceOf(PipedriveValidationException.class)
                .hasMessageContaining("closest: 'Lead source'");
        Exchange noEmail = template.send("direct:person", e -> e.getMessage().setBody(body("name", "Nobody")));
        assertThat(noEmail.getException()).hasMessageContaining("the body has no value for 'email'");
        Exchange withId = template.send("direct:person", e -> e.getMessage().setBody(body("id", 4, "name", "X")));
        assertThat(withId.getException()).hasMessageContaining("leave 'id' out");
        assertThat(http.count("GET", "/api/v2/deals/search") + http.count("GET", "/api/v2/persons/search"))
                .isZero();
        assertThat(http.writes()).isEmpty();
    }

    @Test
    void fieldNameAndBodyErrorsInsideAnUpsertNameTheUpsertEndpointAndTheStep() {
        Exchange unknownName = template.send(
                "direct:person",
                e -> e.getMessage()
                        .setBody(body(
                                "name",
                                "Ada",
                                "emails",
                                List.of(Map.of("value", "ada@example.com")),
                                "Tierr",
                                "Gold")));
        assertThat(unknownName.getException())
                .isInstanceOf(PipedriveValidationException.class)
                .hasMessageStartingWith("pipedrive:person/upsert (step person/add): ")
                .hasMessageContaining("'Tierr'")
                .hasMessageContaining("closest known names: 'Tier'")
                .hasMessageEndingWith("Nothing was sent to Pipedrive.");
        PipedriveValidationException error = (PipedriveValidationException) unknownName.getException();
        assertThat(error.getOperation()).isEqualTo("person/upsert");
        assertThat(error.getField()).isEqualTo("Tierr");
        assertThat(error.getReason())
                .as("kept from the step")
                .isEqualTo(PipedriveValidationException.Reason.UNKNOWN_NAME);

        Exchange unknownOption =
                template.send("direct:person", e -> e.getMessage().setBody(ada("Platinum")));
        assertThat(unknownOption.getException())
                .isInstanceOf(PipedriveValidationException.class)
                .hasMessageStartingWith("pipedrive:person/upsert (step person/add): ")
                .hasMessageContaining("Platinum");
        assertThat(((PipedriveException) unknownOption.getException()).getOperation())
                .isEqualTo("person/upsert");

        // no deal matches, so the add step builds its request: deal/add requires a title
        Exchange noTitle =
                template.send("direct:dealBySource", e -> e.getMessage().setBody(body("Lead source", "Fair")));
        assertThat(noTitle.getException())
                .isInstanceOf(PipedriveValidationException.class)
                .hasMessageStartingWith("pipedrive:deal/upsert (step deal/add): ")
                .hasMessageContaining("title");
        assertThat(((PipedriveException) noTitle.getException()).getOperation()).isEqualTo("deal/upsert");
        assertThat(http.writes()).isEmpty();
    }

    @Test
    void upsertEndpointsAreKnownToTheComponentAndMatchByBelongsToThemOnly() {
        assertThatThrownBy(() -> context.getEndpoint("pipedrive:person/upsrt"))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .hasMessageContaining("person/upsert");
        assertThat(context.getEndpoint("pipedrive:organization/upsert?matchBy=address"))
                .isNotNull();
        assertThatThrownBy(() -> context.addRoutes(new RouteBuilder() {
                    @Override
                    public void configure() {
                        from("direct:wrong").to("pipedrive:person/add?matchBy=email");
                    }
                }))
                .hasStackTraceContaining("matchBy applies to the upsert endpoints only");
    }
}
