package io.github.camelpipedrive.component.error;

/**
 * The message cannot make a valid request for the operation: a required field or path parameter is missing, or a value
 * is outside the set Pipedrive accepts. Raised before anything is sent, so nothing reached Pipedrive.
 */
public class PipedriveValidationException extends PipedriveException {

    private final String field;
    private final String problem;

    /**
     * @param operation the endpoint path, e.g. {@code lead/add}
     * @param field     the field, path parameter or option at fault
     * @param problem   what is wrong, naming the field, e.g. {@code field 'title' is required}
     */
    public PipedriveValidationException(String operation, String field, String problem) {
        this(operation, null, field, problem);
    }

    private PipedriveValidationException(String operation, String step, String field, String problem) {
        super(
                operation,
                "pipedrive:" + operation + (step == null ? "" : " (step " + step + ")") + ": " + problem
                        + ". Nothing was sent to Pipedrive.");
        this.field = field;
        this.problem = problem;
    }

    /**
     * The same refusal named after the endpoint the user wrote, when it arose in one step of it: e.g. a field name
     * the {@code person/add} step of {@code person/upsert} cannot resolve becomes
     * {@code pipedrive:person/upsert (step person/add): ...}, with {@link #getOperation()} {@code person/upsert}.
     */
    public PipedriveValidationException inStepOf(String endpoint) {
        if (endpoint.equals(getOperation())) {
            return this;
        }
        return new PipedriveValidationException(endpoint, getOperation(), field, problem);
    }

    /** The body field, path parameter or option at fault. */
    public String getField() {
        return field;
    }
}
