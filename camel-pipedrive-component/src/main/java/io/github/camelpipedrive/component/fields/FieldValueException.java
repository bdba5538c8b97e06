package io.github.camelpipedrive.component.fields;

/** A custom field's value cannot be written as its type requires; the message says why, naming the field. */
final class FieldValueException extends Exception {

    FieldValueException(String message) {
        super(message, null, false, false);
    }
}
