package io.github.camelpipedrive.component;

import io.github.camelpipedrive.component.fields.FieldNamesMode;
import io.github.camelpipedrive.component.support.SecretReference;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.spi.UriPath;

/**
 * The options of one {@code pipedrive:resource/operation} endpoint. {@link #toString()} never shows the API token.
 */
@UriParams
public class PipedriveConfiguration {

    /** Pipedrive's API host when neither baseUrl nor companyDomain is set. */
    public static final String DEFAULT_BASE_URL = "https://api.pipedrive.com";

    @UriPath(
            description = "The Pipedrive entity the operation acts on (the first segment of Pipedrive's path), or "
                    + "events for a trigger, from(\"pipedrive:events/deal\").",
            enums = "activity,activityField,activityType,billing,board,callLog,channel,currency,deal,dealField,events,"
                    + "file,filter,goal,itemSearch,lead,leadField,leadLabel,leadSource,legacyTeam,mailbox,meeting,note,"
                    + "noteField,organization,organizationField,organizationRelationship,permissionSet,person,"
                    + "personField,phase,pipeline,product,productField,project,projectField,projectTemplate,recent,"
                    + "role,stage,subscription,task,user,userConnection,userSetting,webhook")
    @Metadata(required = true)
    private String resource;

    @UriPath(
            description = "What to do with the resource: get, list, search, add, update, delete, merge, "
                    + "addFollower, listProducts, ... (see the operations reference). For events: the Pipedrive "
                    + "object whose changes start the route (deal, person, organization, activity, lead, note, "
                    + "pipeline, product, stage, user, deal_product, deal_installment, project, task, ...) or all.")
    @Metadata(required = true)
    private String operation;

    @UriParam(
            label = "security",
            secret = true,
            description = "The Pipedrive API token (Settings > Personal preferences > API). Sent only in the "
                    + "x-api-token header, never in the URL. Overrides the component's apiToken."
                    + SecretReference.OPTION_HELP)
    private String apiToken;

    @UriParam(
            label = "common",
            description = "The Pipedrive host the request path is appended to, e.g. https://acme.pipedrive.com, or "
                    + "the URL of a local sandbox or mock. Defaults to https://{companyDomain}.pipedrive.com "
                    + "when companyDomain is set, else https://api.pipedrive.com.")
    private String baseUrl;

    @UriParam(
            label = "common",
            description = "The company's Pipedrive subdomain (acme for acme.pipedrive.com); requests then go to "
                    + "https://{companyDomain}.pipedrive.com, which Pipedrive recommends. Ignored when baseUrl "
                    + "is set.")
    private String companyDomain;

    @UriParam(
            label = "producer",
            defaultValue = "false",
            description = "Return Pipedrive's whole answer envelope (success, data, additional_data, "
                    + "related_objects) as the body instead of only its data.")
    private boolean rawResponse;

    @UriParam(
            label = "common",
            description = "A class to convert the answer's data (producers) or the event's record (triggers) into, "
                    + "with Jackson, instead of a Map or List.")
    private Class<?> outputClass;

    @UriParam(
            label = "producer",
            defaultValue = "strict",
            description = "Custom field names in bodies of deal, person, organization, product, lead and activity "
                    + "add/update (and upsert) endpoints: strict resolves display names to keys and option "
                    + "labels to ids, and fails the exchange on an unknown or ambiguous name before sending; "
                    + "lenient sends unknown names as they are, with one WARN per name; off sends the body "
                    + "exactly as given and never reads the field definitions.")
    private FieldNamesMode fieldNames = FieldNamesMode.strict;

    @UriParam(
            label = "producer",
            defaultValue = "false",
            description = "In the answer's data, replace custom fields' hash keys by their display names and option "
                    + "ids by their labels (deal, person, organization, product, lead and activity add/update "
                    + "and upsert endpoints).")
    private boolean resolveFieldNames;

    @UriParam(
            label = "producer",
            description = "Upsert endpoints: the field whose value finds the existing record. person/upsert: email "
                    + "(default), phone or name; organization/upsert: name (default) or address; "
                    + "deal/upsert: title (default); product/upsert: code (default) or name; on all four also "
                    + "the display name or key of a custom field of a type Pipedrive's search can search "
                    + "(varchar, varchar_auto, text, double, monetary, phone, address).")
    private String matchBy;

    @UriParam(
            label = "producer",
            description = "The id in the operation's path: the deal, person, note, ... to act on. The header "
                    + "CamelPipedriveId wins over it; update operations also take \"id\" from a Map body.")
    private String id;

    @UriParam(label = "producer", description = "The deal-product attachment id (deal/updateProduct).")
    private String productAttachmentId;

    @UriParam(label = "producer", description = "The product variation id (product/updateVariation).")
    private String productVariationId;

    @UriParam(label = "producer", description = "The installment id (deal/updateInstallment).")
    private String installmentId;

    @UriParam(label = "producer", description = "The field code, i.e. the field's key (*Field/update operations).")
    private String fieldCode;

    @UriParam(label = "producer", description = "The note comment id, a UUID (note/updateComment).")
    private String commentId;

    @UriParam(
            label = "producer",
            description = "The activity id: path parameter of project/updatePlanActivity, form field activity_id "
                    + "of file/add.")
    private String activityId;

    @UriParam(label = "producer", description = "The task id (project/updatePlanTask).")
    private String taskId;

    @UriParam(
            label = "producer",
            description = "The follower id (the user's follower record) for the " + "deleteFollower operations.")
    private String followerId;

    @UriParam(label = "producer", description = "The discount id, a UUID (deal/updateDiscount, deal/deleteDiscount).")
    private String discountId;

    @UriParam(
            label = "producer",
            description = "The conversion job id, a UUID (deal/getConversionStatus, " + "lead/getConversionStatus).")
    private String conversionId;

    @UriParam(label = "producer", description = "The deal participant id (deal/deleteParticipant).")
    private String dealParticipantId;

    @UriParam(label = "producer", description = "The channel id (channel/deleteConversation).")
    private String channelId;

    @UriParam(label = "producer", description = "The conversation id (channel/deleteConversation).")
    private String conversationId;

    @UriParam(
            label = "producer",
            prefix = "query.",
            multiValue = true,
            description = "Query parameters of get, list, search and delete operations, in Pipedrive's names: "
                    + "query.status=open&query.owner_id=7&query.sort_by=update_time. Checked against the "
                    + "operation's documented parameters, types and allowed values before anything is sent. "
                    + "The header CamelPipedriveQuery (a Map or a query string) sets them per message and "
                    + "wins per parameter.")
    private java.util.Map<String, Object> queryParameters;

    @UriParam(
            label = "producer",
            defaultValue = "page",
            enums = "page,all",
            description = "List operations: page returns one page as a List (the next cursor or start in the "
                    + "header CamelPipedriveNextCursor or CamelPipedriveNextStart); all returns an Iterator "
                    + "over every item that fetches the next page only when the route consumes the last item "
                    + "of the current one (use with split(body()).streaming()); outputClass then converts each "
                    + "item, and rawResponse does not apply.")
    private String paging = "page";

    @UriParam(label = "producer", description = "file/add: the deal to attach the file to.")
    private String dealId;

    @UriParam(label = "producer", description = "file/add: the person to attach the file to.")
    private String personId;

    @UriParam(label = "producer", description = "file/add: the organization to attach the file to.")
    private String orgId;

    @UriParam(label = "producer", description = "file/add: the product to attach the file to.")
    private String productId;

    @UriParam(label = "producer", description = "file/add: the project to attach the file to.")
    private String projectId;

    @UriParam(label = "producer", description = "file/add: the lead (UUID) to attach the file to.")
    private String leadId;

    @UriParam(label = "producer", description = "person/addPicture: left edge of the crop rectangle, in pixels.")
    private Integer cropX;

    @UriParam(label = "producer", description = "person/addPicture: top edge of the crop rectangle, in pixels.")
    private Integer cropY;

    @UriParam(label = "producer", description = "person/addPicture: width of the crop rectangle, in pixels.")
    private Integer cropWidth;

    @UriParam(label = "producer", description = "person/addPicture: height of the crop rectangle, in pixels.")
    private Integer cropHeight;

    /** The host requests go to: baseUrl, else the company domain's host, else Pipedrive's default; no trailing slash. */
    public String resolveBaseUrl() {
        String url;
        if (baseUrl != null && !baseUrl.isBlank()) {
            url = baseUrl.trim();
        } else if (companyDomain != null && !companyDomain.isBlank()) {
            url = "https://" + companyDomain.trim() + ".pipedrive.com";
        } else {
            url = DEFAULT_BASE_URL;
        }
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    @Override
    public String toString() {
        // never the token
        return "PipedriveConfiguration[" + resource + "/" + operation + ", baseUrl=" + resolveBaseUrl() + ", apiToken="
                + (apiToken == null ? "<not set>" : "<set>") + ", rawResponse=" + rawResponse + "]";
    }

    public String getResource() {
        return resource;
    }

    /** The Pipedrive entity the operation acts on. */
    public void setResource(String resource) {
        this.resource = resource;
    }

    public String getOperation() {
        return operation;
    }

    /** What to do with the resource. */
    public void setOperation(String operation) {
        this.operation = operation;
    }

    public String getApiToken() {
        return apiToken;
    }

    /** The Pipedrive API token. */
    public void setApiToken(String apiToken) {
        this.apiToken = apiToken;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    /** The Pipedrive host the request path is appended to. */
    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String getCompanyDomain() {
        return companyDomain;
    }

    /** The company's Pipedrive subdomain. */
    public void setCompanyDomain(String companyDomain) {
        this.companyDomain = companyDomain;
    }

    public boolean isRawResponse() {
        return rawResponse;
    }

    /** Return the whole answer envelope instead of its data. */
    public void setRawResponse(boolean rawResponse) {
        this.rawResponse = rawResponse;
    }

    public Class<?> getOutputClass() {
        return outputClass;
    }

    /** A class to convert the answer's data into. */
    public void setOutputClass(Class<?> outputClass) {
        this.outputClass = outputClass;
    }

    public FieldNamesMode getFieldNames() {
        return fieldNames;
    }

    /** Custom field names in bodies: strict, lenient or off. */
    public void setFieldNames(FieldNamesMode fieldNames) {
        this.fieldNames = fieldNames;
    }

    public boolean isResolveFieldNames() {
        return resolveFieldNames;
    }

    /** In answers, show custom fields by display name and options by label. */
    public void setResolveFieldNames(boolean resolveFieldNames) {
        this.resolveFieldNames = resolveFieldNames;
    }

    public String getMatchBy() {
        return matchBy;
    }

    /** Upsert endpoints: the field whose value finds the existing record. */
    public void setMatchBy(String matchBy) {
        this.matchBy = matchBy;
    }

    public String getId() {
        return id;
    }

    /** The id in the operation's path. */
    public void setId(String id) {
        this.id = id;
    }

    public String getProductAttachmentId() {
        return productAttachmentId;
    }

    /** The deal-product attachment id. */
    public void setProductAttachmentId(String productAttachmentId) {
        this.productAttachmentId = productAttachmentId;
    }

    public String getProductVariationId() {
        return productVariationId;
    }

    /** The product variation id. */
    public void setProductVariationId(String productVariationId) {
        this.productVariationId = productVariationId;
    }

    public String getInstallmentId() {
        return installmentId;
    }

    /** The installment id. */
    public void setInstallmentId(String installmentId) {
        this.installmentId = installmentId;
    }

    public String getFieldCode() {
        return fieldCode;
    }

    /** The field code. */
    public void setFieldCode(String fieldCode) {
        this.fieldCode = fieldCode;
    }

    public String getCommentId() {
        return commentId;
    }

    /** The note comment id. */
    public void setCommentId(String commentId) {
        this.commentId = commentId;
    }

    public String getActivityId() {
        return activityId;
    }

    /** The activity id. */
    public void setActivityId(String activityId) {
        this.activityId = activityId;
    }

    public String getFollowerId() {
        return followerId;
    }

    /** The follower id for the deleteFollower operations. */
    public void setFollowerId(String followerId) {
        this.followerId = followerId;
    }

    public String getDiscountId() {
        return discountId;
    }

    /** The discount id (a UUID). */
    public void setDiscountId(String discountId) {
        this.discountId = discountId;
    }

    public String getConversionId() {
        return conversionId;
    }

    /** The conversion job id (a UUID). */
    public void setConversionId(String conversionId) {
        this.conversionId = conversionId;
    }

    public String getDealParticipantId() {
        return dealParticipantId;
    }

    /** The deal participant id. */
    public void setDealParticipantId(String dealParticipantId) {
        this.dealParticipantId = dealParticipantId;
    }

    public String getChannelId() {
        return channelId;
    }

    /** The channel id. */
    public void setChannelId(String channelId) {
        this.channelId = channelId;
    }

    public String getConversationId() {
        return conversationId;
    }

    /** The conversation id. */
    public void setConversationId(String conversationId) {
        this.conversationId = conversationId;
    }

    public java.util.Map<String, Object> getQueryParameters() {
        return queryParameters;
    }

    /** Query parameters of the operation, in Pipedrive's names. */
    public void setQueryParameters(java.util.Map<String, Object> queryParameters) {
        this.queryParameters = queryParameters;
    }

    public String getPaging() {
        return paging;
    }

    /** List operations: one page (page) or an Iterator over every item (all). */
    public void setPaging(String paging) {
        this.paging = paging;
    }

    public String getTaskId() {
        return taskId;
    }

    /** The task id. */
    public void setTaskId(String taskId) {
        this.taskId = taskId;
    }

    public String getDealId() {
        return dealId;
    }

    /** file/add: the deal to attach the file to. */
    public void setDealId(String dealId) {
        this.dealId = dealId;
    }

    public String getPersonId() {
        return personId;
    }

    /** file/add: the person to attach the file to. */
    public void setPersonId(String personId) {
        this.personId = personId;
    }

    public String getOrgId() {
        return orgId;
    }

    /** file/add: the organization to attach the file to. */
    public void setOrgId(String orgId) {
        this.orgId = orgId;
    }

    public String getProductId() {
        return productId;
    }

    /** file/add: the product to attach the file to. */
    public void setProductId(String productId) {
        this.productId = productId;
    }

    public String getProjectId() {
        return projectId;
    }

    /** file/add: the project to attach the file to. */
    public void setProjectId(String projectId) {
        this.projectId = projectId;
    }

    public String getLeadId() {
        return leadId;
    }

    /** file/add: the lead to attach the file to. */
    public void setLeadId(String leadId) {
        this.leadId = leadId;
    }

    public Integer getCropX() {
        return cropX;
    }

    /** person/addPicture: left edge of the crop rectangle. */
    public void setCropX(Integer cropX) {
        this.cropX = cropX;
    }

    public Integer getCropY() {
        return cropY;
    }

    /** person/addPicture: top edge of the crop rectangle. */
    public void setCropY(Integer cropY) {
        this.cropY = cropY;
    }

    public Integer getCropWidth() {
        return cropWidth;
    }

    /** person/addPicture: width of the crop rectangle. */
    public void setCropWidth(Integer cropWidth) {
        this.cropWidth = cropWidth;
    }

    public Integer getCropHeight() {
        return cropHeight;
    }

    /** person/addPicture: height of the crop rectangle. */
    public void setCropHeight(Integer cropHeight) {
        this.cropHeight = cropHeight;
    }
}
