package io.github.camelpipedrive.component.fields;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One field of a Pipedrive entity as the account defines it: its key (a 40-character hash for custom fields), display
 * name, type and, for option fields, its options.
 */
public final class FieldDefinition {

    private final String key;
    private final String name;
    private final String type;
    private final FieldType fieldType;
    private final boolean custom;
    private final List<FieldOption> options;
    private final Map<String, FieldOption> optionById = new HashMap<>();
    private final Map<String, List<FieldOption>> optionsByLabel = new HashMap<>();

    public FieldDefinition(String key, String name, String type, boolean custom, List<FieldOption> options) {
        this.key = key;
        this.name = name == null ? key : name;
        this.type = type == null ? "" : type;
        this.fieldType = FieldType.of(type);
        this.custom = custom;
        this.options = options == null ? List.of() : List.copyOf(options);
        for (FieldOption option : this.options) {
            optionById.putIfAbsent(idText(option.id()), option);
            optionsByLabel
                    .computeIfAbsent(EntityFields.normalize(option.label()), l -> new java.util.ArrayList<>())
                    .add(option);
        }
    }

    /** The key Pipedrive's bodies use: {@code title}, or a 40-character hash for a custom field. */
    public String key() {
        return key;
    }

    /** The display name, e.g. {@code Lead source}. */
    public String name() {
        return name;
    }

    /** Pipedrive's field type as it named it, e.g. {@code varchar}, {@code enum}, {@code monetary}. */
    public String type() {
        return type;
    }

    /** The field type; {@link FieldType#OTHER} for one this component does not know. */
    public FieldType fieldType() {
        return fieldType;
    }

    /** Whether the account added this field (as opposed to one of Pipedrive's built-in fields). */
    public boolean isCustom() {
        return custom;
    }

    public List<FieldOption> options() {
        return options;
    }

    /** The option with this id (compared as text, so {@code 7} and {@code "7"} are the same), or {@code null}. */
    FieldOption optionById(Object id) {
        return optionById.get(idText(id));
    }

    /** The options with this label, compared case-insensitively and ignoring surrounding spaces. */
    List<FieldOption> optionsByLabel(String label) {
        return optionsByLabel.getOrDefault(EntityFields.normalize(label), List.of());
    }

    static String idText(Object id) {
        if (id instanceof Double d && Math.rint(d) == d && !d.isInfinite()) {
            return Long.toString(d.longValue());
        }
        if (id instanceof java.math.BigDecimal b && b.stripTrailingZeros().scale() <= 0) {
            return b.toBigInteger().toString();
        }
        return String.valueOf(id).trim();
    }

    @Override
    public String toString() {
        return "'" + name + "' (" + type + (custom ? ", custom, key " + key : ", built-in " + key) + ")";
    }
}
