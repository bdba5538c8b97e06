package io.github.camelpipedrive.component.fields;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The field definitions of one entity type (deal, person, ...) in one Pipedrive account, indexed for the lookups name
 * resolution makes: by key, by display name (case-insensitive, surrounding spaces ignored), built-in before custom.
 * Immutable once built, so one snapshot is shared by every thread until the cache replaces it.
 */
public final class EntityFields {

    private final String entity;
    private final Map<String, FieldDefinition> byKey = new LinkedHashMap<>();
    private final Map<String, FieldDefinition> builtInByName = new HashMap<>();
    private final Map<String, List<FieldDefinition>> customByName = new HashMap<>();
    private final Map<String, String> responseNameByKey = new HashMap<>();

    public EntityFields(String entity, Collection<FieldDefinition> fields) {
        this.entity = entity;
        for (FieldDefinition field : fields) {
            byKey.putIfAbsent(field.key(), field);
        }
        for (FieldDefinition field : byKey.values()) {
            if (field.isCustom()) {
                customByName
                        .computeIfAbsent(normalize(field.name()), n -> new ArrayList<>())
                        .add(field);
            } else {
                builtInByName.putIfAbsent(normalize(field.key()), field);
            }
        }
        // display names of built-in fields come second: a key always means its own field
        for (FieldDefinition field : byKey.values()) {
            if (!field.isCustom()) {
                builtInByName.putIfAbsent(normalize(field.name()), field);
            }
        }
        for (FieldDefinition field : byKey.values()) {
            String name = normalize(field.name());
            // a response key becomes the display name only where that name is unambiguous and shadows no built-in
            if (field.isCustom() && customByName.get(name).size() == 1 && !builtInByName.containsKey(name)) {
                responseNameByKey.put(field.key(), field.name());
            }
        }
    }

    /** Case-insensitive, surrounding spaces ignored: how names and option labels are compared. */
    public static String normalize(String text) {
        return text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    }

    /** The entity type these fields belong to, e.g. {@code deal}. */
    public String entity() {
        return entity;
    }

    /** The field with exactly this key, or {@code null}. */
    public FieldDefinition byKey(String key) {
        return byKey.get(key);
    }

    /** The built-in field whose key or display name this is (normalised), or {@code null}. */
    public FieldDefinition builtInByName(String normalizedName) {
        return builtInByName.get(normalizedName);
    }

    /** The custom fields with this display name (normalised): none, one, or several (ambiguous). */
    public List<FieldDefinition> customByName(String normalizedName) {
        return customByName.getOrDefault(normalizedName, List.of());
    }

    /** Every field, in the order Pipedrive listed them. */
    public Collection<FieldDefinition> all() {
        return Collections.unmodifiableCollection(byKey.values());
    }

    /** The name a custom field's key is shown under in answers, or {@code null} to keep the key. */
    String responseName(String key) {
        return responseNameByKey.get(key);
    }

    /** The names a user could have meant: custom fields' display names, built-in keys and display names. */
    Set<String> knownNames() {
        Set<String> names = new LinkedHashSet<>();
        for (FieldDefinition field : byKey.values()) {
            names.add(field.isCustom() ? field.name() : field.key());
        }
        for (FieldDefinition field : byKey.values()) {
            if (!field.isCustom()) {
                names.add(field.name());
            }
        }
        return names;
    }

    public int size() {
        return byKey.size();
    }
}
