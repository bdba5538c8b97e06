package io.github.camelpipedrive.component.catalog;

import static io.github.camelpipedrive.component.catalog.HttpMethod.DELETE;
import static io.github.camelpipedrive.component.catalog.HttpMethod.GET;
import static io.github.camelpipedrive.component.catalog.HttpMethod.PATCH;
import static io.github.camelpipedrive.component.catalog.HttpMethod.POST;
import static io.github.camelpipedrive.component.catalog.HttpMethod.PUT;
import static io.github.camelpipedrive.component.catalog.PipedriveOperation.op;
import static io.github.camelpipedrive.component.catalog.QueryParameter.Type.BOOLEAN;
import static io.github.camelpipedrive.component.catalog.QueryParameter.Type.INTEGER;
import static io.github.camelpipedrive.component.catalog.QueryParameter.Type.STRING;

import java.util.List;

/**
 * The operations on products and product fields beyond the seed's writes (reads, lists, searches, deletes, the remaining updates),
 * registered into {@link OperationCatalog}. Facts as Pipedrive publishes them: v2 where Pipedrive has the operation,
 * v1 otherwise.
 */
final class ProductCatalog {

    private ProductCatalog() {}

    static List<PipedriveOperation> entries() {
        return List.of(
                op("product/addImage", null, POST, "/api/v2/products/{id}/images", "Add image to a product")
                        .multipart()
                        .filePart("data")
                        .tokenCost(20)
                        .build(),
                op("product/delete", null, DELETE, "/api/v2/products/{id}", "Delete a product")
                        .noBody()
                        .tokenCost(3)
                        .build(),
                op(
                                "product/deleteFollower",
                                null,
                                DELETE,
                                "/api/v2/products/{id}/followers/{follower_id}",
                                "Delete a follower of a product")
                        .noBody()
                        .tokenCost(3)
                        .build(),
                op("product/deleteImage", null, DELETE, "/api/v2/products/{id}/images", "Delete a image of a product")
                        .noBody()
                        .tokenCost(6)
                        .build(),
                op(
                                "product/deleteVariation",
                                null,
                                DELETE,
                                "/api/v2/products/{id}/variations/{product_variation_id}",
                                "Delete a variation of a product")
                        .noBody()
                        .tokenCost(3)
                        .build(),
                op("product/duplicate", null, POST, "/api/v2/products/{id}/duplicate", "Duplicate a product")
                        .noBody()
                        .tokenCost(5)
                        .build(),
                op("product/get", null, GET, "/api/v2/products/{id}", "Get one product")
                        .fieldsOf(OperationCatalog.PRODUCT_FIELDS)
                        .noBody()
                        .tokenCost(1)
                        .build(),
                op("product/getImage", null, GET, "/api/v2/products/{id}/images", "Get the image of a product")
                        .noBody()
                        .tokenCost(10)
                        .build(),
                op("product/list", null, GET, "/api/v2/products", "List products")
                        .fieldsOf(OperationCatalog.PRODUCT_FIELDS)
                        .noBody()
                        .query("owner_id", INTEGER)
                        .query("ids", STRING)
                        .query("filter_id", INTEGER)
                        .query("cursor", STRING)
                        .query("limit", INTEGER)
                        .query("sort_by", STRING, "id", "name", "add_time", "update_time")
                        .query("sort_direction", STRING, "asc", "desc")
                        .query("updated_since", STRING)
                        .query("custom_fields", STRING)
                        .paging(Paging.CURSOR)
                        .tokenCost(10)
                        .build(),
                op("product/listDeals", null, GET, "/v1/products/{id}/deals", "List the deals of a product")
                        .noBody()
                        .query("start", INTEGER)
                        .query("limit", INTEGER)
                        .query("status", STRING, "open", "won", "lost", "deleted", "all_not_deleted")
                        .paging(Paging.OFFSET)
                        .tokenCost(20)
                        .build(),
                op("product/listFiles", null, GET, "/v1/products/{id}/files", "List the files of a product")
                        .noBody()
                        .query("start", INTEGER)
                        .query("limit", INTEGER)
                        .queryMax("limit", 100)
                        .query("sort", STRING)
                        .paging(Paging.OFFSET)
                        .tokenCost(20)
                        .build(),
                op(
                                "product/listFollowers",
                                null,
                                GET,
                                "/api/v2/products/{id}/followers",
                                "List the followers of a product")
                        .noBody()
                        .query("limit", INTEGER)
                        .query("cursor", STRING)
                        .paging(Paging.CURSOR)
                        .tokenCost(10)
                        .build(),
                op(
                                "product/listFollowersChangelog",
                                null,
                                GET,
                                "/api/v2/products/{id}/followers/changelog",
                                "List the followers changelog of a product")
                        .noBody()
                        .query("limit", INTEGER)
                        .query("cursor", STRING)
                        .paging(Paging.CURSOR)
                        .tokenCost(10)
                        .build(),
                op(
                                "product/listPermittedUsers",
                                null,
                                GET,
                                "/v1/products/{id}/permittedUsers",
                                "List the permitted users of a product")
                        .noBody()
                        .tokenCost(10)
                        .build(),
                op(
                                "product/listVariations",
                                null,
                                GET,
                                "/api/v2/products/{id}/variations",
                                "List the variations of a product")
                        .noBody()
                        .query("cursor", STRING)
                        .query("limit", INTEGER)
                        .paging(Paging.CURSOR)
                        .tokenCost(10)
                        .build(),
                op("product/search", null, GET, "/api/v2/products/search", "Search products")
                        .fieldsOf(OperationCatalog.PRODUCT_FIELDS)
                        .noBody()
                        .requiredQuery("term", STRING)
                        .query("fields", STRING, "code", "custom_fields", "name")
                        .query("exact_match", BOOLEAN)
                        .query("include_fields", STRING, "product.price")
                        .query("limit", INTEGER)
                        .query("cursor", STRING)
                        .paging(Paging.CURSOR)
                        .searchTerm(2)
                        .tokenCost(20)
                        .build(),
                op("product/updateImage", null, PUT, "/api/v2/products/{id}/images", "Update image of a product")
                        .multipart()
                        .filePart("data")
                        .tokenCost(20)
                        .build(),
                op(
                                "productField/addOptions",
                                null,
                                POST,
                                "/api/v2/productFields/{field_code}/options",
                                "Add options to a product field")
                        .arrayBody()
                        .textParam("fieldCode")
                        .tokenCost(5)
                        .example("[{\"label\":\"Example label\"}]")
                        .build(),
                op("productField/delete", null, DELETE, "/api/v2/productFields/{field_code}", "Delete a product field")
                        .noBody()
                        .textParam("fieldCode")
                        .tokenCost(3)
                        .build(),
                op(
                                "productField/deleteMany",
                                null,
                                DELETE,
                                "/v1/productFields",
                                "Delete several product fields at once")
                        .noBody()
                        .requiredQuery("ids", STRING)
                        .tokenCost(10)
                        .build(),
                op(
                                "productField/deleteOptions",
                                null,
                                DELETE,
                                "/api/v2/productFields/{field_code}/options",
                                "Delete options of a product field")
                        .arrayBody()
                        .textParam("fieldCode")
                        .tokenCost(3)
                        .example("[{\"id\":1}]")
                        .build(),
                op("productField/get", null, GET, "/api/v2/productFields/{field_code}", "Get one product field")
                        .noBody()
                        .textParam("fieldCode")
                        .query("include_fields", STRING, "ui_visibility")
                        .tokenCost(1)
                        .build(),
                op("productField/list", null, GET, "/api/v2/productFields", "List product fields")
                        .noBody()
                        .query("include_fields", STRING, "ui_visibility")
                        .query("limit", INTEGER)
                        .query("cursor", STRING)
                        .paging(Paging.CURSOR)
                        .tokenCost(10)
                        .build(),
                op(
                                "productField/updateOptions",
                                null,
                                PATCH,
                                "/api/v2/productFields/{field_code}/options",
                                "Update options of a product field")
                        .arrayBody()
                        .textParam("fieldCode")
                        .tokenCost(5)
                        .example("[{\"id\":1,\"label\":\"Example label\"}]")
                        .build());
    }
}
