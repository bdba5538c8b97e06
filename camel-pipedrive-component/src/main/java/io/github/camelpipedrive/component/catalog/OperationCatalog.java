package io.github.camelpipedrive.component.catalog;

import static io.github.camelpipedrive.component.catalog.HttpMethod.PATCH;
import static io.github.camelpipedrive.component.catalog.HttpMethod.POST;
import static io.github.camelpipedrive.component.catalog.HttpMethod.PUT;
import static io.github.camelpipedrive.component.catalog.PipedriveOperation.op;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every Pipedrive operation the component offers, one entry each, keyed by its key (the endpoint path
 * {@code resource/action}), and the composite upsert endpoints. Paths, fields and allowed values follow Pipedrive's published OpenAPI documents: v2 where
 * Pipedrive has moved an entity to {@code /api/v2}, the documented v1 path elsewhere. A contract test checks every entry
 * against those documents.
 */
public final class OperationCatalog {

    /** Pipedrive's activity-type icons ({@code icon_key}). */
    private static final Object[] ICON_KEYS = {
        "task",
        "email",
        "meeting",
        "deadline",
        "call",
        "lunch",
        "calendar",
        "downarrow",
        "document",
        "smartphone",
        "camera",
        "scissors",
        "cogs",
        "bubble",
        "uparrow",
        "checkbox",
        "signpost",
        "shuffle",
        "addressbook",
        "linegraph",
        "picture",
        "car",
        "world",
        "search",
        "clip",
        "sound",
        "brush",
        "key",
        "padlock",
        "pricetag",
        "suitcase",
        "finish",
        "plane",
        "loop",
        "wifi",
        "truck",
        "cart",
        "bulb",
        "bell",
        "presentation"
    };

    /** The field types Pipedrive lets a custom field be created with ({@code field_type}). */
    private static final Object[] FIELD_TYPES = {
        "varchar",
        "text",
        "double",
        "phone",
        "date",
        "daterange",
        "time",
        "timerange",
        "set",
        "enum",
        "varchar_auto",
        "address",
        "monetary",
        "org",
        "people",
        "user"
    };

    /** How often a product is billed ({@code billing_frequency}), for products and deal products. */
    private static final Object[] BILLING_FREQUENCIES = {
        "one-time", "annually", "semi-annually", "quarterly", "monthly", "weekly"
    };

    /** A person's marketing consent ({@code marketing_status}). */
    private static final Object[] MARKETING_STATUSES = {"no_consent", "unsubscribed", "subscribed", "archived"};

    /** The Messaging Channels API's deprecation. */
    private static final String MESSAGING_CHANNELS_DEPRECATED =
            "Pipedrive deprecated the Messaging Channels API (2025-11-14) and announced its removal for "
                    + "2026-02-01; kept for accounts that still answer it";

    /** The legacy Teams API's deprecation. */
    private static final String LEGACY_TEAMS_DEPRECATED =
            "Pipedrive marks all legacyTeams endpoints deprecated (an upgraded Teams API is announced, with no "
                    + "replacement published yet)";

    /** The Subscriptions API's retirement. */
    private static final String SUBSCRIPTIONS_RETIRED =
            "Pipedrive retired the Subscriptions API on 2025-06-27; the path comes from the 2024-10 v1 document. "
                    + "Use deal/addInstallment or recurring products (billing_frequency) instead";

    // What the add/update bodies of the entities with custom fields are made of: whose field definitions apply, and
    // the properties of Pipedrive's add and update request schemas (FieldTargetContractTest keeps them in step).

    static final EntityBody DEAL_FIELDS = new EntityBody(
            "deal",
            Set.of(
                    "archive_time",
                    "close_time",
                    "currency",
                    "custom_fields",
                    "expected_close_date",
                    "is_archived",
                    "is_deleted",
                    "label_ids",
                    "lost_reason",
                    "lost_time",
                    "org_id",
                    "owner_id",
                    "person_id",
                    "pipeline_id",
                    "probability",
                    "stage_id",
                    "status",
                    "title",
                    "value",
                    "visible_to",
                    "won_time"));
    static final EntityBody PERSON_FIELDS = new EntityBody(
            "person",
            Set.of(
                    "add_time",
                    "birthday",
                    "custom_fields",
                    "emails",
                    "im",
                    "job_title",
                    "label_ids",
                    "marketing_status",
                    "name",
                    "notes",
                    "org_id",
                    "owner_id",
                    "phones",
                    "postal_address",
                    "visible_to"));
    static final EntityBody ORGANIZATION_FIELDS = new EntityBody(
            "organization",
            Set.of(
                    "add_time",
                    "address",
                    "annual_revenue",
                    "custom_fields",
                    "employee_count",
                    "industry",
                    "label_ids",
                    "linkedin",
                    "name",
                    "owner_id",
                    "visible_to",
                    "website"));
    static final EntityBody PRODUCT_FIELDS = new EntityBody(
            "product",
            Set.of(
                    "billing_frequency",
                    "billing_frequency_cycles",
                    "category",
                    "code",
                    "custom_fields",
                    "description",
                    "is_linkable",
                    "name",
                    "owner_id",
                    "prices",
                    "tax",
                    "unit",
                    "visible_to"));
    static final EntityBody ACTIVITY_FIELDS = new EntityBody(
            "activity",
            Set.of(
                    "attendees",
                    "busy",
                    "deal_id",
                    "done",
                    "due_date",
                    "due_time",
                    "duration",
                    "lead_id",
                    "location",
                    "note",
                    "org_id",
                    "owner_id",
                    "participants",
                    "person_id",
                    "priority",
                    "project_id",
                    "public_description",
                    "subject",
                    "type"));
    /** Leads use the deal fields. */
    static final EntityBody LEAD_FIELDS = new EntityBody(
            "deal",
            Set.of(
                    "channel",
                    "channel_id",
                    "expected_close_date",
                    "is_archived",
                    "label_ids",
                    "organization_id",
                    "origin_id",
                    "owner_id",
                    "person_id",
                    "title",
                    "value",
                    "visible_to",
                    "was_seen"));

    /** The seed's 82 write use cases; the other operations are registered from the resource groups' classes. */
    private static final List<PipedriveOperation> SEED_OPERATIONS = List.of(
            op("activity/add", "post_add_activity", POST, "/api/v2/activities", "Add an activity")
                    .fieldsOf(ACTIVITY_FIELDS)
                    .tokenCost(5)
                    .example(
                            "{\"subject\":\"Follow-up call\",\"type\":\"call\",\"due_date\":\"2026-12-01\",\"deal_id\":42}")
                    .build(),
            op("activity/update", "put_update_an_activity", PATCH, "/api/v2/activities/{id}", "Update an activity")
                    .fieldsOf(ACTIVITY_FIELDS)
                    .idInBody()
                    .tokenCost(5)
                    .example("{\"done\":true,\"note\":\"Went well\"}")
                    .build(),
            op("activityType/add", "post_add_new_activity_type", POST, "/v1/activityTypes", "Add a new activity type")
                    .required("icon_key", "name")
                    .allowed("icon_key", ICON_KEYS)
                    .tokenCost(10)
                    .example("{\"name\":\"Site visit\",\"icon_key\":\"car\"}")
                    .build(),
            op(
                            "activityType/update",
                            "put_update_activity_type",
                            PUT,
                            "/v1/activityTypes/{id}",
                            "Update an activity type")
                    .idInBody()
                    .allowed("icon_key", ICON_KEYS)
                    .tokenCost(10)
                    .example("{\"name\":\"On-site visit\",\"icon_key\":\"car\"}")
                    .build(),
            op("callLog/add", "post_add_a_call_log", POST, "/v1/callLogs", "Add a call log")
                    .required("end_time", "outcome", "start_time", "to_phone_number")
                    .allowed(
                            "outcome",
                            "connected",
                            "no_answer",
                            "left_message",
                            "left_voicemail",
                            "wrong_number",
                            "busy")
                    .tokenCost(10)
                    .example(
                            "{\"to_phone_number\":\"+3725550100\",\"outcome\":\"connected\",\"start_time\":\"2026-11-28 09:00:00\",\"end_time\":\"2026-11-28 09:10:00\",\"person_id\":7}")
                    .build(),
            op(
                            "callLog/addRecording",
                            "post_attach_audio_file_to_call_log",
                            POST,
                            "/v1/callLogs/{id}/recordings",
                            "Attach an audio recording to a call log")
                    .multipart()
                    .textParam("id")
                    .tokenCost(10)
                    .build(),
            op("channel/add", "post_add_a_channel", POST, "/v1/channels", "Add a messaging channel")
                    .required("name", "provider_channel_id")
                    .allowed("provider_type", "facebook", "whatsapp", "other")
                    .tokenCost(10)
                    .example(
                            "{\"name\":\"Support chat\",\"provider_channel_id\":\"chan-42\",\"provider_type\":\"other\"}")
                    .deprecated(MESSAGING_CHANNELS_DEPRECATED)
                    .build(),
            op(
                            "channel/receiveMessage",
                            "post_receives_an_incoming_message",
                            POST,
                            "/v1/channels/messages/receive",
                            "Receive an incoming message on a channel")
                    .required("channel_id", "conversation_id", "created_at", "id", "message", "sender_id", "status")
                    .allowed("status", "sent", "delivered", "read", "failed")
                    .tokenCost(10)
                    .example(
                            "{\"id\":\"msg-1\",\"channel_id\":\"chan-42\",\"sender_id\":\"sender-1\",\"conversation_id\":\"conv-1\",\"message\":\"Hello\",\"status\":\"sent\",\"created_at\":\"2026-11-28 09:00\"}")
                    .deprecated(MESSAGING_CHANNELS_DEPRECATED)
                    .build(),
            op("deal/add", "post_add_a_deal", POST, "/api/v2/deals", "Add a deal")
                    .fieldsOf(DEAL_FIELDS)
                    .required("title")
                    .tokenCost(5)
                    .example(
                            "{\"title\":\"Acme renewal\",\"value\":5000,\"currency\":\"EUR\",\"person_id\":7,\"org_id\":3}")
                    .build(),
            op(
                            "deal/addDiscount",
                            "post_add_discount_to_deal",
                            POST,
                            "/api/v2/deals/{id}/discounts",
                            "Add a discount to a deal")
                    .required("amount", "description", "type")
                    .allowed("type", "percentage", "amount")
                    .tokenCost(5)
                    .example("{\"description\":\"Loyalty\",\"amount\":10,\"type\":\"percentage\"}")
                    .build(),
            op(
                            "deal/addFollower",
                            "post_add_follower_to_deal",
                            POST,
                            "/api/v2/deals/{id}/followers",
                            "Add a follower to a deal")
                    .required("user_id")
                    .tokenCost(5)
                    .example("{\"user_id\":2}")
                    .build(),
            op(
                            "deal/addInstallment",
                            "post_add_installment_subscription",
                            POST,
                            "/api/v2/deals/{id}/installments",
                            "Add an installment to a deal (replaces installment subscriptions)")
                    .required("amount", "billing_date", "description")
                    .tokenCost(5)
                    .example("{\"description\":\"First instalment\",\"amount\":500,\"billing_date\":\"2026-12-01\"}")
                    .build(),
            op(
                            "deal/addParticipant",
                            "post_add_participant_to_deal",
                            POST,
                            "/v1/deals/{id}/participants",
                            "Add a participant to a deal")
                    .required("person_id")
                    .tokenCost(10)
                    .example("{\"person_id\":7}")
                    .build(),
            op(
                            "deal/addProduct",
                            "post_add_product_to_deal",
                            POST,
                            "/api/v2/deals/{id}/products",
                            "Add a product to a deal")
                    .required("item_price", "product_id", "quantity")
                    .allowed("tax_method", "exclusive", "inclusive", "none")
                    .allowed("discount_type", "percentage", "amount")
                    .allowed("billing_frequency", BILLING_FREQUENCIES)
                    .tokenCost(5)
                    .example("{\"product_id\":11,\"item_price\":100,\"quantity\":2}")
                    .build(),
            op("deal/duplicate", "post_duplicate_deal", POST, "/v1/deals/{id}/duplicate", "Duplicate a deal")
                    .noBody()
                    .tokenCost(10)
                    .build(),
            op("deal/merge", "put_merge_two_deals", PUT, "/v1/deals/{id}/merge", "Merge two deals")
                    .required("merge_with_id")
                    .tokenCost(40)
                    .example("{\"merge_with_id\":43}")
                    .build(),
            op(
                            "deal/updateInstallment",
                            "put_update_an_installment_subscription",
                            PATCH,
                            "/api/v2/deals/{id}/installments/{installment_id}",
                            "Update an installment of a deal (replaces installment subscriptions)")
                    .tokenCost(5)
                    .example("{\"amount\":550}")
                    .build(),
            op(
                            "deal/updateProduct",
                            "patch_update_product_attached_to_deal",
                            PATCH,
                            "/api/v2/deals/{id}/products/{product_attachment_id}",
                            "Update a product attached to a deal")
                    .allowed("tax_method", "exclusive", "inclusive", "none")
                    .allowed("discount_type", "percentage", "amount")
                    .allowed("billing_frequency", BILLING_FREQUENCIES)
                    .tokenCost(5)
                    .example("{\"quantity\":3,\"discount\":10,\"discount_type\":\"percentage\"}")
                    .build(),
            op("dealField/add", "post_add_new_deal_field", POST, "/api/v2/dealFields", "Add a new deal field")
                    .required("field_name", "field_type")
                    .allowed("field_type", FIELD_TYPES)
                    .tokenCost(5)
                    .example(
                            "{\"field_name\":\"Lead source\",\"field_type\":\"enum\",\"options\":[{\"label\":\"Webinar\"},{\"label\":\"Referral\"}]}")
                    .build(),
            op(
                            "dealField/update",
                            "put_update_a_deal_field",
                            PATCH,
                            "/api/v2/dealFields/{field_code}",
                            "Update a deal field")
                    .textParam("fieldCode")
                    .tokenCost(5)
                    .example("{\"field_name\":\"Lead origin\"}")
                    .nonEmptyBody()
                    .build(),
            op("file/add", "post_add_file", POST, "/v1/files", "Upload a file and attach it to an item")
                    .multipart("activity_id", "deal_id", "lead_id", "org_id", "person_id", "product_id", "project_id")
                    .tokenCost(10)
                    .build(),
            op(
                            "file/addRemote",
                            "post_create_remote_file_and_link_to_item",
                            POST,
                            "/v1/files/remote",
                            "Create a remote file and link it to an item")
                    .form()
                    .required("file_type", "item_id", "item_type", "remote_location", "title")
                    .allowed("file_type", "gdoc", "gslides", "gsheet", "gform", "gdraw")
                    .allowed("item_type", "deal", "organization", "person")
                    .allowed("remote_location", "googledrive")
                    .tokenCost(10)
                    .example(
                            "{\"file_type\":\"gdoc\",\"title\":\"Proposal\",\"item_type\":\"deal\",\"item_id\":42,\"remote_location\":\"googledrive\"}")
                    .build(),
            op(
                            "file/linkRemote",
                            "post_link_remote_file_to_item",
                            POST,
                            "/v1/files/remoteLink",
                            "Link a remote file to an item")
                    .form()
                    .required("item_id", "item_type", "remote_id", "remote_location")
                    .allowed("item_type", "deal", "organization", "person")
                    .allowed("remote_location", "googledrive")
                    .tokenCost(10)
                    .example(
                            "{\"item_type\":\"deal\",\"item_id\":42,\"remote_id\":\"1A2b3C\",\"remote_location\":\"googledrive\"}")
                    .build(),
            op("file/update", "put_update_file_details", PUT, "/v1/files/{id}", "Update file details")
                    .idInBody()
                    .form()
                    .tokenCost(10)
                    .example("{\"name\":\"contract-v2.pdf\",\"description\":\"Signed copy\"}")
                    .build(),
            op("filter/add", "post_add_a_new_filter", POST, "/v1/filters", "Add a new filter")
                    .required("conditions", "name", "type")
                    .allowed("type", "deals", "leads", "org", "people", "products", "activity", "projects")
                    .query("include_field_code", QueryParameter.Type.BOOLEAN)
                    .tokenCost(10)
                    .example(
                            "{\"name\":\"Big deals\",\"type\":\"deals\",\"conditions\":{\"glue\":\"and\",\"conditions\":[{\"glue\":\"and\",\"conditions\":[{\"object\":\"deal\",\"field_id\":\"12\",\"operator\":\">\",\"value\":\"10000\"}]},{\"glue\":\"or\",\"conditions\":[]}]}}")
                    .build(),
            op("filter/update", "put_update_filter", PUT, "/v1/filters/{id}", "Update a filter")
                    .idInBody()
                    .required("conditions")
                    .query("include_field_code", QueryParameter.Type.BOOLEAN)
                    .tokenCost(10)
                    .example(
                            "{\"name\":\"Big deals\",\"conditions\":{\"glue\":\"and\",\"conditions\":[{\"glue\":\"and\",\"conditions\":[{\"object\":\"deal\",\"field_id\":\"12\",\"operator\":\">\",\"value\":\"20000\"}]},{\"glue\":\"or\",\"conditions\":[]}]}}")
                    .build(),
            op("goal/add", "post_add_new_goal", POST, "/v1/goals", "Add a new goal")
                    .required("assignee", "duration", "expected_outcome", "interval", "type")
                    .allowed("interval", "weekly", "monthly", "quarterly", "yearly")
                    .tokenCost(10)
                    .example(
                            "{\"title\":\"Q1 deals won\",\"type\":{\"name\":\"deals_won\",\"params\":{\"pipeline_id\":[1]}},\"assignee\":{\"id\":1,\"type\":\"person\"},\"expected_outcome\":{\"target\":50,\"tracking_metric\":\"quantity\"},\"duration\":{\"start\":\"2027-01-01\",\"end\":\"2027-03-31\"},\"interval\":\"monthly\"}")
                    .build(),
            op("goal/update", "put_update_existing_goal", PUT, "/v1/goals/{id}", "Update an existing goal")
                    .idInBody()
                    .textParam("id")
                    .allowed("interval", "weekly", "monthly", "quarterly", "yearly")
                    .tokenCost(10)
                    .example("{\"title\":\"Q1 deals won (revised)\"}")
                    .build(),
            op("lead/add", "post_add_a_lead", POST, "/v1/leads", "Add a lead")
                    .fieldsOf(LEAD_FIELDS)
                    .required("title")
                    .allowed("visible_to", "1", "3", "5", "7")
                    .tokenCost(10)
                    .example(
                            "{\"title\":\"Webinar sign-up\",\"person_id\":7,\"value\":{\"amount\":900,\"currency\":\"EUR\"}}")
                    .build(),
            op("leadLabel/add", "post_add_a_lead_label", POST, "/v1/leadLabels", "Add a lead label")
                    .required("color", "name")
                    .allowed(
                            "color",
                            "blue",
                            "brown",
                            "dark-gray",
                            "gray",
                            "green",
                            "orange",
                            "pink",
                            "purple",
                            "red",
                            "yellow")
                    .tokenCost(10)
                    .example("{\"name\":\"Hot\",\"color\":\"red\"}")
                    .build(),
            op("legacyTeam/add", "post_add_a_new_team", POST, "/v1/legacyTeams", "Add a new team (legacy teams)")
                    .required("manager_id", "name")
                    .tokenCost(10)
                    .example("{\"name\":\"EMEA sales\",\"manager_id\":1}")
                    .deprecated(LEGACY_TEAMS_DEPRECATED)
                    .build(),
            op(
                            "legacyTeam/addUsers",
                            "post_add_users_to_team",
                            POST,
                            "/v1/legacyTeams/{id}/users",
                            "Add users to a team (legacy teams)")
                    .required("users")
                    .tokenCost(10)
                    .example("{\"users\":[2,3]}")
                    .deprecated(LEGACY_TEAMS_DEPRECATED)
                    .build(),
            op("legacyTeam/update", "put_update_a_team", PUT, "/v1/legacyTeams/{id}", "Update a team (legacy teams)")
                    .idInBody()
                    .allowed("active_flag", 0, 1)
                    .allowed("deleted_flag", 0, 1)
                    .tokenCost(10)
                    .example("{\"name\":\"EMEA & APAC sales\"}")
                    .deprecated(LEGACY_TEAMS_DEPRECATED)
                    .build(),
            op(
                            "mailbox/updateMailThread",
                            "put_update_mail_thread_details",
                            PUT,
                            "/v1/mailbox/mailThreads/{id}",
                            "Update mail thread details")
                    .form()
                    .allowed("shared_flag", 0, 1)
                    .allowed("read_flag", 0, 1)
                    .allowed("archived_flag", 0, 1)
                    .tokenCost(10)
                    .example("{\"deal_id\":42,\"read_flag\":1}")
                    .build(),
            op(
                            "meeting/linkUserProvider",
                            "post_link_user_with_installed_video_call_integration",
                            POST,
                            "/v1/meetings/userProviderLinks",
                            "Link a user with the installed video call integration")
                    .required("company_id", "marketplace_client_id", "user_id", "user_provider_id")
                    .tokenCost(10)
                    .example(
                            "{\"user_provider_id\":\"1e3943c1-2c4f-4bb4-9d4e-0a9f4c0b1a10\",\"user_id\":1,\"company_id\":10,\"marketplace_client_id\":\"abc123\"}")
                    .build(),
            op("note/add", "post_add_a_note", POST, "/v1/notes", "Add a note")
                    .required("content")
                    .allowed("pinned_to_lead_flag", 0, 1)
                    .allowed("pinned_to_deal_flag", 0, 1)
                    .allowed("pinned_to_organization_flag", 0, 1)
                    .allowed("pinned_to_person_flag", 0, 1)
                    .allowed("pinned_to_project_flag", 0, 1)
                    .allowed("pinned_to_task_flag", 0, 1)
                    .tokenCost(10)
                    .example("{\"content\":\"Called, wants a demo\",\"deal_id\":42}")
                    .build(),
            op(
                            "note/addComment",
                            "post_add_comment_to_note",
                            POST,
                            "/v1/notes/{id}/comments",
                            "Add a comment to a note")
                    .required("content")
                    .tokenCost(10)
                    .example("{\"content\":\"Agreed, let us follow up\"}")
                    .build(),
            op("note/update", "put_update_a_note", PUT, "/v1/notes/{id}", "Update a note")
                    .idInBody()
                    .allowed("pinned_to_lead_flag", 0, 1)
                    .allowed("pinned_to_deal_flag", 0, 1)
                    .allowed("pinned_to_organization_flag", 0, 1)
                    .allowed("pinned_to_person_flag", 0, 1)
                    .allowed("pinned_to_project_flag", 0, 1)
                    .allowed("pinned_to_task_flag", 0, 1)
                    .tokenCost(10)
                    .example("{\"content\":\"Demo booked for Monday\"}")
                    .build(),
            op(
                            "note/updateComment",
                            "put_update_comment_related_to_note",
                            PUT,
                            "/v1/notes/{id}/comments/{commentId}",
                            "Update a comment of a note")
                    .textParam("commentId")
                    .required("content")
                    .tokenCost(10)
                    .example("{\"content\":\"Edited comment\"}")
                    .build(),
            op("organization/add", "post_add_organization", POST, "/api/v2/organizations", "Add an organization")
                    .fieldsOf(ORGANIZATION_FIELDS)
                    .required("name")
                    .tokenCost(5)
                    .example("{\"name\":\"Acme Ltd\",\"address\":{\"value\":\"1 Main St, Tallinn\"}}")
                    .build(),
            op(
                            "organization/addFollower",
                            "post_add_follower_to_organization",
                            POST,
                            "/api/v2/organizations/{id}/followers",
                            "Add a follower to an organization")
                    .required("user_id")
                    .tokenCost(5)
                    .example("{\"user_id\":2}")
                    .build(),
            op(
                            "organization/merge",
                            "put_merge_two_organizations",
                            PUT,
                            "/v1/organizations/{id}/merge",
                            "Merge two organizations")
                    .required("merge_with_id")
                    .tokenCost(40)
                    .example("{\"merge_with_id\":4}")
                    .build(),
            op(
                            "organization/update",
                            "put_update_an_organization",
                            PATCH,
                            "/api/v2/organizations/{id}",
                            "Update an organization")
                    .fieldsOf(ORGANIZATION_FIELDS)
                    .idInBody()
                    .tokenCost(5)
                    .example("{\"website\":\"https://acme.example.com\"}")
                    .build(),
            op(
                            "organizationField/add",
                            "post_add_new_organization_field",
                            POST,
                            "/api/v2/organizationFields",
                            "Add a new organization field")
                    .required("field_name", "field_type")
                    .allowed("field_type", FIELD_TYPES)
                    .tokenCost(5)
                    .example("{\"field_name\":\"Segment\",\"field_type\":\"varchar\"}")
                    .build(),
            op(
                            "organizationField/update",
                            "put_update_organization_field",
                            PATCH,
                            "/api/v2/organizationFields/{field_code}",
                            "Update an organization field")
                    .textParam("fieldCode")
                    .tokenCost(5)
                    .example("{\"field_name\":\"Market segment\"}")
                    .nonEmptyBody()
                    .build(),
            op(
                            "organizationRelationship/add",
                            "post_create_organization_relationship",
                            POST,
                            "/v1/organizationRelationships",
                            "Create an organization relationship")
                    .required("rel_linked_org_id", "rel_owner_org_id", "type")
                    .allowed("type", "parent", "related")
                    .tokenCost(10)
                    .example("{\"type\":\"parent\",\"rel_owner_org_id\":3,\"rel_linked_org_id\":4}")
                    .build(),
            op(
                            "organizationRelationship/update",
                            "put_update_organization_relationship",
                            PUT,
                            "/v1/organizationRelationships/{id}",
                            "Update an organization relationship")
                    .idInBody()
                    .allowed("type", "parent", "related")
                    .tokenCost(10)
                    .example("{\"type\":\"related\"}")
                    .build(),
            op("person/add", "post_add_a_person", POST, "/api/v2/persons", "Add a person")
                    .fieldsOf(PERSON_FIELDS)
                    .allowed("marketing_status", MARKETING_STATUSES)
                    .tokenCost(5)
                    .example(
                            "{\"name\":\"Ada Lovelace\",\"emails\":[{\"value\":\"ada@example.com\",\"primary\":true}],\"org_id\":3}")
                    .build(),
            op(
                            "person/addFollower",
                            "post_add_follower_to_person",
                            POST,
                            "/api/v2/persons/{id}/followers",
                            "Add a follower to a person")
                    .required("user_id")
                    .tokenCost(5)
                    .example("{\"user_id\":2}")
                    .build(),
            op(
                            "person/addPicture",
                            "post_add_person_picture",
                            POST,
                            "/v1/persons/{id}/picture",
                            "Add or replace a person picture")
                    .multipart("crop_height", "crop_width", "crop_x", "crop_y")
                    .tokenCost(10)
                    .build(),
            op("person/merge", "put_merge_two_persons", PUT, "/v1/persons/{id}/merge", "Merge two persons")
                    .required("merge_with_id")
                    .tokenCost(40)
                    .example("{\"merge_with_id\":8}")
                    .build(),
            op("person/update", "put_update_a_person", PATCH, "/api/v2/persons/{id}", "Update a person")
                    .fieldsOf(PERSON_FIELDS)
                    .idInBody()
                    .allowed("marketing_status", MARKETING_STATUSES)
                    .tokenCost(5)
                    .example("{\"job_title\":\"CTO\",\"phones\":[{\"value\":\"+3725550100\",\"primary\":true}]}")
                    .build(),
            op("personField/add", "post_add_new_person_field", POST, "/api/v2/personFields", "Add a new person field")
                    .required("field_name", "field_type")
                    .allowed("field_type", FIELD_TYPES)
                    .tokenCost(5)
                    .example(
                            "{\"field_name\":\"Newsletter\",\"field_type\":\"set\",\"options\":[{\"label\":\"Product\"},{\"label\":\"Events\"}]}")
                    .build(),
            op(
                            "personField/update",
                            "put_update_a_person_field",
                            PATCH,
                            "/api/v2/personFields/{field_code}",
                            "Update a person field")
                    .textParam("fieldCode")
                    .tokenCost(5)
                    .example("{\"field_name\":\"Newsletters\"}")
                    .nonEmptyBody()
                    .build(),
            op("pipeline/add", "post_add_new_pipeline", POST, "/api/v2/pipelines", "Add a new pipeline")
                    .required("name")
                    .tokenCost(5)
                    .example("{\"name\":\"Partners\",\"is_deal_probability_enabled\":true}")
                    .build(),
            op("product/add", "post_add_a_product", POST, "/api/v2/products", "Add a product")
                    .fieldsOf(PRODUCT_FIELDS)
                    .required("name")
                    .allowed("visible_to", 1, 3, 5, 7)
                    .allowed("billing_frequency", BILLING_FREQUENCIES)
                    .tokenCost(5)
                    .example("{\"name\":\"Widget\",\"code\":\"W-1\",\"prices\":[{\"currency\":\"EUR\",\"price\":100}]}")
                    .build(),
            op(
                            "product/addFollower",
                            "post_add_follower_to_product",
                            POST,
                            "/api/v2/products/{id}/followers",
                            "Add a follower to a product")
                    .required("user_id")
                    .tokenCost(5)
                    .example("{\"user_id\":2}")
                    .build(),
            op(
                            "product/addVariation",
                            "post_add_product_variation",
                            POST,
                            "/api/v2/products/{id}/variations",
                            "Add a product variation")
                    .required("name")
                    .tokenCost(5)
                    .example("{\"name\":\"Large\",\"prices\":[{\"currency\":\"EUR\",\"price\":130}]}")
                    .build(),
            op("product/update", "patch_update_product", PATCH, "/api/v2/products/{id}", "Update a product")
                    .fieldsOf(PRODUCT_FIELDS)
                    .idInBody()
                    .allowed("visible_to", 1, 3, 5, 7)
                    .allowed("billing_frequency", BILLING_FREQUENCIES)
                    .tokenCost(5)
                    .example("{\"name\":\"Widget Pro\",\"prices\":[{\"currency\":\"EUR\",\"price\":120}]}")
                    .build(),
            op(
                            "product/updateVariation",
                            "patch_update_product_variation",
                            PATCH,
                            "/api/v2/products/{id}/variations/{product_variation_id}",
                            "Update a product variation")
                    .tokenCost(5)
                    .example("{\"name\":\"Large\",\"prices\":[{\"currency\":\"EUR\",\"price\":140}]}")
                    .build(),
            op(
                            "productField/add",
                            "post_add_new_product_field",
                            POST,
                            "/api/v2/productFields",
                            "Add a new product field")
                    .required("field_name", "field_type")
                    .allowed("field_type", FIELD_TYPES)
                    .tokenCost(5)
                    .example("{\"field_name\":\"Warranty\",\"field_type\":\"text\"}")
                    .build(),
            op(
                            "productField/update",
                            "put_update_product_field",
                            PATCH,
                            "/api/v2/productFields/{field_code}",
                            "Update a product field")
                    .textParam("fieldCode")
                    .tokenCost(5)
                    .example("{\"field_name\":\"Warranty terms\"}")
                    .nonEmptyBody()
                    .build(),
            op("project/add", "post_add_a_project", POST, "/api/v2/projects", "Add a project")
                    .required("title")
                    .tokenCost(5)
                    .example("{\"title\":\"Onboarding Acme\",\"board_id\":1,\"phase_id\":1}")
                    .build(),
            op("project/archive", "post_archive_a_project", POST, "/api/v2/projects/{id}/archive", "Archive a project")
                    .noBody()
                    .tokenCost(3)
                    .build(),
            op("project/update", "put_update_a_project", PATCH, "/api/v2/projects/{id}", "Update a project")
                    .idInBody()
                    .tokenCost(5)
                    .example("{\"title\":\"Onboarding Acme (phase 2)\"}")
                    .build(),
            op(
                            "project/updatePlanActivity",
                            "put_update_activity_in_project_plan",
                            PUT,
                            "/v1/projects/{id}/plan/activities/{activityId}",
                            "Update an activity in a project plan")
                    .tokenCost(10)
                    .example("{\"phase_id\":2}")
                    .build(),
            op(
                            "project/updatePlanTask",
                            "put_update_task_in_project_plan",
                            PUT,
                            "/v1/projects/{id}/plan/tasks/{taskId}",
                            "Update a task in a project plan")
                    .tokenCost(10)
                    .example("{\"phase_id\":2}")
                    .build(),
            op("role/add", "post_add_a_role", POST, "/v1/roles", "Add a role")
                    .required("name")
                    .tokenCost(10)
                    .example("{\"name\":\"Account managers\"}")
                    .build(),
            op(
                            "role/addAssignment",
                            "post_add_role_assignment",
                            POST,
                            "/v1/roles/{id}/assignments",
                            "Add a role assignment")
                    .required("user_id")
                    .tokenCost(10)
                    .example("{\"user_id\":2}")
                    .build(),
            op(
                            "role/addOrUpdateSetting",
                            "post_add_or_update_role_setting",
                            POST,
                            "/v1/roles/{id}/settings",
                            "Add or update a role setting")
                    .required("setting_key", "value")
                    .allowed(
                            "setting_key",
                            "deal_default_visibility",
                            "lead_default_visibility",
                            "org_default_visibility",
                            "person_default_visibility",
                            "product_default_visibility")
                    .allowed("value", 1, 3, 5, 7)
                    .tokenCost(10)
                    .example("{\"setting_key\":\"deal_default_visibility\",\"value\":3}")
                    .build(),
            op("role/update", "put_update_role_details", PUT, "/v1/roles/{id}", "Update role details")
                    .idInBody()
                    .tokenCost(10)
                    .example("{\"name\":\"Senior account managers\"}")
                    .build(),
            op(
                            "role/updatePipelineVisibility",
                            "put_update_pipeline_visibility_for_a_role",
                            PUT,
                            "/v1/roles/{id}/pipelines",
                            "Update pipeline visibility for a role")
                    .required("visible_pipeline_ids")
                    .tokenCost(10)
                    .example("{\"visible_pipeline_ids\":{\"add\":[1,2],\"remove\":[3]}}")
                    .build(),
            op("stage/add", "post_add_new_stage", POST, "/api/v2/stages", "Add a new stage")
                    .required("name", "pipeline_id")
                    .tokenCost(5)
                    .example("{\"name\":\"Qualified\",\"pipeline_id\":1,\"deal_probability\":20}")
                    .build(),
            op("stage/update", "patch_update_stage_details", PATCH, "/api/v2/stages/{id}", "Update stage details")
                    .idInBody()
                    .tokenCost(5)
                    .example("{\"name\":\"Negotiation\",\"deal_probability\":60}")
                    .build(),
            op(
                            "subscription/addRecurring",
                            "post_add_recurring_subscription",
                            POST,
                            "/v1/subscriptions/recurring",
                            "Add a recurring subscription (retired by Pipedrive)")
                    .required("cadence_type", "currency", "cycle_amount", "deal_id", "start_date")
                    .allowed("cadence_type", "weekly", "monthly", "quarterly", "yearly")
                    .example(
                            "{\"deal_id\":42,\"currency\":\"EUR\",\"cadence_type\":\"monthly\",\"cycle_amount\":100,\"start_date\":\"2026-12-01\",\"infinite\":true}")
                    .deprecated(SUBSCRIPTIONS_RETIRED)
                    .build(),
            op(
                            "subscription/cancelRecurring",
                            "put_cancel_a_recurring_subscription",
                            PUT,
                            "/v1/subscriptions/recurring/{id}/cancel",
                            "Cancel a recurring subscription (retired by Pipedrive)")
                    .example("{\"end_date\":\"2026-12-31\"}")
                    .deprecated(SUBSCRIPTIONS_RETIRED)
                    .build(),
            op(
                            "subscription/updateRecurring",
                            "put_update_a_recurring_subscription",
                            PUT,
                            "/v1/subscriptions/recurring/{id}",
                            "Update a recurring subscription (retired by Pipedrive)")
                    .required("effective_date")
                    .example("{\"effective_date\":\"2027-01-01\",\"cycle_amount\":120}")
                    .deprecated(SUBSCRIPTIONS_RETIRED)
                    .build(),
            op("task/add", "post_add_a_task", POST, "/v1/tasks", "Add a task")
                    .required("project_id", "title")
                    .allowed("done", 0, 1)
                    .tokenCost(10)
                    .example("{\"title\":\"Send contract\",\"project_id\":5}")
                    .build(),
            op("task/update", "put_update_task", PUT, "/v1/tasks/{id}", "Update a task")
                    .idInBody()
                    .allowed("done", 0, 1)
                    .tokenCost(10)
                    .example("{\"done\":1}")
                    .build(),
            op("user/add", "post_add_a_new_user", POST, "/v1/users", "Add a new user")
                    .required("email")
                    .tokenCost(10)
                    .example("{\"email\":\"ada@example.com\",\"active_flag\":true}")
                    .build(),
            op("user/update", "put_update_user_details", PUT, "/v1/users/{id}", "Update user details")
                    .idInBody()
                    .required("active_flag")
                    .tokenCost(10)
                    .example("{\"active_flag\":false}")
                    .build(),
            op("webhook/add", "post_create_a_new_webhook", POST, "/v1/webhooks", "Create a new webhook")
                    .required("event_action", "event_object", "name", "subscription_url")
                    .allowed("event_action", "create", "change", "delete", "*")
                    .allowed(
                            "event_object",
                            "activity",
                            "deal",
                            "lead",
                            "note",
                            "organization",
                            "person",
                            "pipeline",
                            "product",
                            "stage",
                            "user",
                            "*")
                    .allowed("version", "1.0", "2.0")
                    .tokenCost(10)
                    .example(
                            "{\"name\":\"Deal changes\",\"subscription_url\":\"https://hooks.example.com/pipedrive\",\"event_action\":\"change\",\"event_object\":\"deal\"}")
                    .build());

    private static final List<PipedriveOperation> OPERATIONS = register(
            SEED_OPERATIONS,
            DealCatalog.entries(),
            PersonCatalog.entries(),
            OrganizationCatalog.entries(),
            ProductCatalog.entries(),
            ActivityCatalog.entries(),
            LeadCatalog.entries(),
            ProjectCatalog.entries(),
            PipelineCatalog.entries(),
            SearchCatalog.entries(),
            ContentCatalog.entries(),
            AccountCatalog.entries());

    private static final Map<String, PipedriveOperation> BY_KEY = index(OPERATIONS);

    /** The composite find-or-create endpoints, beside the operations. */
    private static final List<UpsertOperation> UPSERTS = List.of(
            new UpsertOperation(
                    "deal", "deals", BY_KEY.get("deal/add"), BY_KEY.get("deal/update"), List.of("title"), "title"),
            new UpsertOperation(
                    "organization",
                    "organizations",
                    BY_KEY.get("organization/add"),
                    BY_KEY.get("organization/update"),
                    List.of("name", "address"),
                    "name"),
            new UpsertOperation(
                    "person",
                    "persons",
                    BY_KEY.get("person/add"),
                    BY_KEY.get("person/update"),
                    List.of("email", "phone", "name"),
                    "email"),
            new UpsertOperation(
                    "product",
                    "products",
                    BY_KEY.get("product/add"),
                    BY_KEY.get("product/update"),
                    List.of("code", "name"),
                    "code"));

    private OperationCatalog() {}

    /** All operations, sorted by endpoint path. */
    public static List<PipedriveOperation> all() {
        return OPERATIONS;
    }

    /** The operation for {@code resource/action}, or {@code null} if there is none. */
    public static PipedriveOperation find(String resource, String action) {
        return BY_KEY.get(resource + "/" + action);
    }

    /** The resources (first path segment) the component knows. */
    public static Set<String> resources() {
        Set<String> resources = new TreeSet<>();
        OPERATIONS.forEach(op -> resources.add(op.resource()));
        return resources;
    }

    /** The composite {@code upsert} endpoints. */
    public static List<UpsertOperation> upserts() {
        return UPSERTS;
    }

    /** The upsert endpoint {@code resource/action}, or {@code null}. */
    public static UpsertOperation findUpsert(String resource, String action) {
        if (!UpsertOperation.ACTION.equals(action)) {
            return null;
        }
        return UPSERTS.stream()
                .filter(u -> u.resource().equals(resource))
                .findFirst()
                .orElse(null);
    }

    /** All entries, sorted by endpoint path. */
    @SafeVarargs
    private static List<PipedriveOperation> register(List<PipedriveOperation>... groups) {
        List<PipedriveOperation> all = new java.util.ArrayList<>();
        for (List<PipedriveOperation> group : groups) {
            all.addAll(group);
        }
        all.sort(java.util.Comparator.comparing(PipedriveOperation::key));
        return List.copyOf(all);
    }

    private static Map<String, PipedriveOperation> index(List<PipedriveOperation> operations) {
        Map<String, PipedriveOperation> map = new LinkedHashMap<>();
        for (PipedriveOperation op : operations) {
            if (map.put(op.key(), op) != null) {
                throw new IllegalStateException("Two catalog entries for " + op.key());
            }
        }
        return map;
    }
}
