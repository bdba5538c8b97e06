package io.github.camelpipedrive.component.events;

/** A webhook body that is not a Pipedrive event; answered 400, never turned into an exchange. */
public final class PayloadException extends Exception {

    public PayloadException(String message) {
        super(message);
    }
}
