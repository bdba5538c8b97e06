package io.github.camelpipedrive.sandbox;

import static io.github.camelpipedrive.sandbox.Http.obj;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Custom field values as clients write them: v1 flat keys on leads, search on numbers, activity field metadata. */
class CustomFieldValuesTest {

    @RegisterExtension
    static PipedriveSandboxExtension pipedrive = PipedriveSandboxExtension.create(b -> b.burstLimit(0));

    private static final String TIER = PipedriveSandbox.customFieldKey("deal", "Tier");
    private static final String INTERESTS = PipedriveSandbox.customFieldKey("deal", "Interests");
    private static final String BUDGET = PipedriveSandbox.customFieldKey("deal", "Budget");

    @Test
    @SuppressWarnings("unchecked")
    void leadsTakeTheDealCustomFieldsAsFlatV1Keys() {
        Http http = new Http(pipedrive.sandbox());
        Object person = new Fixtures(http).person();
        Map<String, Object> tier =
                (Map<String, Object>) http.get("/api/v2/dealFields/" + TIER).data();
        Object gold = ((List<Map<String, Object>>) tier.get("options")).get(0).get("id");
        Http.Reply created = http.post(
                "/v1/leads",
                obj(
                        "title",
                        "Lead",
                        "person_id",
                        person,
                        TIER,
                        gold,
                        INTERESTS,
                        "104,105",
                        BUDGET,
                        500,
                        BUDGET + "_currency",
                        "EUR"));
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        Map<String, Object> lead =
                http.get("/v1/leads/" + created.data().get("id")).data();
        assertThat(lead)
                .containsEntry(TIER, gold)
                .containsEntry(INTERESTS, "104,105")
                .containsEntry(BUDGET, 500)
                .containsEntry(BUDGET + "_currency", "EUR");

        Http.Reply unknownOption = http.post("/v1/leads", obj("title", "Lead", "person_id", person, TIER, 999));
        assertThat(unknownOption.status()).isEqualTo(400);
        assertThat(unknownOption.body()).contains("has no option with id 999");
    }

    @Test
    void searchOnCustomFieldsFindsNumbersAndMoneyToo() {
        Http http = new Http(pipedrive.sandbox());
        String budget = PipedriveSandbox.customFieldKey("person", "Budget");
        http.post(
                "/api/v2/persons",
                obj("name", "Moneyed", "custom_fields", obj(budget, obj("value", 750, "currency", "EUR"))));
        Http.Reply found = http.get("/api/v2/persons/search?term=750&fields=custom_fields&exact_match=true");
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.body()).contains("Moneyed");
    }

    @Test
    void activityFieldsAreServedInBothVersions() {
        Http http = new Http(pipedrive.sandbox());
        List<Map<String, Object>> v2 = http.get("/api/v2/activityFields").dataList();
        assertThat(v2).extracting(f -> f.get("field_code")).contains("subject", "due_date", "person_id");
        assertThat(v2).allSatisfy(f -> assertThat(f.get("is_custom_field")).isEqualTo(false));
        List<Map<String, Object>> v1 = http.get("/v1/activityFields").dataList();
        assertThat(v1).extracting(f -> f.get("key")).contains("subject", "note");
    }
}
