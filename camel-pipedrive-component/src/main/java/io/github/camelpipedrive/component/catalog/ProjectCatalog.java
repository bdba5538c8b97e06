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
 * The operations on projects, project fields and templates, tasks, boards and phases beyond the seed's writes (reads, lists, searches, deletes, the remaining updates),
 * registered into {@link OperationCatalog}. Facts as Pipedrive publishes them: v2 where Pipedrive has the operation,
 * v1 otherwise.
 */
final class ProjectCatalog {

    private ProjectCatalog() {}

    static List<PipedriveOperation> entries() {
        return List.of(
                op("board/add", null, POST, "/api/v2/boards", "Add a board")
                        .required("name")
                        .tokenCost(5)
                        .example("{\"name\":\"Example name\"}")
                        .build(),
                op("board/delete", null, DELETE, "/api/v2/boards/{id}", "Delete a board")
                        .noBody()
                        .tokenCost(3)
                        .build(),
                op("board/get", null, GET, "/api/v2/boards/{id}", "Get one board")
                        .noBody()
                        .tokenCost(10)
                        .build(),
                op("board/list", null, GET, "/api/v2/boards", "List boards")
                        .noBody()
                        .tokenCost(10)
                        .build(),
                op("board/update", null, PATCH, "/api/v2/boards/{id}", "Update a board")
                        .idInBody()
                        .tokenCost(5)
                        .example("{\"name\":\"Example name\"}")
                        .build(),
                op("phase/add", null, POST, "/api/v2/phases", "Add a phase")
                        .required("name", "board_id")
                        .tokenCost(5)
                        .example("{\"name\":\"Example name\",\"board_id\":1}")
                        .build(),
                op("phase/delete", null, DELETE, "/api/v2/phases/{id}", "Delete a phase")
                        .noBody()
                        .tokenCost(3)
                        .build(),
                op("phase/get", null, GET, "/api/v2/phases/{id}", "Get one phase")
                        .noBody()
                        .tokenCost(10)
                        .build(),
                op("phase/list", null, GET, "/api/v2/phases", "List phases")
                        .noBody()
                        .requiredQuery("board_id", INTEGER)
                        .tokenCost(10)
                        .build(),
                op("phase/update", null, PATCH, "/api/v2/phases/{id}", "Update a phase")
                        .idInBody()
                        .tokenCost(5)
                        .example("{\"name\":\"Example name\"}")
                        .build(),
                op("project/delete", null, DELETE, "/api/v2/projects/{id}", "Delete a project")
                        .noBody()
                        .tokenCost(3)
                        .build(),
                op("project/get", null, GET, "/api/v2/projects/{id}", "Get one project")
                        .noBody()
                        .tokenCost(1)
                        .build(),
                op("project/getPlan", null, GET, "/v1/projects/{id}/plan", "Get the plan of a project")
                        .noBody()
                        .tokenCost(20)
                        .build(),
                op("project/list", null, GET, "/api/v2/projects", "List projects")
                        .noBody()
                        .query("filter_id", INTEGER)
                        .query("status", STRING)
                        .query("phase_id", INTEGER)
                        .query("deal_id", INTEGER)
                        .query("person_id", INTEGER)
                        .query("org_id", INTEGER)
                        .query("limit", INTEGER)
                        .query("cursor", STRING)
                        .paging(Paging.CURSOR)
                        .tokenCost(10)
                        .build(),
                op(
                                "project/listActivities",
                                null,
                                GET,
                                "/v1/projects/{id}/activities",
                                "List the activities of a project")
                        .noBody()
                        .tokenCost(20)
                        .build(),
                op("project/listArchived", null, GET, "/api/v2/projects/archived", "List archived projects")
                        .noBody()
                        .query("filter_id", INTEGER)
                        .query("status", STRING)
                        .query("phase_id", INTEGER)
                        .query("limit", INTEGER)
                        .query("cursor", STRING)
                        .paging(Paging.CURSOR)
                        .tokenCost(10)
                        .build(),
                op(
                                "project/listChangelog",
                                null,
                                GET,
                                "/api/v2/projects/{id}/changelog",
                                "List the changelog of a project")
                        .noBody()
                        .query("limit", INTEGER)
                        .query("cursor", STRING)
                        .paging(Paging.CURSOR)
                        .tokenCost(10)
                        .build(),
                op("project/listGroups", null, GET, "/v1/projects/{id}/groups", "List the groups of a project")
                        .noBody()
                        .tokenCost(20)
                        .build(),
                op(
                                "project/listPermittedUsers",
                                null,
                                GET,
                                "/api/v2/projects/{id}/permittedUsers",
                                "List the permitted users of a project")
                        .noBody()
                        .tokenCost(5)
                        .build(),
                op("project/listTasks", null, GET, "/v1/projects/{id}/tasks", "List the tasks of a project")
                        .noBody()
                        .tokenCost(20)
                        .build(),
                op("project/search", null, GET, "/api/v2/projects/search", "Search projects")
                        .noBody()
                        .requiredQuery("term", STRING)
                        .query("fields", STRING, "custom_fields", "notes", "title", "description")
                        .query("exact_match", BOOLEAN)
                        .query("person_id", INTEGER)
                        .query("organization_id", INTEGER)
                        .query("limit", INTEGER)
                        .query("cursor", STRING)
                        .paging(Paging.CURSOR)
                        .searchTerm(2)
                        .tokenCost(20)
                        .build(),
                op("projectField/add", null, POST, "/api/v2/projectFields", "Add a project field")
                        .required("field_name", "field_type")
                        .allowed(
                                "field_type",
                                "varchar",
                                "text",
                                "double",
                                "phone",
                                "date",
                                "daterange",
                                "time",
                                "timerange",
                                "set",
                                "enum",
                                "varchar_auto",
                                "address",
                                "monetary",
                                "org",
                                "people",
                                "user")
                        .tokenCost(5)
                        .example("{\"field_name\":\"Example field name\",\"field_type\":\"varchar\"}")
                        .build(),
                op(
                                "projectField/addOptions",
                                null,
                                POST,
                                "/api/v2/projectFields/{field_code}/options",
                                "Add options to a project field")
                        .arrayBody()
                        .textParam("fieldCode")
                        .tokenCost(5)
                        .example("[{\"label\":\"Example label\"}]")
                        .build(),
                op("projectField/delete", null, DELETE, "/api/v2/projectFields/{field_code}", "Delete a project field")
                        .noBody()
                        .textParam("fieldCode")
                        .tokenCost(3)
                        .build(),
                op(
                                "projectField/deleteOptions",
                                null,
                                DELETE,
                                "/api/v2/projectFields/{field_code}/options",
                                "Delete options of a project field")
                        .arrayBody()
                        .textParam("fieldCode")
                        .tokenCost(3)
                        .example("[{\"id\":1}]")
                        .build(),
                op("projectField/get", null, GET, "/api/v2/projectFields/{field_code}", "Get one project field")
                        .noBody()
                        .textParam("fieldCode")
                        .tokenCost(1)
                        .build(),
                op("projectField/list", null, GET, "/api/v2/projectFields", "List project fields")
                        .noBody()
                        .query("limit", INTEGER)
                        .query("cursor", STRING)
                        .paging(Paging.CURSOR)
                        .tokenCost(10)
                        .build(),
                op("projectField/update", null, PATCH, "/api/v2/projectFields/{field_code}", "Update a project field")
                        .textParam("fieldCode")
                        .tokenCost(5)
                        .example("{\"field_name\":\"Example field name\"}")
                        .build(),
                op(
                                "projectField/updateOptions",
                                null,
                                PATCH,
                                "/api/v2/projectFields/{field_code}/options",
                                "Update options of a project field")
                        .arrayBody()
                        .textParam("fieldCode")
                        .tokenCost(5)
                        .example("[{\"id\":1,\"label\":\"Example label\"}]")
                        .build(),
                op("projectTemplate/get", null, GET, "/api/v2/projectTemplates/{id}", "Get one project template")
                        .noBody()
                        .tokenCost(1)
                        .build(),
                op("projectTemplate/list", null, GET, "/api/v2/projectTemplates", "List project templates")
                        .noBody()
                        .query("cursor", STRING)
                        .query("limit", INTEGER)
                        .paging(Paging.CURSOR)
                        .tokenCost(10)
                        .build(),
                op("task/delete", null, DELETE, "/api/v2/tasks/{id}", "Delete a task")
                        .noBody()
                        .tokenCost(3)
                        .build(),
                op("task/get", null, GET, "/api/v2/tasks/{id}", "Get one task")
                        .noBody()
                        .tokenCost(1)
                        .build(),
                op("task/list", null, GET, "/api/v2/tasks", "List tasks")
                        .noBody()
                        .query("cursor", STRING)
                        .query("limit", INTEGER)
                        .query("is_done", BOOLEAN)
                        .query("is_milestone", BOOLEAN)
                        .query("assignee_id", INTEGER)
                        .query("project_id", INTEGER)
                        .query("parent_task_id", STRING)
                        .paging(Paging.CURSOR)
                        .tokenCost(10)
                        .build());
    }
}
