package io.github.camelpipedrive.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values a new record starts with before the request body is applied: what Pipedrive fills in when a
 * client leaves a field out. Types follow the response schemas (e.g. v2 {@code visible_to} is a number,
 * v1 {@code visible_to} a string).
 */
final class Defaults {

    private Defaults() {
    }

    static Map<String, Object> of(String collection, Company company) {
        Map<String, Object> r = new LinkedHashMap<>();
        switch (collection) {
            case "deals" -> {
                r.put("title", null);
                r.put("owner_id", Company.ME);
                r.put("person_id", null);
                r.put("org_id", null);
                r.put("pipeline_id", 1L);
                r.put("stage_id", 1L);
                r.put("value", 0);
                r.put("currency", Company.CURRENCY);
                r.put("is_deleted", false);
                r.put("is_archived", false);
                r.put("status", "open");
                r.put("visible_to", 3);
                r.put("label_ids", new ArrayList<>());
                r.put("origin", "API");
                r.put("custom_fields", emptyCustomFields(company, "deal"));
            }
            case "persons" -> {
                r.put("name", null);
                r.put("owner_id", Company.ME);
                r.put("org_id", null);
                r.put("emails", new ArrayList<>());
                r.put("phones", new ArrayList<>());
                r.put("is_deleted", false);
                r.put("visible_to", 3);
                r.put("label_ids", new ArrayList<>());
                r.put("custom_fields", emptyCustomFields(company, "person"));
            }
            case "organizations" -> {
                r.put("name", null);
                r.put("owner_id", Company.ME);
                r.put("is_deleted", false);
                r.put("visible_to", 3);
                r.put("label_ids", new ArrayList<>());
                r.put("custom_fields", emptyCustomFields(company, "organization"));
            }
            case "products" -> {
                r.put("name", null);
                r.put("owner_id", Company.ME);
                r.put("tax", 0);
                r.put("is_deleted", false);
                r.put("is_linkable", true);
                r.put("visible_to", 3);
                r.put("billing_frequency", "one-time");
                r.put("prices", new ArrayList<>());
                r.put("custom_fields", emptyCustomFields(company, "product"));
            }
            case "activities" -> {
                r.put("subject", "Call");
                r.put("type", "call");
                r.put("owner_id", Company.ME);
                r.put("creator_user_id", Company.ME);
                r.put("is_deleted", false);
                r.put("busy", true);
                r.put("done", false);
                r.put("participants", new ArrayList<>());
                r.put("attendees", new ArrayList<>());
            }
            case "pipelines" -> {
                r.put("order_nr", company.collection("pipelines").size() + 1);
                r.put("is_deleted", false);
                r.put("is_deal_probability_enabled", false);
            }
            case "stages" -> {
                r.put("order_nr", company.collection("stages").size() + 1);
                r.put("is_deleted", false);
                r.put("deal_probability", 100);
                r.put("is_deal_rot_enabled", false);
                r.put("days_to_rotten", null);
            }
            case "projects" -> {
                r.put("status", "open");
                r.put("board_id", 1L);
                r.put("phase_id", 1L);
                r.put("owner_id", Company.ME);
                r.put("deal_ids", new ArrayList<>());
                r.put("person_ids", new ArrayList<>());
                r.put("org_ids", new ArrayList<>());
                r.put("label_ids", new ArrayList<>());
                r.put("archive_time", null);
                r.put("custom_fields", new LinkedHashMap<>());
            }
            case "leads" -> {
                r.put("owner_id", Company.ME);
                r.put("creator_id", Company.ME);
                r.put("label_ids", new ArrayList<>());
                r.put("person_id", null);
                r.put("organization_id", null);
                r.put("source_name", "API");
                r.put("origin", "API");
                r.put("is_archived", false);
                r.put("was_seen", false);
                r.put("value", null);
                r.put("expected_close_date", null);
                r.put("visible_to", "3");
            }
            case "notes" -> {
                r.put("active_flag", true);
                r.put("user_id", Company.ME);
                r.put("last_update_user_id", Company.ME);
                for (String pin : List.of("deal", "organization", "person", "project", "task")) {
                    r.put("pinned_to_" + pin + "_flag", false);
                }
            }
            case "noteComments" -> {
                r.put("active_flag", true);
                r.put("object_type", "note");
                r.put("user_id", Company.ME);
                r.put("updater_id", Company.ME);
                r.put("company_id", Company.COMPANY_ID);
            }
            case "files" -> {
                r.put("user_id", Company.ME);
                r.put("active_flag", true);
                r.put("inline_flag", false);
                r.put("remote_location", "s3");
                r.put("description", "");
            }
            case "filters" -> {
                r.put("filter_code", null);
                r.put("is_editable", true);
                r.put("active_flag", true);
                r.put("temporary_flag", null);
                r.put("user_id", Company.ME);
                r.put("visible_to", "7");
                r.put("last_used_time", null);
                r.put("custom_view_id", null);
            }
            case "goals" -> {
                r.put("owner_id", Company.ME);
                r.put("title", "");
                r.put("is_active", true);
                r.put("report_ids", new ArrayList<>());
            }
            case "roles" -> {
                r.put("parent_role_id", null);
                r.put("active_flag", true);
                r.put("assignment_count", "0");
                r.put("sub_role_count", "0");
                r.put("level", 1);
                r.put("settings", new LinkedHashMap<>());
                r.put("visible_pipeline_ids", new ArrayList<>());
            }
            case "users" -> {
                r.put("name", "");
                r.put("default_currency", Company.CURRENCY);
                r.put("locale", "en_US");
                r.put("lang", 1);
                r.put("phone", null);
                r.put("activated", false);
                r.put("has_created_company", false);
                r.put("access", new ArrayList<>(List.of(new LinkedHashMap<>(Map.of("app", "sales", "admin", false)))));
                r.put("active_flag", true);
                r.put("timezone_name", "Europe/London");
                r.put("timezone_offset", "+00:00");
                r.put("role_id", 1L);
                r.put("icon_url", null);
                r.put("is_you", false);
                r.put("is_deleted", false);
            }
            case "activityTypes" -> {
                r.put("color", "FFFFFF");
                r.put("order_nr", company.collection("activityTypes").size() + 1);
                r.put("active_flag", true);
                r.put("is_custom_flag", true);
            }
            case "tasks" -> {
                r.put("description", "");
                r.put("assignee_ids", new ArrayList<>());
                r.put("done", 0);
                r.put("creator_id", Company.ME);
            }
            case "webhooks" -> {
                r.put("company_id", Company.COMPANY_ID);
                r.put("owner_id", Company.ME);
                r.put("user_id", Company.ME);
                r.put("version", "2.0");
                r.put("is_active", 1);
                r.put("remove_time", null);
                r.put("type", "general");
                r.put("http_auth_user", null);
                r.put("http_auth_password", null);
                r.put("remove_reason", null);
                r.put("last_delivery_time", null);
                r.put("last_http_status", null);
                r.put("admin_id", Company.ME);
            }
            case "callLogs" -> {
                r.put("user_id", Company.ME);
                r.put("has_recording", false);
                r.put("company_id", Company.COMPANY_ID);
            }
            case "legacyTeams" -> {
                r.put("description", "");
                r.put("users", new ArrayList<>());
                r.put("active_flag", 1);
                r.put("deleted_flag", 0);
                r.put("created_by_user_id", Company.ME);
            }
            case "channels" -> {
                r.put("marketplace_client_id", "sandbox-client");
                r.put("pd_company_id", Company.COMPANY_ID);
                r.put("pd_user_id", Company.ME);
                r.put("provider_type", "other");
                r.put("template_support", false);
            }
            case "subscriptions" -> {
                r.put("user_id", Company.ME);
                r.put("description", "");
                r.put("is_active", true);
                r.put("infinite", false);
                r.put("final_status", null);
            }
            default -> {
                // collections without defaults start empty
            }
        }
        return r;
    }

    /** v2 entities list every custom field in {@code custom_fields}, null when unset. */
    static Map<String, Object> emptyCustomFields(Company company, String entityType) {
        Map<String, Object> values = new LinkedHashMap<>();
        company.fields().customFields(entityType).forEach(f -> values.put((String) f.get("field_code"), null));
        return values;
    }
}
