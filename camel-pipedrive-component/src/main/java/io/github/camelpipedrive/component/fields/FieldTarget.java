package io.github.camelpipedrive.component.fields;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import io.github.camelpipedrive.component.catalog.ApiVersion;
import io.github.camelpipedrive.component.catalog.PipedriveOperation;

/**
 * Where the field names of one operation's body come from and where its custom fields go: which entity's field
 * definitions apply (leads use the deal fields), whether custom values travel in v2's {@code custom_fields} object or
 * as v1 top-level keys, and which body keys are Pipedrive's own (from the request schemas of Pipedrive's OpenAPI
 * documents; a contract test keeps them in step), so a body made only of those needs no lookup at all.
 */
public final class FieldTarget {

    /** The body properties of Pipedrive's add and update request schemas, per resource. */
    private static final Map<String, Set<String>> BODY_KEYS = Map.of(
            "deal", Set.of("archive_time", "close_time", "currency", "custom_fields", "expected_close_date",
                    "is_archived", "is_deleted", "label_ids", "lost_reason", "lost_time", "org_id", "owner_id",
                    "person_id", "pipeline_id", "probability", "stage_id", "status", "title", "value", "visible_to",
                    "won_time"),
            "person", Set.of("add_time", "birthday", "custom_fields", "emails", "im", "job_title", "label_ids",
                    "marketing_status", "name", "notes", "org_id", "owner_id", "phones", "postal_address",
                    "visible_to"),
            "organization", Set.of("add_time", "address", "annual_revenue", "custom_fields", "employee_count",
                    "industry", "label_ids", "linkedin", "name", "owner_id", "visible_to", "website"),
            "product", Set.of("billing_frequency", "billing_frequency_cycles", "category", "code", "custom_fields",
                    "description", "is_linkable", "name", "owner_id", "prices", "tax", "unit", "visible_to"),
            "activity", Set.of("attendees", "busy", "deal_id", "done", "due_date", "due_time", "duration", "lead_id",
                    "location", "note", "org_id", "owner_id", "participants", "person_id", "priority", "project_id",
                    "public_description", "subject", "type"),
            "lead", Set.of("channel", "channel_id", "expected_close_date", "is_archived", "label_ids",
                    "organization_id", "origin_id", "owner_id", "person_id", "title", "value", "visible_to",
                    "was_seen"));

    /** The entity whose field definitions a resource's bodies use. */
    private static final Map<String, String> ENTITY = Map.of(
            "deal", "deal", "person", "person", "organization", "organization", "product", "product",
            "activity", "activity", "lead", "deal");

    /** Writes whose bodies are resolved, and reads whose answers are named with resolveFieldNames. */
    private static final Set<String> ACTIONS = Set.of("add", "update", "get", "list", "listArchived", "search");

    private final String operation;
    private final String entity;
    private final ApiVersion version;
    private final Set<String> builtInKeys;

    private FieldTarget(String operation, String entity, ApiVersion version, Set<String> builtInKeys) {
        this.operation = operation;
        this.entity = entity;
        this.version = version;
        this.builtInKeys = builtInKeys;
    }

    /**
     * The target of an operation whose body or answer is an entity's fields ({@code add}/{@code update} of deals,
     * persons, organizations, products, activities and leads, and their {@code get}, {@code list},
     * {@code listArchived} and {@code search}), or {@code null} for any other operation.
     */
    public static FieldTarget of(PipedriveOperation op) {
        String entity = ENTITY.get(op.resource());
        if (entity == null || !ACTIONS.contains(op.action())) {
            return null;
        }
        Set<String> keys = new HashSet<>(BODY_KEYS.get(op.resource()));
        if (op.takesIdFromBody()) {
            keys.add("id");
        }
        return new FieldTarget(op.key(), entity, op.apiVersion(), Set.copyOf(keys));
    }

    /** The resources whose add/update bodies are resolved. */
    public static Set<String> resources() {
        return ENTITY.keySet();
    }

    /** The request-schema properties of a resource's add and update bodies (for the contract test and docs). */
    public static Set<String> bodyKeys(String resource) {
        return BODY_KEYS.get(resource);
    }

    /** The endpoint path of the operation, e.g. {@code lead/add}. */
    public String operation() {
        return operation;
    }

    /** The entity whose field definitions apply, e.g. {@code deal} for leads. */
    public String entity() {
        return entity;
    }

    /** v2 puts custom values in {@code custom_fields}; v1 at the top level of the body. */
    public ApiVersion version() {
        return version;
    }

    boolean isBuiltInKey(String key) {
        return builtInKeys.contains(key);
    }

    Set<String> builtInKeys() {
        return builtInKeys;
    }
}
