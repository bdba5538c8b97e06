package io.github.camelpipedrive.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The answer to a GET or DELETE the route table has no entry for, from the shape of its path, so every read and
 * delete of Pipedrive's documents gets a Pipedrive-like answer: {@code /things} lists (paged by cursor on v2, by
 * start on v1) the records of that kind, {@code /things/{id}} is the record or a 404, a delete removes it (404 when
 * there is none), a bulk delete removes the {@code ids} it names, and {@code /things/{id}/more} answers for an
 * existing {@code {id}} with an empty page (a 404 when the parent does not exist). Kinds the sandbox does not
 * store have no records: their lists are empty and their ids are not found.
 */
final class GenericReads {

    private static final Pattern ID = Pattern.compile("\\d+|[0-9a-fA-F-]{8,}");

    /** The first path segments of Pipedrive's documented operations; any other path stays unknown (404). */
    private static final java.util.Set<String> PIPEDRIVE_RESOURCES = java.util.Set.of(
            "activities",
            "activityFields",
            "activityTypes",
            "billing",
            "boards",
            "callLogs",
            "channels",
            "currencies",
            "deals",
            "dealFields",
            "files",
            "filters",
            "goals",
            "itemSearch",
            "leads",
            "leadFields",
            "leadLabels",
            "leadSources",
            "legacyTeams",
            "mailbox",
            "meetings",
            "notes",
            "noteFields",
            "organizations",
            "organizationFields",
            "organizationRelationships",
            "permissionSets",
            "persons",
            "personFields",
            "phases",
            "pipelines",
            "products",
            "productFields",
            "projects",
            "projectFields",
            "projectTemplates",
            "recents",
            "roles",
            "stages",
            "tasks",
            "users",
            "userConnections",
            "userSettings",
            "webhooks");

    private GenericReads() {}

    /** The answer, or {@code null} when the request is not a GET or DELETE. */
    static Answer answer(
            Company company, String method, ApiVersion version, String relative, Map<String, String> query) {
        if (!method.equals("GET") && !method.equals("DELETE")) {
            return null;
        }
        String[] segments = PathTemplate.split(relative);
        if (segments.length == 0 || !PIPEDRIVE_RESOURCES.contains(segments[0])) {
            return null;
        }
        String kind = segments[0];
        boolean stored = EntityKinds.exists(kind);
        Route route = new Route(method, version, new PathTemplate(relative), "generic", 1, 200, BodyRules.body(), null);
        Call call = new Call(company, route, Map.of(), query, null);
        try {
            if (segments.length == 1) {
                return method.equals("GET") ? list(call, stored ? kind : null) : deleteMany(call, stored ? kind : null);
            }
            String id = segments[1];
            if (!ID.matcher(id).matches()) {
                // a literal such as /deals/summary or /users/me: an empty page or object of that name
                return method.equals("GET") ? list(call, null) : Answer.error(notFound(call, kind, stored));
            }
            Map<String, Object> record = stored ? company.collection(kind).get(id) : null;
            if (record == null) {
                return Answer.error(notFound(call, kind, stored));
            }
            if (segments.length == 2) {
                if (method.equals("GET")) {
                    return call.ok(Json.copy(record));
                }
                company.collection(kind).remove(id);
                return call.ok(Map.of("id", record.get(EntityKinds.idKey(kind))));
            }
            if (method.equals("GET")) {
                return list(call, null);
            }
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("id", segments.length > 3 ? segments[segments.length - 1] : record.get(EntityKinds.idKey(kind)));
            return call.ok(data);
        } catch (ApiError e) {
            return Answer.error(e);
        }
    }

    private static Answer list(Call call, String kind) {
        return Paging.page(call, (start, limit) -> {
            if (kind == null) {
                return new EntityStore.Page<>(List.of(), 0);
            }
            EntityStore.Page<Map<String, Object>> page =
                    call.company().collection(kind).page(r -> Crud.matches(call, r), start, limit);
            return new EntityStore.Page<>(new ArrayList<Object>(page.items()), page.total());
        });
    }

    /** {@code DELETE /things?ids=1,2}: removes the named records and answers their ids. */
    private static Answer deleteMany(Call call, String kind) {
        String ids = call.query("ids");
        if (ids == null || ids.isBlank()) {
            throw ApiError.badRequest("\"ids\" is required.");
        }
        List<Object> removed = new ArrayList<>();
        for (String id : ids.split(",")) {
            Map<String, Object> record =
                    kind == null ? null : call.company().collection(kind).remove(id.trim());
            if (record != null) {
                removed.add(record.get(EntityKinds.idKey(kind)));
            }
        }
        return call.ok(Map.of("id", removed));
    }

    private static ApiError notFound(Call call, String kind, boolean stored) {
        return stored
                ? call.notFound(kind)
                : ApiError.notFound(call.version() == ApiVersion.V2 ? "Entity was not found" : "Item not found");
    }
}
