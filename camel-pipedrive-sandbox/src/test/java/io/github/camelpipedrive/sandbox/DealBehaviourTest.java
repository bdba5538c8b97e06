package io.github.camelpipedrive.sandbox;

import static io.github.camelpipedrive.sandbox.Http.obj;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What happens to deals, persons and organizations when a client merges, duplicates or prices them. */
class DealBehaviourTest {

    @RegisterExtension
    static PipedriveSandboxExtension pipedrive = PipedriveSandboxExtension.create();

    private Http http;
    private Fixtures fixtures;

    @BeforeEach
    void client() {
        http = new Http(pipedrive.sandbox());
        fixtures = new Fixtures(http);
    }

    @Test
    void mergingPersonsRemovesTheMergedPersonAndKeepsMergeWithId() {
        Object duplicate = id(http.post(
                "/api/v2/persons", obj("name", "Ada L.", "emails", List.of(obj("value", "ada@old.example")))));
        Object keeper = id(http.post(
                "/api/v2/persons", obj("name", "Ada Lovelace", "emails", List.of(obj("value", "ada@example.com")))));
        Object deal = id(http.post("/api/v2/deals", obj("title", "Engine", "person_id", duplicate)));

        Http.Reply merged = http.put("/v1/persons/" + duplicate + "/merge", obj("merge_with_id", keeper));

        assertThat(merged.status()).isEqualTo(200);
        assertThat(merged.data())
                .containsEntry("id", keeper)
                .containsEntry("merge_what_id", duplicate)
                .containsEntry("name", "Ada Lovelace");
        assertThat(http.get("/api/v2/persons/" + duplicate).status()).isEqualTo(404);
        assertThat(http.get("/api/v2/persons/" + keeper).data().get("emails").toString())
                .contains("ada@example.com", "ada@old.example");
        assertThat(http.get("/api/v2/deals/" + deal).data()).containsEntry("person_id", keeper);
        assertThat(pipedrive.sandbox().entities("persons"))
                .extracting(p -> p.get("id"))
                .containsExactly(keeper);
    }

    @Test
    void mergingDealsAndOrganizationsKeepsTheMergeWithItem() {
        Object a = fixtures.deal();
        Object b = fixtures.deal();
        assertThat(http.put("/v1/deals/" + a + "/merge", obj("merge_with_id", b))
                        .data())
                .containsEntry("id", b);
        assertThat(http.get("/api/v2/deals/" + a).status()).isEqualTo(404);

        Object orgA = fixtures.organization();
        Object orgB = fixtures.organization();
        assertThat(http.put("/v1/organizations/" + orgA + "/merge", obj("merge_with_id", orgB))
                        .data())
                .containsEntry("id", orgB);
        assertThat(pipedrive.sandbox().entity("organizations", orgA)).isNull();
    }

    @Test
    void mergingAnItemWithItselfIsABadRequest() {
        Object p = fixtures.person();
        assertThat(http.put("/v1/persons/" + p + "/merge", obj("merge_with_id", p))
                        .status())
                .isEqualTo(400);
    }

    @Test
    void duplicatingADealCreatesACopyWithANewId() {
        Object original = id(http.post("/api/v2/deals", obj("title", "Renewal", "value", 700, "currency", "EUR")));

        Http.Reply copy = http.post("/v1/deals/" + original + "/duplicate", null);

        assertThat(copy.status()).isEqualTo(200);
        Object copyId = copy.data().get("id");
        assertThat(copyId).isNotEqualTo(original);
        assertThat(copy.data())
                .containsEntry("title", "Renewal")
                .containsEntry("value", 700)
                .containsEntry("currency", "EUR");
        assertThat(copy.data().get("add_time").toString()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
        assertThat(pipedrive.sandbox().entities("deals")).hasSize(2);
    }

    @Test
    void dealValueIsTheSumOfItsProductsLessDiscounts() {
        Object deal = id(http.post("/api/v2/deals", obj("title", "Fleet", "value", 1)));
        Object widget = fixtures.product();
        Object gadget = fixtures.product();

        Http.Reply first = http.post(
                "/api/v2/deals/" + deal + "/products", obj("product_id", widget, "item_price", 100, "quantity", 3));
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.data()).containsEntry("sum", 300);
        assertThat(value(deal)).isEqualTo(300);

        Http.Reply second = http.post(
                "/api/v2/deals/" + deal + "/products",
                obj(
                        "product_id",
                        gadget,
                        "item_price",
                        50,
                        "quantity",
                        2,
                        "discount",
                        10,
                        "discount_type",
                        "percentage"));
        assertThat(second.data()).containsEntry("sum", 90);
        assertThat(value(deal)).isEqualTo(390);

        http.patch("/api/v2/deals/" + deal + "/products/" + first.data().get("id"), obj("quantity", 1));
        assertThat(value(deal)).isEqualTo(190);

        assertThat(http.post(
                                "/api/v2/deals/" + deal + "/discounts",
                                obj("description", "Fleet", "amount", 10, "type", "percentage"))
                        .status())
                .isEqualTo(201);
        assertThat(value(deal)).isEqualTo(171);
        http.post(
                "/api/v2/deals/" + deal + "/discounts", obj("description", "Goodwill", "amount", 21, "type", "amount"));
        assertThat(value(deal)).isEqualTo(150);
    }

    @Test
    void installmentsNeedAOneTimeProductOnTheDeal() {
        Object deal = fixtures.deal();
        Map<String, Object> installment = obj("description", "First", "amount", 100, "billing_date", "2030-01-01");
        assertThat(http.post("/api/v2/deals/" + deal + "/installments", installment)
                        .status())
                .isEqualTo(400);
        fixtures.dealProduct(deal, fixtures.product());
        assertThat(http.post("/api/v2/deals/" + deal + "/installments", installment)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void followersAndParticipantsAreStored() {
        Object deal = fixtures.deal();
        Object person = fixtures.person();
        assertThat(http.post("/api/v2/deals/" + deal + "/followers", obj("user_id", 2))
                        .data())
                .containsEntry("user_id", 2);
        assertThat(http.post("/api/v2/deals/" + deal + "/followers", obj("user_id", 2))
                        .status())
                .isEqualTo(400);
        assertThat(http.get("/api/v2/deals/" + deal + "/followers").dataList()).hasSize(1);
        assertThat(http.post("/v1/deals/" + deal + "/participants", obj("person_id", person))
                        .status())
                .isEqualTo(200);
        assertThat(pipedrive.sandbox().entities("participants"))
                .singleElement()
                .satisfies(p -> assertThat(p).containsEntry("deal_id", deal).containsEntry("person_id", person));
    }

    @Test
    void archivingAProjectSetsArchiveTimeAndMovesItToTheArchivedList() {
        Object project = fixtures.project();
        Http.Reply archived = http.post("/api/v2/projects/" + project + "/archive", null);
        assertThat(archived.data().get("archive_time").toString())
                .matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
        assertThat(http.get("/api/v2/projects").dataList()).isEmpty();
        assertThat(http.get("/api/v2/projects/archived").dataList())
                .extracting(p -> p.get("id"))
                .containsExactly(project);
    }

    @Test
    void patchIsAPartialUpdate() {
        Object person = id(http.post("/api/v2/persons", obj("name", "Grace", "job_title", "Admiral")));
        Http.Reply patched = http.patch("/api/v2/persons/" + person, obj("name", "Grace Hopper"));
        assertThat(patched.data()).containsEntry("name", "Grace Hopper").containsEntry("job_title", "Admiral");
        assertThat(http.delete("/api/v2/persons/" + person).data()).containsEntry("id", person);
        assertThat(http.get("/api/v2/persons/" + person).status()).isEqualTo(404);
    }

    @Test
    @SuppressWarnings("unchecked")
    void goalAddAnswersAssigneeIdAndTargetAsIntegersAsPipedrivesSchemaSays() {
        Http.Reply added = http.post(
                "/v1/goals",
                obj(
                        "title",
                        "Deals won",
                        "assignee",
                        obj("id", "1", "type", "person"),
                        "type",
                        obj("name", "deals_won", "params", obj("pipeline_id", List.of(1))),
                        "expected_outcome",
                        obj("target", "10", "tracking_metric", "quantity"),
                        "duration",
                        obj("start", "2030-01-01", "end", "2030-12-31"),
                        "interval",
                        "monthly"));
        assertThat(added.status()).as(added.toString()).isBetween(200, 201);
        Map<String, Object> goal = (Map<String, Object>) added.data().get("goal");
        assertThat(((Map<String, Object>) goal.get("assignee")).get("id"))
                .isInstanceOf(Integer.class)
                .isEqualTo(1);
        assertThat(((Map<String, Object>) goal.get("expected_outcome")).get("target"))
                .isInstanceOf(Integer.class)
                .isEqualTo(10);
    }

    private int value(Object deal) {
        return ((Number) http.get("/api/v2/deals/" + deal).data().get("value")).intValue();
    }

    private static Object id(Http.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isBetween(200, 201);
        return reply.data().get("id");
    }
}
