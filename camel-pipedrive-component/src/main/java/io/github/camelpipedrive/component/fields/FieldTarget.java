package io.github.camelpipedrive.component.fields;

import io.github.camelpipedrive.component.catalog.ApiVersion;
import io.github.camelpipedrive.component.catalog.EntityBody;
import io.github.camelpipedrive.component.catalog.PipedriveOperation;
import java.util.HashSet;
import java.util.Set;

/**
 * Where the field names of one operation's body come from and where its custom fields go: which entity's field
 * definitions apply (the catalog's {@link EntityBody}), whether custom values travel in v2's {@code custom_fields}
 * object or as v1 top-level keys, and which body keys are Pipedrive's own, so a body made only of those needs no
 * lookup at all.
 */
public final class FieldTarget {

    private final String key;
    private final String entity;
    private final ApiVersion version;
    private final Set<String> builtInKeys;

    private FieldTarget(String key, String entity, ApiVersion version, Set<String> builtInKeys) {
        this.key = key;
        this.entity = entity;
        this.version = version;
        this.builtInKeys = builtInKeys;
    }

    /**
     * The target of an operation whose body is an entity's fields (the catalog says so with an {@link EntityBody}),
     * or {@code null} for any other operation.
     */
    public static FieldTarget of(PipedriveOperation op) {
        EntityBody body = op.entityBody();
        if (body == null) {
            return null;
        }
        Set<String> keys = new HashSet<>(body.builtInKeys());
        if (op.takesIdFromBody()) {
            keys.add("id");
        }
        return new FieldTarget(op.key(), body.fieldEntity(), op.apiVersion(), Set.copyOf(keys));
    }

    /** The key of the operation, e.g. {@code lead/add}. */
    public String key() {
        return key;
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
