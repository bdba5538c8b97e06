package io.github.camelpipedrive.component.error;

import java.util.Map;

/**
 * Pipedrive answered with a non-2xx status, or with a 2xx whose body cannot be read (then
 * {@link #mayHaveBeenApplied()} is true: the write happened). Subclasses name the common causes so routes can
 * {@code onException} them by meaning; this class covers the rest (402, 405, 415, 501, unreadable answers, ...).
 */
public class PipedriveApiException extends PipedriveException {

    private final int statusCode;
    private final String error;
    private final String errorInfo;
    private final String errorCode;
    private final String responseBody;
    private final Map<String, String> responseHeaders;
    private final int attempts;
    private final boolean mayHaveBeenApplied;

    public PipedriveApiException(ErrorDetails details) {
        super(details.operation(), details.message());
        this.statusCode = details.statusCode();
        this.error = details.error();
        this.errorInfo = details.errorInfo();
        this.errorCode = details.errorCode();
        this.responseBody = details.responseBody();
        this.responseHeaders = details.responseHeaders();
        this.attempts = details.attempts();
        this.mayHaveBeenApplied = details.mayHaveBeenApplied();
    }

    /** The HTTP status Pipedrive answered. */
    public int getStatusCode() {
        return statusCode;
    }

    /** Pipedrive's {@code error} (or {@code message}/{@code errors}) text; for a non-JSON answer, a short summary. */
    public String getError() {
        return error;
    }

    /** Pipedrive's {@code error_info}, if any. */
    public String getErrorInfo() {
        return errorInfo;
    }

    /** Pipedrive's machine-readable {@code code} or {@code errorCode}, if any (e.g. {@code feature_capping_deals_limit}). */
    public String getErrorCode() {
        return errorCode;
    }

    /** The answer's body as text (capped), for logging or inspection. */
    public String getResponseBody() {
        return responseBody;
    }

    /** The answer's headers that matter to a caller (rate limits, Retry-After, content type). */
    public Map<String, String> getResponseHeaders() {
        return responseHeaders;
    }

    /** How many times the request was sent before this answer was final. */
    public int getAttempts() {
        return attempts;
    }

    /** Whether Pipedrive may have applied the request (true for server errors after a POST was processed). */
    public boolean mayHaveBeenApplied() {
        return mayHaveBeenApplied;
    }
}
