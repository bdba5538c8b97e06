package io.github.camelpipedrive.component.catalog;

import static io.github.camelpipedrive.component.catalog.HttpMethod.DELETE;
import static io.github.camelpipedrive.component.catalog.HttpMethod.GET;
import static io.github.camelpipedrive.component.catalog.HttpMethod.PATCH;
import static io.github.camelpipedrive.component.catalog.PipedriveOperation.op;
import static io.github.camelpipedrive.component.catalog.QueryParameter.Type.INTEGER;
import static io.github.camelpipedrive.component.catalog.QueryParameter.Type.STRING;

import java.util.List;

/**
 * The operations on pipelines and stages beyond the seed's writes (reads, lists, searches, deletes, the remaining updates),
 * registered into {@link OperationCatalog}. Facts as Pipedrive publishes them: v2 where Pipedrive has the operation,
 * v1 otherwise.
 */
final class PipelineCatalog {

    private PipelineCatalog() {}

    static List<PipedriveOperation> entries() {
        return List.of(
                op("pipeline/delete", null, DELETE, "/api/v2/pipelines/{id}", "Delete a pipeline")
                        .noBody()
                        .tokenCost(3)
                        .build(),
                op("pipeline/get", null, GET, "/api/v2/pipelines/{id}", "Get one pipeline")
                        .noBody()
                        .tokenCost(1)
                        .build(),
                op(
                                "pipeline/getConversionStatistics",
                                null,
                                GET,
                                "/v1/pipelines/{id}/conversion_statistics",
                                "Get the conversion statistics of a pipeline")
                        .noBody()
                        .requiredQuery("start_date", STRING)
                        .requiredQuery("end_date", STRING)
                        .query("user_id", INTEGER)
                        .tokenCost(40)
                        .build(),
                op(
                                "pipeline/getMovementStatistics",
                                null,
                                GET,
                                "/v1/pipelines/{id}/movement_statistics",
                                "Get the movement statistics of a pipeline")
                        .noBody()
                        .requiredQuery("start_date", STRING)
                        .requiredQuery("end_date", STRING)
                        .query("user_id", INTEGER)
                        .tokenCost(40)
                        .build(),
                op("pipeline/list", null, GET, "/api/v2/pipelines", "List pipelines")
                        .noBody()
                        .query("sort_by", STRING, CatalogValues.SORT_BY_ID_OR_TIME)
                        .query("sort_direction", STRING, "asc", "desc")
                        .query("limit", INTEGER)
                        .query("cursor", STRING)
                        .paging(Paging.CURSOR)
                        .tokenCost(5)
                        .build(),
                op("pipeline/update", null, PATCH, "/api/v2/pipelines/{id}", "Update a pipeline")
                        .idInBody()
                        .tokenCost(5)
                        .example("{\"name\":\"Example name\"}")
                        .build(),
                op("stage/delete", null, DELETE, "/api/v2/stages/{id}", "Delete a stage")
                        .noBody()
                        .tokenCost(3)
                        .build(),
                op("stage/get", null, GET, "/api/v2/stages/{id}", "Get one stage")
                        .noBody()
                        .tokenCost(1)
                        .build(),
                op("stage/list", null, GET, "/api/v2/stages", "List stages")
                        .noBody()
                        .query("pipeline_id", INTEGER)
                        .query("sort_by", STRING, "id", "update_time", "add_time", "order_nr")
                        .query("sort_direction", STRING, "asc", "desc")
                        .query("limit", INTEGER)
                        .query("cursor", STRING)
                        .paging(Paging.CURSOR)
                        .tokenCost(5)
                        .build());
    }
}
