package io.github.camelpipedrive.sandbox;

import static io.github.camelpipedrive.sandbox.Http.obj;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Paging in both API styles, exact-match search, field metadata and the other reads. */
class ListsAndSearchTest {

    @RegisterExtension
    static PipedriveSandboxExtension pipedrive = PipedriveSandboxExtension.create(b -> b.burstLimit(0));

    @Test
    void v1ListsPageWithStartAndLimit() {
        Http http = new Http(pipedrive.sandbox());
        for (int i = 1; i <= 5; i++) {
            http.post("/v1/notes", obj("content", "Note " + i, "deal_id", 1));
        }
        Http.Reply first = http.get("/v1/notes?start=0&limit=2");
        assertThat(first.dataList()).extracting(n -> n.get("content")).containsExactly("Note 1", "Note 2");
        assertThat(first.json().get("additional_data"))
                .isEqualTo(Map.of(
                        "pagination",
                        Map.of("start", 0, "limit", 2, "more_items_in_collection", true, "next_start", 2)));
        Http.Reply last = http.get("/v1/notes?start=4&limit=2");
        assertThat(last.dataList()).extracting(n -> n.get("content")).containsExactly("Note 5");
        assertThat(last.json().get("additional_data"))
                .isEqualTo(Map.of("pagination", Map.of("start", 4, "limit", 2, "more_items_in_collection", false)));
    }

    @Test
    @SuppressWarnings("unchecked")
    void v2ListsPageWithACursor() {
        Http http = new Http(pipedrive.sandbox());
        for (int i = 1; i <= 5; i++) {
            http.post("/api/v2/deals", obj("title", "Deal " + i));
        }
        List<Object> titles = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Http.Reply page = http.get("/api/v2/deals?limit=2" + (cursor == null ? "" : "&cursor=" + cursor));
            page.dataList().forEach(d -> titles.add(d.get("title")));
            cursor = (String) ((Map<String, Object>) page.json().get("additional_data")).get("next_cursor");
            pages++;
        } while (cursor != null);
        assertThat(pages).isEqualTo(3);
        assertThat(titles).containsExactly("Deal 1", "Deal 2", "Deal 3", "Deal 4", "Deal 5");
        assertThat(http.get("/api/v2/deals?cursor=not-a-cursor").status()).isEqualTo(400);
    }

    @Test
    void listsFilterOnFieldsGivenInTheQuery() {
        Http http = new Http(pipedrive.sandbox());
        Fixtures f = new Fixtures(http);
        Object person = f.person();
        http.post("/api/v2/deals", obj("title", "Hers", "person_id", person));
        http.post("/api/v2/deals", obj("title", "Nobody's"));
        assertThat(http.get("/api/v2/deals?person_id=" + person).dataList())
                .extracting(d -> d.get("title"))
                .containsExactly("Hers");
    }

    @Test
    @SuppressWarnings("unchecked")
    void searchWithExactMatchFindsOnlyWholeValues() {
        Http http = new Http(pipedrive.sandbox());
        http.post("/api/v2/persons", obj("name", "Ada Lovelace", "emails", List.of(obj("value", "ada@example.com"))));
        http.post("/api/v2/persons", obj("name", "Adam Smith", "emails", List.of(obj("value", "adam@example.com"))));

        Http.Reply exact = http.get("/api/v2/persons/search?term=ada@example.com&fields=email&exact_match=true");
        List<Map<String, Object>> items =
                (List<Map<String, Object>>) exact.data().get("items");
        assertThat(items).hasSize(1);
        assertThat((Map<String, Object>) items.get(0).get("item"))
                .containsEntry("name", "Ada Lovelace")
                .containsEntry("type", "person")
                .containsEntry("emails", List.of("ada@example.com"));
        assertThat(items.get(0)).containsKey("result_score");

        assertThat((List<?>) http.get("/api/v2/persons/search?term=Ada&fields=name&exact_match=true")
                        .data()
                        .get("items"))
                .isEmpty();
        assertThat((List<?>) http.get("/api/v2/persons/search?term=Ada&fields=name")
                        .data()
                        .get("items"))
                .hasSize(2);
        assertThat(http.get("/api/v2/persons/search?term=Ada&fields=shoe_size").status())
                .isEqualTo(400);

        http.post("/api/v2/organizations", obj("name", "Acme"));
        http.post("/api/v2/deals", obj("title", "Acme renewal"));
        http.post("/api/v2/products", obj("name", "Anvil", "code", "ACME-1"));
        assertThat((List<?>) http.get("/api/v2/organizations/search?term=acme&exact_match=true")
                        .data()
                        .get("items"))
                .hasSize(1);
        assertThat((List<?>) http.get("/api/v2/deals/search?term=Acme renewal&exact_match=true".replace(" ", "%20"))
                        .data()
                        .get("items"))
                .hasSize(1);
        assertThat((List<?>) http.get("/api/v2/products/search?term=ACME-1&fields=code&exact_match=true")
                        .data()
                        .get("items"))
                .hasSize(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void fieldMetadataListsBuiltInAndCustomFields() {
        Http http = new Http(pipedrive.sandbox());
        String tier = PipedriveSandbox.customFieldKey("person", "Tier");
        List<Map<String, Object>> v1 = http.get("/v1/personFields?limit=500").dataList();
        assertThat(v1).extracting(f -> f.get("key")).contains("name", "email", tier);
        Map<String, Object> v1Tier =
                v1.stream().filter(f -> tier.equals(f.get("key"))).findFirst().orElseThrow();
        assertThat(v1Tier).containsEntry("field_type", "enum").containsEntry("edit_flag", true);
        assertThat((List<Map<String, Object>>) v1Tier.get("options"))
                .extracting(o -> o.get("label"))
                .containsExactly("Gold", "Silver", "Bronze");
        assertThat(tier).matches("[0-9a-f]{40}");

        List<Map<String, Object>> v2 = http.get("/api/v2/dealFields").dataList();
        assertThat(v2)
                .filteredOn(f -> Boolean.TRUE.equals(f.get("is_custom_field")))
                .extracting(f -> f.get("field_type"))
                .containsExactly("varchar", "enum", "set", "monetary", "date");
        for (String entity : List.of("organization", "product")) {
            assertThat(http.get("/v1/" + entity + "Fields").status()).isEqualTo(200);
            assertThat(http.get("/api/v2/" + entity + "Fields").status()).isEqualTo(200);
        }
        Http.Reply created = http.post("/api/v2/dealFields", obj("field_name", "Segment", "field_type", "varchar"));
        assertThat(created.data().get("field_code").toString()).matches("[0-9a-f]{40}");
        assertThat(http.post("/api/v2/dealFields", obj("field_name", "Size", "field_type", "enum"))
                        .status())
                .isEqualTo(400);
    }

    @Test
    void readsCoverWhatTheSandboxCanCreate() {
        Http http = new Http(pipedrive.sandbox());
        Fixtures f = new Fixtures(http);
        assertThat(http.get("/v1/users/me").data()).containsEntry("id", 1).containsEntry("is_you", true);
        assertThat(http.get("/v1/users/2").status()).isEqualTo(200);
        assertThat(http.get("/api/v2/pipelines/1").data()).containsEntry("name", "Sales pipeline");
        assertThat(http.get("/api/v2/stages?pipeline_id=1").dataList()).hasSize(4);
        assertThat(http.get("/v1/activityTypes").dataList()).isNotEmpty();
        Object lead = f.id(http.post("/v1/leads", obj("title", "Lead", "organization_id", f.organization())));
        assertThat(lead.toString()).matches("[0-9a-f-]{36}");
        assertThat(http.get("/v1/leads/" + lead).data()).containsEntry("title", "Lead");
        Object log = f.callLog();
        assertThat(log).isInstanceOf(String.class);
        assertThat(http.get("/v1/callLogs/" + log).status()).isEqualTo(200);
        Object goal = f.goal();
        assertThat(http.get("/v1/goals/" + goal).data()).containsKey("goal");
        for (String path : List.of(
                "/api/v2/products/" + f.product(),
                "/api/v2/activities/" + f.activity(),
                "/api/v2/projects/" + f.project(),
                "/v1/filters/" + f.filter(),
                "/v1/roles/" + f.role(),
                "/v1/legacyTeams/" + f.team(),
                "/v1/activityTypes/" + f.activityType(),
                "/v1/organizationRelationships/" + f.organizationRelationship(),
                "/v1/mailbox/mailThreads/1")) {
            assertThat(http.get(path).status()).as(path).isEqualTo(200);
        }
        Object note = f.note(f.deal());
        Object comment = f.comment(note);
        assertThat(http.get("/v1/notes/" + note + "/comments/" + comment).data())
                .containsEntry("content", "First comment");
        assertThat(http.delete("/v1/notes/" + note).json()).containsEntry("data", true);
        Object label = f.id(http.post("/v1/leadLabels", obj("name", "Partner", "color", "green")));
        assertThat(http.get("/v1/leadLabels/" + label).status()).isEqualTo(200);
        Object hook = f.id(http.post(
                "/v1/webhooks",
                obj(
                        "subscription_url",
                        "https://example.com/h",
                        "event_action",
                        "*",
                        "event_object",
                        "*",
                        "name",
                        "All")));
        assertThat(http.get("/v1/webhooks").dataList()).hasSize(1);
        assertThat(http.delete("/v1/webhooks/" + hook).data()).containsEntry("id", hook);
    }
}
