package io.github.camelpipedrive.examples.quarkus;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The created deal, as {@code pipedrive:deal/add?outputClass=...Deal} hands it over. The component creates it with
 * Jackson, by reflection: an {@code outputClass} needs {@code @RegisterForReflection} for a native image.
 */
@RegisterForReflection
public record Deal(
        long id,
        String title,
        double value,
        String currency,
        @JsonProperty("person_id") long personId) {}
