package io.github.camelpipedrive.component.error;

/**
 * Base of every failure the Pipedrive component reports. It always names the operation ({@code deal/add}) and never
 * carries a token or secret.
 */
public class PipedriveException extends Exception {

    private final String operation;

    public PipedriveException(String operation, String message) {
        super(message);
        this.operation = operation;
    }

    public PipedriveException(String operation, String message, Throwable cause) {
        super(message, cause);
        this.operation = operation;
    }

    /** The endpoint path of the failed operation, e.g. {@code deal/add}. */
    public String getOperation() {
        return operation;
    }
}
