package io.github.camelpipedrive.component.fields;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Pipedrive's field types ({@code field_type}) and what the component knows about each: the sub-values a value can
 * take as separate {@code <field>_<part>} body keys, and whether Pipedrive's search API can search a custom field of
 * the type (from its {@code fields} parameter's documentation; a contract test keeps that in step).
 */
public enum FieldType {
    VARCHAR("varchar", true),
    VARCHAR_AUTO("varchar_auto", true),
    TEXT("text", true),
    PHONE("phone", true),
    DOUBLE("double", true),
    MONETARY("monetary", true, "currency"),
    USER("user", false),
    ORG("org", false),
    PEOPLE("people", false),
    ENUM("enum", false),
    SET("set", false),
    DATE("date", false),
    DATERANGE("daterange", false, "until"),
    TIME("time", false, "timezone_name", "timezone_id"),
    TIMERANGE("timerange", false, "until", "timezone_name", "timezone_id"),
    ADDRESS(
            "address",
            true,
            "street_number",
            "route",
            "sublocality",
            "locality",
            "admin_area_level_1",
            "admin_area_level_2",
            "country",
            "postal_code",
            "formatted_address",
            "subpremise"),
    /** A type this component does not know (its values are sent as given). */
    OTHER(null, false);

    private static final Map<String, FieldType> BY_NAME = Arrays.stream(values())
            .filter(t -> t.pipedriveName != null)
            .collect(Collectors.toUnmodifiableMap(t -> t.pipedriveName, Function.identity()));

    private final String pipedriveName;
    private final boolean searchable;
    private final Set<String> parts;

    FieldType(String pipedriveName, boolean searchable, String... parts) {
        this.pipedriveName = pipedriveName;
        this.searchable = searchable;
        this.parts = Set.of(parts);
    }

    /** The type Pipedrive names so, or {@link #OTHER}. */
    public static FieldType of(String pipedriveName) {
        return pipedriveName == null ? OTHER : BY_NAME.getOrDefault(pipedriveName, OTHER);
    }

    /** Pipedrive's name for it, e.g. {@code varchar_auto}; {@code null} for {@link #OTHER}. */
    public String pipedriveName() {
        return pipedriveName;
    }

    /** Whether Pipedrive's search API can search a custom field of this type (an upsert can match by it). */
    public boolean isSearchable() {
        return searchable;
    }

    /** The sub-values it takes as separate {@code <field>_<part>} keys, e.g. {@code currency} for monetary. */
    public Set<String> parts() {
        return parts;
    }

    /** Pipedrive's names of the searchable types, sorted. */
    public static Set<String> searchableNames() {
        return Arrays.stream(values())
                .filter(FieldType::isSearchable)
                .map(FieldType::pipedriveName)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
