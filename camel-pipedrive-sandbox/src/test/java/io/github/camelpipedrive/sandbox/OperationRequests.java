package io.github.camelpipedrive.sandbox;

import static io.github.camelpipedrive.sandbox.Http.obj;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A minimal valid request for each of the 82 write operations of the seed list, keyed by its {@code seed_id},
 * with whatever parent entities it needs created first.
 */
final class OperationRequests {

    enum Kind {
        JSON,
        FORM,
        MULTIPART,
        NONE
    }

    /** A request to send: method, concrete path, body kind and body. */
    record Request(String method, String path, Kind kind, Map<String, Object> body) {
        Http.Reply send(Http http) {
            return switch (kind) {
                case JSON -> http.sendJson(method, path, body);
                case NONE -> http.sendJson(method, path, null);
                case FORM -> http.form(method, path, body);
                case MULTIPART -> {
                    Map<String, Object> fields = new HashMap<>(body);
                    String name = String.valueOf(fields.remove("file"));
                    yield http.upload(
                            path,
                            name,
                            "application/octet-stream",
                            ("content of " + name).getBytes(StandardCharsets.UTF_8),
                            fields);
                }
            };
        }
    }

    private static final Map<String, Function<Fixtures, Request>> RECIPES = new HashMap<>();

    private OperationRequests() {}

    static Request build(String seedId, Fixtures f) {
        Function<Fixtures, Request> recipe = RECIPES.get(seedId);
        if (recipe == null) {
            throw new AssertionError("No request recipe for " + seedId);
        }
        return recipe.apply(f);
    }

    static boolean has(String seedId) {
        return RECIPES.containsKey(seedId);
    }

    private static void add(String seedId, Function<Fixtures, Request> recipe) {
        RECIPES.put(seedId, recipe);
    }

    private static Request json(String method, String path, Map<String, Object> body) {
        return new Request(method, path, Kind.JSON, body);
    }

    static {
        String tier = PipedriveSandbox.customFieldKey("deal", "Tier");
        // deals
        add(
                "post_add_a_deal",
                f -> json("POST", "/api/v2/deals", obj("title", "New deal", "value", 500, "currency", "EUR")));
        add("post_duplicate_deal", f -> new Request("POST", "/v1/deals/" + f.deal() + "/duplicate", Kind.NONE, null));
        add(
                "put_merge_two_deals",
                f -> json("PUT", "/v1/deals/" + f.deal() + "/merge", obj("merge_with_id", f.deal())));
        add(
                "post_add_participant_to_deal",
                f -> json("POST", "/v1/deals/" + f.deal() + "/participants", obj("person_id", f.person())));
        add(
                "post_add_follower_to_deal",
                f -> json("POST", "/api/v2/deals/" + f.deal() + "/followers", obj("user_id", 2)));
        add(
                "post_add_product_to_deal",
                f -> json(
                        "POST",
                        "/api/v2/deals/" + f.deal() + "/products",
                        obj(
                                "product_id",
                                f.product(),
                                "item_price",
                                50,
                                "quantity",
                                3,
                                "discount",
                                10,
                                "discount_type",
                                "percentage")));
        add("patch_update_product_attached_to_deal", f -> {
            Object deal = f.deal();
            return json(
                    "PATCH",
                    "/api/v2/deals/" + deal + "/products/" + f.dealProduct(deal, f.product()),
                    obj("quantity", 5));
        });
        add(
                "post_add_discount_to_deal",
                f -> json(
                        "POST",
                        "/api/v2/deals/" + f.deal() + "/discounts",
                        obj("description", "Loyalty", "amount", 10, "type", "percentage")));
        add("post_add_installment_subscription", f -> {
            Object deal = f.deal();
            f.dealProduct(deal, f.product());
            return json(
                    "POST",
                    "/api/v2/deals/" + deal + "/installments",
                    obj("description", "First", "amount", 100, "billing_date", "2030-01-01"));
        });
        add("put_update_an_installment_subscription", f -> {
            Object deal = f.deal();
            return json("PATCH", "/api/v2/deals/" + deal + "/installments/" + f.installment(deal), obj("amount", 150));
        });
        // persons, organizations
        add(
                "post_add_a_person",
                f -> json(
                        "POST",
                        "/api/v2/persons",
                        obj(
                                "name",
                                "Ada Lovelace",
                                "emails",
                                List.of(obj("value", "ada@example.com", "primary", true)),
                                "phones",
                                List.of(obj("value", "+44 20 1234")))));
        add("put_update_a_person", f -> json("PATCH", "/api/v2/persons/" + f.person(), obj("job_title", "CTO")));
        add(
                "put_merge_two_persons",
                f -> json("PUT", "/v1/persons/" + f.person() + "/merge", obj("merge_with_id", f.person())));
        add(
                "post_add_follower_to_person",
                f -> json("POST", "/api/v2/persons/" + f.person() + "/followers", obj("user_id", 2)));
        add(
                "post_add_person_picture",
                f -> new Request(
                        "POST",
                        "/v1/persons/" + f.person() + "/picture",
                        Kind.MULTIPART,
                        obj("file", "face.png", "crop_x", 0, "crop_y", 0, "crop_width", 128, "crop_height", 128)));
        add(
                "post_add_organization",
                f -> json(
                        "POST",
                        "/api/v2/organizations",
                        obj("name", "Acme", "address", obj("value", "Tartu mnt 1, Tallinn"))));
        add(
                "put_update_an_organization",
                f -> json(
                        "PATCH", "/api/v2/organizations/" + f.organization(), obj("website", "https://acme.example")));
        add(
                "put_merge_two_organizations",
                f -> json(
                        "PUT",
                        "/v1/organizations/" + f.organization() + "/merge",
                        obj("merge_with_id", f.organization())));
        add(
                "post_add_follower_to_organization",
                f -> json("POST", "/api/v2/organizations/" + f.organization() + "/followers", obj("user_id", 2)));
        add(
                "post_create_organization_relationship",
                f -> json(
                        "POST",
                        "/v1/organizationRelationships",
                        obj(
                                "type",
                                "parent",
                                "rel_owner_org_id",
                                f.organization(),
                                "rel_linked_org_id",
                                f.organization())));
        add(
                "put_update_organization_relationship",
                f -> json(
                        "PUT",
                        "/v1/organizationRelationships/" + f.organizationRelationship(),
                        obj("type", "related")));
        // products
        add(
                "post_add_a_product",
                f -> json(
                        "POST",
                        "/api/v2/products",
                        obj(
                                "name",
                                "Widget",
                                "code",
                                "W-1",
                                "unit",
                                "pcs",
                                "prices",
                                List.of(obj("price", 10, "currency", "EUR")))));
        add(
                "patch_update_product",
                f -> json("PATCH", "/api/v2/products/" + f.product(), obj("description", "Better widget")));
        add(
                "post_add_follower_to_product",
                f -> json("POST", "/api/v2/products/" + f.product() + "/followers", obj("user_id", 2)));
        add(
                "post_add_product_variation",
                f -> json("POST", "/api/v2/products/" + f.product() + "/variations", obj("name", "Blue")));
        add("patch_update_product_variation", f -> {
            Object product = f.product();
            return json(
                    "PATCH", "/api/v2/products/" + product + "/variations/" + f.variation(product), obj("name", "Red"));
        });
        // activities, pipelines, stages
        add(
                "post_add_activity",
                f -> json(
                        "POST",
                        "/api/v2/activities",
                        obj(
                                "subject",
                                "Call Ada",
                                "type",
                                "call",
                                "due_date",
                                "2030-01-01",
                                "due_time",
                                "10:00",
                                "duration",
                                "00:30")));
        add("put_update_an_activity", f -> json("PATCH", "/api/v2/activities/" + f.activity(), obj("done", true)));
        add(
                "post_add_new_activity_type",
                f -> json(
                        "POST",
                        "/v1/activityTypes",
                        obj("name", "Demo", "icon_key", "presentation", "color", "FFAA00")));
        add(
                "put_update_activity_type",
                f -> json("PUT", "/v1/activityTypes/" + f.activityType(), obj("name", "Product demo")));
        add("post_add_new_pipeline", f -> json("POST", "/api/v2/pipelines", obj("name", "Partners")));
        add("post_add_new_stage", f -> json("POST", "/api/v2/stages", obj("name", "Won back", "pipeline_id", 1)));
        add("patch_update_stage_details", f -> json("PATCH", "/api/v2/stages/1", obj("deal_probability", 40)));
        // projects and tasks
        add(
                "post_add_a_project",
                f -> json("POST", "/api/v2/projects", obj("title", "Onboarding", "start_date", "2030-01-01")));
        add(
                "put_update_a_project",
                f -> json("PATCH", "/api/v2/projects/" + f.project(), obj("description", "Phase two")));
        add(
                "post_archive_a_project",
                f -> new Request("POST", "/api/v2/projects/" + f.project() + "/archive", Kind.NONE, null));
        add("post_add_a_task", f -> json("POST", "/v1/tasks", obj("title", "Kick-off", "project_id", f.project())));
        add("put_update_task", f -> json("PUT", "/v1/tasks/" + f.task(f.project()), obj("done", 1)));
        add("put_update_task_in_project_plan", f -> {
            Object project = f.project();
            return json(
                    "PUT",
                    "/v1/projects/" + project + "/plan/tasks/" + f.task(project),
                    obj("phase_id", 2, "group_id", 1));
        });
        add(
                "put_update_activity_in_project_plan",
                f -> json(
                        "PUT", "/v1/projects/" + f.project() + "/plan/activities/" + f.activity(), obj("phase_id", 2)));
        // fields
        for (String[] t : new String[][] {
            {"deal", "Deal"}, {"person", "Person"}, {"organization", "Organization"}, {"product", "Product"}
        }) {
            add(
                    "post_add_new_" + t[0] + "_field",
                    f -> json(
                            "POST",
                            "/api/v2/" + t[0] + "Fields",
                            obj(
                                    "field_name",
                                    "Priority",
                                    "field_type",
                                    "enum",
                                    "options",
                                    List.of(obj("label", "High"), obj("label", "Low")))));
        }
        add(
                "put_update_a_deal_field",
                f -> json("PATCH", "/api/v2/dealFields/" + tier, obj("field_name", "Customer tier")));
        add(
                "put_update_a_person_field",
                f -> json(
                        "PATCH",
                        "/api/v2/personFields/" + PipedriveSandbox.customFieldKey("person", "Tier"),
                        obj("field_name", "Customer tier")));
        add(
                "put_update_organization_field",
                f -> json(
                        "PATCH",
                        "/api/v2/organizationFields/" + PipedriveSandbox.customFieldKey("organization", "Tier"),
                        obj("field_name", "Account tier")));
        add(
                "put_update_product_field",
                f -> json(
                        "PATCH",
                        "/api/v2/productFields/" + PipedriveSandbox.customFieldKey("product", "Tier"),
                        obj("field_name", "Product tier")));
        // leads, notes, files, filters, goals
        add(
                "post_add_a_lead",
                f -> json(
                        "POST",
                        "/v1/leads",
                        obj(
                                "title",
                                "Inbound lead",
                                "person_id",
                                f.person(),
                                "value",
                                obj("amount", 300, "currency", "EUR"),
                                "expected_close_date",
                                "2030-06-30")));
        add("post_add_a_lead_label", f -> json("POST", "/v1/leadLabels", obj("name", "Partner", "color", "green")));
        add(
                "post_add_a_note",
                f -> json(
                        "POST",
                        "/v1/notes",
                        obj("content", "Met at the fair", "deal_id", f.deal(), "pinned_to_deal_flag", 1)));
        add(
                "put_update_a_note",
                f -> json("PUT", "/v1/notes/" + f.note(f.deal()), obj("content", "Met at the fair, twice")));
        add(
                "post_add_comment_to_note",
                f -> json("POST", "/v1/notes/" + f.note(f.deal()) + "/comments", obj("content", "Agreed")));
        add("put_update_comment_related_to_note", f -> {
            Object note = f.note(f.deal());
            return json("PUT", "/v1/notes/" + note + "/comments/" + f.comment(note), obj("content", "Agreed, really"));
        });
        add(
                "post_add_file",
                f -> new Request("POST", "/v1/files", Kind.MULTIPART, obj("file", "offer.pdf", "deal_id", f.deal())));
        add(
                "put_update_file_details",
                f -> new Request(
                        "PUT",
                        "/v1/files/" + f.file(f.deal()),
                        Kind.FORM,
                        obj("name", "offer-v2.pdf", "description", "Second offer")));
        add(
                "post_create_remote_file_and_link_to_item",
                f -> new Request(
                        "POST",
                        "/v1/files/remote",
                        Kind.FORM,
                        obj(
                                "file_type",
                                "gdoc",
                                "title",
                                "Proposal",
                                "item_type",
                                "deal",
                                "item_id",
                                f.deal(),
                                "remote_location",
                                "googledrive")));
        add(
                "post_link_remote_file_to_item",
                f -> new Request(
                        "POST",
                        "/v1/files/remoteLink",
                        Kind.FORM,
                        obj(
                                "item_type",
                                "person",
                                "item_id",
                                f.person(),
                                "remote_id",
                                "1AbCdEf",
                                "remote_location",
                                "googledrive")));
        add("post_add_a_new_filter", f -> json("POST", "/v1/filters", Fixtures.filterBody("Open deals")));
        add(
                "put_update_filter",
                f -> json("PUT", "/v1/filters/" + f.filter(), Fixtures.filterBody("Open deals, renamed")));
        add("post_add_new_goal", f -> json("POST", "/v1/goals", Fixtures.goalBody()));
        add("put_update_existing_goal", f -> json("PUT", "/v1/goals/" + f.goal(), obj("title", "More deals won")));
        // administration
        add("post_add_a_new_user", f -> json("POST", "/v1/users", obj("email", "new.colleague@example.com")));
        add("put_update_user_details", f -> json("PUT", "/v1/users/" + f.user(), obj("active_flag", false)));
        add("post_add_a_role", f -> json("POST", "/v1/roles", obj("name", "Account managers")));
        add("put_update_role_details", f -> json("PUT", "/v1/roles/" + f.role(), obj("name", "Key account managers")));
        add(
                "post_add_or_update_role_setting",
                f -> json(
                        "POST",
                        "/v1/roles/" + f.role() + "/settings",
                        obj("setting_key", "deal_default_visibility", "value", 3)));
        add("post_add_role_assignment", f -> json("POST", "/v1/roles/" + f.role() + "/assignments", obj("user_id", 2)));
        add(
                "put_update_pipeline_visibility_for_a_role",
                f -> json(
                        "PUT",
                        "/v1/roles/" + f.role() + "/pipelines",
                        obj("visible_pipeline_ids", obj("add", List.of(1)))));
        add(
                "post_add_a_new_team",
                f -> json("POST", "/v1/legacyTeams", obj("name", "Nordics", "manager_id", 1, "users", List.of(1))));
        add("put_update_a_team", f -> json("PUT", "/v1/legacyTeams/" + f.team(), obj("description", "Nordic sales")));
        add(
                "post_add_users_to_team",
                f -> json("POST", "/v1/legacyTeams/" + f.team() + "/users", obj("users", List.of(1, 2))));
        // integrations
        add(
                "post_create_a_new_webhook",
                f -> json(
                        "POST",
                        "/v1/webhooks",
                        obj(
                                "subscription_url",
                                "https://example.com/hook",
                                "event_action",
                                "create",
                                "event_object",
                                "deal",
                                "name",
                                "Deal created")));
        add(
                "post_add_a_call_log",
                f -> json(
                        "POST",
                        "/v1/callLogs",
                        obj(
                                "to_phone_number",
                                "+3725551234",
                                "outcome",
                                "connected",
                                "start_time",
                                "2024-01-01T10:00:00Z",
                                "end_time",
                                "2024-01-01T10:05:00Z",
                                "subject",
                                "Intro call")));
        add(
                "post_attach_audio_file_to_call_log",
                f -> new Request(
                        "POST",
                        "/v1/callLogs/" + f.callLog() + "/recordings",
                        Kind.MULTIPART,
                        obj("file", "call.mp3")));
        add(
                "put_update_mail_thread_details",
                f -> new Request(
                        "PUT",
                        "/v1/mailbox/mailThreads/1",
                        Kind.FORM,
                        obj("deal_id", f.deal(), "read_flag", 1, "shared_flag", 0, "archived_flag", 0)));
        add(
                "post_link_user_with_installed_video_call_integration",
                f -> json(
                        "POST",
                        "/v1/meetings/userProviderLinks",
                        obj(
                                "user_provider_id",
                                "1e3943c5-2df8-4a5b-9c2d-1b1e5e3f1a01",
                                "user_id",
                                1,
                                "company_id",
                                5000001,
                                "marketplace_client_id",
                                "abc")));
        add(
                "post_add_a_channel",
                f -> json(
                        "POST",
                        "/v1/channels",
                        obj("name", "WhatsApp", "provider_channel_id", "wa-1", "provider_type", "whatsapp")));
        add(
                "post_receives_an_incoming_message",
                f -> json(
                        "POST",
                        "/v1/channels/messages/receive",
                        obj(
                                "id",
                                "msg-1",
                                "channel_id",
                                "wa-1",
                                "sender_id",
                                "s-1",
                                "conversation_id",
                                "c-1",
                                "message",
                                "Hello",
                                "status",
                                "sent",
                                "created_at",
                                "2024-01-01T10:00:00Z")));
        // recurring subscriptions (removed by Pipedrive in 2025; still in the seed list)
        add(
                "post_add_recurring_subscription",
                f -> json(
                        "POST",
                        "/v1/subscriptions/recurring",
                        obj(
                                "deal_id",
                                f.deal(),
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
        add(
                "put_update_a_recurring_subscription",
                f -> json(
                        "PUT",
                        "/v1/subscriptions/recurring/" + f.subscription(f.deal()),
                        obj("effective_date", "2030-02-01", "cycle_amount", 120)));
        add(
                "put_cancel_a_recurring_subscription",
                f -> json(
                        "PUT",
                        "/v1/subscriptions/recurring/" + f.subscription(f.deal()) + "/cancel",
                        obj("end_date", "2030-06-30")));
    }
}
