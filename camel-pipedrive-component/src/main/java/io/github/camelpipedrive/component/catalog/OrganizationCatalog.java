package io.github.camelpipedrive.component.catalog;

import static io.github.camelpipedrive.component.catalog.HttpMethod.DELETE;
import static io.github.camelpipedrive.component.catalog.HttpMethod.GET;
import static io.github.camelpipedrive.component.catalog.HttpMethod.PATCH;
import static io.github.camelpipedrive.component.catalog.HttpMethod.POST;
import static io.github.camelpipedrive.component.catalog.PipedriveOperation.op;
import static io.github.camelpipedrive.component.catalog.QueryParameter.Type.BOOLEAN;
import static io.github.camelpipedrive.component.catalog.QueryParameter.Type.INTEGER;
import static io.github.camelpipedrive.component.catalog.QueryParameter.Type.NUMBER;
import static io.github.camelpipedrive.component.catalog.QueryParameter.Type.STRING;

import java.util.List;

/**
 * The operations on organizations, organization fields and relationships beyond the seed's writes (reads, lists, searches, deletes, the remaining updates),
 * registered into {@link OperationCatalog}. Facts as Pipedrive publishes them: v2 where Pipedrive has the operation,
 * v1 otherwise.
 */
final class OrganizationCatalog {

    private OrganizationCatalog() {}

    static List<PipedriveOperation> entries() {
        return List.of(
                op("organization/delete", null, DELETE, "/api/v2/organizations/{id}", "Delete an organization")
                        .noBody()
                        .tokenCost(3)
                        .build(),
                op(
                                "organization/deleteFollower",
                                null,
                                DELETE,
                                "/api/v2/organizations/{id}/followers/{follower_id}",
                                "Delete a follower of an organization")
                        .noBody()
                        .tokenCost(3)
                        .build(),
                op("organization/get", null, GET, "/api/v2/organizations/{id}", "Get one organization")
                        .fieldsOf(OperationCatalog.ORGANIZATION_FIELDS)
                        .noBody()
                        .query("include_fields", STRING, CatalogValues.ORGANIZATION_INCLUDES)
                        .query("custom_fields", STRING)
                        .query("include_option_labels", BOOLEAN)
                        .query("include_labels", BOOLEAN)
                        .tokenCost(1)
                        .build(),
                op("organization/list", null, GET, "/api/v2/organizations", "List organizations")
                        .fieldsOf(OperationCatalog.ORGANIZATION_FIELDS)
                        .noBody()
                        .query("filter_id", INTEGER)
                        .query("ids", STRING)
                        .query("owner_id", INTEGER)
                        .query("updated_since", STRING)
                        .query("updated_until", STRING)
                        .query("sort_by", STRING, CatalogValues.SORT_BY_ID_OR_TIME)
                        .query("sort_direction", STRING, "asc", "desc")
                        .query("include_fields", STRING, CatalogValues.ORGANIZATION_INCLUDES)
                        .query("custom_fields", STRING)
                        .query("include_option_labels", BOOLEAN)
                        .query("include_labels", BOOLEAN)
                        .query("limit", INTEGER)
                        .query("cursor", STRING)
                        .paging(Paging.CURSOR)
                        .tokenCost(10)
                        .build(),
                op(
                                "organization/listChangelog",
                                null,
                                GET,
                                "/v1/organizations/{id}/changelog",
                                "List the changelog of an organization")
                        .noBody()
                        .query("cursor", STRING)
                        .query("limit", INTEGER)
                        .paging(Paging.CURSOR)
                        .tokenCost(20)
                        .build(),
                op(
                                "organization/listFiles",
                                null,
                                GET,
                                "/v1/organizations/{id}/files",
                                "List the files of an organization")
                        .noBody()
                        .query("start", INTEGER)
                        .query("limit", INTEGER)
                        .queryMax("limit", 100)
                        .query("sort", STRING)
                        .paging(Paging.OFFSET)
                        .tokenCost(20)
                        .build(),
                op(
                                "organization/listFollowers",
                                null,
                                GET,
                                "/api/v2/organizations/{id}/followers",
                                "List the followers of an organization")
                        .noBody()
                        .query("limit", INTEGER)
                        .query("cursor", STRING)
                        .paging(Paging.CURSOR)
                        .tokenCost(10)
                        .build(),
                op(
                                "organization/listFollowersChangelog",
                                null,
                                GET,
                                "/api/v2/organizations/{id}/followers/changelog",
                                "List the followers changelog of an organization")
                        .noBody()
                        .query("limit", INTEGER)
                        .query("cursor", STRING)
                        .paging(Paging.CURSOR)
                        .tokenCost(10)
                        .build(),
                op(
                                "organization/listMailMessages",
                                null,
                                GET,
                                "/v1/organizations/{id}/mailMessages",
                                "List the mail messages of an organization")
                        .noBody()
                        .query("start", INTEGER)
                        .query("limit", INTEGER)
                        .query("include_body", NUMBER, 0, 1)
                        .paging(Paging.OFFSET)
                        .tokenCost(20)
                        .build(),
                op(
                                "organization/listPermittedUsers",
                                null,
                                GET,
                                "/v1/organizations/{id}/permittedUsers",
                                "List the permitted users of an organization")
                        .noBody()
                        .tokenCost(10)
                        .build(),
                op(
                                "organization/listUpdates",
                                null,
                                GET,
                                "/v1/organizations/{id}/flow",
                                "List the updates of an organization")
                        .noBody()
                        .query("start", INTEGER)
                        .query("limit", INTEGER)
                        .query("all_changes", STRING)
                        .query("items", STRING)
                        .paging(Paging.OFFSET)
                        .tokenCost(40)
                        .build(),
                op("organization/search", null, GET, "/api/v2/organizations/search", "Search organizations")
                        .fieldsOf(OperationCatalog.ORGANIZATION_FIELDS)
                        .noBody()
                        .requiredQuery("term", STRING)
                        .query("fields", STRING, "address", "custom_fields", "notes", "name")
                        .query("exact_match", BOOLEAN)
                        .query("limit", INTEGER)
                        .query("cursor", STRING)
                        .paging(Paging.CURSOR)
                        .searchTerm(2)
                        .tokenCost(20)
                        .build(),
                op(
                                "organizationField/addOptions",
                                null,
                                POST,
                                "/api/v2/organizationFields/{field_code}/options",
                                "Add options to an organization field")
                        .arrayBody()
                        .textParam("fieldCode")
                        .tokenCost(5)
                        .example("[{\"label\":\"Example label\"}]")
                        .build(),
                op(
                                "organizationField/delete",
                                null,
                                DELETE,
                                "/api/v2/organizationFields/{field_code}",
                                "Delete an organization field")
                        .noBody()
                        .textParam("fieldCode")
                        .tokenCost(3)
                        .build(),
                op(
                                "organizationField/deleteMany",
                                null,
                                DELETE,
                                "/v1/organizationFields",
                                "Delete several organization fields at once")
                        .noBody()
                        .requiredQuery("ids", STRING)
                        .tokenCost(10)
                        .build(),
                op(
                                "organizationField/deleteOptions",
                                null,
                                DELETE,
                                "/api/v2/organizationFields/{field_code}/options",
                                "Delete options of an organization field")
                        .arrayBody()
                        .textParam("fieldCode")
                        .tokenCost(3)
                        .example("[{\"id\":1}]")
                        .build(),
                op(
                                "organizationField/get",
                                null,
                                GET,
                                "/api/v2/organizationFields/{field_code}",
                                "Get one organization field")
                        .noBody()
                        .textParam("fieldCode")
                        .query("include_fields", STRING, CatalogValues.FIELD_DEFINITION_INCLUDES)
                        .tokenCost(1)
                        .build(),
                op("organizationField/list", null, GET, "/api/v2/organizationFields", "List organization fields")
                        .noBody()
                        .query("include_fields", STRING, CatalogValues.FIELD_DEFINITION_INCLUDES)
                        .query("limit", INTEGER)
                        .query("cursor", STRING)
                        .paging(Paging.CURSOR)
                        .tokenCost(10)
                        .build(),
                op(
                                "organizationField/updateOptions",
                                null,
                                PATCH,
                                "/api/v2/organizationFields/{field_code}/options",
                                "Update options of an organization field")
                        .arrayBody()
                        .textParam("fieldCode")
                        .tokenCost(5)
                        .example("[{\"id\":1,\"label\":\"Example label\"}]")
                        .build(),
                op(
                                "organizationRelationship/delete",
                                null,
                                DELETE,
                                "/v1/organizationRelationships/{id}",
                                "Delete an organization relationship")
                        .noBody()
                        .tokenCost(6)
                        .build(),
                op(
                                "organizationRelationship/get",
                                null,
                                GET,
                                "/v1/organizationRelationships/{id}",
                                "Get one organization relationship")
                        .noBody()
                        .query("org_id", INTEGER)
                        .tokenCost(2)
                        .build(),
                op(
                                "organizationRelationship/list",
                                null,
                                GET,
                                "/v1/organizationRelationships",
                                "List organization relationships")
                        .noBody()
                        .requiredQuery("org_id", INTEGER)
                        .tokenCost(20)
                        .build());
    }
}
