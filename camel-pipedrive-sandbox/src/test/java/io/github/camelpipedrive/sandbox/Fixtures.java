package io.github.camelpipedrive.sandbox;

import static io.github.camelpipedrive.sandbox.Http.obj;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Creates the entities a request needs (a deal to attach a product to, a note to comment on...) through the API. */
final class Fixtures {

    private final Http http;

    Fixtures(Http http) {
        this.http = http;
    }

    Object id(Http.Reply reply) {
        if (reply.status() / 100 != 2) {
            throw new AssertionError("Fixture request failed: " + reply);
        }
        Map<String, Object> data = reply.data();
        Object id = data.containsKey("goal") ? ((Map<?, ?>) data.get("goal")).get("id") : data.get("id");
        return id != null ? id : data.get("uuid");
    }

    Object deal() {
        return id(http.post("/api/v2/deals", obj("title", "Fixture deal", "value", 1000, "currency", "EUR")));
    }

    Object person() {
        return id(http.post(
                "/api/v2/persons",
                obj(
                        "name",
                        "Fixture Person",
                        "emails",
                        List.of(obj("value", "fixture@example.com", "primary", true, "label", "work")))));
    }

    Object organization() {
        return id(http.post("/api/v2/organizations", obj("name", "Fixture Org")));
    }

    Object product() {
        return id(http.post(
                "/api/v2/products",
                obj(
                        "name",
                        "Fixture product",
                        "code",
                        "FX-1",
                        "prices",
                        List.of(obj("price", 100, "currency", "EUR")))));
    }

    Object dealProduct(Object dealId, Object productId) {
        return id(http.post(
                "/api/v2/deals/" + dealId + "/products",
                obj("product_id", productId, "item_price", 100, "quantity", 2)));
    }

    Object installment(Object dealId) {
        dealProduct(dealId, product());
        return id(http.post(
                "/api/v2/deals/" + dealId + "/installments",
                obj("description", "First", "amount", 100, "billing_date", "2030-01-01")));
    }

    Object variation(Object productId) {
        return id(http.post("/api/v2/products/" + productId + "/variations", obj("name", "Large")));
    }

    Object project() {
        return id(http.post("/api/v2/projects", obj("title", "Fixture project")));
    }

    Object activity() {
        return id(http.post("/api/v2/activities", obj("subject", "Fixture call", "type", "call")));
    }

    Object task(Object projectId) {
        return id(http.post("/v1/tasks", obj("title", "Fixture task", "project_id", projectId)));
    }

    Object note(Object dealId) {
        return id(http.post("/v1/notes", obj("content", "Fixture note", "deal_id", dealId)));
    }

    Object comment(Object noteId) {
        return id(http.post("/v1/notes/" + noteId + "/comments", obj("content", "First comment")));
    }

    Object callLog() {
        return id(http.post(
                "/v1/callLogs",
                obj(
                        "to_phone_number",
                        "+3725551234",
                        "outcome",
                        "connected",
                        "start_time",
                        "2024-01-01T10:00:00Z",
                        "end_time",
                        "2024-01-01T10:05:00Z")));
    }

    Object role() {
        return id(http.post("/v1/roles", obj("name", "Fixture role")));
    }

    Object user() {
        return id(http.post("/v1/users", obj("email", "new.user" + System.nanoTime() + "@example.com")));
    }

    Object team() {
        return id(http.post("/v1/legacyTeams", obj("name", "Fixture team", "manager_id", 1)));
    }

    Object goal() {
        return id(http.post("/v1/goals", goalBody()));
    }

    static Map<String, Object> goalBody() {
        return obj(
                "title",
                "Deals won",
                "assignee",
                obj("id", 1, "type", "person"),
                "type",
                obj("name", "deals_won", "params", obj("pipeline_id", List.of(1))),
                "expected_outcome",
                obj("target", 10, "tracking_metric", "quantity"),
                "duration",
                obj("start", "2030-01-01", "end", "2030-12-31"),
                "interval",
                "monthly");
    }

    Object filter() {
        return id(http.post("/v1/filters", filterBody("Fixture filter")));
    }

    static Map<String, Object> filterBody(String name) {
        Map<String, Object> condition =
                obj("object", "deal", "field_id", "12", "operator", "=", "value", "open", "extra_value", null);
        return obj(
                "name",
                name,
                "type",
                "deals",
                "conditions",
                obj(
                        "glue",
                        "and",
                        "conditions",
                        List.of(
                                obj("glue", "and", "conditions", List.of(condition)),
                                obj("glue", "or", "conditions", List.of()))));
    }

    Object file(Object dealId) {
        return id(http.upload(
                "/v1/files",
                "contract.pdf",
                "application/pdf",
                "%PDF-1.4 sandbox".getBytes(StandardCharsets.UTF_8),
                obj("deal_id", dealId)));
    }

    Object activityType() {
        return id(http.post("/v1/activityTypes", obj("name", "Demo", "icon_key", "presentation")));
    }

    Object organizationRelationship() {
        return id(http.post(
                "/v1/organizationRelationships",
                obj("type", "parent", "rel_owner_org_id", organization(), "rel_linked_org_id", organization())));
    }

    Object subscription(Object dealId) {
        return id(http.post(
                "/v1/subscriptions/recurring",
                obj(
                        "deal_id",
                        dealId,
                        "currency",
                        "EUR",
                        "cadence_type",
                        "monthly",
                        "start_date",
                        "2030-01-01",
                        "cycle_amount",
                        100,
                        "cycles_count",
                        12)));
    }
}
