package io.github.camelpipedrive.component.fields;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.camelpipedrive.component.catalog.ApiVersion;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every custom field type Pipedrive lists, written as a route would give it, shaped for v2 ({@code custom_fields}
 * object) and v1 (flat keys), as the notes on Pipedrive's custom fields describe the two APIs.
 */
class CustomFieldValuesTest {

    static final String K = "8b1f0c9d2e3a4b5c6d7e8f90a1b2c3d4e5f60718";

    static FieldDefinition field(String type) {
        List<FieldOption> options = type.equals("enum") || type.equals("set")
                ? List.of(
                        new FieldOption(101L, "Gold"),
                        new FieldOption(102L, "Silver"),
                        new FieldOption(103L, "Bronze, special"))
                : List.of();
        return new FieldDefinition(K, "My " + type, type, true, options);
    }

    static Map<String, Object> map(Object... kv) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            map.put((String) kv[i], kv[i + 1]);
        }
        return map;
    }

    /** type, value given, parts given as separate keys, v2 custom_fields entry, v1 flat entries. */
    static Stream<Arguments> everyType() {
        return Stream.of(
                Arguments.of("varchar", "Webinar", map(), "Webinar", map(K, "Webinar")),
                Arguments.of("varchar", 42, map(), "42", map(K, "42")),
                Arguments.of("varchar_auto", "Tallinn", map(), "Tallinn", map(K, "Tallinn")),
                Arguments.of("text", "Long\ntext", map(), "Long\ntext", map(K, "Long\ntext")),
                Arguments.of("phone", "+3725550100", map(), "+3725550100", map(K, "+3725550100")),
                Arguments.of("double", 12.5, map(), 12.5, map(K, 12.5)),
                Arguments.of("double", "7", map(), 7L, map(K, 7L)),
                Arguments.of(
                        "monetary",
                        500,
                        map("currency", "EUR"),
                        map("value", 500, "currency", "EUR"),
                        map(K, 500, K + "_currency", "EUR")),
                Arguments.of(
                        "monetary",
                        "500 EUR",
                        map(),
                        map("value", 500L, "currency", "EUR"),
                        map(K, 500L, K + "_currency", "EUR")),
                Arguments.of(
                        "monetary",
                        "usd 19.99",
                        map(),
                        map("value", 19.99, "currency", "USD"),
                        map(K, 19.99, K + "_currency", "USD")),
                Arguments.of(
                        "monetary",
                        map("value", 500, "currency", "USD"),
                        map(),
                        map("value", 500, "currency", "USD"),
                        map(K, 500, K + "_currency", "USD")),
                Arguments.of("monetary", 250, map(), map("value", 250), map(K, 250)),
                Arguments.of("enum", "gold ", map(), 101L, map(K, 101L)),
                Arguments.of("enum", 102, map(), 102L, map(K, 102L)),
                Arguments.of("enum", "102", map(), 102L, map(K, 102L)),
                Arguments.of("set", List.of("Gold", "silver"), map(), List.of(101L, 102L), map(K, "101,102")),
                Arguments.of("set", "Gold, Silver", map(), List.of(101L, 102L), map(K, "101,102")),
                Arguments.of("set", "Bronze, special", map(), List.of(103L), map(K, "103")),
                Arguments.of("set", List.of(101, "Silver"), map(), List.of(101L, 102L), map(K, "101,102")),
                Arguments.of("user", 7, map(), 7L, map(K, 7L)),
                Arguments.of("org", "3", map(), 3L, map(K, 3L)),
                Arguments.of("people", map("id", 9, "name", "Ada"), map(), 9L, map(K, 9L)),
                Arguments.of("date", "2026-12-31", map(), "2026-12-31", map(K, "2026-12-31")),
                Arguments.of("date", LocalDate.of(2027, 1, 2), map(), "2027-01-02", map(K, "2027-01-02")),
                Arguments.of(
                        "daterange",
                        map("value", "2026-01-01", "until", "2026-01-31"),
                        map(),
                        map("value", "2026-01-01", "until", "2026-01-31"),
                        map(K, "2026-01-01", K + "_until", "2026-01-31")),
                Arguments.of(
                        "daterange",
                        List.of("2026-01-01", LocalDate.of(2026, 2, 1)),
                        map(),
                        map("value", "2026-01-01", "until", "2026-02-01"),
                        map(K, "2026-01-01", K + "_until", "2026-02-01")),
                Arguments.of(
                        "daterange",
                        "2026-03-01",
                        map("until", "2026-03-05"),
                        map("value", "2026-03-01", "until", "2026-03-05"),
                        map(K, "2026-03-01", K + "_until", "2026-03-05")),
                Arguments.of("time", "9:30", map(), map("value", "09:30:00"), map(K, "09:30:00")),
                Arguments.of(
                        "time",
                        map("value", LocalTime.of(14, 5), "timezone_name", "Europe/Tallinn"),
                        map(),
                        map("value", "14:05:00", "timezone_name", "Europe/Tallinn"),
                        null),
                Arguments.of(
                        "time",
                        "08:00:15",
                        map("timezone_id", 251),
                        map("value", "08:00:15", "timezone_id", 251),
                        map(K, "08:00:15", K + "_timezone_id", 251)),
                Arguments.of(
                        "timerange",
                        map("start", "09:00", "end", "17:00"),
                        map(),
                        map("value", "09:00:00", "until", "17:00:00"),
                        map(K, "09:00:00", K + "_until", "17:00:00")),
                Arguments.of(
                        "timerange",
                        "09:00/12:30",
                        map("timezone_name", "Europe/London"),
                        map("value", "09:00:00", "until", "12:30:00", "timezone_name", "Europe/London"),
                        null),
                Arguments.of(
                        "address",
                        "Mustamäe tee 3, Tallinn",
                        map(),
                        map("value", "Mustamäe tee 3, Tallinn"),
                        map(K, "Mustamäe tee 3, Tallinn")),
                Arguments.of(
                        "address",
                        map("value", "1 Main St", "locality", "Springfield"),
                        map("country", "US"),
                        map("value", "1 Main St", "locality", "Springfield", "country", "US"),
                        map(K, "1 Main St", K + "_locality", "Springfield", K + "_country", "US")));
    }

    @ParameterizedTest(name = "{0}: {1} (+ {2})")
    @MethodSource("everyType")
    void everyTypeTakesTheShapeEachApiVersionRequires(
            String type, Object value, Map<String, Object> parts, Object v2, Map<String, Object> v1) throws Exception {
        assertThat(CustomFieldValues.shape(field(type), value, parts, ApiVersion.V2))
                .as("v2 custom_fields entry")
                .isEqualTo(map(K, v2));
        if (v1 != null) {
            assertThat(CustomFieldValues.shape(field(type), value, parts, ApiVersion.V1))
                    .as("v1 flat keys")
                    .isEqualTo(v1);
        } else {
            assertThatThrownBy(() -> CustomFieldValues.shape(field(type), value, parts, ApiVersion.V1))
                    .isInstanceOf(FieldValueException.class)
                    .hasMessageContaining("timezone_id");
        }
    }

    @Test
    void nullClearsTheFieldInBothVersions() throws Exception {
        for (String type : List.of("varchar", "monetary", "set", "enum", "daterange", "address")) {
            assertThat(CustomFieldValues.shape(field(type), null, map(), ApiVersion.V2))
                    .isEqualTo(map(K, null));
            assertThat(CustomFieldValues.shape(field(type), null, map(), ApiVersion.V1))
                    .isEqualTo(map(K, null));
        }
    }

    static Stream<Arguments> wrongValues() {
        return Stream.of(
                Arguments.of("enum", "Platinum", "has no option 'Platinum'"),
                Arguments.of("enum", "Gld", "did you mean 'Gold'"),
                Arguments.of("enum", List.of("Gold", "Silver"), "takes one option"),
                Arguments.of("set", List.of("Gold", "Plastic"), "has no option 'Plastic'"),
                Arguments.of("double", "twelve", "must be a number"),
                Arguments.of("monetary", "500 EUR USD", "must be an amount"),
                Arguments.of("monetary", map("value", 5, "cents", 3), "has no part 'cents'"),
                Arguments.of("user", "Ada", "must be the id (a positive whole number) of a user"),
                Arguments.of("org", 0, "of an organization"),
                Arguments.of("date", "31.12.2026", "must be a date as YYYY-MM-DD"),
                Arguments.of("date", "2026-02-30", "must be a date as YYYY-MM-DD"),
                Arguments.of("daterange", "2026-01-01", "needs a start and an end"),
                Arguments.of("daterange", List.of("2026-02-01", "2026-01-01"), "ends (2026-01-01) before it starts"),
                Arguments.of("time", "25:00", "must be a time of day"),
                Arguments.of("timerange", map("value", "09:00"), "needs a start and an end"),
                Arguments.of("address", 12, "must be an address"),
                Arguments.of("address", map("street", "x", "value", "y"), "has no part 'street'"),
                Arguments.of("varchar", map("a", 1), "must be text"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("wrongValues")
    void aValueTheTypeCannotTakeIsRefusedNamingTheField(String type, Object value, String problem) {
        assertThatThrownBy(() -> CustomFieldValues.shape(field(type), value, map(), ApiVersion.V2))
                .isInstanceOf(FieldValueException.class)
                .hasMessageStartingWith("custom field 'My " + type + "' (" + type + ")")
                .hasMessageContaining(problem);
    }

    @Test
    void anAmbiguousOptionLabelAsksForTheId() {
        FieldDefinition twins = new FieldDefinition(
                K, "Twins", "enum", true, List.of(new FieldOption(1L, "Same"), new FieldOption(2L, "same ")));
        assertThatThrownBy(() -> CustomFieldValues.shape(twins, "SAME", map(), ApiVersion.V2))
                .hasMessageContaining("has 2 options labelled 'SAME' (ids 1, 2)");
    }
}
