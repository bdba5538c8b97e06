package io.github.camelpipedrive.component.fields;

/**
 * What the component does with body keys that are neither a built-in field nor a custom field's key: Pipedrive itself
 * ignores unknown keys, so a typo would silently write nothing.
 */
public enum FieldNamesMode {
    /** Custom fields may be named by display name; an unknown or ambiguous name fails the exchange before sending. */
    strict,
    /** As strict, but an unknown name is sent as it is, with one WARN per name. */
    lenient,
    /** No name resolution and no field-definitions request: the body is sent exactly as given. */
    off
}
