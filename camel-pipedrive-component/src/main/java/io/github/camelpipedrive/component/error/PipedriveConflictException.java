package io.github.camelpipedrive.component.error;

/**
 * Pipedrive answered HTTP 409: the request conflicts with the current state (e.g. a call log already has a recording).
 */
public class PipedriveConflictException extends PipedriveApiException {

    public PipedriveConflictException(ErrorDetails details) {
        super(details);
    }
}
