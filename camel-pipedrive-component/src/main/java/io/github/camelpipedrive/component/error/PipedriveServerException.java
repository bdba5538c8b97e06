package io.github.camelpipedrive.component.error;

/**
 * Pipedrive answered HTTP 5xx: Pipedrive failed or is in maintenance (500, 502, 503, 504).
 */
public class PipedriveServerException extends PipedriveApiException {

    public PipedriveServerException(ErrorDetails details) {
        super(details);
    }
}
