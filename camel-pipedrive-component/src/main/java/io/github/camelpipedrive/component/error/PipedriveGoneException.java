package io.github.camelpipedrive.component.error;

/**
 * Pipedrive answered HTTP 410: the entity or field was removed for good.
 */
public class PipedriveGoneException extends PipedriveApiException {

    public PipedriveGoneException(ErrorDetails details) {
        super(details);
    }
}
