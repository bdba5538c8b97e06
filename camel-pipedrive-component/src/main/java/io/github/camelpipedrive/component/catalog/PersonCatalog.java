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
 * The operations on persons and person fields beyond the seed's writes (reads, lists, searches, deletes, the remaining updates),
 * registered into {@link OperationCatalog}. Facts as Pipedrive publishes them: v2 where Pipedrive has the operation,
 * v1 otherwise.
 */
final class PersonCatalog {

    private PersonCatalog() {}

    static List<PipedriveOperation> entries() {
        return List.of(
                op("person/delete", null, DELETE, "/api/v2/persons/{id}", "Delete a person")
                        .noBody()
                        .tokenCost(3)
                        .build(),
                op(
                                "person/deleteFollower",
                                null,
                                DELETE,
                                "/api/v2/persons/{id}/followers/{follower_id}",
                                "Delete a follower of a person")
                        .noBody()
                        .tokenCost(3)
                        .build(),
                op("person/deletePicture", null, DELETE, "/v1/persons/{id}/picture", "Delete a picture of a person")
                        .noBody()
                        .tokenCost(6)
                        .build(),
                op("person/get", null, GET, "/api/v2/persons/{id}", "Get one person")
                        .fieldsOf(OperationCatalog.PERSON_FIELDS)
                        .noBody()
                        .query("include_fields", STRING, CatalogValues.PERSON_INCLUDES)
                        .query("custom_fields", STRING)
                        .query("include_option_labels", BOOLEAN)
                        .query("include_labels", BOOLEAN)
                        .tokenCost(1)
                        .build(),
                op("person/getPicture", null, GET, "/api/v2/persons/{id}/picture", "Get the picture of a person")
                        .noBody()
                        .tokenCost(1)
                        .build(),
                op("person/list", null, GET, "/api/v2/persons", "List persons")
                        .fieldsOf(OperationCatalog.PERSON_FIELDS)
                        .noBody()
                        .query("filter_id", INTEGER)
                        .query("ids", STRING)
                        .query("owner_id", INTEGER)
                        .query("org_id", INTEGER)
                        .query("deal_id", INTEGER)
                        .query("updated_since", STRING)
                        .query("updated_until", STRING)
                        .query("sort_by", STRING, CatalogValues.SORT_BY_ID_OR_TIME)
                        .query("sort_direction", STRING, "asc", "desc")
                        .query("include_fields", STRING, CatalogValues.PERSON_INCLUDES)
                        .query("custom_fields", STRING)
                        .query("include_option_labels", BOOLEAN)
                        .query("include_labels", BOOLEAN)
                        .query("limit", INTEGER)
                        .query("cursor", STRING)
                        .paging(Paging.CURSOR)
                        .tokenCost(10)
                        .build(),
                op("person/listChangelog", null, GET, "/v1/persons/{id}/changelog", "List the changelog of a person")
                        .noBody()
                        .query("cursor", STRING)
                        .query("limit", INTEGER)
                        .paging(Paging.CURSOR)
                        .tokenCost(20)
                        .build(),
                op("person/listFiles", null, GET, "/v1/persons/{id}/files", "List the files of a person")
                        .noBody()
                        .query("start", INTEGER)
                        .query("limit", INTEGER)
                        .queryMax("limit", 100)
                        .query("sort", STRING)
                        .paging(Paging.OFFSET)
                        .tokenCost(20)
                        .build(),
                op(
                                "person/listFollowers",
                                null,
                                GET,
                                "/api/v2/persons/{id}/followers",
                                "List the followers of a person")
                        .noBody()
                        .query("limit", INTEGER)
                        .query("cursor", STRING)
                        .paging(Paging.CURSOR)
                        .tokenCost(10)
                        .build(),
                op(
                                "person/listFollowersChangelog",
                                null,
                                GET,
                                "/api/v2/persons/{id}/followers/changelog",
                                "List the followers changelog of a person")
                        .noBody()
                        .query("limit", INTEGER)
                        .query("cursor", STRING)
                        .paging(Paging.CURSOR)
                        .tokenCost(10)
                        .build(),
                op(
                                "person/listMailMessages",
                                null,
                                GET,
                                "/v1/persons/{id}/mailMessages",
                                "List the mail messages of a person")
                        .noBody()
                        .query("start", INTEGER)
                        .query("limit", INTEGER)
                        .query("include_body", NUMBER, 0, 1)
                        .paging(Paging.OFFSET)
                        .tokenCost(20)
                        .build(),
                op(
                                "person/listPermittedUsers",
                                null,
                                GET,
                                "/v1/persons/{id}/permittedUsers",
                                "List the permitted users of a person")
                        .noBody()
                        .tokenCost(10)
                        .build(),
                op("person/listProducts", null, GET, "/v1/persons/{id}/products", "List the products of a person")
                        .noBody()
                        .query("start", INTEGER)
                        .query("limit", INTEGER)
                        .paging(Paging.OFFSET)
                        .tokenCost(20)
                        .build(),
                op("person/listUpdates", null, GET, "/v1/persons/{id}/flow", "List the updates of a person")
                        .noBody()
                        .query("start", INTEGER)
                        .query("limit", INTEGER)
                        .query("all_changes", STRING)
                        .query("items", STRING)
                        .paging(Paging.OFFSET)
                        .tokenCost(40)
                        .build(),
                op("person/search", null, GET, "/api/v2/persons/search", "Search persons")
                        .fieldsOf(OperationCatalog.PERSON_FIELDS)
                        .noBody()
                        .requiredQuery("term", STRING)
                        .query("fields", STRING, "custom_fields", "email", "notes", "phone", "name")
                        .query("exact_match", BOOLEAN)
                        .query("organization_id", INTEGER)
                        .query("include_fields", STRING, "person.picture")
                        .query("limit", INTEGER)
                        .query("cursor", STRING)
                        .paging(Paging.CURSOR)
                        .searchTerm(2)
                        .tokenCost(20)
                        .build(),
                op(
                                "personField/addOptions",
                                null,
                                POST,
                                "/api/v2/personFields/{field_code}/options",
                                "Add options to a person field")
                        .arrayBody()
                        .textParam("fieldCode")
                        .tokenCost(5)
                        .example("[{\"label\":\"Example label\"}]")
                        .build(),
                op("personField/delete", null, DELETE, "/api/v2/personFields/{field_code}", "Delete a person field")
                        .noBody()
                        .textParam("fieldCode")
                        .tokenCost(3)
                        .build(),
                op("personField/deleteMany", null, DELETE, "/v1/personFields", "Delete several person fields at once")
                        .noBody()
                        .requiredQuery("ids", STRING)
                        .tokenCost(10)
                        .build(),
                op(
                                "personField/deleteOptions",
                                null,
                                DELETE,
                                "/api/v2/personFields/{field_code}/options",
                                "Delete options of a person field")
                        .arrayBody()
                        .textParam("fieldCode")
                        .tokenCost(3)
                        .example("[{\"id\":1}]")
                        .build(),
                op("personField/get", null, GET, "/api/v2/personFields/{field_code}", "Get one person field")
                        .noBody()
                        .textParam("fieldCode")
                        .query("include_fields", STRING, CatalogValues.FIELD_DEFINITION_INCLUDES)
                        .tokenCost(1)
                        .build(),
                op("personField/list", null, GET, "/api/v2/personFields", "List person fields")
                        .noBody()
                        .query("include_fields", STRING, CatalogValues.FIELD_DEFINITION_INCLUDES)
                        .query("limit", INTEGER)
                        .query("cursor", STRING)
                        .paging(Paging.CURSOR)
                        .tokenCost(10)
                        .build(),
                op(
                                "personField/updateOptions",
                                null,
                                PATCH,
                                "/api/v2/personFields/{field_code}/options",
                                "Update options of a person field")
                        .arrayBody()
                        .textParam("fieldCode")
                        .tokenCost(5)
                        .example("[{\"id\":1,\"label\":\"Example label\"}]")
                        .build());
    }
}
