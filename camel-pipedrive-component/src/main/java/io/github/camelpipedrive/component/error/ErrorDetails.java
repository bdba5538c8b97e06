package io.github.camelpipedrive.component.error;

import java.util.Map;

/**
 * What is known of a failed answer, gathered once and handed to the matching exception. Built with
 * {@link #builder(String, int, String)}: the operation, the status and the message are always known, the rest only
 * when Pipedrive said it.
 */
public record ErrorDetails(
        String operation,
        int statusCode,
        String message,
        String error,
        String errorInfo,
        String errorCode,
        String responseBody,
        Map<String, String> responseHeaders,
        int attempts,
        boolean mayHaveBeenApplied) {

    public ErrorDetails {
        responseHeaders = responseHeaders == null ? Map.of() : responseHeaders;
    }

    /**
     * @param operation  the endpoint the failure is named after ({@code deal/add})
     * @param statusCode the HTTP status of the answer
     * @param message    the exception's message
     */
    public static Builder builder(String operation, int statusCode, String message) {
        return new Builder(operation, statusCode, message);
    }

    /** Named fields instead of a long positional constructor; anything not set is null, 0 or false. */
    public static final class Builder {
        private final String operation;
        private final int statusCode;
        private final String message;
        private String error;
        private String errorInfo;
        private String errorCode;
        private String responseBody;
        private Map<String, String> responseHeaders = Map.of();
        private int attempts;
        private boolean mayHaveBeenApplied;

        private Builder(String operation, int statusCode, String message) {
            this.operation = operation;
            this.statusCode = statusCode;
            this.message = message;
        }

        /** Pipedrive's error text, or a short summary of an answer that had none. */
        public Builder error(String error) {
            this.error = error;
            return this;
        }

        /** Pipedrive's error_info. */
        public Builder errorInfo(String errorInfo) {
            this.errorInfo = errorInfo;
            return this;
        }

        /** Pipedrive's (or the component's) error code. */
        public Builder errorCode(String errorCode) {
            this.errorCode = errorCode;
            return this;
        }

        /** The answer's body, shortened. */
        public Builder responseBody(String responseBody) {
            this.responseBody = responseBody;
            return this;
        }

        /** The answer's headers worth keeping (content type, rate limits, correlation ids); never credentials. */
        public Builder responseHeaders(Map<String, String> responseHeaders) {
            this.responseHeaders = responseHeaders;
            return this;
        }

        /** How many times the request was sent. */
        public Builder attempts(int attempts) {
            this.attempts = attempts;
            return this;
        }

        /** Whether Pipedrive may have applied the request (from the attempt's outcome). */
        public Builder mayHaveBeenApplied(boolean mayHaveBeenApplied) {
            this.mayHaveBeenApplied = mayHaveBeenApplied;
            return this;
        }

        public ErrorDetails build() {
            return new ErrorDetails(
                    operation,
                    statusCode,
                    message,
                    error,
                    errorInfo,
                    errorCode,
                    responseBody,
                    responseHeaders,
                    attempts,
                    mayHaveBeenApplied);
        }
    }
}
