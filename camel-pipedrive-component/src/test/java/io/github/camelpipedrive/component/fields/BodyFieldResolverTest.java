package io.github.camelpipedrive.component.fields;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.camelpipedrive.component.catalog.OperationCatalog;
import io.github.camelpipedrive.component.error.PipedriveValidationException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Request-side resolution without HTTP: what moves where, what is refused, and when no definitions are needed. */
class BodyFieldResolverTest {

    static final String SOURCE = "1111111111111111111111111111111111111111";
    static final String BUDGET = "2222222222222222222222222222222222222222";
    static final String OFFICE = "3333333333333333333333333333333333333333";
    static final EntityFields DEALS = new EntityFields(
            "deal",
            List.of(
                    new FieldDefinition("title", "Title", "varchar", false, null),
                    new FieldDefinition("value", "Value", "monetary", false, null),
                    new FieldDefinition(SOURCE, "Lead source", "varchar", true, null),
                    new FieldDefinition(BUDGET, "Budget", "monetary", true, null),
                    new FieldDefinition(OFFICE, "Office", "address", true, null)));

    final BodyFieldResolver deals = resolver("deal/add", FieldNamesMode.strict);
    final BodyFieldResolver leads = resolver("lead/add", FieldNamesMode.strict);

    static BodyFieldResolver resolver(String key, FieldNamesMode mode) {
        String[] parts = key.split("/");
        return new BodyFieldResolver(FieldTarget.of(OperationCatalog.find(parts[0], parts[1])), mode);
    }

    static Map<String, Object> body(Object... kv) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            map.put((String) kv[i], kv[i + 1]);
        }
        return map;
    }

    static BodyFieldResolver.Definitions never() {
        return () -> {
            throw new AssertionError("definitions were read");
        };
    }

    @Test
    void aBodyInPipedrivesOwnTermsIsReturnedAsItIsWithoutDefinitions() throws Exception {
        Map<String, Object> wire =
                Collections.unmodifiableMap(body("title", "Deal", "value", 10, "custom_fields", Map.of(SOURCE, "x")));
        assertThat(deals.resolve(wire, never())).isSameAs(wire);
        assertThat(resolver("deal/add", FieldNamesMode.off).resolve(body("Lead source", "x"), never()))
                .containsOnlyKeys("Lead source");
        assertThat(deals.needsDefinitions(body("custom_fields", Map.of("Lead source", "x"))))
                .isTrue();
    }

    @Test
    void namesMoveIntoCustomFieldsForV2AndStayAtTheTopForV1() throws Exception {
        Map<String, Object> given = Collections.unmodifiableMap(body(
                "title",
                "Deal",
                "lead source",
                "Web",
                "Budget",
                5,
                "Budget_currency",
                "EUR",
                "custom_fields",
                Map.of("Office", "1 Main St")));
        assertThat(deals.resolve(given, () -> DEALS))
                .isEqualTo(body(
                        "title",
                        "Deal",
                        "custom_fields",
                        body(
                                SOURCE,
                                "Web",
                                BUDGET,
                                Map.of("value", 5, "currency", "EUR"),
                                OFFICE,
                                Map.of("value", "1 Main St"))));
        assertThat(leads.resolve(given, () -> DEALS))
                .isEqualTo(body(
                        "title", "Deal", SOURCE, "Web", BUDGET, 5, BUDGET + "_currency", "EUR", OFFICE, "1 Main St"));
    }

    @Test
    void builtInDisplayNamesBecomeTheirKeys() throws Exception {
        assertThat(deals.resolve(body("Title", "Deal", " VALUE ", 3), () -> DEALS))
                .isEqualTo(body("title", "Deal", "value", 3));
    }

    @Test
    void theSameFieldTwiceIsRefused() {
        assertThatThrownBy(() -> deals.resolve(body("Lead source", "a", SOURCE, "b"), () -> DEALS))
                .isInstanceOf(PipedriveValidationException.class)
                .hasMessageContaining(
                        "custom field 'Lead source' is given twice (as 'Lead source' and '" + SOURCE + "')");
        assertThatThrownBy(() -> deals.resolve(body("title", "a", "Title", "b"), () -> DEALS))
                .hasMessageContaining("field 'title' is given twice");
        assertThatThrownBy(() -> deals.resolve(body("Budget_currency", "EUR"), () -> DEALS))
                .hasMessageContaining("'Budget_currency' is a part of custom field 'Budget', which has no value");
    }

    @Test
    void builtInFieldsDoNotBelongInCustomFieldsAndUnknownKeysAreNamed() {
        assertThatThrownBy(() -> deals.resolve(body("custom_fields", Map.of("title", "x")), () -> DEALS))
                .hasMessageContaining("'title' is a built-in field, not a custom one");
        String unknown = "9999999999999999999999999999999999999999";
        assertThatThrownBy(() -> deals.resolve(body(unknown, "x"), () -> DEALS))
                .hasMessageContaining("'" + unknown + "' is not the key of any deal field");
    }

    @Test
    void lenientKeepsUnknownNamesWhereTheyWereGiven() throws Exception {
        BodyFieldResolver lenient = resolver("deal/add", FieldNamesMode.lenient);
        assertThat(lenient.resolve(
                        body("Colour", "red", "custom_fields", Map.of("Shade", "dark", "Lead source", "x")),
                        () -> DEALS))
                .isEqualTo(body("Colour", "red", "custom_fields", body("Shade", "dark", SOURCE, "x")));
    }

    @Test
    void answersAreRenamedWhereNamesAreUnambiguous() {
        EntityFields twins = new EntityFields(
                "deal",
                List.of(
                        new FieldDefinition("title", "Title", "varchar", false, null),
                        new FieldDefinition(SOURCE, "Twin", "varchar", true, null),
                        new FieldDefinition(BUDGET, "twin", "monetary", true, null),
                        new FieldDefinition(OFFICE, "Title", "varchar", true, null)));
        Object renamed = ResponseFieldNames.rename(
                body("id", 1, "custom_fields", body(SOURCE, "a", BUDGET, null, OFFICE, "b")),
                twins,
                io.github.camelpipedrive.component.catalog.ApiVersion.V2);
        assertThat(renamed).isEqualTo(body("id", 1, "custom_fields", body(SOURCE, "a", BUDGET, null, OFFICE, "b")));
        Object v1 = ResponseFieldNames.rename(
                body("title", "t", BUDGET, 5, BUDGET + "_currency", "EUR"),
                DEALS,
                io.github.camelpipedrive.component.catalog.ApiVersion.V1);
        assertThat(v1).isEqualTo(body("title", "t", "Budget", 5, "Budget_currency", "EUR"));
    }

    @Test
    void suggestionsAreTheClosestNamesAboveAThreshold() {
        assertThat(NameSuggestions.closest(
                        "Lead sorce", List.of("Lead source", "Lead status", "Title", "lead source"), 3))
                .containsExactly("Lead source", "Lead status");
        assertThat(NameSuggestions.describe("xyz", List.of("Title"))).isEmpty();
        assertThat(NameSuggestions.jaroWinkler("martha", "marhta")).isBetween(0.96, 0.962);
    }
}
