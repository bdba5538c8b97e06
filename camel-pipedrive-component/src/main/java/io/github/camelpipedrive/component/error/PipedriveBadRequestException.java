package io.github.camelpipedrive.component.error;

/**
 * Pipedrive answered HTTP 400: the request was invalid (Pipedrive's validation failed).
 */
public class PipedriveBadRequestException extends PipedriveApiException {

    public PipedriveBadRequestException(ErrorDetails details) {
        super(details);
    }
}
