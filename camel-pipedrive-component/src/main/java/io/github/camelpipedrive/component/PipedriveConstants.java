package io.github.camelpipedrive.component;

import io.github.camelpipedrive.component.events.EventHeaders;
import io.github.camelpipedrive.component.support.HeaderNames;
import org.apache.camel.Exchange;
import org.apache.camel.spi.Metadata;

/**
 * The message headers the Pipedrive component reads and writes. Path parameters and form fields can be given as
 * headers instead of endpoint options; a header wins over the option.
 */
public final class PipedriveConstants {

    // --- path parameters (in) ---

    @Metadata(
            label = "producer",
            description =
                    "The id in the operation's path ({id}): the deal, person, note, role, "
                            + "... to act on. Wins over the id option; for update operations a Map body may carry it as \"id\" instead.",
            javaType = "String")
    public static final String ID = "CamelPipedriveId";

    @Metadata(
            label = "producer",
            description = "The deal-product attachment id for deal/updateProduct.",
            javaType = "String")
    public static final String PRODUCT_ATTACHMENT_ID = "CamelPipedriveProductAttachmentId";

    @Metadata(
            label = "producer",
            description = "The product variation id for product/updateVariation.",
            javaType = "String")
    public static final String PRODUCT_VARIATION_ID = "CamelPipedriveProductVariationId";

    @Metadata(label = "producer", description = "The installment id for deal/updateInstallment.", javaType = "String")
    public static final String INSTALLMENT_ID = "CamelPipedriveInstallmentId";

    @Metadata(
            label = "producer",
            description =
                    "The field code (the field's key, a 40-character hash for custom "
                            + "fields) for dealField/update, personField/update, organizationField/update and productField/update.",
            javaType = "String")
    public static final String FIELD_CODE = "CamelPipedriveFieldCode";

    @Metadata(label = "producer", description = "The comment id (a UUID) for note/updateComment.", javaType = "String")
    public static final String COMMENT_ID = "CamelPipedriveCommentId";

    @Metadata(
            label = "producer",
            description = "The activity id: the path parameter of project/updatePlanActivity, "
                    + "or the activity_id form field of file/add.",
            javaType = "String")
    public static final String ACTIVITY_ID = "CamelPipedriveActivityId";

    @Metadata(label = "producer", description = "The task id for project/updatePlanTask.", javaType = "String")
    public static final String TASK_ID = "CamelPipedriveTaskId";

    @Metadata(
            label = "producer",
            description = "The follower id for the deleteFollower operations.",
            javaType = "String")
    public static final String FOLLOWER_ID = "CamelPipedriveFollowerId";

    @Metadata(
            label = "producer",
            description = "The discount id (a UUID) for deal/updateDiscount and " + "deal/deleteDiscount.",
            javaType = "String")
    public static final String DISCOUNT_ID = "CamelPipedriveDiscountId";

    @Metadata(
            label = "producer",
            description =
                    "The conversion job id (a UUID) for deal/getConversionStatus and " + "lead/getConversionStatus.",
            javaType = "String")
    public static final String CONVERSION_ID = "CamelPipedriveConversionId";

    @Metadata(
            label = "producer",
            description = "The deal participant id for deal/deleteParticipant.",
            javaType = "String")
    public static final String DEAL_PARTICIPANT_ID = "CamelPipedriveDealParticipantId";

    @Metadata(label = "producer", description = "The channel id for channel/deleteConversation.", javaType = "String")
    public static final String CHANNEL_ID = "CamelPipedriveChannelId";

    @Metadata(
            label = "producer",
            description = "The conversation id for channel/deleteConversation.",
            javaType = "String")
    public static final String CONVERSATION_ID = "CamelPipedriveConversationId";

    // --- query parameters and paging (in) ---

    @Metadata(
            label = "producer",
            description = "Query parameters for this message, in Pipedrive's names: a Map "
                    + "(status -> open, owner_id -> 7) or a query string (status=open&owner_id=7). Each one wins over the "
                    + "endpoint option query.<name> of the same name; all are checked against the operation's documented "
                    + "parameters before anything is sent.",
            javaType = "Object")
    public static final String QUERY = HeaderNames.QUERY;

    // --- upload form fields (in) ---

    @Metadata(
            label = "producer",
            description = "file/add: the deal to attach the uploaded file to (deal_id).",
            javaType = "String")
    public static final String DEAL_ID = "CamelPipedriveDealId";

    @Metadata(
            label = "producer",
            description = "file/add: the person to attach the uploaded file to (person_id).",
            javaType = "String")
    public static final String PERSON_ID = "CamelPipedrivePersonId";

    @Metadata(
            label = "producer",
            description = "file/add: the organization to attach the uploaded file to (org_id).",
            javaType = "String")
    public static final String ORG_ID = "CamelPipedriveOrgId";

    @Metadata(
            label = "producer",
            description = "file/add: the product to attach the uploaded file to (product_id).",
            javaType = "String")
    public static final String PRODUCT_ID = "CamelPipedriveProductId";

    @Metadata(
            label = "producer",
            description = "file/add: the project to attach the uploaded file to (project_id).",
            javaType = "String")
    public static final String PROJECT_ID = "CamelPipedriveProjectId";

    @Metadata(
            label = "producer",
            description = "file/add: the lead (UUID) to attach the uploaded file to (lead_id).",
            javaType = "String")
    public static final String LEAD_ID = "CamelPipedriveLeadId";

    @Metadata(
            label = "producer",
            description = "person/addPicture: left edge of the crop rectangle in pixels (crop_x).",
            javaType = "Integer")
    public static final String CROP_X = "CamelPipedriveCropX";

    @Metadata(
            label = "producer",
            description = "person/addPicture: top edge of the crop rectangle in pixels (crop_y).",
            javaType = "Integer")
    public static final String CROP_Y = "CamelPipedriveCropY";

    @Metadata(
            label = "producer",
            description = "person/addPicture: width of the crop rectangle in pixels (crop_width).",
            javaType = "Integer")
    public static final String CROP_WIDTH = "CamelPipedriveCropWidth";

    @Metadata(
            label = "producer",
            description = "person/addPicture: height of the crop rectangle in pixels " + "(crop_height).",
            javaType = "Integer")
    public static final String CROP_HEIGHT = "CamelPipedriveCropHeight";

    @Metadata(
            label = "producer",
            description = "Uploads: the file name Pipedrive stores (only the last path segment "
                    + "is used). camel-file sets it; without it the file's own name, or \"file\", is used.",
            javaType = "String")
    public static final String FILE_NAME = Exchange.FILE_NAME;

    @Metadata(
            label = "producer",
            description = "Uploads: the content type of the file part. Guessed from the file "
                    + "name when absent, else application/octet-stream.",
            javaType = "String")
    public static final String FILE_CONTENT_TYPE = HeaderNames.FILE_CONTENT_TYPE;

    // --- custom fields and upsert ---

    @Metadata(
            label = "producer",
            description = "true: read the account's field definitions again for this exchange "
                    + "instead of using the cached ones (after adding or renaming a custom field). If the exchange needs no "
                    + "definitions, the cached ones are marked out of date instead, so the next exchange that needs them reads "
                    + "them.",
            javaType = "Boolean")
    public static final String REFRESH_FIELDS = "CamelPipedriveRefreshFields";

    @Metadata(
            label = "producer",
            description = "Set by the upsert endpoints (person/upsert, organization/upsert, "
                    + "deal/upsert, product/upsert): created when nothing matched and a record was added, updated when the "
                    + "single match was updated.",
            javaType = "String",
            enums = "created,updated")
    public static final String UPSERT_RESULT = HeaderNames.UPSERT_RESULT;

    // --- answer (out) ---

    @Metadata(label = "producer", description = "The HTTP status Pipedrive answered (e.g. 201).", javaType = "Integer")
    public static final String RESPONSE_CODE = HeaderNames.RESPONSE_CODE;

    @Metadata(
            label = "producer",
            description = "The answer's additional_data object (paging, cursors, ...), when " + "Pipedrive sends one.",
            javaType = "java.util.Map<String, Object>")
    public static final String ADDITIONAL_DATA = HeaderNames.ADDITIONAL_DATA;

    @Metadata(
            label = "producer",
            description = "The answer's related_objects (users, persons, organizations "
                    + "referenced by the data), when Pipedrive sends them.",
            javaType = "java.util.Map<String, Object>")
    public static final String RELATED_OBJECTS = HeaderNames.RELATED_OBJECTS;

    @Metadata(
            label = "producer",
            description = "List operations (one page): the cursor of the next page, to pass "
                    + "as the query parameter cursor; absent on the last page.",
            javaType = "String")
    public static final String NEXT_CURSOR = HeaderNames.NEXT_CURSOR;

    @Metadata(
            label = "producer",
            description = "v1 list operations (one page): the start of the next page, to pass "
                    + "as the query parameter start; absent on the last page.",
            javaType = "Integer")
    public static final String NEXT_START = HeaderNames.NEXT_START;

    @Metadata(
            label = "producer",
            description = "Delete operations: true when the delete was resent after a lost "
                    + "answer and Pipedrive then answered 404, i.e. the first attempt had already deleted the record.",
            javaType = "Boolean")
    public static final String ALREADY_DELETED = "CamelPipedriveAlreadyDeleted";

    @Metadata(
            label = "producer",
            description = "x-ratelimit-limit: requests allowed in the token's current 2-second " + "burst window.",
            javaType = "Long")
    public static final String RATE_LIMIT_LIMIT = HeaderNames.RATE_LIMIT_LIMIT;

    @Metadata(
            label = "producer",
            description = "x-ratelimit-remaining: requests left in the current burst window.",
            javaType = "Long")
    public static final String RATE_LIMIT_REMAINING = HeaderNames.RATE_LIMIT_REMAINING;

    @Metadata(
            label = "producer",
            description = "x-ratelimit-reset: seconds until the burst window resets.",
            javaType = "Long")
    public static final String RATE_LIMIT_RESET = HeaderNames.RATE_LIMIT_RESET;

    @Metadata(
            label = "producer",
            description = "x-daily-requests-left: POST/PUT requests left today, when Pipedrive "
                    + "reports it (API-token requests only).",
            javaType = "Long")
    public static final String DAILY_REQUESTS_LEFT = HeaderNames.DAILY_REQUESTS_LEFT;

    // --- trigger events (pipedrive:events/<object>, out) ---

    @Metadata(
            label = "consumer",
            description = "What happened: create, change or delete (v1 webhooks' added, updated "
                    + "and deleted mapped to these; v1 merged is a change).",
            javaType = "String",
            enums = "create,change,delete")
    public static final String EVENT_ACTION = EventHeaders.ACTION;

    @Metadata(
            label = "consumer",
            description = "The changed object's type, Pipedrive's event_object: deal, person, "
                    + "organization, activity, lead, note, ...",
            javaType = "String")
    public static final String EVENT_OBJECT = EventHeaders.OBJECT;

    @Metadata(
            label = "consumer",
            description = "The id of the changed record (a number as text, or a UUID for leads).",
            javaType = "String")
    public static final String ENTITY_ID = EventHeaders.ENTITY_ID;

    @Metadata(
            label = "consumer",
            description = "The event's id, the same on every delivery of one event (webhooks v2 "
                    + "meta.id; derived for v1 and polling); the key of deduplication.",
            javaType = "String")
    public static final String EVENT_ID = EventHeaders.EVENT_ID;

    @Metadata(
            label = "consumer",
            description = "The delivery attempt: 1, then 2 to 4 for Pipedrive's retries after 3 s, "
                    + "30 s and 150 s (v1: retry plus one; always 1 when polling).",
            javaType = "Integer")
    public static final String EVENT_ATTEMPT = EventHeaders.ATTEMPT;

    @Metadata(
            label = "consumer",
            description =
                    "When the change happened (webhook meta.timestamp; the record's " + "update_time when polling).",
            javaType = "java.time.Instant")
    public static final String EVENT_TIMESTAMP = EventHeaders.TIMESTAMP;

    @Metadata(
            label = "consumer",
            description = "The id of the webhook that delivered the event (absent when polling).",
            javaType = "String")
    public static final String WEBHOOK_ID = EventHeaders.WEBHOOK_ID;

    @Metadata(
            label = "consumer",
            description = "Where the change was made: app or api (webhooks only).",
            javaType = "String")
    public static final String CHANGE_SOURCE = EventHeaders.CHANGE_SOURCE;

    @Metadata(
            label = "consumer",
            description = "The user who made the change (webhooks; the owner when polling).",
            javaType = "String")
    public static final String USER_ID = EventHeaders.USER_ID;

    @Metadata(
            label = "consumer",
            description = "The company (Pipedrive account) id (webhooks only).",
            javaType = "String")
    public static final String COMPANY_ID = EventHeaders.COMPANY_ID;

    @Metadata(
            label = "consumer",
            description = "For the delete of a record merged into another: the record it was " + "merged into.",
            javaType = "String")
    public static final String MERGED_TO_ID = EventHeaders.MERGED_TO_ID;

    @Metadata(
            label = "consumer",
            description = "For the change of the record another one was merged into: the merged " + "record's id.",
            javaType = "String")
    public static final String MERGED_FROM_ID = EventHeaders.MERGED_FROM_ID;

    @Metadata(
            label = "consumer",
            description = "The former values: for a change, the changed fields only; for a "
                    + "delete, the last state (which is also the body).",
            javaType = "java.util.Map<String, Object>")
    public static final String PREVIOUS = EventHeaders.PREVIOUS;

    @Metadata(
            label = "consumer",
            description = "How the event arrived: webhook or poll.",
            javaType = "String",
            enums = "webhook,poll")
    public static final String EVENT_DELIVERY = EventHeaders.DELIVERY;

    private PipedriveConstants() {}
}
