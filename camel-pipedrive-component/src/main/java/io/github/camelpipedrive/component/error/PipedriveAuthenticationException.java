package io.github.camelpipedrive.component.error;

/**
 * Pipedrive answered HTTP 401: the API token or OAuth access token was missing, wrong or expired.
 */
public class PipedriveAuthenticationException extends PipedriveApiException {

    public PipedriveAuthenticationException(ErrorDetails details) {
        super(details);
    }
}
