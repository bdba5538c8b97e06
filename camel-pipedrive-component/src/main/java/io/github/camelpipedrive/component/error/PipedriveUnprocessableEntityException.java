package io.github.camelpipedrive.component.error;

/**
 * Pipedrive answered HTTP 422: Pipedrive understood the request but refused it (e.g. the webhook limit is reached).
 */
public class PipedriveUnprocessableEntityException extends PipedriveApiException {

    public PipedriveUnprocessableEntityException(ErrorDetails details) {
        super(details);
    }
}
