package io.github.camelpipedrive.component.fields;

/**
 * One option of a single-option ({@code enum}) or multiple-option ({@code set}) field.
 *
 * @param id    the option id Pipedrive stores (a number for custom fields; built-in fields may use text ids)
 * @param label the label users see
 */
public record FieldOption(Object id, String label) {}
