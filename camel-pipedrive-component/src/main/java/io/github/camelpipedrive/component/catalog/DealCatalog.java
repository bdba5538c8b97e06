package io.github.camelpipedrive.component.catalog;

import static io.github.camelpipedrive.component.catalog.HttpMethod.DELETE;
import static io.github.camelpipedrive.component.catalog.HttpMethod.GET;
import static io.github.camelpipedrive.component.catalog.HttpMethod.PATCH;
import static io.github.camelpipedrive.component.catalog.HttpMethod.POST;
import static io.github.camelpipedrive.component.catalog.PipedriveOperation.op;
import static io.github.camelpipedrive.component.catalog.QueryParameter.Type.BOOLEAN;
import static io.github.camelpipedrive.component.catalog.QueryParameter.Type.INTEGER;
import static io.github.camelpipedrive.component.catalog.QueryParameter.Type.INTEGER_LIST;
import static io.github.camelpipedrive.component.catalog.QueryParameter.Type.NUMBER;
import static io.github.camelpipedrive.component.catalog.QueryParameter.Type.STRING;

import java.util.List;

/**
 * The operations on deals and deal fields beyond the seed's writes (reads, lists, searches, deletes, the remaining updates),
 * registered into {@link OperationCatalog}. Facts as Pipedrive publishes them: v2 where Pipedrive has the operation,
 * v1 otherwise.
 */
final class DealCatalog {

    private DealCatalog() {}

    static List<PipedriveOperation> entries() {
        return List.of(
                op("deal/addProducts", null, POST, "/api/v2/deals/{id}/products/bulk", "Add products to a deal")
                        .required("data")
                        .tokenCost(25)
                        .example("{\"data\":[{\"product_id\":1,\"item_price\":10,\"quantity\":10}]}")
                        .build(),
                op("deal/convertToLead", null, POST, "/api/v2/deals/{id}/convert/lead", "Convert a deal to a lead")
                        .noBody()
                        .tokenCost(40)
                        .build(),
                op("deal/delete", null, DELETE, "/api/v2/deals/{id}", "Delete a deal")
                        .noBody()
                        .tokenCost(3)
                        .build(),
                op(
                                "deal/deleteDiscount",
                                null,
                                DELETE,
                                "/api/v2/deals/{id}/discounts/{discount_id}",
                                "Delete a discount of a deal")
                        .noBody()
                        .textParam("discountId")
                        .tokenCost(3)
                        .build(),
                op(
                                "deal/deleteFollower",
                                null,
                                DELETE,
                                "/api/v2/deals/{id}/followers/{follower_id}",
                                "Delete a follower of a deal")
                        .noBody()
                        .tokenCost(3)
                        .build(),
                op(
                                "deal/deleteInstallment",
                                null,
                                DELETE,
                                "/api/v2/deals/{id}/installments/{installment_id}",
                                "Delete a installment of a deal")
                        .noBody()
                        .tokenCost(3)
                        .build(),
                op(
                                "deal/deleteParticipant",
                                null,
                                DELETE,
                                "/v1/deals/{id}/participants/{deal_participant_id}",
                                "Delete a participant of a deal")
                        .noBody()
                        .tokenCost(6)
                        .build(),
                op(
                                "deal/deleteProduct",
                                null,
                                DELETE,
                                "/api/v2/deals/{id}/products/{product_attachment_id}",
                                "Delete a product of a deal")
                        .noBody()
                        .tokenCost(3)
                        .build(),
                op("deal/deleteProducts", null, DELETE, "/api/v2/deals/{id}/products", "Delete products of a deal")
                        .noBody()
                        .query("ids", STRING)
                        .tokenCost(15)
                        .build(),
                op("deal/get", null, GET, "/api/v2/deals/{id}", "Get one deal")
                        .fieldsOf(OperationCatalog.DEAL_FIELDS)
                        .noBody()
                        .query("include_fields", STRING, CatalogValues.DEAL_INCLUDES)
                        .query("custom_fields", STRING)
                        .query("include_option_labels", BOOLEAN)
                        .query("include_labels", BOOLEAN)
                        .tokenCost(1)
                        .build(),
                op(
                                "deal/getArchivedSummary",
                                null,
                                GET,
                                "/v1/deals/summary/archived",
                                "Get a summary of archived deals")
                        .noBody()
                        .query("status", STRING, CatalogValues.DEAL_STATUSES)
                        .query("filter_id", INTEGER)
                        .query("user_id", INTEGER)
                        .query("pipeline_id", INTEGER)
                        .query("stage_id", INTEGER)
                        .tokenCost(80)
                        .deprecated("Pipedrive marks this v1 endpoint deprecated and publishes no v2 replacement yet")
                        .build(),
                op(
                                "deal/getArchivedTimeline",
                                null,
                                GET,
                                "/v1/deals/timeline/archived",
                                "Get a timeline of archived deals")
                        .noBody()
                        .requiredQuery("start_date", STRING)
                        .requiredQuery("interval", STRING, "day", "week", "month", "quarter")
                        .requiredQuery("amount", INTEGER)
                        .requiredQuery("field_key", STRING)
                        .query("user_id", INTEGER)
                        .query("pipeline_id", INTEGER)
                        .query("filter_id", INTEGER)
                        .query("exclude_deals", NUMBER, 0, 1)
                        .query("totals_convert_currency", STRING)
                        .tokenCost(40)
                        .deprecated("Pipedrive marks this v1 endpoint deprecated and publishes no v2 replacement yet")
                        .build(),
                op(
                                "deal/getConversionStatus",
                                null,
                                GET,
                                "/api/v2/deals/{id}/convert/status/{conversion_id}",
                                "Get the conversion status of a deal")
                        .noBody()
                        .textParam("conversionId")
                        .tokenCost(1)
                        .build(),
                op("deal/getSummary", null, GET, "/v1/deals/summary", "Get a summary of deals")
                        .noBody()
                        .query("status", STRING, CatalogValues.DEAL_STATUSES)
                        .query("filter_id", INTEGER)
                        .query("user_id", INTEGER)
                        .query("pipeline_id", INTEGER)
                        .query("stage_id", INTEGER)
                        .tokenCost(40)
                        .build(),
                op("deal/getTimeline", null, GET, "/v1/deals/timeline", "Get a timeline of deals")
                        .noBody()
                        .requiredQuery("start_date", STRING)
                        .requiredQuery("interval", STRING, "day", "week", "month", "quarter")
                        .requiredQuery("amount", INTEGER)
                        .requiredQuery("field_key", STRING)
                        .query("user_id", INTEGER)
                        .query("pipeline_id", INTEGER)
                        .query("filter_id", INTEGER)
                        .query("exclude_deals", NUMBER, 0, 1)
                        .query("totals_convert_currency", STRING)
                        .tokenCost(20)
                        .build(),
                op("deal/list", null, GET, "/api/v2/deals", "List deals")
                        .fieldsOf(OperationCatalog.DEAL_FIELDS)
                        .noBody()
                        .query("filter_id", INTEGER)
                        .query("ids", STRING)
                        .query("owner_id", INTEGER)
                        .query("person_id", INTEGER)
                        .query("org_id", INTEGER)
                        .query("pipeline_id", INTEGER)
                        .query("stage_id", INTEGER)
                        .query("status", STRING, "open", "won", "lost", "deleted")
                        .query("updated_since", STRING)
                        .query("updated_until", STRING)
                        .query("sort_by", STRING, CatalogValues.SORT_BY_ID_OR_TIME)
                        .query("sort_direction", STRING, "asc", "desc")
                        .query("include_fields", STRING, CatalogValues.DEAL_INCLUDES)
                        .query("custom_fields", STRING)
                        .query("include_option_labels", BOOLEAN)
                        .query("include_labels", BOOLEAN)
                        .query("limit", INTEGER)
                        .query("cursor", STRING)
                        .paging(Paging.CURSOR)
                        .tokenCost(10)
                        .build(),
                op("deal/listArchived", null, GET, "/api/v2/deals/archived", "List archived deals")
                        .fieldsOf(OperationCatalog.DEAL_FIELDS)
                        .noBody()
                        .query("filter_id", INTEGER)
                        .query("ids", STRING)
                        .query("owner_id", INTEGER)
                        .query("person_id", INTEGER)
                        .query("org_id", INTEGER)
                        .query("pipeline_id", INTEGER)
                        .query("stage_id", INTEGER)
                        .query("status", STRING, "open", "won", "lost", "deleted")
                        .query("updated_since", STRING)
                        .query("updated_until", STRING)
                        .query("sort_by", STRING, CatalogValues.SORT_BY_ID_OR_TIME)
                        .query("sort_direction", STRING, "asc", "desc")
                        .query("include_fields", STRING, CatalogValues.DEAL_INCLUDES)
                        .query("custom_fields", STRING)
                        .query("limit", INTEGER)
                        .query("cursor", STRING)
                        .paging(Paging.CURSOR)
                        .tokenCost(20)
                        .build(),
                op("deal/listChangelog", null, GET, "/v1/deals/{id}/changelog", "List the changelog of a deal")
                        .noBody()
                        .query("cursor", STRING)
                        .query("limit", INTEGER)
                        .paging(Paging.CURSOR)
                        .tokenCost(20)
                        .build(),
                op("deal/listDiscounts", null, GET, "/api/v2/deals/{id}/discounts", "List the discounts of a deal")
                        .noBody()
                        .tokenCost(10)
                        .build(),
                op("deal/listFiles", null, GET, "/v1/deals/{id}/files", "List the files of a deal")
                        .noBody()
                        .query("start", INTEGER)
                        .query("limit", INTEGER)
                        .queryMax("limit", 100)
                        .query("sort", STRING)
                        .paging(Paging.OFFSET)
                        .tokenCost(20)
                        .build(),
                op("deal/listFollowers", null, GET, "/api/v2/deals/{id}/followers", "List the followers of a deal")
                        .noBody()
                        .query("limit", INTEGER)
                        .query("cursor", STRING)
                        .paging(Paging.CURSOR)
                        .tokenCost(10)
                        .build(),
                op(
                                "deal/listFollowersChangelog",
                                null,
                                GET,
                                "/api/v2/deals/{id}/followers/changelog",
                                "List the followers changelog of a deal")
                        .noBody()
                        .query("limit", INTEGER)
                        .query("cursor", STRING)
                        .paging(Paging.CURSOR)
                        .tokenCost(10)
                        .build(),
                op(
                                "deal/listInstallments",
                                null,
                                GET,
                                "/api/v2/deals/installments",
                                "List the installments of several deals")
                        .noBody()
                        .requiredQuery("deal_ids", INTEGER_LIST)
                        .query("cursor", STRING)
                        .query("limit", INTEGER)
                        .query("sort_by", STRING, "id", "billing_date", "deal_id")
                        .query("sort_direction", STRING, "asc", "desc")
                        .paging(Paging.CURSOR)
                        .tokenCost(10)
                        .build(),
                op(
                                "deal/listMailMessages",
                                null,
                                GET,
                                "/v1/deals/{id}/mailMessages",
                                "List the mail messages of a deal")
                        .noBody()
                        .query("start", INTEGER)
                        .query("limit", INTEGER)
                        .query("include_body", NUMBER, 0, 1)
                        .paging(Paging.OFFSET)
                        .tokenCost(20)
                        .build(),
                op("deal/listParticipants", null, GET, "/v1/deals/{id}/participants", "List the participants of a deal")
                        .noBody()
                        .query("start", INTEGER)
                        .query("limit", INTEGER)
                        .paging(Paging.OFFSET)
                        .tokenCost(10)
                        .build(),
                op(
                                "deal/listParticipantsChangelog",
                                null,
                                GET,
                                "/v1/deals/{id}/participantsChangelog",
                                "List the participants changelog of a deal")
                        .noBody()
                        .query("limit", INTEGER)
                        .query("cursor", STRING)
                        .paging(Paging.CURSOR)
                        .tokenCost(10)
                        .build(),
                op(
                                "deal/listPermittedUsers",
                                null,
                                GET,
                                "/v1/deals/{id}/permittedUsers",
                                "List the permitted users of a deal")
                        .noBody()
                        .tokenCost(10)
                        .build(),
                op("deal/listProducts", null, GET, "/api/v2/deals/{id}/products", "List the products of a deal")
                        .noBody()
                        .query("cursor", STRING)
                        .query("limit", INTEGER)
                        .query("sort_by", STRING, "id", "add_time", "update_time", "order_nr")
                        .query("sort_direction", STRING, "asc", "desc")
                        .paging(Paging.CURSOR)
                        .tokenCost(10)
                        .build(),
                op(
                                "deal/listProductsOfDeals",
                                null,
                                GET,
                                "/api/v2/deals/products",
                                "List the products of several deals")
                        .noBody()
                        .requiredQuery("deal_ids", INTEGER_LIST)
                        .query("cursor", STRING)
                        .query("limit", INTEGER)
                        .query("sort_by", STRING, "id", "deal_id", "add_time", "update_time", "order_nr")
                        .query("sort_direction", STRING, "asc", "desc")
                        .paging(Paging.CURSOR)
                        .tokenCost(10)
                        .build(),
                op("deal/listUpdates", null, GET, "/v1/deals/{id}/flow", "List the updates of a deal")
                        .noBody()
                        .query("start", INTEGER)
                        .query("limit", INTEGER)
                        .query("all_changes", STRING)
                        .query("items", STRING)
                        .paging(Paging.OFFSET)
                        .tokenCost(40)
                        .build(),
                op("deal/search", null, GET, "/api/v2/deals/search", "Search deals")
                        .fieldsOf(OperationCatalog.DEAL_FIELDS)
                        .noBody()
                        .requiredQuery("term", STRING)
                        .query("fields", STRING, "custom_fields", "notes", "title")
                        .query("exact_match", BOOLEAN)
                        .query("person_id", INTEGER)
                        .query("organization_id", INTEGER)
                        .query("status", STRING, CatalogValues.DEAL_STATUSES)
                        .query("include_fields", STRING, "deal.cc_email")
                        .query("limit", INTEGER)
                        .query("cursor", STRING)
                        .paging(Paging.CURSOR)
                        .searchTerm(2)
                        .tokenCost(20)
                        .build(),
                op("deal/update", null, PATCH, "/api/v2/deals/{id}", "Update a deal")
                        .fieldsOf(OperationCatalog.DEAL_FIELDS)
                        .idInBody()
                        .tokenCost(5)
                        .example("{\"title\":\"Example title\"}")
                        .build(),
                op(
                                "deal/updateDiscount",
                                null,
                                PATCH,
                                "/api/v2/deals/{id}/discounts/{discount_id}",
                                "Update discount of a deal")
                        .allowed("type", "percentage", "amount")
                        .textParam("discountId")
                        .tokenCost(5)
                        .example("{\"description\":\"Example description\"}")
                        .build(),
                op(
                                "dealField/addOptions",
                                null,
                                POST,
                                "/api/v2/dealFields/{field_code}/options",
                                "Add options to a deal field")
                        .arrayBody()
                        .textParam("fieldCode")
                        .tokenCost(5)
                        .example("[{\"label\":\"Example label\"}]")
                        .build(),
                op("dealField/delete", null, DELETE, "/api/v2/dealFields/{field_code}", "Delete a deal field")
                        .noBody()
                        .textParam("fieldCode")
                        .tokenCost(3)
                        .build(),
                op("dealField/deleteMany", null, DELETE, "/v1/dealFields", "Delete several deal fields at once")
                        .noBody()
                        .requiredQuery("ids", STRING)
                        .tokenCost(10)
                        .build(),
                op(
                                "dealField/deleteOptions",
                                null,
                                DELETE,
                                "/api/v2/dealFields/{field_code}/options",
                                "Delete options of a deal field")
                        .arrayBody()
                        .textParam("fieldCode")
                        .tokenCost(3)
                        .example("[{\"id\":1}]")
                        .build(),
                op("dealField/get", null, GET, "/api/v2/dealFields/{field_code}", "Get one deal field")
                        .noBody()
                        .textParam("fieldCode")
                        .query("include_fields", STRING, CatalogValues.FIELD_DEFINITION_INCLUDES)
                        .tokenCost(1)
                        .build(),
                op("dealField/list", null, GET, "/api/v2/dealFields", "List deal fields")
                        .noBody()
                        .query("include_fields", STRING, CatalogValues.FIELD_DEFINITION_INCLUDES)
                        .query("limit", INTEGER)
                        .query("cursor", STRING)
                        .paging(Paging.CURSOR)
                        .tokenCost(10)
                        .build(),
                op(
                                "dealField/updateOptions",
                                null,
                                PATCH,
                                "/api/v2/dealFields/{field_code}/options",
                                "Update options of a deal field")
                        .arrayBody()
                        .textParam("fieldCode")
                        .tokenCost(5)
                        .example("[{\"id\":1,\"label\":\"Example label\"}]")
                        .build());
    }
}
