package io.github.camelpipedrive.component.catalog;

import static io.github.camelpipedrive.component.catalog.HttpMethod.DELETE;
import static io.github.camelpipedrive.component.catalog.HttpMethod.GET;
import static io.github.camelpipedrive.component.catalog.PipedriveOperation.op;
import static io.github.camelpipedrive.component.catalog.QueryParameter.Type.BOOLEAN;
import static io.github.camelpipedrive.component.catalog.QueryParameter.Type.INTEGER;
import static io.github.camelpipedrive.component.catalog.QueryParameter.Type.INTEGER_LIST;
import static io.github.camelpipedrive.component.catalog.QueryParameter.Type.NUMBER;
import static io.github.camelpipedrive.component.catalog.QueryParameter.Type.STRING;

import java.util.List;

/**
 * The operations on notes, files, filters, mailbox and goals beyond the seed's writes (reads, lists, searches, deletes, the remaining updates),
 * registered into {@link OperationCatalog}. Facts as Pipedrive publishes them: v2 where Pipedrive has the operation,
 * v1 otherwise.
 */
final class ContentCatalog {

    private ContentCatalog() {}

    static List<PipedriveOperation> entries() {
        return List.of(
                op("file/delete", null, DELETE, "/v1/files/{id}", "Delete a file")
                        .noBody()
                        .tokenCost(6)
                        .build(),
                op("file/download", null, GET, "/v1/files/{id}/download", "Download the content of a file")
                        .noBody()
                        .binaryAnswer()
                        .tokenCost(20)
                        .build(),
                op("file/get", null, GET, "/v1/files/{id}", "Get one file")
                        .noBody()
                        .tokenCost(2)
                        .build(),
                op("file/list", null, GET, "/v1/files", "List files")
                        .noBody()
                        .query("start", INTEGER)
                        .query("limit", INTEGER)
                        .queryMax("limit", 100)
                        .query("sort", STRING)
                        .paging(Paging.OFFSET)
                        .tokenCost(20)
                        .build(),
                op("filter/delete", null, DELETE, "/v1/filters/{id}", "Delete a filter")
                        .noBody()
                        .tokenCost(6)
                        .build(),
                op("filter/deleteMany", null, DELETE, "/v1/filters", "Delete several filters at once")
                        .noBody()
                        .requiredQuery("ids", STRING)
                        .tokenCost(10)
                        .build(),
                op("filter/get", null, GET, "/v1/filters/{id}", "Get one filter")
                        .noBody()
                        .query("include_field_code", BOOLEAN)
                        .tokenCost(2)
                        .build(),
                op("filter/list", null, GET, "/v1/filters", "List filters")
                        .noBody()
                        .query("type", STRING, "deals", "leads", "org", "people", "products", "activity", "projects")
                        .tokenCost(20)
                        .build(),
                op("filter/listHelpers", null, GET, "/v1/filters/helpers", "List the helpers for building filters")
                        .noBody()
                        .tokenCost(20)
                        .build(),
                op("goal/delete", null, DELETE, "/v1/goals/{id}", "Delete a goal")
                        .noBody()
                        .textParam("id")
                        .tokenCost(6)
                        .build(),
                op("goal/find", null, GET, "/v1/goals/find", "Find goals by type, assignee and period")
                        .noBody()
                        .query(
                                "type.name",
                                STRING,
                                "deals_won",
                                "deals_progressed",
                                "activities_completed",
                                "activities_added",
                                "deals_started")
                        .query("title", STRING)
                        .query("is_active", BOOLEAN)
                        .query("assignee.id", INTEGER)
                        .query("assignee.type", STRING, "person", "company", "team")
                        .query("expected_outcome.target", NUMBER)
                        .query("expected_outcome.tracking_metric", STRING, "quantity", "sum")
                        .query("expected_outcome.currency_id", INTEGER)
                        .query("type.params.pipeline_id", INTEGER_LIST)
                        .query("type.params.stage_id", INTEGER)
                        .query("type.params.activity_type_id", INTEGER_LIST)
                        .query("period.start", STRING)
                        .query("period.end", STRING)
                        .tokenCost(20)
                        .build(),
                op("goal/getResult", null, GET, "/v1/goals/{id}/results", "Get the result of a goal")
                        .noBody()
                        .textParam("id")
                        .requiredQuery("period.start", STRING)
                        .requiredQuery("period.end", STRING)
                        .tokenCost(20)
                        .build(),
                op("mailbox/deleteMailThread", null, DELETE, "/v1/mailbox/mailThreads/{id}", "Delete a mail thread")
                        .noBody()
                        .tokenCost(6)
                        .build(),
                op("mailbox/getMailMessage", null, GET, "/v1/mailbox/mailMessages/{id}", "Get one mail message")
                        .noBody()
                        .query("include_body", NUMBER, 0, 1)
                        .tokenCost(2)
                        .build(),
                op("mailbox/getMailThread", null, GET, "/v1/mailbox/mailThreads/{id}", "Get one mail thread")
                        .noBody()
                        .tokenCost(20)
                        .build(),
                op(
                                "mailbox/listMailThreadMessages",
                                null,
                                GET,
                                "/v1/mailbox/mailThreads/{id}/mailMessages",
                                "List the messages of a mail thread")
                        .noBody()
                        .tokenCost(20)
                        .build(),
                op("mailbox/listMailThreads", null, GET, "/v1/mailbox/mailThreads", "List mail threads")
                        .noBody()
                        .requiredQuery("folder", STRING, "inbox", "drafts", "sent", "archive")
                        .query("start", INTEGER)
                        .query("limit", INTEGER)
                        .paging(Paging.OFFSET)
                        .tokenCost(20)
                        .build(),
                op("note/delete", null, DELETE, "/v1/notes/{id}", "Delete a note")
                        .noBody()
                        .tokenCost(6)
                        .build(),
                op(
                                "note/deleteComment",
                                null,
                                DELETE,
                                "/v1/notes/{id}/comments/{commentId}",
                                "Delete a comment of a note")
                        .noBody()
                        .textParam("commentId")
                        .tokenCost(6)
                        .build(),
                op("note/get", null, GET, "/v1/notes/{id}", "Get one note")
                        .noBody()
                        .tokenCost(2)
                        .build(),
                op("note/getComment", null, GET, "/v1/notes/{id}/comments/{commentId}", "Get the comment of a note")
                        .noBody()
                        .textParam("commentId")
                        .tokenCost(2)
                        .build(),
                op("note/list", null, GET, "/v1/notes", "List notes")
                        .noBody()
                        .query("user_id", INTEGER)
                        .query("lead_id", STRING)
                        .query("deal_id", INTEGER)
                        .query("person_id", INTEGER)
                        .query("org_id", INTEGER)
                        .query("project_id", INTEGER)
                        .query("task_id", INTEGER)
                        .query("start", INTEGER)
                        .query("limit", INTEGER)
                        .query("sort", STRING)
                        .query("start_date", STRING)
                        .query("end_date", STRING)
                        .query("updated_since", STRING)
                        .query("pinned_to_lead_flag", NUMBER, 0, 1)
                        .query("pinned_to_deal_flag", NUMBER, 0, 1)
                        .query("pinned_to_organization_flag", NUMBER, 0, 1)
                        .query("pinned_to_person_flag", NUMBER, 0, 1)
                        .query("pinned_to_project_flag", NUMBER, 0, 1)
                        .query("pinned_to_task_flag", NUMBER, 0, 1)
                        .paging(Paging.OFFSET)
                        .tokenCost(20)
                        .build(),
                op("note/listComments", null, GET, "/v1/notes/{id}/comments", "List the comments of a note")
                        .noBody()
                        .query("start", INTEGER)
                        .query("limit", INTEGER)
                        .paging(Paging.OFFSET)
                        .tokenCost(20)
                        .build(),
                op("noteField/list", null, GET, "/v1/noteFields", "List note fields")
                        .noBody()
                        .tokenCost(20)
                        .build());
    }
}
