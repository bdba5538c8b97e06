package io.github.camelpipedrive.component.error;

/**
 * Pipedrive answered HTTP 404: the entity or path does not exist.
 */
public class PipedriveNotFoundException extends PipedriveApiException {

    public PipedriveNotFoundException(ErrorDetails details) {
        super(details);
    }
}
