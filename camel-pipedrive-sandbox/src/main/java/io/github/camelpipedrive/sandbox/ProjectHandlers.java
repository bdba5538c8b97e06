package io.github.camelpipedrive.sandbox;

import java.util.LinkedHashMap;
import java.util.Map;

/** Projects (v2), their archive, v1 tasks and the v1 project plan (phase/group of a task or activity). */
final class ProjectHandlers {

    private ProjectHandlers() {}

    /** {@code POST /api/v2/projects/{id}/archive}: sets {@code archive_time}; archived projects leave the list. */
    static Handler archive() {
        return call -> {
            String now = call.now("projects");
            Map<String, Object> saved = Crud.update(call, "projects", call.param("id"), (c, record, creating) -> {
                record.put("archive_time", now);
                record.put("status_change_time", now);
            });
            return call.ok(Views.clean(saved));
        };
    }

    static Handler list(boolean archived) {
        return call -> Paging.page(
                call,
                call
                        .company()
                        .collection("projects")
                        .where(p -> (p.get("archive_time") != null) == archived && Crud.matches(call, p))
                        .stream()
                        .map(Views::clean)
                        .toList());
    }

    static final Shape PROJECT = (call, record, creating) -> {
        Shapes.v2Entity("project").apply(call, record, creating);
        if (creating) {
            record.put("status_change_time", call.now("projects"));
        }
    };

    /** v1 tasks belong to an existing project; {@code done} is 0 or 1. */
    static final Shape TASK = (call, record, creating) -> {
        Object projectId = call.fields().get("project_id");
        if (projectId != null) {
            call.require("projects", projectId);
        }
        Object wasDone = record.get("done");
        Shapes.copyFields(call.fields(), record);
        if (record.get("done") instanceof Number n
                && n.intValue() == 1
                && !Integer.valueOf(1).equals(wasDone)) {
            record.put("marked_as_done_time", call.now("tasks"));
        }
    };

    /** {@code PUT /v1/projects/{id}/plan/{tasks|activities}/{itemId}}: moves an item to a phase or group. */
    static Handler planItem(String itemType, String collection, String param) {
        return call -> {
            Object projectId = call.require("projects", "id").get("id");
            Object itemId = call.require(collection, param).get("id");
            var plan = call.company().collection("projectPlan");
            Map<String, Object> existing = plan
                    .where(p -> Views.sameId(p.get("project_id"), projectId)
                            && itemType.equals(p.get("item_type"))
                            && Views.sameId(p.get("item_id"), itemId))
                    .stream()
                    .findFirst()
                    .orElse(null);
            Map<String, Object> saved;
            if (existing == null) {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("project_id", projectId);
                item.put("item_id", itemId);
                item.put("item_type", itemType);
                Shapes.copyFields(call.fields(), item);
                saved = plan.insert(item);
            } else {
                saved = plan.update(existing.get("id"), r -> Shapes.copyFields(call.fields(), r));
            }
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("item_id", saved.get("item_id"));
            data.put("item_type", itemType);
            data.put("phase_id", saved.get("phase_id"));
            data.put("group_id", saved.get("group_id"));
            return call.ok(Views.clean(data));
        };
    }
}
