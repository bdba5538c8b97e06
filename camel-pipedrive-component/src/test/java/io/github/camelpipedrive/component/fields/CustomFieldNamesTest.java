package io.github.camelpipedrive.component.fields;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelpipedrive.component.PipedriveComponent;
import io.github.camelpipedrive.component.PipedriveConstants;
import io.github.camelpipedrive.component.SandboxTestSupport;
import io.github.camelpipedrive.component.error.PipedriveValidationException;
import io.github.camelpipedrive.sandbox.PipedriveSandbox;
import io.github.camelpipedrive.sandbox.RecordedRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.Logger;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Property;
import org.junit.jupiter.api.Test;

/**
 * Custom fields by display name, end to end: real routes to the sandbox over HTTP, checked by reading the records back
 * with the sandbox's GET and by counting requests in its journal.
 */
class CustomFieldNamesTest extends SandboxTestSupport {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String LEAD_SOURCE = PipedriveSandbox.customFieldKey("person", "Lead source");
    static final String TIER = PipedriveSandbox.customFieldKey("person", "Tier");
    static final String INTERESTS = PipedriveSandbox.customFieldKey("person", "Interests");
    static final String BUDGET = PipedriveSandbox.customFieldKey("person", "Budget");
    static final String RENEWAL = PipedriveSandbox.customFieldKey("person", "Renewal date");

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:addPerson").to("pipedrive:person/add");
                from("direct:updatePerson").to("pipedrive:person/update");
                from("direct:addPersonNamed").to("pipedrive:person/add?resolveFieldNames=true");
                from("direct:addLead").to("pipedrive:lead/add?resolveFieldNames=true");
                from("direct:addActivity").to("pipedrive:activity/add");
                from("direct:lenient").to("pipedrive:person/add?fieldNames=lenient");
                from("direct:off").to("pipedrive:person/add?fieldNames=off");
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

    @SuppressWarnings("unchecked")
    static Map<String, Object> customFields(Map<String, Object> record) {
        return (Map<String, Object>) record.get("custom_fields");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPersonCreatedWithCustomFieldsByNameReadsBackWithKeysAndOptionIds() throws Exception {
        Map<String, Object> given = body(
                "name",
                "Ada Lovelace",
                "Lead source",
                "Webinar",
                " tier ",
                "Gold",
                "Interests",
                List.of("Software", "Services"),
                "Budget",
                "500 EUR",
                "Renewal date",
                "2027-01-31");
        Map<String, Object> created = template.requestBody("direct:addPerson", given, Map.class);

        Map<String, Object> stored = http.getMap("/api/v2/persons/" + created.get("id"));
        assertThat(stored.get("name")).isEqualTo("Ada Lovelace");
        assertThat(customFields(stored))
                .containsEntry(LEAD_SOURCE, "Webinar")
                .containsEntry(TIER, http.optionId("person", "Tier", "Gold"))
                .containsEntry(
                        INTERESTS,
                        List.of(
                                http.optionId("person", "Interests", "Software"),
                                http.optionId("person", "Interests", "Services")))
                .containsEntry(BUDGET, Map.of("value", 500, "currency", "EUR"))
                .containsEntry(RENEWAL, "2027-01-31");
        // on the wire: v2 custom_fields object keyed by hashes, nothing else moved
        RecordedRequest post = http.writes().get(0);
        Map<String, Object> sent = JSON.readValue(post.bodyText(), Map.class);
        assertThat(sent.keySet()).containsExactly("name", "custom_fields");
        assertThat(given).as("the route's body is not changed").containsKey("Lead source");
        assertThat(http.count("GET", "/api/v2/personFields")).isEqualTo(1);
    }

    @Test
    void anUnknownFieldIsRefusedWithTheClosestNamesAndNothingIsWritten() {
        assertThatThrownBy(() -> template.sendBody("direct:addPerson", body("name", "Ada", "Lead sorce", "Webinar")))
                .isInstanceOf(CamelExecutionException.class)
                .cause()
                .isInstanceOf(PipedriveValidationException.class)
                .hasMessageContaining("'Lead sorce' is neither a built-in nor a custom person field")
                .hasMessageContaining("closest known names: 'Lead source'")
                .hasMessageContaining("Nothing was sent to Pipedrive");
        assertThat(http.writes()).as("no write reached Pipedrive").isEmpty();
    }

    @Test
    void anUnknownOptionLabelIsRefusedWithTheClosestLabelsAndNothingIsWritten() {
        Exchange result =
                template.send("direct:addPerson", e -> e.getMessage().setBody(body("name", "Ada", "Tier", "Goldd")));
        assertThat(result.getException())
                .isInstanceOf(PipedriveValidationException.class)
                .hasMessageContaining("custom field 'Tier' (enum) has no option 'Goldd'; did you mean 'Gold'")
                .hasMessageContaining("Its options: Gold, Silver, Bronze");
        assertThat(((PipedriveValidationException) result.getException()).getField())
                .isEqualTo("Tier");
        assertThat(http.writes()).isEmpty();
        assertThat(pipedrive.sandbox().entities("persons")).noneMatch(p -> "Ada".equals(p.get("name")));
    }

    @Test
    void aNameTwoCustomFieldsShareIsAmbiguous() {
        Map<String, Object> twin =
                http.write("POST", "/api/v2/personFields", body("field_name", "Lead Source", "field_type", "varchar"));
        pipedrive.sandbox().clearRequests();
        Exchange result = template.send(
                "direct:addPerson", e -> e.getMessage().setBody(body("name", "Ada", "lead source", "Webinar")));
        assertThat(result.getException())
                .isInstanceOf(PipedriveValidationException.class)
                .hasMessageContaining("'lead source' is ambiguous: 2 custom person fields")
                .hasMessageContaining(LEAD_SOURCE)
                .hasMessageContaining((String) twin.get("field_code"));
        // the key still says which one is meant
        template.sendBody("direct:addPerson", body("name", "Ada", LEAD_SOURCE, "Webinar"));
        assertThat(http.writes()).hasSize(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void builtInFieldsWinOverACustomFieldOfTheSameName() throws Exception {
        http.write("POST", "/api/v2/personFields", body("field_name", "Name", "field_type", "varchar"));
        http.write("POST", "/api/v2/personFields", body("field_name", "job_title", "field_type", "varchar"));
        Map<String, Object> created = template.requestBody(
                "direct:addPerson", body("Name", "Ada", "job_title", "Countess", "Lead source", "Book"), Map.class);
        Map<String, Object> stored = http.getMap("/api/v2/persons/" + created.get("id"));
        assertThat(stored).containsEntry("name", "Ada").containsEntry("job_title", "Countess");
        assertThat(customFields(stored).values()).containsOnly(null, "Book");
    }

    @Test
    void aBodyOfBuiltInFieldsNeedsNoFieldDefinitions() {
        String key = PipedriveSandbox.customFieldKey("person", "Lead source");
        template.sendBody(
                "direct:addPerson",
                body(
                        "name",
                        "Ada",
                        "emails",
                        List.of(Map.of("value", "ada@example.com")),
                        "custom_fields",
                        Map.of(key, "Wire form")));
        assertThat(http.count("GET", "/api/v2/personFields"))
                .as("no definitions read")
                .isZero();
        assertThat(customFields(pipedrive.sandbox().entities("persons").get(0))).containsEntry(key, "Wire form");
    }

    @Test
    @SuppressWarnings("unchecked")
    void answersNameTheCustomFieldsAndOptions() {
        Map<String, Object> created = template.requestBody(
                "direct:addPersonNamed",
                body("name", "Ada", "Lead source", "Webinar", "Tier", "Silver", "Interests", "Hardware", "Budget", 12),
                Map.class);
        Map<String, Object> custom = customFields(created);
        assertThat(custom)
                .containsEntry("Lead source", "Webinar")
                .containsEntry("Tier", "Silver")
                .containsEntry("Interests", List.of("Hardware"))
                .containsEntry("Budget", Map.of("value", 12))
                .containsEntry("Renewal date", null);
        assertThat(custom.keySet()).noneMatch(BodyFieldResolver::isHashKey);
    }

    @Test
    void oneFieldsRequestServesAHundredWritesFromEightThreads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Object>> writes = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                int n = i;
                writes.add(() -> template.requestBody(
                        "direct:addPerson", body("name", "P" + n, "Lead source", "Batch", "Tier", "Bronze")));
            }
            for (Future<Object> write : pool.invokeAll(writes)) {
                write.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(http.count("POST", "/api/v2/persons")).isEqualTo(100);
        assertThat(http.count("GET", "/api/v2/personFields"))
                .as("field definitions read once")
                .isEqualTo(1);
        assertThat(context.getComponent("pipedrive", PipedriveComponent.class).getFieldDefinitionLoads())
                .isEqualTo(1);
    }

    @Test
    void definitionsAreReadAgainAfterTheTtlOrWhenAsked() throws Exception {
        context.getComponent("pipedrive", PipedriveComponent.class).setFieldCacheTtl(300);
        Map<String, Object> named = body("name", "Ada", "Lead source", "Webinar");
        template.sendBody("direct:addPerson", named);
        template.sendBody("direct:addPerson", named);
        assertThat(http.count("GET", "/api/v2/personFields")).isEqualTo(1);
        Thread.sleep(350);
        template.sendBody("direct:addPerson", named);
        assertThat(http.count("GET", "/api/v2/personFields"))
                .as("read again after the TTL")
                .isEqualTo(2);

        // a field added meanwhile is found once the header asks for fresh definitions
        http.write("POST", "/api/v2/personFields", body("field_name", "Shoe size", "field_type", "double"));
        context.getComponent("pipedrive", PipedriveComponent.class).setFieldCacheTtl(600_000);
        Exchange stale =
                template.send("direct:addPerson", e -> e.getMessage().setBody(body("name", "Bo", "Shoe size", 44)));
        assertThat(stale.getException()).hasMessageContaining("'Shoe size' is neither");
        template.sendBodyAndHeader(
                "direct:addPerson", body("name", "Bo", "Shoe size", 44), PipedriveConstants.REFRESH_FIELDS, "true");
        assertThat(http.count("GET", "/api/v2/personFields")).isEqualTo(3);

        // the component's refresh does the same for every endpoint
        context.getComponent("pipedrive", PipedriveComponent.class).refreshFieldDefinitions();
        template.sendBody("direct:addPerson", named);
        assertThat(http.count("GET", "/api/v2/personFields")).isEqualTo(4);
    }

    @Test
    @SuppressWarnings("unchecked")
    void leadsAreV1AndGetTheDealCustomFieldsAtTheTopLevel() throws Exception {
        Map<String, Object> person = http.write("POST", "/api/v2/persons", body("name", "Ada"));
        String tier = PipedriveSandbox.customFieldKey("deal", "Tier");
        String budget = PipedriveSandbox.customFieldKey("deal", "Budget");
        String interests = PipedriveSandbox.customFieldKey("deal", "Interests");
        Map<String, Object> created = template.requestBody(
                "direct:addLead",
                body(
                        "title",
                        "Webinar lead",
                        "person_id",
                        person.get("id"),
                        "Tier",
                        "Silver",
                        "Budget",
                        900,
                        "Budget_currency",
                        "EUR",
                        "Interests",
                        List.of("Software", "Hardware")),
                Map.class);

        RecordedRequest post = http.writes().stream()
                .filter(r -> r.path().equals("/v1/leads"))
                .findFirst()
                .orElseThrow();
        Map<String, Object> sent = JSON.readValue(post.bodyText(), Map.class);
        Object silver = http.optionId("deal", "Tier", "Silver");
        String setIds =
                http.optionId("deal", "Interests", "Software") + "," + http.optionId("deal", "Interests", "Hardware");
        assertThat(sent)
                .containsEntry(tier, silver)
                .containsEntry(budget, 900)
                .containsEntry(budget + "_currency", "EUR")
                .containsEntry(interests, setIds)
                .doesNotContainKey("custom_fields");
        assertThat(http.count("GET", "/api/v2/dealFields"))
                .as("leads use the deal fields")
                .isEqualTo(1);

        Map<String, Object> stored = http.getMap("/v1/leads/" + created.get("id"));
        assertThat(stored).containsEntry(tier, silver).containsEntry(budget, 900);
        // the answer, named: top-level keys renamed, parts too
        assertThat(created)
                .containsEntry("Tier", "Silver")
                .containsEntry("Budget", 900)
                .containsEntry("Budget_currency", "EUR")
                .containsEntry("Interests", List.of("Software", "Hardware"));
    }

    @Test
    void activitiesResolveTheirBuiltInFieldsAndRefuseUnknownOnes() {
        template.sendBody("direct:addActivity", body("Subject", "Call Ada", "due_date", "2026-12-01"));
        assertThat(pipedrive.sandbox().entities("activities")).anyMatch(a -> "Call Ada".equals(a.get("subject")));
        assertThat(http.count("GET", "/api/v2/activityFields")).isEqualTo(1);
        Exchange typo = template.send("direct:addActivity", e -> e.getMessage().setBody(body("Subjcet", "x")));
        assertThat(typo.getException()).hasMessageContaining("closest known names: 'subject'");
    }

    @Test
    void offSendsTheBodyAsGivenAndReadsNoDefinitions() throws Exception {
        template.sendBody("direct:off", body("name", "Ada", "Lead source", "Webinar"));
        assertThat(http.count("GET", "/api/v2/personFields")).isZero();
        assertThat(http.writes().get(0).bodyText()).isEqualTo("{\"name\":\"Ada\",\"Lead source\":\"Webinar\"}");
    }

    @Test
    void lenientSendsUnknownNamesOnWithOneWarningEach() {
        List<String> warnings = new CopyOnWriteArrayList<>();
        Logger logger = (Logger) LogManager.getLogger(BodyFieldResolver.class);
        AbstractAppender capture = new AbstractAppender("fields-capture", null, null, false, Property.EMPTY_ARRAY) {
            @Override
            public void append(LogEvent event) {
                warnings.add(event.getLevel() + " " + event.getMessage().getFormattedMessage());
            }
        };
        capture.start();
        logger.addAppender(capture);
        try {
            for (int i = 0; i < 3; i++) {
                template.sendBody(
                        "direct:lenient",
                        body("name", "Ada" + i, "Favourite colour", "green", "Lead source", "Webinar"));
            }
        } finally {
            logger.removeAppender(capture);
        }
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0)).startsWith("WARN").contains("'Favourite colour' is not a field of persons");
        assertThat(http.writes())
                .hasSize(3)
                .allSatisfy(r -> assertThat(r.bodyText())
                        .contains("\"Favourite colour\":\"green\"")
                        .contains(LEAD_SOURCE));
    }

    @Test
    void anUpdateResolvesNamesToo() {
        Map<String, Object> person = http.write("POST", "/api/v2/persons", body("name", "Ada"));
        template.sendBodyAndHeader(
                "direct:updatePerson",
                body("Tier", "Gold", "job_title", "CTO"),
                PipedriveConstants.ID,
                person.get("id"));
        Map<String, Object> stored = http.getMap("/api/v2/persons/" + person.get("id"));
        assertThat(stored).containsEntry("job_title", "CTO");
        assertThat(customFields(stored)).containsEntry(TIER, http.optionId("person", "Tier", "Gold"));
    }
}
