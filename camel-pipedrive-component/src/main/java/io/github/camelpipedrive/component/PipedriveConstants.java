package io.github.camelpipedrive.component;

import io.github.camelpipedrive.component.support.HeaderNames;
import org.apache.camel.Exchange;
import org.apache.camel.spi.Metadata;

/**
 * The message headers the Pipedrive component reads and writes. Path parameters and form fields can be given as
 * headers instead of endpoint options; a header wins over the option.
 */
public final class PipedriveConstants {

    // --- path parameters (in) ---

    @Metadata(label = "producer", description = "The id in the operation's path ({id}): the deal, person, note, role, "
            + "... to act on. Wins over the id option; for update operations a Map body may carry it as \"id\" instead.",
            javaType = "String")
    public static final String ID = "CamelPipedriveId";
    @Metadata(label = "producer", description = "The deal-product attachment id for deal/updateProduct.",
            javaType = "String")
    public static final String PRODUCT_ATTACHMENT_ID = "CamelPipedriveProductAttachmentId";
    @Metadata(label = "producer", description = "The product variation id for product/updateVariation.",
            javaType = "String")
    public static final String PRODUCT_VARIATION_ID = "CamelPipedriveProductVariationId";
    @Metadata(label = "producer", description = "The installment id for deal/updateInstallment.", javaType = "String")
    public static final String INSTALLMENT_ID = "CamelPipedriveInstallmentId";
    @Metadata(label = "producer", description = "The field code (the field's key, a 40-character hash for custom "
            + "fields) for dealField/update, personField/update, organizationField/update and productField/update.",
            javaType = "String")
    public static final String FIELD_CODE = "CamelPipedriveFieldCode";
    @Metadata(label = "producer", description = "The comment id (a UUID) for note/updateComment.", javaType = "String")
    public static final String COMMENT_ID = "CamelPipedriveCommentId";
    @Metadata(label = "producer", description = "The activity id: the path parameter of project/updatePlanActivity, "
            + "or the activity_id form field of file/add.", javaType = "String")
    public static final String ACTIVITY_ID = "CamelPipedriveActivityId";
    @Metadata(label = "producer", description = "The task id for project/updatePlanTask.", javaType = "String")
    public static final String TASK_ID = "CamelPipedriveTaskId";

    // --- upload form fields (in) ---

    @Metadata(label = "producer", description = "file/add: the deal to attach the uploaded file to (deal_id).",
            javaType = "String")
    public static final String DEAL_ID = "CamelPipedriveDealId";
    @Metadata(label = "producer", description = "file/add: the person to attach the uploaded file to (person_id).",
            javaType = "String")
    public static final String PERSON_ID = "CamelPipedrivePersonId";
    @Metadata(label = "producer", description = "file/add: the organization to attach the uploaded file to (org_id).",
            javaType = "String")
    public static final String ORG_ID = "CamelPipedriveOrgId";
    @Metadata(label = "producer", description = "file/add: the product to attach the uploaded file to (product_id).",
            javaType = "String")
    public static final String PRODUCT_ID = "CamelPipedriveProductId";
    @Metadata(label = "producer", description = "file/add: the project to attach the uploaded file to (project_id).",
            javaType = "String")
    public static final String PROJECT_ID = "CamelPipedriveProjectId";
    @Metadata(label = "producer", description = "file/add: the lead (UUID) to attach the uploaded file to (lead_id).",
            javaType = "String")
    public static final String LEAD_ID = "CamelPipedriveLeadId";
    @Metadata(label = "producer", description = "person/addPicture: left edge of the crop rectangle in pixels (crop_x).",
            javaType = "Integer")
    public static final String CROP_X = "CamelPipedriveCropX";
    @Metadata(label = "producer", description = "person/addPicture: top edge of the crop rectangle in pixels (crop_y).",
            javaType = "Integer")
    public static final String CROP_Y = "CamelPipedriveCropY";
    @Metadata(label = "producer", description = "person/addPicture: width of the crop rectangle in pixels (crop_width).",
            javaType = "Integer")
    public static final String CROP_WIDTH = "CamelPipedriveCropWidth";
    @Metadata(label = "producer", description = "person/addPicture: height of the crop rectangle in pixels "
            + "(crop_height).", javaType = "Integer")
    public static final String CROP_HEIGHT = "CamelPipedriveCropHeight";
    @Metadata(label = "producer", description = "Uploads: the file name Pipedrive stores (only the last path segment "
            + "is used). camel-file sets it; without it the file's own name, or \"file\", is used.",
            javaType = "String")
    public static final String FILE_NAME = Exchange.FILE_NAME;
    @Metadata(label = "producer", description = "Uploads: the content type of the file part. Guessed from the file "
            + "name when absent, else application/octet-stream.", javaType = "String")
    public static final String FILE_CONTENT_TYPE = HeaderNames.FILE_CONTENT_TYPE;

    // --- custom fields and upsert ---

    @Metadata(label = "producer", description = "true: read the account's field definitions again for this exchange "
            + "instead of using the cached ones (after adding or renaming a custom field). If the exchange needs no "
            + "definitions, the cached ones are marked out of date instead, so the next exchange that needs them reads "
            + "them.", javaType = "Boolean")
    public static final String REFRESH_FIELDS = "CamelPipedriveRefreshFields";
    @Metadata(label = "producer", description = "Set by the upsert endpoints (person/upsert, organization/upsert, "
            + "deal/upsert, product/upsert): created when nothing matched and a record was added, updated when the "
            + "single match was updated.", javaType = "String", enums = "created,updated")
    public static final String UPSERT_RESULT = HeaderNames.UPSERT_RESULT;

    // --- answer (out) ---

    @Metadata(label = "producer", description = "The HTTP status Pipedrive answered (e.g. 201).", javaType = "Integer")
    public static final String RESPONSE_CODE = HeaderNames.RESPONSE_CODE;
    @Metadata(label = "producer", description = "The answer's additional_data object (paging, cursors, ...), when "
            + "Pipedrive sends one.", javaType = "java.util.Map<String, Object>")
    public static final String ADDITIONAL_DATA = HeaderNames.ADDITIONAL_DATA;
    @Metadata(label = "producer", description = "The answer's related_objects (users, persons, organizations "
            + "referenced by the data), when Pipedrive sends them.", javaType = "java.util.Map<String, Object>")
    public static final String RELATED_OBJECTS = HeaderNames.RELATED_OBJECTS;
    @Metadata(label = "producer", description = "x-ratelimit-limit: requests allowed in the token's current 2-second "
            + "burst window.", javaType = "Long")
    public static final String RATE_LIMIT_LIMIT = HeaderNames.RATE_LIMIT_LIMIT;
    @Metadata(label = "producer", description = "x-ratelimit-remaining: requests left in the current burst window.",
            javaType = "Long")
    public static final String RATE_LIMIT_REMAINING = HeaderNames.RATE_LIMIT_REMAINING;
    @Metadata(label = "producer", description = "x-ratelimit-reset: seconds until the burst window resets.",
            javaType = "Long")
    public static final String RATE_LIMIT_RESET = HeaderNames.RATE_LIMIT_RESET;
    @Metadata(label = "producer", description = "x-daily-requests-left: POST/PUT requests left today, when Pipedrive "
            + "reports it (API-token requests only).", javaType = "Long")
    public static final String DAILY_REQUESTS_LEFT = HeaderNames.DAILY_REQUESTS_LEFT;

    private PipedriveConstants() {
    }
}
