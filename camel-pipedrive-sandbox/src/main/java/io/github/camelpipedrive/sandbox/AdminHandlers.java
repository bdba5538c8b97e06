package io.github.camelpipedrive.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Company administration in v1: users, roles (settings, assignments, pipeline visibility) and legacy teams. */
final class AdminHandlers {

    private AdminHandlers() {}

    /** {@code GET /v1/users/me}: the token's user plus company details. */
    static Handler me() {
        return call -> {
            Map<String, Object> me = new LinkedHashMap<>(Views.clean(call.require("users", Company.ME)));
            me.put("company_id", Company.COMPANY_ID);
            me.put("company_name", "Pipedrive Sandbox");
            me.put("company_domain", "sandbox");
            me.put("company_country", "EE");
            me.put("company_industry", "Software");
            me.put("language", Map.of("language_code", "en", "country_code", "US"));
            return call.ok(me);
        };
    }

    /** {@code POST /v1/users}: an invited user, named after the e-mail until they set a name. */
    static final Shape NEW_USER = (call, record, creating) -> {
        Shapes.copyFields(call.fields(), record);
        String email = String.valueOf(record.get("email"));
        if (creating) {
            record.put("name", email.contains("@") ? email.substring(0, email.indexOf('@')) : email);
            String now = call.company().time().v1();
            record.put("created", now);
            record.put("last_login", now);
        }
        record.put("modified", call.company().time().v1());
    };

    /** Roles answer creates and updates with just the id. */
    static View idOnly() {
        return (call, record) -> new LinkedHashMap<>(Map.of("id", record.get("id")));
    }

    static View role() {
        return (call, record) -> {
            Map<String, Object> out = Views.clean(record);
            out.remove("settings");
            out.remove("visible_pipeline_ids");
            return out;
        };
    }

    /** {@code POST /v1/roles/{id}/settings}: sets one default-visibility setting of the role. */
    static Handler roleSetting() {
        return call -> {
            Map<String, Object> role = call.require("roles", "id");
            String key = (String) call.fields().get("setting_key");
            Object value = call.fields().get("value");
            call.company().collection("roles").update(role.get("id"), r -> {
                @SuppressWarnings("unchecked")
                Map<String, Object> settings =
                        (Map<String, Object>) r.computeIfAbsent("settings", k -> new LinkedHashMap<>());
                settings.put(key, value);
            });
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("id", role.get("id"));
            data.put(key, value);
            return call.ok(data);
        };
    }

    static Handler roleSettings() {
        return call -> call.ok(call.require("roles", "id").getOrDefault("settings", Map.of()));
    }

    /** {@code POST /v1/roles/{id}/assignments}: puts a user into the role. */
    static Handler assign() {
        return call -> {
            Object roleId = call.require("roles", "id").get("id");
            Object userId = call.require("users", call.fields().get("user_id")).get("id");
            var assignments = call.company().collection("roleAssignments");
            assignments
                    .where(a -> Views.sameId(a.get("user_id"), userId))
                    .forEach(a -> assignments.remove(a.get("id")));
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("user_id", userId);
            a.put("role_id", roleId);
            assignments.insert(a);
            call.company().collection("users").update(userId, u -> u.put("role_id", roleId));
            return call.ok(a);
        };
    }

    static Handler assignments() {
        return call -> {
            Object roleId = call.require("roles", "id").get("id");
            return Paging.offset(
                    call,
                    call
                            .company()
                            .collection("roleAssignments")
                            .where(a -> Views.sameId(a.get("role_id"), roleId))
                            .stream()
                            .map(a -> Map.of("user_id", a.get("user_id"), "role_id", a.get("role_id")))
                            .toList());
        };
    }

    /**
     * {@code PUT /v1/roles/{id}/pipelines} with {@code visible_pipeline_ids: {add: [...], remove: [...]}}
     * (Pipedrive also accepts the lists as JSON text, e.g. {@code "[1]"}).
     */
    @SuppressWarnings("unchecked")
    static Handler rolePipelines() {
        return call -> {
            Map<String, Object> role = call.require("roles", "id");
            if (!(call.fields().get("visible_pipeline_ids") instanceof Map<?, ?> change)) {
                throw ApiError.badRequest("\"visible_pipeline_ids\" must be an object with \"add\" and/or \"remove\".");
            }
            Set<Long> add = ids(change.get("add"));
            Set<Long> remove = ids(change.get("remove"));
            for (Long id : add) {
                call.require("pipelines", id);
            }
            Map<String, Object> saved = call.company().collection("roles").update(role.get("id"), r -> {
                Set<Long> visible = new LinkedHashSet<>(ids(r.get("visible_pipeline_ids")));
                visible.addAll(add);
                visible.removeAll(remove);
                r.put("visible_pipeline_ids", new ArrayList<>(visible));
            });
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("pipeline_ids", saved.get("visible_pipeline_ids"));
            data.put("visible", true);
            return call.ok(data);
        };
    }

    private static Set<Long> ids(Object value) {
        Set<Long> out = new LinkedHashSet<>();
        if (value instanceof String text) {
            String t = text.replace("[", "").replace("]", "").trim();
            for (String part : t.isEmpty() ? new String[0] : t.split(",")) {
                try {
                    out.add(Long.parseLong(part.trim()));
                } catch (NumberFormatException e) {
                    throw ApiError.badRequest("Pipeline ids must be numbers.");
                }
            }
        } else if (value instanceof List<?> list) {
            for (Object o : list) {
                if (!BodyRules.isIntegral(o) && !(o instanceof String)) {
                    throw ApiError.badRequest("Pipeline ids must be numbers.");
                }
                out.add(Long.parseLong(BodyRules.text(o)));
            }
        } else if (value instanceof Number n) {
            out.add(n.longValue());
        }
        return out;
    }

    /** {@code POST /v1/legacyTeams/{id}/users}: adds users; answers with the team's user ids. */
    @SuppressWarnings("unchecked")
    static Handler addTeamUsers() {
        return call -> {
            Map<String, Object> team = call.require("legacyTeams", "id");
            if (!(call.fields().get("users") instanceof List<?> users)) {
                throw ApiError.badRequest("\"users\" must be an array.");
            }
            for (Object u : users) {
                call.require("users", u);
            }
            Map<String, Object> saved = call.company().collection("legacyTeams").update(team.get("id"), t -> {
                Set<Object> members = new LinkedHashSet<>((List<Object>) t.getOrDefault("users", List.of()));
                users.forEach(u -> members.add(Long.parseLong(BodyRules.text(u))));
                t.put("users", new ArrayList<>(members));
            });
            return call.ok(saved.get("users"));
        };
    }

    static Handler teamUsers() {
        return call -> call.ok(call.require("legacyTeams", "id").getOrDefault("users", List.of()));
    }

    /** A new team: the manager must be a user; members listed in {@code users}. */
    static final Shape TEAM = (call, record, creating) -> {
        Object manager = call.fields().get("manager_id");
        if (manager != null) {
            call.require("users", manager);
        }
        Shapes.copyFields(call.fields(), record);
    };
}
