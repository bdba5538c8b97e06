package io.github.camelpipedrive.examples.quarkus;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A sign-up as posted to /signups. Jackson creates it by reflection, so a native image needs it registered: that is
 * what {@code @RegisterForReflection} does (in JVM mode it changes nothing).
 */
@RegisterForReflection
public record Signup(String name, String email, String company, String plan) {

    static final Map<String, Integer> PLAN_PRICES = Map.of("starter", 29, "pro", 99);

    /** The person to find by e-mail address, or create. */
    Map<String, Object> person() {
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("name", name);
        if (email != null && !email.isBlank()) {
            person.put("emails", List.of(Map.of("value", email, "primary", true)));
        }
        return person;
    }

    /** The deal to open for the person, worth the plan's monthly price. */
    Map<String, Object> deal(Object personId) {
        Map<String, Object> deal = new LinkedHashMap<>();
        deal.put("title", company + ": " + plan + " plan");
        deal.put("value", PLAN_PRICES.getOrDefault(plan, 0));
        deal.put("currency", "EUR");
        deal.put("person_id", personId);
        return deal;
    }
}
