package io.github.camelpipedrive.component.catalog;

import java.util.Set;

/**
 * What the body of an entity's add or update is made of, for the entities with custom fields: whose field
 * definitions apply (leads use the deal fields) and which body keys are Pipedrive's own (the properties of its add and
 * update request schemas), so a body made only of those needs no field lookup at all.
 *
 * @param fieldEntity the entity whose field definitions apply, e.g. {@code deal}
 * @param builtInKeys Pipedrive's own body keys, without {@code id}
 */
public record EntityBody(String fieldEntity, Set<String> builtInKeys) {

    public EntityBody {
        builtInKeys = Set.copyOf(builtInKeys);
    }
}
