package io.github.camelpipedrive.benchmarks;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The request bodies every way of writing sends: the same {@code Map} instances, never changed by anyone (they are
 * unmodifiable, so a sender that tried to change a caller's body would fail loudly).
 */
public final class Bodies {

    /** The API token sent to the stub server (which ignores it) and to the sandbox (its default token). */
    public static final String TOKEN = "sandbox-token";

    /**
     * The sandbox's key of the deal custom field "Lead source" ({@code PipedriveSandbox.customFieldKey("deal",
     * "Lead source")}, checked by {@link SandboxBenchmarks}); a constant so the start-up applications need no sandbox.
     */
    public static final String LEAD_SOURCE_KEY = "eb439a21f8e73a2e467bf7a6336bad7aa3ee9e35";

    /** The person every {@code person/update} targets. */
    public static final long PERSON_ID = 42;

    /** {@code deal/add}: a realistic 15-field deal, as a route would hand it over after mapping a CRM event. */
    public static final Map<String, Object> DEAL = dealBody();

    /** {@code person/update}: 6 fields, two of them lists of objects. */
    public static final Map<String, Object> PERSON = personBody();

    private Bodies() {}

    private static Map<String, Object> dealBody() {
        Map<String, Object> custom = new LinkedHashMap<>();
        custom.put(LEAD_SOURCE_KEY, "Webinar 2026-11");
        Map<String, Object> deal = new LinkedHashMap<>();
        deal.put("title", "Acme Corp - 40 seat renewal (FY27)");
        deal.put("value", 48_250.50);
        deal.put("currency", "EUR");
        deal.put("owner_id", 1);
        deal.put("person_id", 7);
        deal.put("org_id", 3);
        deal.put("pipeline_id", 1);
        deal.put("stage_id", 2);
        deal.put("status", "open");
        deal.put("probability", 60);
        deal.put("expected_close_date", "2026-12-31");
        deal.put("visible_to", 3);
        deal.put("label_ids", List.of(1, 4));
        deal.put("is_archived", false);
        deal.put("custom_fields", Collections.unmodifiableMap(custom));
        return Collections.unmodifiableMap(deal);
    }

    private static Map<String, Object> personBody() {
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("name", "Ada Lovelace");
        person.put(
                "emails",
                List.of(
                        Map.of("value", "ada@example.com", "primary", true, "label", "work"),
                        Map.of("value", "ada.lovelace@example.org", "primary", false, "label", "home")));
        person.put("phones", List.of(Map.of("value", "+3725550100", "primary", true, "label", "mobile")));
        person.put("job_title", "CTO");
        person.put("org_id", 3);
        person.put("marketing_status", "subscribed");
        return Collections.unmodifiableMap(person);
    }
}
