package io.github.camelpipedrive.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Representations of records. Pipedrive sends explicit nulls for unset fields, but its OpenAPI documents
 * declare most of those fields non-nullable; the sandbox leaves null-valued keys out instead (except inside
 * {@code custom_fields}, where null means "unset" and every key is listed), so answers validate against the
 * published schemas and a client reading a missing key sees the same "no value".
 */
final class Views {

    private Views() {}

    @SuppressWarnings("unchecked")
    static Map<String, Object> clean(Map<String, Object> record) {
        Map<String, Object> out = new LinkedHashMap<>();
        record.forEach((k, v) -> {
            if (v == null) {
                return;
            }
            if ("custom_fields".equals(k)) {
                out.put(k, v);
            } else if (v instanceof Map<?, ?> m) {
                out.put(k, clean((Map<String, Object>) m));
            } else if (v instanceof List<?> list) {
                List<Object> items = new ArrayList<>(list.size());
                list.forEach(i -> items.add(i instanceof Map<?, ?> m ? clean((Map<String, Object>) m) : i));
                out.put(k, items);
            } else {
                out.put(k, v);
            }
        });
        return out;
    }

    /** A v2 deal as the v1 API shows it (merge, duplicate): user_id, string visible_to, flat custom fields. */
    static Map<String, Object> dealV1(Company company, Map<String, Object> deal) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", deal.get("id"));
        out.put("creator_user_id", Company.ME);
        out.put("user_id", deal.get("owner_id"));
        out.put("person_id", deal.get("person_id"));
        out.put("org_id", deal.get("org_id"));
        out.put("stage_id", deal.get("stage_id"));
        out.put("title", deal.get("title"));
        out.put("value", deal.get("value"));
        out.put("currency", deal.get("currency"));
        out.put("add_time", Timestamps.toV1(deal.get("add_time")));
        out.put("update_time", Timestamps.toV1(deal.get("update_time")));
        boolean deleted = Boolean.TRUE.equals(deal.get("is_deleted"));
        out.put("active", !deleted && "open".equals(deal.get("status")));
        out.put("deleted", deleted);
        out.put("is_archived", deal.get("is_archived"));
        out.put("status", deal.get("status"));
        out.put("probability", deal.get("probability"));
        out.put("lost_reason", deal.get("lost_reason"));
        out.put("visible_to", BodyRules.text(deal.get("visible_to")));
        out.put("pipeline_id", deal.get("pipeline_id"));
        out.put("expected_close_date", deal.get("expected_close_date"));
        out.put(
                "products_count",
                company.collection("dealProducts")
                        .where(p -> sameId(p.get("deal_id"), deal.get("id")))
                        .size());
        out.put(
                "participants_count",
                company.collection("participants")
                        .where(p -> sameId(p.get("deal_id"), deal.get("id")))
                        .size());
        out.put("followers_count", followers(company, "deal", deal.get("id")));
        out.put("origin", deal.get("origin"));
        flattenCustomFields(deal, out);
        return clean(out);
    }

    /** A v2 person as the v1 API shows it (merge, participants): email/phone arrays, string visible_to. */
    static Map<String, Object> personV1(Company company, Map<String, Object> person) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", person.get("id"));
        out.put("company_id", Company.COMPANY_ID);
        out.put("owner_id", person.get("owner_id"));
        out.put("org_id", person.get("org_id"));
        out.put("name", person.get("name"));
        out.put("first_name", person.get("first_name"));
        out.put("last_name", person.get("last_name"));
        String name = String.valueOf(person.getOrDefault("name", ""));
        out.put("first_char", name.isEmpty() ? "" : name.substring(0, 1).toLowerCase());
        out.put("active_flag", !Boolean.TRUE.equals(person.get("is_deleted")));
        out.put("phone", person.get("phones"));
        out.put("email", person.get("emails"));
        out.put("add_time", Timestamps.toV1(person.get("add_time")));
        out.put("update_time", Timestamps.toV1(person.get("update_time")));
        out.put("visible_to", BodyRules.text(person.get("visible_to")));
        out.put("label_ids", person.get("label_ids"));
        out.put(
                "open_deals_count",
                company.collection("deals")
                        .where(d -> sameId(d.get("person_id"), person.get("id")))
                        .size());
        out.put("followers_count", followers(company, "person", person.get("id")));
        flattenCustomFields(person, out);
        return clean(out);
    }

    /** The short organization object v1 nests in relationships: {@code name, people_count, owner_id, value}. */
    static Map<String, Object> orgSummary(Company company, Map<String, Object> org) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", org.get("name"));
        out.put(
                "people_count",
                company.collection("persons")
                        .where(p -> sameId(p.get("org_id"), org.get("id")))
                        .size());
        out.put("owner_id", org.get("owner_id"));
        out.put("value", org.get("id"));
        return clean(out);
    }

    @SuppressWarnings("unchecked")
    private static void flattenCustomFields(Map<String, Object> record, Map<String, Object> out) {
        Object custom = record.get("custom_fields");
        if (!(custom instanceof Map<?, ?> values)) {
            return;
        }
        ((Map<String, Object>) values).forEach((key, value) -> {
            if (value instanceof Map<?, ?> m && m.containsKey("currency")) {
                out.put(key, m.get("value"));
                out.put(key + "_currency", m.get("currency"));
            } else if (value instanceof List<?> list) {
                out.put(key, String.join(",", list.stream().map(BodyRules::text).toList()));
            } else {
                out.put(key, value);
            }
        });
    }

    private static int followers(Company company, String itemType, Object id) {
        return company.collection("followers")
                .where(f -> itemType.equals(f.get("item_type")) && sameId(f.get("item_id"), id))
                .size();
    }

    static boolean sameId(Object a, Object b) {
        return a != null && b != null && BodyRules.text(a).equals(BodyRules.text(b));
    }
}
