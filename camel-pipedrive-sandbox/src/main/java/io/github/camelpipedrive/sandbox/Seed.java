package io.github.camelpipedrive.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a fresh company account holds: two users, one pipeline with four stages, the standard activity types,
 * a role, lead labels, field definitions and a few mail threads (which the API cannot create).
 */
final class Seed {

    private Seed() {}

    static void plant(Company company) {
        users(company);
        company.fields().seed();
        String v2 = company.time().v2();
        Map<String, Object> pipeline = Defaults.of("pipelines", company);
        pipeline.put("name", "Sales pipeline");
        stamp(pipeline, v2);
        company.collection("pipelines").insert(pipeline);
        for (String stage : List.of("Qualified", "Contact made", "Proposal made", "Negotiations started")) {
            Map<String, Object> s = Defaults.of("stages", company);
            s.put("name", stage);
            s.put("pipeline_id", 1L);
            stamp(s, v2);
            company.collection("stages").insert(s);
        }
        String[][] types = {
            {"Call", "call"},
            {"Meeting", "meeting"},
            {"Task", "task"},
            {"Deadline", "deadline"},
            {"Email", "email"},
            {"Lunch", "lunch"}
        };
        for (String[] t : types) {
            Map<String, Object> type = Defaults.of("activityTypes", company);
            type.put("name", t[0]);
            type.put("icon_key", t[1]);
            type.put("key_string", t[1]);
            type.put("is_custom_flag", false);
            stamp(type, v2);
            company.collection("activityTypes").insert(type);
        }
        Map<String, Object> role = Defaults.of("roles", company);
        role.put("name", "Sales");
        company.collection("roles").insert(role);
        for (String[] label : new String[][] {{"Hot", "red"}, {"Warm", "yellow"}, {"Cold", "blue"}}) {
            Map<String, Object> l = new LinkedHashMap<>();
            l.put("name", label[0]);
            l.put("color", label[1]);
            stamp(l, v2);
            company.collection("leadLabels").insert(l);
        }
        for (int i = 1; i <= 3; i++) {
            company.collection("mailThreads").insert(mailThread(i, v2));
        }
    }

    private static void users(Company company) {
        String v1 = company.time().v1();
        String[][] users = {{"Sandbox Admin", "admin@sandbox.example"}, {"Sandbox User", "user@sandbox.example"}};
        for (int i = 0; i < users.length; i++) {
            Map<String, Object> u = Defaults.of("users", company);
            u.put("name", users[i][0]);
            u.put("email", users[i][1]);
            u.put("activated", true);
            u.put("last_login", v1);
            u.put("created", v1);
            u.put("modified", v1);
            u.put("is_you", i == 0);
            u.put("has_created_company", i == 0);
            u.put("access", new ArrayList<>(List.of(new LinkedHashMap<>(Map.of("app", "global", "admin", i == 0)))));
            company.collection("users").insert(u);
        }
    }

    private static Map<String, Object> mailThread(int n, String now) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("account_id", "sandbox-mail-account");
        t.put("user_id", Company.ME);
        t.put("subject", "Sandbox thread " + n);
        t.put("snippet", "Hello from the sandbox mailbox, thread " + n);
        for (String flag : List.of(
                "read_flag",
                "has_attachments_flag",
                "has_inline_attachments_flag",
                "has_real_attachments_flag",
                "deleted_flag",
                "synced_flag",
                "smart_bcc_flag",
                "mail_link_tracking_enabled_flag",
                "has_draft_flag",
                "archived_flag",
                "shared_flag",
                "external_deleted_flag",
                "first_message_to_me_flag",
                "all_messages_sent_flag")) {
            t.put(flag, 0);
        }
        t.put("has_sent_flag", 1);
        t.put("synced_flag", 1);
        t.put("mail_tracking_status", null);
        Map<String, Object> party = new LinkedHashMap<>();
        party.put("id", (long) n);
        party.put("name", "Customer " + n);
        party.put("latest_sent", false);
        party.put("email_address", "customer" + n + "@example.com");
        party.put("message_time", 1704067200000L);
        party.put("mail_message_party_id", (long) n);
        party.put("linked_organization_id", null);
        t.put("parties", new LinkedHashMap<>(Map.of("to", new ArrayList<>(List.of(party)), "from", new ArrayList<>())));
        t.put("drafts_parties", new ArrayList<>());
        t.put("folders", new ArrayList<>(List.of("inbox")));
        t.put("version", 1);
        t.put("snippet_draft", null);
        t.put("snippet_sent", "");
        t.put("message_count", 1);
        t.put("last_message_timestamp", now);
        t.put("first_message_timestamp", now);
        t.put("last_message_sent_timestamp", null);
        t.put("last_message_received_timestamp", now);
        t.put("deal_id", null);
        t.put("deal_status", null);
        t.put("lead_id", null);
        stamp(t, now);
        return t;
    }

    private static void stamp(Map<String, Object> record, String now) {
        record.put("add_time", now);
        record.put("update_time", now);
    }
}
