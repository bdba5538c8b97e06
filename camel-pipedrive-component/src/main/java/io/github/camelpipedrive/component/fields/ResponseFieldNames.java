package io.github.camelpipedrive.component.fields;

import io.github.camelpipedrive.component.catalog.ApiVersion;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The other direction ({@code resolveFieldNames=true}): in an answer's {@code data}, custom fields' hash keys become
 * their display names and option ids become labels ({@code set} values become a list of labels). v2 answers keep
 * their {@code custom_fields} object with renamed keys; v1 answers are renamed at the top level, parts included
 * ({@code <hash>_currency} becomes {@code Budget_currency}). A key stays a hash where its name would be ambiguous or
 * would hide a built-in field.
 */
public final class ResponseFieldNames {

    private static final List<String> PARTS = CustomFieldValues.allParts();

    private ResponseFieldNames() {}

    /** The data with names instead of keys; maps are copied, never changed in place. */
    public static Object rename(Object data, EntityFields fields, ApiVersion version) {
        if (data instanceof Map<?, ?> map) {
            return renameEntity(map, fields, version);
        }
        if (data instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            for (Object item : list) {
                out.add(item instanceof Map<?, ?> map ? renameEntity(map, fields, version) : item);
            }
            return out;
        }
        return data;
    }

    private static Map<String, Object> renameEntity(Map<?, ?> entity, EntityFields fields, ApiVersion version) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (version == ApiVersion.V2) {
            entity.forEach((k, v) -> out.put(
                    String.valueOf(k),
                    "custom_fields".equals(k) && v instanceof Map<?, ?> custom ? renameKeys(custom, fields, null) : v));
        } else {
            out.putAll(renameKeys(entity, fields, entity));
        }
        return out;
    }

    /** Renames hash keys (and v1 part keys) of one map; {@code topLevel} guards against hiding built-in keys. */
    private static Map<String, Object> renameKeys(Map<?, ?> values, EntityFields fields, Map<?, ?> topLevel) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : values.entrySet()) {
            String key = String.valueOf(e.getKey());
            Object value = e.getValue();
            String renamed = key;
            FieldDefinition field = fields.byKey(key);
            if (field != null && field.isCustom()) {
                String name = fields.responseName(key);
                if (name != null && (topLevel == null || !topLevel.containsKey(name))) {
                    renamed = name;
                }
                value = labels(field, value);
            } else if (topLevel != null && key.length() > 41) {
                renamed = renamePart(key, fields, topLevel);
            }
            out.put(renamed, value);
        }
        return out;
    }

    private static String renamePart(String key, EntityFields fields, Map<?, ?> topLevel) {
        for (String part : PARTS) {
            if (key.endsWith("_" + part) && key.length() == 41 + part.length()) {
                String owner = key.substring(0, 40);
                FieldDefinition field = fields.byKey(owner);
                String name = field != null && field.isCustom() ? fields.responseName(owner) : null;
                if (name != null && !topLevel.containsKey(name + "_" + part)) {
                    return name + "_" + part;
                }
            }
        }
        return key;
    }

    private static Object labels(FieldDefinition field, Object value) {
        if (value == null) {
            return null;
        }
        if (field.fieldType() == FieldType.ENUM) {
            return label(field, value);
        }
        if (field.fieldType() == FieldType.SET) {
            List<?> ids = value instanceof List<?> list
                    ? list
                    : value instanceof CharSequence text && !text.toString().isBlank()
                            ? Arrays.asList(text.toString().split(","))
                            : null;
            if (ids == null) {
                return value;
            }
            List<Object> labels = new ArrayList<>(ids.size());
            ids.forEach(id -> labels.add(label(field, id)));
            return labels;
        }
        return value;
    }

    private static Object label(FieldDefinition field, Object id) {
        FieldOption option = id instanceof Number || id instanceof CharSequence ? field.optionById(id) : null;
        return option == null ? id : option.label();
    }
}
