package io.github.camelpipedrive.sandbox;

import static io.github.camelpipedrive.sandbox.Http.obj;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Pipedrive ignores top-level keys a v2 create or update does not know: not stored, not echoed, no error. A
 * misspelt field must therefore not look stored in a user's tests; custom field values are kept under
 * {@code custom_fields}.
 */
class UnknownBodyFieldsTest {

    @RegisterExtension
    static PipedriveSandboxExtension pipedrive = PipedriveSandboxExtension.create(b -> b.burstLimit(0));

    private static final String TIER = PipedriveSandbox.customFieldKey("person", "Lead source");

    @Test
    void aCreateDropsUnknownTopLevelKeysAndKeepsCustomFields() {
        Http http = new Http(pipedrive.sandbox());
        Http.Reply created = http.post(
                "/api/v2/persons",
                obj(
                        "name",
                        "Ada",
                        "job_tilte",
                        "Engineer",
                        "made_up",
                        obj("any", "shape"),
                        TIER,
                        "flat key",
                        "custom_fields",
                        obj(TIER, "Referral")));
        assertThat(created.status()).as("%s", created).isEqualTo(200);
        assertThat(created.data()).containsEntry("name", "Ada").doesNotContainKeys("job_tilte", "made_up", TIER);
        assertThat(customFields(created.data())).containsEntry(TIER, "Referral");

        Map<String, Object> stored =
                http.get("/api/v2/persons/" + created.data().get("id")).data();
        assertThat(stored).doesNotContainKeys("job_tilte", "made_up", TIER);
        assertThat(stored.get("job_title")).isNull();
        assertThat(customFields(stored)).containsEntry(TIER, "Referral");
    }

    @Test
    void anUpdateDropsUnknownTopLevelKeysEvenWithATypeThatWouldBeWrong() {
        Http http = new Http(pipedrive.sandbox());
        Object id = http.post("/api/v2/deals", obj("title", "Deal")).data().get("id");
        // add_time is accepted on person creates only; on a deal update it is as unknown as a typo
        Http.Reply updated =
                http.patch("/api/v2/deals/" + id, obj("titel", 42, "value", 10, "add_time", "2020-01-01T00:00:00Z"));
        assertThat(updated.status()).as("%s", updated).isEqualTo(200);
        assertThat(updated.data()).doesNotContainKey("titel").containsEntry("title", "Deal");
        assertThat(updated.data().get("add_time")).isNotEqualTo("2020-01-01T00:00:00Z");
        assertThat(http.get("/api/v2/deals/" + id).data()).doesNotContainKey("titel");
    }

    @Test
    void knownFieldsAreStillValidated() {
        Http http = new Http(pipedrive.sandbox());
        Http.Reply wrongType = http.post("/api/v2/deals", obj("title", "Deal", "value", "ten", "misspelt", 1));
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.body()).contains("value", "must be a number.");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> customFields(Map<String, Object> person) {
        return (Map<String, Object>) person.get("custom_fields");
    }
}
