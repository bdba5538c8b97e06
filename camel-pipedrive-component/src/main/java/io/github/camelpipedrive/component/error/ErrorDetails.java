package io.github.camelpipedrive.component.error;

import java.util.Map;

/**
 * What is known of a failed answer, gathered once and handed to the matching exception.
 */
public record ErrorDetails(String operation, int statusCode, String message, String error, String errorInfo,
        String errorCode, String responseBody, Map<String, String> responseHeaders, int attempts,
        boolean mayHaveBeenApplied) {
}
