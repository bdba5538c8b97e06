package io.github.camelpipedrive.component.error;

/**
 * The message cannot make a valid request for the operation: a required field or path parameter is missing, or a value
 * is outside the set Pipedrive accepts. Raised before anything is sent, so nothing reached Pipedrive.
 */
public class PipedriveValidationException extends PipedriveException {

    private final String field;

    /**
     * @param operation the endpoint path, e.g. {@code lead/add}
     * @param field     the field, path parameter or option at fault
     * @param problem   what is wrong, naming the field, e.g. {@code field 'title' is required}
     */
    public PipedriveValidationException(String operation, String field, String problem) {
        super(operation, "pipedrive:" + operation + ": " + problem + ". Nothing was sent to Pipedrive.");
        this.field = field;
    }

    /** The body field, path parameter or option at fault. */
    public String getField() {
        return field;
    }
}
