package io.github.camelpipedrive.component.catalog;

import static io.github.camelpipedrive.component.catalog.HttpMethod.DELETE;
import static io.github.camelpipedrive.component.catalog.HttpMethod.GET;
import static io.github.camelpipedrive.component.catalog.PipedriveOperation.op;
import static io.github.camelpipedrive.component.catalog.QueryParameter.Type.BOOLEAN;
import static io.github.camelpipedrive.component.catalog.QueryParameter.Type.INTEGER;
import static io.github.camelpipedrive.component.catalog.QueryParameter.Type.STRING;

import java.util.List;

/**
 * The operations on activities, activity fields and types, call logs beyond the seed's writes (reads, lists, searches, deletes, the remaining updates),
 * registered into {@link OperationCatalog}. Facts as Pipedrive publishes them: v2 where Pipedrive has the operation,
 * v1 otherwise.
 */
final class ActivityCatalog {

    private ActivityCatalog() {}

    static List<PipedriveOperation> entries() {
        return List.of(
                op("activity/delete", null, DELETE, "/api/v2/activities/{id}", "Delete an activity")
                        .noBody()
                        .tokenCost(3)
                        .build(),
                op("activity/get", null, GET, "/api/v2/activities/{id}", "Get one activity")
                        .fieldsOf(OperationCatalog.ACTIVITY_FIELDS)
                        .noBody()
                        .query("include_fields", STRING, "attendees")
                        .tokenCost(1)
                        .build(),
                op("activity/list", null, GET, "/api/v2/activities", "List activities")
                        .fieldsOf(OperationCatalog.ACTIVITY_FIELDS)
                        .noBody()
                        .query("filter_id", INTEGER)
                        .query("ids", STRING)
                        .query("owner_id", INTEGER)
                        .query("deal_id", INTEGER)
                        .query("lead_id", STRING)
                        .query("person_id", INTEGER)
                        .query("org_id", INTEGER)
                        .query("done", BOOLEAN)
                        .query("updated_since", STRING)
                        .query("updated_until", STRING)
                        .query("sort_by", STRING, "id", "update_time", "add_time", "due_date")
                        .query("sort_direction", STRING, "asc", "desc")
                        .query("include_fields", STRING, "attendees")
                        .query("limit", INTEGER)
                        .query("cursor", STRING)
                        .paging(Paging.CURSOR)
                        .tokenCost(10)
                        .build(),
                op("activityField/get", null, GET, "/api/v2/activityFields/{field_code}", "Get one activity field")
                        .noBody()
                        .textParam("fieldCode")
                        .query("include_fields", STRING, "ui_visibility")
                        .tokenCost(1)
                        .build(),
                op("activityField/list", null, GET, "/api/v2/activityFields", "List activity fields")
                        .noBody()
                        .query("include_fields", STRING, "ui_visibility")
                        .query("limit", INTEGER)
                        .query("cursor", STRING)
                        .paging(Paging.CURSOR)
                        .tokenCost(10)
                        .build(),
                op("activityType/delete", null, DELETE, "/v1/activityTypes/{id}", "Delete an activity type")
                        .noBody()
                        .tokenCost(6)
                        .build(),
                op("activityType/list", null, GET, "/v1/activityTypes", "List activity types")
                        .noBody()
                        .tokenCost(20)
                        .build(),
                op("callLog/delete", null, DELETE, "/v1/callLogs/{id}", "Delete a call log")
                        .noBody()
                        .textParam("id")
                        .tokenCost(6)
                        .build(),
                op("callLog/get", null, GET, "/v1/callLogs/{id}", "Get one call log")
                        .noBody()
                        .textParam("id")
                        .tokenCost(2)
                        .build(),
                op("callLog/list", null, GET, "/v1/callLogs", "List call logs")
                        .noBody()
                        .query("start", INTEGER)
                        .query("limit", INTEGER)
                        .paging(Paging.OFFSET)
                        .tokenCost(20)
                        .build());
    }
}
