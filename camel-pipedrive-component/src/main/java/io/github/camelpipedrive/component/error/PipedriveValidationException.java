package io.github.camelpipedrive.component.error;

/**
 * The message cannot make a valid request for the operation: a required field or path parameter is missing, or a value
 * is outside the set Pipedrive accepts. Raised before anything is sent, so nothing reached Pipedrive.
 */
public class PipedriveValidationException extends PipedriveException {

    /** What kind of refusal it is, for code that decides by kind rather than by message text. */
    public enum Reason {
        /** A required body field, path parameter or query parameter has no value (or the body has none at all). */
        MISSING_REQUIRED,
        /** A name the operation does not take: a query parameter, or a field neither built-in nor custom. */
        UNKNOWN_NAME,
        /** A name that fits more than one custom field; the key of the one meant is needed. */
        AMBIGUOUS_NAME,
        /**
         * A search term shorter than Pipedrive accepts; the minimum depends on whether the match is exact, so another
         * query parameter can make the same term valid.
         */
        SEARCH_TERM_TOO_SHORT,
        /**
         * A value the operation cannot send: of the wrong type, outside the allowed values, given twice, or a body
         * that cannot be read as what the operation takes.
         */
        INVALID_VALUE
    }

    private final String field;
    private final Reason reason;
    private final String problem;

    /**
     * @param operation the endpoint path, e.g. {@code lead/add}
     * @param field     the field, path parameter or option at fault
     * @param reason    what kind of refusal it is
     * @param problem   what is wrong, naming the field, e.g. {@code field 'title' is required}
     */
    public PipedriveValidationException(String operation, String field, Reason reason, String problem) {
        this(operation, null, field, reason, problem);
    }

    private PipedriveValidationException(String operation, String step, String field, Reason reason, String problem) {
        super(
                operation,
                "pipedrive:" + operation + (step == null ? "" : " (step " + step + ")") + ": " + problem
                        + ". Nothing was sent to Pipedrive.");
        this.field = field;
        this.reason = java.util.Objects.requireNonNull(reason, "reason");
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
        return new PipedriveValidationException(endpoint, getOperation(), field, reason, problem);
    }

    /** The body field, path parameter or option at fault. */
    public String getField() {
        return field;
    }

    /** What kind of refusal it is: a missing required value, an unknown name, an invalid value, ... */
    public Reason getReason() {
        return reason;
    }

    /** Whether a required value is missing (rather than given and refused). */
    public boolean isMissingRequired() {
        return reason == Reason.MISSING_REQUIRED;
    }
}
