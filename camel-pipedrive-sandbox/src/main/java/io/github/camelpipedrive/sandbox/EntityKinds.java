package io.github.camelpipedrive.sandbox;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The entities the sandbox keeps, in Pipedrive's words: collection name (as in the URL), the label used in
 * "not found" messages, how ids are made and which time format records carry.
 */
final class EntityKinds {

    /** How timestamps look in a collection's records. */
    enum TimeStyle {
        /** RFC 3339, {@code 2024-01-01T00:00:00Z}: v2 entities and the v1 entities whose schema says date-time. */
        RFC3339,
        /** {@code 2024-01-01 00:00:00} UTC: classic v1 entities. */
        V1
    }

    record Kind(String collection, String label, EntityStore.IdStyle ids, String idKey, TimeStyle time) {}

    private static final Map<String, Kind> KINDS = new LinkedHashMap<>();

    static {
        // v2 entities
        add("deals", "Deal", TimeStyle.RFC3339);
        add("persons", "Person", TimeStyle.RFC3339);
        add("organizations", "Organization", TimeStyle.RFC3339);
        add("products", "Product", TimeStyle.RFC3339);
        add("activities", "Activity", TimeStyle.RFC3339);
        add("pipelines", "Pipeline", TimeStyle.RFC3339);
        add("stages", "Stage", TimeStyle.RFC3339);
        add("projects", "Project", TimeStyle.RFC3339);
        add("dealProducts", "Product attachment", TimeStyle.RFC3339);
        add("dealDiscounts", "Discount", EntityStore.IdStyle.UUID, "id", TimeStyle.RFC3339);
        add("installments", "Installment", TimeStyle.RFC3339);
        add("productVariations", "Product variation", TimeStyle.RFC3339);
        add("followers", "Follower", TimeStyle.RFC3339);
        for (String f : FieldCatalog.FIELD_ENTITIES) {
            add(f + "Fields", "Field", TimeStyle.RFC3339);
        }
        // v1 entities
        add("leads", "Lead", EntityStore.IdStyle.UUID, "id", TimeStyle.RFC3339);
        add("leadLabels", "Lead label", EntityStore.IdStyle.UUID, "id", TimeStyle.RFC3339);
        add("notes", "Note", TimeStyle.V1);
        add("noteComments", "Comment", EntityStore.IdStyle.UUID, "uuid", TimeStyle.V1);
        add("files", "File", TimeStyle.V1);
        add("filters", "Filter", TimeStyle.V1);
        add("goals", "Goal", EntityStore.IdStyle.HEX, "id", TimeStyle.V1);
        add("roles", "Role", TimeStyle.V1);
        add("roleAssignments", "Role assignment", TimeStyle.V1);
        add("users", "User", TimeStyle.V1);
        add("activityTypes", "Activity type", TimeStyle.RFC3339);
        add("tasks", "Task", TimeStyle.V1);
        add("projectPlan", "Project plan item", TimeStyle.V1);
        add("webhooks", "Webhook", TimeStyle.RFC3339);
        add("callLogs", "Call log", EntityStore.IdStyle.HEX, "id", TimeStyle.V1);
        add("organizationRelationships", "Organization relationship", TimeStyle.V1);
        add("legacyTeams", "Team", TimeStyle.V1);
        add("mailThreads", "Mail thread", TimeStyle.RFC3339);
        add("channels", "Channel", EntityStore.IdStyle.HEX, "id", TimeStyle.RFC3339);
        add("channelMessages", "Message", TimeStyle.RFC3339);
        add("userProviderLinks", "User provider link", TimeStyle.V1);
        add("subscriptions", "Subscription", TimeStyle.RFC3339);
        add("participants", "Participant", TimeStyle.V1);
        add("pictures", "Picture", TimeStyle.V1);
    }

    private EntityKinds() {}

    private static void add(String collection, String label, TimeStyle time) {
        add(collection, label, EntityStore.IdStyle.SEQUENTIAL, "id", time);
    }

    private static void add(String collection, String label, EntityStore.IdStyle ids, String idKey, TimeStyle time) {
        KINDS.put(collection, new Kind(collection, label, ids, idKey, time));
    }

    static Kind of(String collection) {
        Kind kind = KINDS.get(collection);
        if (kind == null) {
            throw new IllegalArgumentException("Unknown collection " + collection + "; known: " + KINDS.keySet());
        }
        return kind;
    }

    static boolean exists(String collection) {
        return KINDS.containsKey(collection);
    }

    static EntityStore.IdStyle idStyle(String collection) {
        return of(collection).ids();
    }

    static String idKey(String collection) {
        return of(collection).idKey();
    }
}
