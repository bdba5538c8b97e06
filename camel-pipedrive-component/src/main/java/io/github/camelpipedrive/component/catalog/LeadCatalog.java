package io.github.camelpipedrive.component.catalog;

import static io.github.camelpipedrive.component.catalog.HttpMethod.DELETE;
import static io.github.camelpipedrive.component.catalog.HttpMethod.GET;
import static io.github.camelpipedrive.component.catalog.HttpMethod.PATCH;
import static io.github.camelpipedrive.component.catalog.HttpMethod.POST;
import static io.github.camelpipedrive.component.catalog.PipedriveOperation.op;
import static io.github.camelpipedrive.component.catalog.QueryParameter.Type.BOOLEAN;
import static io.github.camelpipedrive.component.catalog.QueryParameter.Type.INTEGER;
import static io.github.camelpipedrive.component.catalog.QueryParameter.Type.STRING;

import java.util.List;

/**
 * The operations on leads, lead fields, labels and sources beyond the seed's writes (reads, lists, searches, deletes, the remaining updates),
 * registered into {@link OperationCatalog}. Facts as Pipedrive publishes them: v2 where Pipedrive has the operation,
 * v1 otherwise.
 */
final class LeadCatalog {

    private LeadCatalog() {}

    static List<PipedriveOperation> entries() {
        return List.of(
                op("lead/convertToDeal", null, POST, "/api/v2/leads/{id}/convert/deal", "Convert a lead to a deal")
                        .textParam("id")
                        .tokenCost(40)
                        .example("{\"stage_id\":1}")
                        .build(),
                op("lead/delete", null, DELETE, "/v1/leads/{id}", "Delete a lead")
                        .noBody()
                        .textParam("id")
                        .tokenCost(6)
                        .build(),
                op("lead/get", null, GET, "/v1/leads/{id}", "Get one lead")
                        .fieldsOf(OperationCatalog.LEAD_FIELDS)
                        .noBody()
                        .textParam("id")
                        .tokenCost(2)
                        .build(),
                op(
                                "lead/getConversionStatus",
                                null,
                                GET,
                                "/api/v2/leads/{id}/convert/status/{conversion_id}",
                                "Get the conversion status of a lead")
                        .noBody()
                        .textParam("id")
                        .textParam("conversionId")
                        .tokenCost(1)
                        .build(),
                op("lead/list", null, GET, "/v1/leads", "List leads")
                        .fieldsOf(OperationCatalog.LEAD_FIELDS)
                        .noBody()
                        .query("limit", INTEGER)
                        .query("start", INTEGER)
                        .query("owner_id", INTEGER)
                        .query("person_id", INTEGER)
                        .query("organization_id", INTEGER)
                        .query("filter_id", INTEGER)
                        .query("updated_since", STRING)
                        .query(
                                "sort",
                                STRING,
                                "id",
                                "title",
                                "owner_id",
                                "creator_id",
                                "was_seen",
                                "expected_close_date",
                                "next_activity_id",
                                "add_time",
                                "update_time")
                        .paging(Paging.OFFSET)
                        .tokenCost(20)
                        .build(),
                op("lead/listArchived", null, GET, "/v1/leads/archived", "List archived leads")
                        .fieldsOf(OperationCatalog.LEAD_FIELDS)
                        .noBody()
                        .query("limit", INTEGER)
                        .query("start", INTEGER)
                        .query("owner_id", INTEGER)
                        .query("person_id", INTEGER)
                        .query("organization_id", INTEGER)
                        .query("filter_id", INTEGER)
                        .query(
                                "sort",
                                STRING,
                                "id",
                                "title",
                                "owner_id",
                                "creator_id",
                                "was_seen",
                                "expected_close_date",
                                "next_activity_id",
                                "add_time",
                                "update_time")
                        .paging(Paging.OFFSET)
                        .tokenCost(40)
                        .build(),
                op(
                                "lead/listPermittedUsers",
                                null,
                                GET,
                                "/v1/leads/{id}/permittedUsers",
                                "List the permitted users of a lead")
                        .noBody()
                        .textParam("id")
                        .tokenCost(10)
                        .build(),
                op("lead/search", null, GET, "/api/v2/leads/search", "Search leads")
                        .fieldsOf(OperationCatalog.LEAD_FIELDS)
                        .noBody()
                        .requiredQuery("term", STRING)
                        .query("fields", STRING, "custom_fields", "notes", "title")
                        .query("exact_match", BOOLEAN)
                        .query("person_id", INTEGER)
                        .query("organization_id", INTEGER)
                        .query("include_fields", STRING, "lead.was_seen")
                        .query("limit", INTEGER)
                        .query("cursor", STRING)
                        .paging(Paging.CURSOR)
                        .searchTerm(2)
                        .tokenCost(20)
                        .build(),
                op("lead/update", null, PATCH, "/v1/leads/{id}", "Update a lead")
                        .fieldsOf(OperationCatalog.LEAD_FIELDS)
                        .idInBody()
                        .allowed("visible_to", "1", "3", "5", "7")
                        .textParam("id")
                        .tokenCost(10)
                        .example("{\"title\":\"Example title\"}")
                        .build(),
                op("leadField/list", null, GET, "/v1/leadFields", "List lead fields")
                        .noBody()
                        .query("start", INTEGER)
                        .query("limit", INTEGER)
                        .paging(Paging.OFFSET)
                        .tokenCost(20)
                        .build(),
                op("leadLabel/delete", null, DELETE, "/v1/leadLabels/{id}", "Delete a lead label")
                        .noBody()
                        .textParam("id")
                        .tokenCost(6)
                        .build(),
                op("leadLabel/list", null, GET, "/v1/leadLabels", "List lead labels")
                        .noBody()
                        .tokenCost(10)
                        .build(),
                op("leadLabel/update", null, PATCH, "/v1/leadLabels/{id}", "Update a lead label")
                        .idInBody()
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
                        .textParam("id")
                        .tokenCost(10)
                        .example("{\"name\":\"Example name\"}")
                        .build(),
                op("leadSource/list", null, GET, "/v1/leadSources", "List lead sources")
                        .noBody()
                        .tokenCost(2)
                        .build());
    }
}
