package io.github.camelpipedrive.component.catalog;

import static io.github.camelpipedrive.component.catalog.HttpMethod.GET;
import static io.github.camelpipedrive.component.catalog.PipedriveOperation.op;
import static io.github.camelpipedrive.component.catalog.QueryParameter.Type.BOOLEAN;
import static io.github.camelpipedrive.component.catalog.QueryParameter.Type.INTEGER;
import static io.github.camelpipedrive.component.catalog.QueryParameter.Type.STRING;

import java.util.List;

/**
 * The operations on the search across item types beyond the seed's writes (reads, lists, searches, deletes, the remaining updates),
 * registered into {@link OperationCatalog}. Facts as Pipedrive publishes them: v2 where Pipedrive has the operation,
 * v1 otherwise.
 */
final class SearchCatalog {

    private SearchCatalog() {}

    static List<PipedriveOperation> entries() {
        return List.of(
                op("itemSearch/search", null, GET, "/api/v2/itemSearch", "Search several item types at once")
                        .noBody()
                        .requiredQuery("term", STRING)
                        .query(
                                "item_types",
                                STRING,
                                "deal",
                                "person",
                                "organization",
                                "product",
                                "lead",
                                "file",
                                "mail_attachment",
                                "project")
                        .query(
                                "fields",
                                STRING,
                                "address",
                                "code",
                                "custom_fields",
                                "email",
                                "name",
                                "notes",
                                "phone",
                                "title",
                                "description")
                        .query("search_for_related_items", BOOLEAN)
                        .query("exact_match", BOOLEAN)
                        .query("include_fields", STRING, "deal.cc_email", "person.picture", "product.price")
                        .query("limit", INTEGER)
                        .query("cursor", STRING)
                        .paging(Paging.CURSOR)
                        .searchTerm(2)
                        .tokenCost(20)
                        .build(),
                op(
                                "itemSearch/searchByField",
                                null,
                                GET,
                                "/api/v2/itemSearch/field",
                                "Search items by the value of one field")
                        .noBody()
                        .requiredQuery("term", STRING)
                        .requiredQuery(
                                "entity_type", STRING, "deal", "lead", "person", "organization", "product", "project")
                        .query("match", STRING, "exact", "beginning", "middle")
                        .requiredQuery("field", STRING)
                        .query("limit", INTEGER)
                        .query("cursor", STRING)
                        .paging(Paging.CURSOR)
                        .searchTerm(2)
                        .tokenCost(20)
                        .build());
    }
}
